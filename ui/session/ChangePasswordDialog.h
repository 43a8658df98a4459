// Choosing a new password for the signed-in user. Two ways in: forced after signing in with a one-time
// password (one an administrator made for a new or reset user), where cancelling leaves it to the caller
// to lock the vault since core refuses everything else until the password is changed; and "Change My
// Password…" (the user badge's menu, Settings), which asks for the current password first, because the
// window may have been left open.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coffer {

class NewPasswordFields;
class Vault;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { OneTimePassword, OwnPassword };
    // vault must outlive the dialog.
    explicit ChangePasswordDialog(Vault& vault, QWidget* parent = nullptr, Mode mode = Mode::OneTimePassword);

    bool isBusy() const { return m_busy; }

public slots:
    void reject() override;

private slots:
    void save();
    void updateButton();

private:
    void setBusy(bool busy);

    Vault& m_vault;
    Mode m_mode;
    QLineEdit* m_current = nullptr; // OwnPassword only
    NewPasswordFields* m_fields;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    bool m_busy = false;
};

} // namespace coffer
