#include "ConsentDialog.h"

#include "ClientLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

ConsentDialog::ConsentDialog(const QStringList& purposes, const QString& purpose, QWidget* parent)
    : QDialog(parent)
    , m_purpose(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_policy(new QLineEdit(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Change consent"));
    m_purpose->setObjectName(QStringLiteral("consentPurposeCombo"));
    m_purpose->setEditable(true);
    m_purpose->addItems(purposes);
    m_purpose->setCurrentText(purpose);
    m_purpose->lineEdit()->setPlaceholderText(tr("e.g. newsletter, photos on the website"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_state->setObjectName(QStringLiteral("consentStateCombo"));
    m_state->setAccessibleName(tr("State"));
    for (ConsentState s : {ConsentState::Granted, ConsentState::Refused, ConsentState::Withdrawn})
        m_state->addItem(ClientLabels::consentState(s), int(s));
    m_source->setObjectName(QStringLiteral("consentSourceCombo"));
    m_source->setEditable(true);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItems({QString(), tr("signed form"), tr("email"), tr("phone call"), tr("in person"), tr("website")});
    m_source->lineEdit()->setPlaceholderText(tr("How it was given"));
    m_policy->setObjectName(QStringLiteral("consentPolicyEdit"));
    m_policy->setAccessibleName(tr("Policy version"));
    m_policy->setPlaceholderText(tr("e.g. 2025-01"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Policy &version:"), m_policy);
    auto* note = new QLabel(tr("Consents are never overwritten: this is added to the client's consent history "
                               "with today's date."),
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
    auto updateButton = [this] { m_record->setEnabled(!this->purpose().isEmpty()); };
    connect(m_purpose, &QComboBox::currentTextChanged, this, updateButton);
    updateButton();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ConsentDialog::purpose() const
{
    return m_purpose->currentText().trimmed();
}

ConsentState ConsentDialog::state() const
{
    return ConsentState(m_state->currentData().toInt());
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
