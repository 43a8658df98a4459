#include "AuditPage.h"

#include "widgets/RecordTable.h"

#include "AuditFilterBar.h"
#include "AuditModel.h"
#include "Error.h"
#include "records/ClientStore.h"
#include "tasks/LongTask.h"
#include "vault/Vault.h"
#include "widgets/NoticeLabel.h"
#include "widgets/PageHeader.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace coffer {

AuditPage::AuditPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new AuditModel(vault, this))
    , m_filters(new AuditFilterBar(this))
    , m_view(new QTreeView(this))
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
    // The arrow of a fold beside its "12 sign-ins by Līga", not beside a number.
    m_view->setTreePosition(AuditModel::ActionColumn);
    // Fixed widths, not ResizeToContents: that would measure every row and defeat the lazy loading.
    QHeaderView* header = m_view->header();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const QString sampleTime = AuditModel::timeText(QDateTime(QDate(2000, 12, 28), QTime(23, 58, 58)));
    header->resizeSection(AuditModel::SeqColumn, 4 * em);
    header->resizeSection(AuditModel::TimeColumn, metrics.horizontalAdvance(sampleTime) + 2 * em);
    header->resizeSection(AuditModel::UserColumn, 11 * em);
    header->resizeSection(AuditModel::ActionColumn, 21 * em);
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
        tr("Who did what in this vault, and when, newest first. The log itself names no client, only a code "
           "that this vault alone can match to them; while the client exists, their name is shown here. "
           "“Show history” on a client's page opens their entries. Each entry is linked to the one before, so "
           "a change to the log shows when the chain is verified."),
        this));
    layout->addLayout(buttons);
    layout->addWidget(m_filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(m_filters, &AuditFilterBar::changed, this, &AuditPage::applyFilters);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_model, &AuditModel::failed, m_notice, &NoticeLabel::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    updateUsers();
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
    updateUsers();
    updateCount();
}

void AuditPage::showClientHistory(const QString& clientId)
{
    QString name;
    try {
        name = ClientStore(m_vault).get(clientId).displayName;
    } catch (const Error& e) {
        m_notice->showError(e.message());
        return;
    }
    const QSignalBlocker quiet(m_filters);
    m_filters->clear();
    m_filters->setClient(clientId, name);
    applyFilters();
}

void AuditPage::applyFilters()
{
    m_notice->clearNotice();
    m_model->setQuery(m_filters->query());
    updateCount();
}

void AuditPage::updateUsers()
{
    try {
        for (const AuditActor& actor : m_vault.auditActors(m_actorsUpTo)) {
            m_actors.insert(actor.userId);
            m_actorsUpTo = std::max(m_actorsUpTo, actor.newestSeq);
        }
    } catch (const Error& e) {
        m_notice->showError(e.message());
        return;
    }
    QList<AuditFilterBar::UserChoice> users;
    QStringList removed;
    bool nobody = false;
    for (const QString& id : m_actors) {
        if (id.isEmpty())
            nobody = true;
        else if (m_model->isCurrentUser(id))
            users.append({m_model->userName(id), {id}});
        else
            removed << id;
    }
    QCollator collator;
    std::sort(users.begin(), users.end(), [&](const auto& a, const auto& b) { return collator(a.name, b.name); });
    removed.sort(); // the same list each time, so that the choice is found again
    // Their names went with them; what they did stays in the log.
    if (!removed.isEmpty())
        users.append({tr("Removed users"), removed});
    if (nobody)
        users.append({tr("Nobody signed in (failed sign-ins)"), {QString()}});
    m_filters->setUsers(users);
}

void AuditPage::updateCount()
{
    const qint64 entries = m_model->entryCount();
    const bool more = m_model->canFetchMore({});
    if (!m_filters->isFiltering()) {
        m_count->setText(more ? tr("The newest %L1 entries are shown; scroll down for older ones").arg(entries)
                              : tr("%Ln entries", nullptr, int(entries)));
        return;
    }
    if (entries == 0 && !more)
        m_count->setText(tr("No entry matches these filters"));
    else
        m_count->setText(more ? tr("The newest %L1 matching entries are shown; scroll down for older ones").arg(entries)
                              : tr("%Ln matching entries", nullptr, int(entries)));
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

QString AuditPage::sealText(const AuditVerification& result)
{
    switch (result.seal) {
    case AuditVerification::Seal::NotHeld:
        return tr("The users and the log's seals were not checked: you have not been given the vault's integrity "
                  "key yet. It is given when the owner or another administrator next signs in.");
    case AuditVerification::Seal::Missing:
        return tr("The vault's integrity key is missing: it was removed outside Coffer.");
    case AuditVerification::Seal::None:
        return tr("This vault has no integrity key yet: the owner or an administrator makes it at their next "
                  "sign-in.");
    case AuditVerification::Seal::Checked:
        break;
    }
    QStringList lines;
    if (!result.usersIntact)
        lines << (result.usersChanged.isEmpty()
                      ? tr("The users or their roles were changed outside Coffer since the owner or an administrator "
                           "last changed them. Check every user's role on the Users page.")
                      : tr("The users or their roles were changed outside Coffer since the owner or an administrator "
                           "last changed them: check %1 on the Users page.")
                            .arg(QLocale().createSeparatedList(result.usersChanged)));
    if (result.checkpointsMissing)
        lines << tr("The log's seals (checkpoints) were removed outside Coffer.");
    else if (result.firstForgedCheckpoint != 0)
        lines << tr("The seal at entry %L1 does not hold: the log was changed outside Coffer at or before that "
                    "entry, by someone who rewrote its links to hide it.")
                     .arg(result.firstForgedCheckpoint);
    if (result.earlierFindings > 0)
        lines << tr("Changes outside Coffer were found before, %Ln time(s): see the entries named “integrity” in "
                    "the log.",
                    nullptr, int(result.earlierFindings));
    if (lines.isEmpty() && result.rowsAfterSeal == 0)
        lines << tr("The users and their roles are as the owner or an administrator left them, and the log is "
                    "sealed through its newest entry.");
    else if (lines.isEmpty())
        lines << tr("The users and their roles are as the owner or an administrator left them, and the log is "
                    "sealed through entry %L1; the %Ln entries after it are covered by their links alone.",
                    nullptr, int(result.rowsAfterSeal))
                     .arg(result.sealedThrough);
    return lines.join(u' ');
}

void AuditPage::showVerification(const AuditVerification& result)
{
    m_model->setFirstBrokenSeq(result.firstBrokenSeq);
    if (result.untouched()) {
        m_notice->showSuccess(tr("The audit log is intact: all %L1 entries are linked as they were written. No "
                                 "entry has been changed, inserted or deleted since.")
                                  .arg(result.rowsChecked) +
                              u' ' + sealText(result));
        return;
    }
    if (result.intact()) {
        m_notice->showError(tr("The vault was changed outside Coffer.") + u' ' + sealText(result));
        return;
    }
    m_notice->showError(tr("The audit log has been altered. The chain is first broken at entry %L1: that entry, "
                           "or one just before it, was changed, inserted or deleted outside Coffer. Entries from "
                           "%L1 on cannot be trusted. Keep this vault as it is and compare with a backup made "
                           "before that time.")
                            .arg(result.firstBrokenSeq) +
                        u' ' + sealText(result));
    const QModelIndex broken = m_model->indexOfSeq(result.firstBrokenSeq);
    if (broken.isValid()) {
        m_view->expand(broken.parent());
        m_view->setCurrentIndex(broken);
        m_view->scrollTo(broken);
    }
}

} // namespace coffer
