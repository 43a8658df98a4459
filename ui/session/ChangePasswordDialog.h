// The password change forced after signing in with a one-time password (one an administrator made for a
// new or reset user). The vault is already unlocked; cancelling leaves it to the caller to lock it, since
// core refuses every other operation until the password is changed.
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace coffer {

class NewPasswordFields;
class Vault;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // vault must outlive the dialog.
    explicit ChangePasswordDialog(Vault& vault, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

public slots:
    void reject() override;

private slots:
    void save();
    void updateButton();

private:
    void setBusy(bool busy);

    Vault& m_vault;
    NewPasswordFields* m_fields;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    bool m_busy = false;
};

} // namespace coffer
