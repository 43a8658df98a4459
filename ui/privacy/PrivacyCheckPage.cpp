#include "PrivacyCheckPage.h"

#include "Error.h"
#include "ProcessingDocument.h"
#include "privacy/BreachLog.h"
#include "privacy/PrivacyCheck.h"
#include "tasks/ReportDialog.h"
#include "vault/Vault.h"
#include "widgets/LocaleText.h"
#include "widgets/PageHeader.h"
#include "widgets/Palette.h"
#include "widgets/RecordTable.h"
#include "widgets/UserFiles.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coffer {

namespace {

// What the clock says: time left, or how late.
QString clockText(const Breach& b, const QDateTime& now)
{
    if (b.authorityNotified.isValid())
        return PrivacyCheckPage::tr("Authority told %1").arg(LocaleText::dateTime(b.authorityNotified));
    if (!b.notNotifiedReason.isEmpty())
        return PrivacyCheckPage::tr("Not notified: %1").arg(b.notNotifiedReason);
    const qint64 hours = now.secsTo(b.deadline()) / 3600;
    return b.late(now) ? PrivacyCheckPage::tr("%n hour(s) late", nullptr, int(-hours))
                       : PrivacyCheckPage::tr("%n hour(s) left to tell the authority", nullptr, int(hours));
}

QDialogButtonBox* okCancel(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(dialog);
    buttons->addButton(okText, QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDateTimeEdit* momentEdit(QWidget* parent, const char* objectName)
{
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setCalendarPopup(true);
    edit->setMaximumDateTime(QDateTime::currentDateTime());
    edit->setDisplayFormat(LocaleText::dateTimeFormat());
    return edit;
}

} // namespace

PrivacyCheckPage::PrivacyCheckPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("privacyCheckPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("privacyCheckSummary"));
    m_summary->setWordWrap(true);
    m_findings = makeRecordTreeWidget({tr("State"), tr("Found"), tr("What to do")}, "privacyFindings", this);
    m_findings->setMinimumHeight(250); // the seven findings without scrolling
    m_findings->setMaximumHeight(270);
    m_breaches = makeRecordTreeWidget({tr("Detected"), tr("Clock"), tr("What happened")}, "breachesList", this);

    auto* breachBox = new QGroupBox(tr("Breach log"), this);
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    auto* save = new QPushButton(tr("Save Record of &Processing…"), breachBox);
    save->setObjectName(QStringLiteral("saveProcessingRecordButton"));
    save->setToolTip(tr("The record of processing activities (GDPR Article 30) as a PDF."));
    connect(save, &QPushButton::clicked, this, &PrivacyCheckPage::saveRecord);
    bar->addWidget(save);
    if (roleAllows(vault.currentUser().role, Permission::ManageController)) {
        auto* log = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Log Breach…"), breachBox);
        log->setObjectName(QStringLiteral("logBreachButton"));
        connect(log, &QPushButton::clicked, this, &PrivacyCheckPage::logBreach);
        m_notify = new QPushButton(tr("Record &Notification…"), breachBox);
        m_notify->setObjectName(QStringLiteral("notifyBreachButton"));
        m_notify->setEnabled(false);
        connect(m_notify, &QPushButton::clicked, this, &PrivacyCheckPage::recordNotification);
        connect(m_breaches, &QTreeWidget::currentItemChanged, this,
                [this](QTreeWidgetItem* item) { m_notify->setEnabled(item != nullptr); });
        bar->addWidget(log);
        bar->addWidget(m_notify);
    }
    auto* breachLayout = new QVBoxLayout(breachBox);
    breachLayout->addWidget(m_breaches, 1);
    breachLayout->addLayout(bar);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->addWidget(makePageHeader(tr("Privacy Check"),
                                     tr("What needs your action now: requests to answer, data past its retention, "
                                        "consents to ask again, breaches to notify within 72 hours (GDPR Article "
                                        "33), backups and the audit log."),
                                     this));
    layout->addWidget(m_summary);
    layout->addWidget(m_findings);
    layout->addWidget(breachBox, 1);
    reload();
}

void PrivacyCheckPage::reload()
{
    m_findings->clear();
    m_breaches->clear();
    try {
        const PrivacyReport report = PrivacyCheck::run(m_vault);
        for (const PrivacyFinding& f : report.findings) {
            auto* item = new QTreeWidgetItem(m_findings,
                                             {f.needsAction ? tr("Needs action") : tr("In order"), f.text, f.advice});
            item->setData(0, Qt::UserRole, f.key);
            item->setForeground(0, Palette::tint(f.needsAction ? ColorRole::Error : ColorRole::Success).text);
        }
        m_summary->setText(report.clean() ? tr("Nothing needs your action.")
                                          : tr("Some things need your action; each line says what to do."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Breach& b : BreachLog(m_vault).list()) {
            auto* item = new QTreeWidgetItem(
                m_breaches, {LocaleText::dateTime(b.detected), clockText(b, now), b.description.simplified()});
            item->setData(0, Qt::UserRole, b.id);
            if (b.clockRunning())
                item->setForeground(1, Palette::tint(b.late(now) ? ColorRole::Error : ColorRole::Warning).text);
        }
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
    if (m_notify)
        m_notify->setEnabled(false);
}

void PrivacyCheckPage::logBreach()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("breachDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log Breach"));
    auto* detected = momentEdit(dialog, "breachDetectedEdit");
    auto* description = new QPlainTextEdit(dialog);
    description->setObjectName(QStringLiteral("breachDescriptionEdit"));
    description->setPlaceholderText(tr("What happened, in general words (no client's data)"));
    auto* people = new QSpinBox(dialog);
    people->setObjectName(QStringLiteral("breachPeopleSpin"));
    people->setRange(-1, 100000000);
    people->setSpecialValueText(tr("Unknown"));
    people->setValue(-1);
    auto* measures = new QLineEdit(dialog);
    measures->setObjectName(QStringLiteral("breachMeasuresEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Detected:"), detected);
    form->addRow(tr("&What happened:"), description);
    form->addRow(tr("&People, about:"), people);
    form->addRow(tr("&Measures taken:"), measures);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(okCancel(dialog, tr("&Log")));
    connect(dialog, &QDialog::accepted, this, [this, detected, description, people, measures] {
        Breach b;
        b.detected = detected->dateTime();
        b.description = description->toPlainText();
        b.people = people->value();
        b.measures = measures->text();
        try {
            BreachLog(m_vault).add(b);
        } catch (const Error& e) {
            ReportDialog::showFailure(this, tr("Log Breach"), tr("The breach was not logged"), e.message(), {});
        }
        reload();
    });
    dialog->resize(520, 360);
    dialog->open();
}

void PrivacyCheckPage::recordNotification()
{
    QTreeWidgetItem* item = m_breaches->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("notifyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Record Notification"));
    auto* authority = momentEdit(dialog, "authorityNotifiedEdit");
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("notNotifiedReasonEdit"));
    reason->setPlaceholderText(tr("Or: why the authority is not told (no risk to people, because …)"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Authority told on:"), authority);
    form->addRow(tr("&Or not told, because:"), reason);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(okCancel(dialog, tr("&Record")));
    connect(dialog, &QDialog::accepted, this, [this, id, authority, reason] {
        try {
            if (reason->text().trimmed().isEmpty())
                BreachLog(m_vault).notify(id, authority->dateTime());
            else
                BreachLog(m_vault).decideNotToNotify(id, reason->text());
        } catch (const Error& e) {
            ReportDialog::showFailure(this, tr("Record Notification"), tr("The notification was not recorded"),
                                      e.message(), {});
        }
        reload();
    });
    dialog->open();
}

void PrivacyCheckPage::saveRecord()
{
    const QString suggested =
        QDir(UserFiles::documentsFolder())
            .filePath(UserFiles::safeFileName(tr("Record of processing")) + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the record of processing"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        // The file dialog asked before replacing a file.
        const QString target = checkOutputPath(path, {Overwrite::Replace, m_vault.path(), m_vault.backupFolder()});
        ProcessingDocument(ProcessingRecord::build(m_vault)).savePdf(target, Overwrite::Replace);
        UserFiles::showInFolder(target);
    } catch (const Error& e) {
        ReportDialog::showFailure(this, tr("Save Record of Processing"), tr("The record was not saved"), e.message(),
                                  {});
    }
}

} // namespace coffer
