#include "NewPasswordFields.h"

#include "Palette.h"
#include "PasswordStrengthMeter.h"
#include "SecretText.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace coffer {

NewPasswordFields::NewPasswordFields(QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
    , m_meter(new PasswordStrengthMeter(parent))
    , m_hint(new QLabel(parent))
{
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(280);
        connect(edit, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    }
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_hint);
    update();
}

bool NewPasswordFields::isAcceptable() const
{
    return m_meter->strength().acceptable() && m_password->text() == m_repeat->text();
}

Secret NewPasswordFields::takePassword()
{
    Secret password = secretFrom(m_password);
    clear();
    return password;
}

void NewPasswordFields::clear()
{
    forgetText(m_password);
    forgetText(m_repeat);
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

void NewPasswordFields::update()
{
    m_meter->setPassword(secretFrom(m_password));
    const qsizetype length = m_password->text().size();
    QString hint;
    if (length < Vault::kMinPasswordLength)
        hint = tr("Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.")
                   .arg(Vault::kMinPasswordLength);
    else if (!m_meter->strength().acceptable())
        hint = m_meter->strength().problem(Vault::kMinPasswordLength);
    else if (m_repeat->text().isEmpty())
        hint = tr("Type the password again to make sure there is no typo.");
    else if (m_repeat->text() != m_password->text())
        hint = tr("The two passwords are not the same.");
    else
        hint = tr("The passwords match.");
    m_hint->setText(hint);
    // A password that will be refused says so in the error colour; the rest is quiet guidance.
    const bool refused = length >= Vault::kMinPasswordLength && !m_meter->strength().acceptable();
    m_hint->setStyleSheet(refused ? Palette::textStyle(ColorRole::Error) : QString());
    emit changed();
}

} // namespace coffer
