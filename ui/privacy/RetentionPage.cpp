#include "RetentionPage.h"

#include "Error.h"
#include "privacy/RetentionRun.h"
#include "tasks/ReportDialog.h"
#include "vault/Vault.h"
#include "widgets/Confirmation.h"
#include "widgets/LocaleText.h"
#include "widgets/PageHeader.h"
#include "widgets/Palette.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coffer {

namespace {

enum class Standing { Due, Soon, Held };

QString actionText(RetentionAction action)
{
    return action == RetentionAction::Anonymise ? RetentionPage::tr("Anonymise") : RetentionPage::tr("Erase");
}

QString triggerText(const QString& trigger)
{
    if (trigger == QLatin1String("created"))
        return RetentionPage::tr("from becoming a client");
    if (trigger == QLatin1String("updated"))
        return RetentionPage::tr("from the last change");
    if (trigger == QLatin1String("last-note"))
        return RetentionPage::tr("from the last note");
    return RetentionPage::tr("from the date in “%1”").arg(trigger.mid(6));
}

QString periodText(const RetentionRule& r)
{
    switch (r.unit) {
    case RetentionUnit::Days:
        return RetentionPage::tr("%n day(s)", nullptr, r.period);
    case RetentionUnit::Months:
        return RetentionPage::tr("%n month(s)", nullptr, r.period);
    case RetentionUnit::Years:
        return RetentionPage::tr("%n year(s)", nullptr, r.period);
    }
    return {};
}

// Add Rule…: a name, a period, where it counts from and what happens at its end; an example may fill it.
class RuleDialog : public QDialog
{
public:
    explicit RuleDialog(QWidget* parent)
        : QDialog(parent)
        , m_example(new QComboBox(this))
        , m_name(new QLineEdit(this))
        , m_period(new QSpinBox(this))
        , m_unit(new QComboBox(this))
        , m_trigger(new QComboBox(this))
        , m_field(new QLineEdit(this))
        , m_action(new QComboBox(this))
        , m_description(new QLineEdit(this))
    {
        setObjectName(QStringLiteral("retentionRuleDialog"));
        setWindowTitle(RetentionPage::tr("Add Retention Rule"));
        m_example->setObjectName(QStringLiteral("ruleExampleCombo"));
        m_example->addItem(RetentionPage::tr("None: my own rule"));
        for (const RetentionRule& r : Retention::examples())
            m_example->addItem(r.name);
        m_name->setObjectName(QStringLiteral("ruleNameEdit"));
        m_name->setAccessibleName(RetentionPage::tr("Name"));
        m_period->setObjectName(QStringLiteral("rulePeriodSpin"));
        m_period->setRange(1, 1200);
        m_period->setValue(10);
        m_unit->setObjectName(QStringLiteral("ruleUnitCombo"));
        m_unit->addItem(RetentionPage::tr("days"), int(RetentionUnit::Days));
        m_unit->addItem(RetentionPage::tr("months"), int(RetentionUnit::Months));
        m_unit->addItem(RetentionPage::tr("years"), int(RetentionUnit::Years));
        m_unit->setCurrentIndex(2);
        m_trigger->setObjectName(QStringLiteral("ruleTriggerCombo"));
        for (const char* t : {"created", "updated", "last-note"})
            m_trigger->addItem(triggerText(QString::fromLatin1(t)), QString::fromLatin1(t));
        m_trigger->addItem(RetentionPage::tr("from the date in a custom field"), QStringLiteral("field:"));
        m_field->setObjectName(QStringLiteral("ruleFieldEdit"));
        m_field->setPlaceholderText(RetentionPage::tr("The custom field, e.g. Contract end"));
        m_action->setObjectName(QStringLiteral("ruleActionCombo"));
        m_action->addItem(RetentionPage::tr("Erase the client (verified erasure)"), int(RetentionAction::Erase));
        m_action->addItem(RetentionPage::tr("Anonymise: keep only a count for statistics"),
                          int(RetentionAction::Anonymise));
        m_description->setObjectName(QStringLiteral("ruleDescriptionEdit"));
        auto* period = new QHBoxLayout;
        period->addWidget(m_period);
        period->addWidget(m_unit, 1);
        auto* form = new QFormLayout;
        form->addRow(RetentionPage::tr("&Example:"), m_example);
        form->addRow(RetentionPage::tr("&Name:"), m_name);
        form->addRow(RetentionPage::tr("Keep for:"), period);
        form->addRow(RetentionPage::tr("&Counted:"), m_trigger);
        form->addRow(RetentionPage::tr("&Field:"), m_field);
        form->addRow(RetentionPage::tr("&At the end:"), m_action);
        form->addRow(RetentionPage::tr("&Why:"), m_description);
        auto* note = new QLabel(RetentionPage::tr("Examples are periods that laws commonly set; they are not legal "
                                                  "advice. Confirm the period for your business before you add it."),
                                this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        auto* buttons = new QDialogButtonBox(this);
        m_add = buttons->addButton(RetentionPage::tr("&Add"), QDialogButtonBox::AcceptRole);
        m_add->setObjectName(QStringLiteral("saveButton"));
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_example, &QComboBox::currentIndexChanged, this, [this](int i) {
            if (i > 0)
                fill(Retention::examples().at(size_t(i - 1)));
        });
        connect(m_name, &QLineEdit::textChanged, this, [this] { update(); });
        connect(m_field, &QLineEdit::textChanged, this, [this] { update(); });
        connect(m_trigger, &QComboBox::currentIndexChanged, this, [this] { update(); });
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(note);
        layout->addWidget(buttons);
        update();
        setMinimumWidth(480);
    }

