// The rows that choose a new password, shared by the create wizard and the forced password change:
// the password, the same again, the strength meter and a hint that says what is still missing. They
// are added to the caller's form layout so their labels line up with the caller's own rows.
#pragma once

#include "crypto/Secret.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace coffer {

class PasswordStrengthMeter;

class NewPasswordFields : public QObject
{
    Q_OBJECT
public:
    NewPasswordFields(QFormLayout* form, QWidget* parent);

    // Long enough, not too easy to guess (core refuses the same), and typed the same twice.
    bool isAcceptable() const;
    // The password in secure memory; both line edits are cleared.
    Secret takePassword();
    void clear();
    void setEnabled(bool enabled);
    QLineEdit* passwordEdit() const { return m_password; }

signals:
    void changed();

private:
    void update();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    PasswordStrengthMeter* m_meter;
    QLabel* m_hint;
};

} // namespace coffer
