// Shows a one-time password — for a new user or after a reset — exactly once, with a Copy button
// (the clipboard is cleared again after the delay in the settings). Coffer keeps no copy: when the
// dialog closes, the password is gone from the screen and from this process's widgets.
#pragma once

#include <QDialog>

class QLabel;

namespace coffer {

class Secret;

class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason { NewUser, Reset };
    OneTimePasswordDialog(const QString& userName, const Secret& password, Reason reason, QWidget* parent = nullptr);

    QString password() const; // what the dialog shows, for tests

    void done(int result) override;

private:
    void copy();

    QLabel* m_password;
    QLabel* m_feedback;
};

} // namespace coffer