    RetentionRule rule() const
    {
        RetentionRule r;
        r.name = m_name->text().trimmed();
        r.period = m_period->value();
        r.unit = RetentionUnit(m_unit->currentData().toInt());
        r.trigger = m_trigger->currentData().toString();
        if (r.trigger == QLatin1String("field:"))
            r.trigger += m_field->text().trimmed();
        r.action = RetentionAction(m_action->currentData().toInt());
        r.description = m_description->text().trimmed();
        return r;
    }

private:
    void fill(const RetentionRule& r)
    {
        m_name->setText(r.name);
        m_period->setValue(r.period);
        m_unit->setCurrentIndex(m_unit->findData(int(r.unit)));
        m_trigger->setCurrentIndex(m_trigger->findData(r.trigger));
        m_action->setCurrentIndex(m_action->findData(int(r.action)));
        m_description->setText(r.description);
    }
    void update()
    {
        const bool field = m_trigger->currentData().toString() == QLatin1String("field:");
        m_field->setEnabled(field);
        m_add->setEnabled(!m_name->text().trimmed().isEmpty() && (!field || !m_field->text().trimmed().isEmpty()));
    }

    QComboBox* m_example;
    QLineEdit* m_name;
    QSpinBox* m_period;
    QComboBox* m_unit;
    QComboBox* m_trigger;
    QLineEdit* m_field;
    QComboBox* m_action;
    QLineEdit* m_description;
    QPushButton* m_add = nullptr;
};

} // namespace

RetentionPage::RetentionPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(roleAllows(vault.currentUser().role, Permission::ManageController))
{
    setObjectName(QStringLiteral("retentionPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->addWidget(makePageHeader(tr("Retention"),
                                     tr("How long client data is kept, and who is due to be erased or anonymised. "
                                        "Nothing is deleted until you run retention; a legal hold pauses it."),
                                     this));
    layout->addWidget(buildRules());
    layout->addWidget(buildPlan(), 1);
    reload();
}

QWidget* RetentionPage::buildRules()
{
    auto* box = new QGroupBox(tr("Rules"), this);
    m_rules = makeRecordTreeWidget({tr("Rule"), tr("Keep for"), tr("Counted"), tr("At the end"), tr("Why")},
                                   "retentionRules", box, tr("Retention rules"));
    m_rules->setMaximumHeight(170);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_rules);
    if (m_admin) {
        auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Rule…"), box);
        add->setObjectName(QStringLiteral("addRuleButton"));
        connect(add, &QPushButton::clicked, this, &RetentionPage::addRule);
        auto* bar = new QHBoxLayout;
        bar->addStretch();
        bar->addWidget(add);
        layout->addLayout(bar);
    }
    return box;
}

