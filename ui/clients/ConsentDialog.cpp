#include "ConsentDialog.h"

#include "ClientLabels.h"
#include "widgets/LocaleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

ConsentDialog::ConsentDialog(const std::vector<Purpose>& catalogue, const std::vector<PolicyVersion>& policies,
                             const QString& purpose, QWidget* parent)
    : QDialog(parent)
    , m_policies(policies)
    , m_purpose(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_source(new QComboBox(this))
    , m_policy(new QComboBox(this))
    , m_ends(new QCheckBox(tr("E&nds on"), this))
    , m_expires(new QDateEdit(this))
    , m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Change consent"));
    m_purpose->setObjectName(QStringLiteral("consentPurposeCombo"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setPlaceholderText(catalogue.empty() ? tr("No purposes defined yet") : tr("Choose a purpose"));
    for (const Purpose& p : catalogue) {
        m_purpose->addItem(p.name, p.name);
        m_purpose->setItemData(m_purpose->count() - 1, p.description.isEmpty() ? p.name : p.description,
                               Qt::ToolTipRole);
    }
    m_purpose->setCurrentIndex(m_purpose->findData(purpose, Qt::UserRole, Qt::MatchFixedString));
    m_state->setObjectName(QStringLiteral("consentStateCombo"));
    m_state->setAccessibleName(tr("State"));
    for (ConsentState s : {ConsentState::Granted, ConsentState::Refused, ConsentState::Withdrawn})
        m_state->addItem(ClientLabels::consentState(s), int(s));
    m_source->setObjectName(QStringLiteral("consentSourceCombo"));
    m_source->setEditable(true);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItems(QStringList{QString()} + ClientLabels::consentSources());
    m_source->lineEdit()->setPlaceholderText(tr("How it was given"));
    m_policy->setObjectName(QStringLiteral("consentPolicyCombo"));
    m_policy->setAccessibleName(tr("Policy version"));
    m_policy->addItem(QString(), QString()); // "the one in force": its words follow the date
    for (const PolicyVersion& v : policies)
        m_policy->addItem(tr("%1 (in force from %2)").arg(v.version, LocaleText::date(v.effective)), v.version);
    m_policy->setEnabled(!policies.empty());
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_date->setAccessibleName(tr("Date the client gave, refused or withdrew it"));
    LocaleText::makeDateEdit(m_date);
    // Days to come cannot be chosen (core refuses them too); 1900 keeps a mistyped year out.
    m_date->setDateRange(QDate(1900, 1, 1), QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_ends->setObjectName(QStringLiteral("consentEndsCheck"));
    m_expires->setObjectName(QStringLiteral("consentExpiresEdit"));
    m_expires->setAccessibleName(tr("The day the consent ends"));
    LocaleText::makeDateEdit(m_expires);
    m_expires->setDate(QDate::currentDate().addYears(1));
    m_evidence->setObjectName(QStringLiteral("consentEvidenceLabel"));
    m_evidence->setForegroundRole(QPalette::PlaceholderText);
    auto* attach = new QPushButton(tr("&Attach…"), this);
    attach->setObjectName(QStringLiteral("consentEvidenceButton"));
    attach->setAccessibleName(tr("Attach the file that shows the consent"));
    connect(attach, &QPushButton::clicked, this, &ConsentDialog::chooseEvidence);
    setEvidencePath({});

    auto* ends = new QHBoxLayout;
    ends->addWidget(m_ends);
    ends->addWidget(m_expires, 1);
    auto* evidence = new QHBoxLayout;
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(attach);
    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Policy &version:"), m_policy);
    form->addRow(QString(), ends);
    form->addRow(tr("Evidence:"), evidence);
    auto* note =
        new QLabel(catalogue.empty() ? tr("Consents are recorded for the purposes of processing your business has "
                                          "defined. An administrator defines them, with their lawful basis, on the "
                                          "Purposes & Policies page.")
                                     : tr("Give the day the client said so, if that was not today. Consents are never "
                                          "overwritten: this is added to the client's consent history."),
                   this);
    note->setObjectName(QStringLiteral("consentNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordConsentButton"));
    m_record->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateControls);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateControls);
    connect(m_date, &QDateEdit::dateChanged, this, &ConsentDialog::updateControls);
    connect(m_ends, &QCheckBox::toggled, this, &ConsentDialog::updateControls);
    updateControls();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ConsentDialog::updateControls()
{
    // The version in force on the day chosen, as core will record it (records/PurposeRows.h).
    QString inForce;
    for (const PolicyVersion& v : m_policies)
        if (v.effective <= m_date->date()) {
            inForce = v.version;
            break;
        }
    m_policy->setItemText(0, m_policies.empty()  ? tr("None archived")
                             : inForce.isEmpty() ? tr("None was in force on that day")
                                                 : tr("The one in force on that day: %1").arg(inForce));
    const bool granted = state() == ConsentState::Granted;
    m_ends->setEnabled(granted);
    m_expires->setEnabled(granted && m_ends->isChecked());
    m_expires->setMinimumDate(m_date->date().addDays(1));
    // The date needs no check of its own: the field offers no day after today.
    m_record->setEnabled(!purpose().isEmpty());
}

void ConsentDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach the file that shows the consent"));
    if (!path.isEmpty())
        setEvidencePath(path);
}

void ConsentDialog::setEvidencePath(const QString& path)
{
    m_evidencePath = path;
    m_evidence->setText(path.isEmpty() ? tr("None (a signed form, say)") : QFileInfo(path).fileName());
}

QString ConsentDialog::purpose() const
{
    return m_purpose->currentData().toString();
}

ConsentState ConsentDialog::state() const
{
    return ConsentState(m_state->currentData().toInt());
}

QDate ConsentDialog::date() const
{
    return m_date->date();
}

QString ConsentDialog::source() const
{
    return m_source->currentText().trimmed();
}

QString ConsentDialog::policyVersion() const
{
    return m_policy->currentData().toString();
}

QDate ConsentDialog::expires() const
{
    return state() == ConsentState::Granted && m_ends->isChecked() ? m_expires->date() : QDate();
}

QString ConsentDialog::evidencePath() const
{
    return m_evidencePath;
}

} // namespace coffer
