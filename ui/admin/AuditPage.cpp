#include "AuditPage.h"

#include "widgets/RecordTable.h"

#include "AuditModel.h"
#include "tasks/LongTask.h"
#include "vault/Vault.h"
#include "widgets/NoticeLabel.h"
#include "widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer {

AuditPage::AuditPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new AuditModel(vault, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_verifyButton(new QPushButton(this))
    , m_notice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(m_model);
    makeRecordTable(m_view);
    m_view->setWordWrap(false);
    // Fixed widths, not ResizeToContents: that would measure every row and defeat the lazy loading.
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const QString sampleTime = AuditModel::timeText(QDateTime(QDate(2000, 12, 28), QTime(23, 58, 58)));
    header->resizeSection(AuditModel::SeqColumn, 4 * em);
    header->resizeSection(AuditModel::TimeColumn, metrics.horizontalAdvance(sampleTime) + 2 * em);
    header->resizeSection(AuditModel::UserColumn, 11 * em);
    header->resizeSection(AuditModel::ActionColumn, 19 * em);
    header->resizeSection(AuditModel::ObjectColumn, 14 * em);

    m_verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    m_verifyButton->setIcon(QIcon(QStringLiteral(":/icons/verify.svg")));
    m_verifyButton->setText(tr("&Verify Chain"));
    m_verifyButton->setAccessibleName(tr("Verify chain"));
    m_verifyButton->setToolTip(tr("Check that no entry of the log has been changed, inserted or deleted."));
    auto* refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setAccessibleName(tr("Refresh"));
    refreshButton->setToolTip(tr("Show the entries written since the list was opened."));
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("auditNotice"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 4, 0, 4);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(makePageHeader(
        tr("Audit log"),
        tr("Who did what in this vault, and when, newest first. The log names no client: a client appears as "
           "a code that only this vault can match to them. Each entry is linked to the one before, so a "
           "change to the log shows when the chain is verified."),
        this));
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_model, &AuditModel::failed, m_notice, &NoticeLabel::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    updateCount();
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    m_model->refresh();
    updateCount();
}

void AuditPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({})
                         ? tr("The newest %L1 entries are shown; scroll down for older ones").arg(rows)
                         : tr("%Ln entries", nullptr, rows));
}

void AuditPage::verifyChain()
{
    m_notice->clearNotice();
    m_verifyButton->setEnabled(false);
    Vault* vault = &m_vault;
    runLongTask<AuditVerification>(
        window(), tr("Verify Chain"), tr("Checking every entry of the audit log…"),
        [vault](const TaskProgress&) { return vault->verifyAudit(); },
        [this](Outcome<AuditVerification>& outcome, bool cancelled) {
            m_verifyButton->setEnabled(true);
            if (cancelled)
                return;
            if (outcome.error)
                m_notice->showError(outcome.error->message());
            else
                showVerification(*outcome.value);
        });
}

void AuditPage::showVerification(const AuditVerification& result)
{
    m_model->setFirstBrokenSeq(result.firstBrokenSeq);
    if (result.intact()) {
        m_notice->showSuccess(tr("The audit log is intact: all %L1 entries are linked as they were written. No "
                                 "entry has been changed, inserted or deleted since.")
                                  .arg(result.rowsChecked));
        return;
    }
    m_notice->showError(tr("The audit log has been altered. The chain is first broken at entry %L1: that entry, "
                           "or one just before it, was changed, inserted or deleted outside Coffer. Entries from "
                           "%L1 on cannot be trusted. Keep this vault as it is and compare with a backup made "
                           "before that time.")
                            .arg(result.firstBrokenSeq));
    const int row = m_model->rowOfSeq(result.firstBrokenSeq);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

} // namespace coffer