QWidget* RetentionPage::buildPlan()
{
    auto* box = new QGroupBox(tr("Who is due"), this);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_due = makeRecordTreeWidget({tr("State"), tr("Due on"), tr("Client"), tr("Rule"), tr("At the end")},
                                 "retentionDueList", box, tr("Clients due under their retention rule"));
    connect(m_due, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openClientRequested(item->data(0, Qt::UserRole).toString()); });
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    if (roleAllows(m_vault.currentUser().role, Permission::WriteRecords)) {
        m_hold = new QPushButton(tr("&Hold…"), box);
        m_hold->setObjectName(QStringLiteral("holdButton"));
        m_hold->setToolTip(tr("A legal hold: keep the client's data until a day you choose, with the reason."));
        m_release = new QPushButton(tr("&Release Hold"), box);
        m_release->setObjectName(QStringLiteral("releaseButton"));
        connect(m_hold, &QPushButton::clicked, this, &RetentionPage::holdSelected);
        connect(m_release, &QPushButton::clicked, this, &RetentionPage::releaseSelected);
        connect(m_due, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
            const bool held = item && item->data(1, Qt::UserRole).toInt() == int(Standing::Held);
            m_hold->setEnabled(item && !held);
            m_release->setEnabled(held);
        });
        bar->addWidget(m_hold);
        bar->addWidget(m_release);
    }
    if (m_admin) {
        m_run = new QPushButton(QIcon(QStringLiteral(":/icons/erase.svg")), tr("&Run Retention…"), box);
        m_run->setObjectName(QStringLiteral("runRetentionButton"));
        connect(m_run, &QPushButton::clicked, this, &RetentionPage::runRetention);
        bar->addWidget(m_run);
    }
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_summary);
    layout->addWidget(m_due, 1);
    layout->addLayout(bar);
    return box;
}

void RetentionPage::reload()
{
    const int before = overdue();
    m_rules->clear();
    try {
        Retention retention(m_vault);
        for (const RetentionRule& r : retention.rules())
            new QTreeWidgetItem(m_rules,
                                {r.name, periodText(r), triggerText(r.trigger), actionText(r.action), r.description});
        m_plan = retention.plan();
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    fillPlan();
    if (overdue() != before)
        emit overdueChanged(overdue());
}

void RetentionPage::fillPlan()
{
    m_due->clear();
    const std::pair<const std::vector<RetentionDue>*, Standing> lists[] = {
        {&m_plan.due, Standing::Due}, {&m_plan.soon, Standing::Soon}, {&m_plan.held, Standing::Held}};
    for (const auto& [list, standing] : lists)
        for (const RetentionDue& d : *list) {
            const QString state = standing == Standing::Due ? tr("Due now")
                                  : standing == Standing::Soon
                                      ? tr("Within 30 days")
                                      : tr("Held until %1").arg(LocaleText::date(d.hold->until));
            auto* item = new QTreeWidgetItem(
                m_due, {state, LocaleText::date(d.due), d.displayName, d.rule, actionText(d.action)});
            item->setData(0, Qt::UserRole, d.clientId);
            item->setData(1, Qt::UserRole, int(standing));
            if (standing == Standing::Due)
                for (int c : {0, 1})
                    item->setForeground(c, Palette::tint(ColorRole::Error).text);
            if (d.hold)
                item->setToolTip(0, d.hold->reason);
        }
    QString summary = m_rules->topLevelItemCount() == 0
                          ? tr("No rules yet. Add one for each period your business keeps data for — or give purposes "
                               "their rule on the Purposes & Policies page.")
                          : tr("%1 due now, %2 within 30 days, %3 held.")
                                .arg(m_plan.due.size())
                                .arg(m_plan.soon.size())
                                .arg(m_plan.held.size());
    if (!m_plan.unknownRule.empty())
        summary += u' ' + tr("%n client(s) have a retention category that names no rule, and are kept.", nullptr,
                             int(m_plan.unknownRule.size()));
    if (!m_plan.noTriggerDate.empty())
        summary += u' ' + tr("%n client(s) lack the date their rule counts from, and are kept.", nullptr,
                             int(m_plan.noTriggerDate.size()));
    m_summary->setText(summary);
    if (m_run)
        m_run->setEnabled(!m_plan.due.empty());
    if (m_hold) {
        m_hold->setEnabled(false);
        m_release->setEnabled(false);
    }
}

void RetentionPage::addRule()
{
    auto* dialog = new RuleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            Retention(m_vault).addRule(dialog->rule());
        } catch (const Error& e) {
            ReportDialog::showFailure(this, tr("Add Retention Rule"), tr("The rule was not added"), e.message(), {});
        }
        reload();
    });
    dialog->open();
}

