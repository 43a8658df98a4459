#include "ConsentDialog.h"

#include "ClientLabels.h"
#include "widgets/LocaleText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

ConsentDialog::ConsentDialog(const QStringList& purposesInUse, const QString& purpose, QWidget* parent)
    : QDialog(parent)
    , m_purpose(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_source(new QComboBox(this))
    , m_policy(new QLineEdit(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Change consent"));
    m_purpose->setObjectName(QStringLiteral("consentPurposeCombo"));
    m_purpose->setEditable(true);
    m_purpose->setInsertPolicy(QComboBox::NoInsert); // a new purpose joins the list once it is recorded
    // "photos" typed takes the offered "Photos" when the field is left: one purpose, one spelling.
    m_purpose->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_purpose->addItems(ClientLabels::purposesToOffer(purposesInUse));
    m_purpose->setCurrentText(purpose);
    m_purpose->lineEdit()->setPlaceholderText(tr("Choose one, or type a new purpose"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_state->setObjectName(QStringLiteral("consentStateCombo"));
    m_state->setAccessibleName(tr("State"));
    for (ConsentState s : {ConsentState::Granted, ConsentState::Refused, ConsentState::Withdrawn})
        m_state->addItem(ClientLabels::consentState(s), int(s));
    m_source->setObjectName(QStringLiteral("consentSourceCombo"));
    m_source->setEditable(true);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItems(QStringList{QString()} + ClientLabels::consentSources());
    m_source->lineEdit()->setPlaceholderText(tr("How it was given"));
    m_policy->setObjectName(QStringLiteral("consentPolicyEdit"));
    m_policy->setAccessibleName(tr("Policy version"));
    m_policy->setPlaceholderText(tr("e.g. 2025-01"));
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_date->setAccessibleName(tr("Date the client gave, refused or withdrew it"));
    LocaleText::makeDateEdit(m_date);
    // Days to come cannot be chosen (core refuses them too); 1900 keeps a mistyped year out.
    m_date->setDateRange(QDate(1900, 1, 1), QDate::currentDate());
    m_date->setDate(QDate::currentDate());

    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Policy &version:"), m_policy);
    auto* note = new QLabel(tr("Give the day the client said so, if that was not today. Consents are never "
                               "overwritten: this is added to the client's consent history."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordConsentButton"));
    m_record->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purpose, &QComboBox::currentTextChanged, this, &ConsentDialog::updateButton);
    updateButton();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ConsentDialog::updateButton()
{
    // The date needs no check of its own: the field offers no day after today.
    m_record->setEnabled(!purpose().isEmpty());
}

QString ConsentDialog::purpose() const
{
    return m_purpose->currentText().trimmed();
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
    return m_policy->text().trimmed();
}

} // namespace coffer