void RetentionPage::runRetention()
{
    reload(); // who is due now, not when the page was last shown
    if (m_plan.due.empty())
        return;
    int anonymise = 0;
    for (const RetentionDue& d : m_plan.due)
        anonymise += d.action == RetentionAction::Anonymise ? 1 : 0;
    const int erase = int(m_plan.due.size()) - anonymise;
    confirmThen(
        this, "runRetentionQuestion", tr("Run Retention"),
        tr("%1 client(s) will be erased and %2 anonymised, with every note, file and consent, and each "
           "erasure verified. This cannot be undone. Clients under a legal hold are left as they are.")
            .arg(erase)
            .arg(anonymise),
        tr("Erase and Anonymise"), [this] {
            QProgressDialog progress(tr("Erasing the clients due…"), tr("Stop after this client"), 0,
                                     int(m_plan.due.size()), this);
            progress.setObjectName(QStringLiteral("retentionProgress"));
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(300);
            RetentionRunReport report;
            try {
                report = RetentionRun(m_vault).run(m_plan, [&](int done, int) {
                    progress.setValue(done);
                    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                    return !progress.wasCanceled();
                });
            } catch (const Error& e) {
                ReportDialog::showFailure(this, tr("Run Retention"), tr("Retention did not run"), e.message(), {});
                return;
            }
            progress.setValue(progress.maximum());
            auto* dialog = new ReportDialog(
                tr("Run Retention"), report.passed() ? ReportDialog::Outcome::Success : ReportDialog::Outcome::Failure,
                report.passed() ? tr("%n client(s) erased or anonymised, each erasure verified", nullptr,
                                     int(report.outcomes.size()))
                                : tr("Some erasures did not pass every check"),
                this);
            dialog->setObjectName(QStringLiteral("retentionReport"));
            std::vector<ReportCheck> checks;
            for (const RetentionOutcome& o : report.outcomes)
                checks.push_back(
                    {o.passed, o.pseudonym,
                     o.error.isEmpty()
                         ? tr("%1 under “%2”, due %3").arg(actionText(o.action), o.rule, LocaleText::date(o.due))
                         : o.error});
            dialog->setChecks(tr("Clients"), checks, ReportDialog::Placement::Body);
            dialog->addText(tr("The report is kept in the vault; its SHA-256 is %1.").arg(report.sha256));
            dialog->openSelfDeleting();
            reload();
            emit clientsChanged();
        });
}

void RetentionPage::holdSelected()
{
    QTreeWidgetItem* item = m_due->currentItem();
    if (!item)
        return;
    const QString clientId = item->data(0, Qt::UserRole).toString();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("holdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Legal Hold"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("holdReasonEdit"));
    reason->setPlaceholderText(tr("A court case, a tax audit, …"));
    auto* until = new QDateEdit(dialog);
    until->setObjectName(QStringLiteral("holdUntilEdit"));
    LocaleText::makeDateEdit(until);
    until->setMinimumDate(QDate::currentDate());
    until->setDate(QDate::currentDate().addYears(1));
    auto* form = new QFormLayout;
    form->addRow(tr("&Why:"), reason);
    form->addRow(tr("&Until:"), until);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* ok = buttons->addButton(tr("&Hold"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveButton"));
    ok->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(reason, &QLineEdit::textChanged, ok, [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, clientId, reason, until] {
        try {
            Retention(m_vault).hold(clientId, reason->text(), until->date());
        } catch (const Error& e) {
            ReportDialog::showFailure(this, tr("Legal Hold"), tr("The hold was not set"), e.message(), {});
        }
        reload();
    });
    dialog->open();
}

void RetentionPage::releaseSelected()
{
    QTreeWidgetItem* item = m_due->currentItem();
    if (!item)
        return;
    try {
        Retention(m_vault).release(item->data(0, Qt::UserRole).toString());
    } catch (const Error& e) {
        ReportDialog::showFailure(this, tr("Release Hold"), tr("The hold was not released"), e.message(), {});
    }
    reload();
}

} // namespace coffer
