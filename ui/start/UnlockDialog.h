// Unlocking a vault: user name (empty for the owner) and password. The argon2 work runs on a worker
// thread while a busy bar shows; a failure stays on this dialog with core's message, which is the same
// for a wrong password and an unknown user so that the dialog never tells which names exist.
#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coffer {

class Vault;

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& vaultFolder, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    QString vaultFolder() const { return m_folder; }
    bool isBusy() const { return m_busy; }
    // The unlocked vault after accept(); null before.
    std::unique_ptr<Vault> takeVault();

public slots:
    void reject() override;

private slots:
    void unlock();
    void updateButton();

private:
    void setBusy(bool busy);
    void showError(const QString& message);

    QString m_folder;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_unlockButton;
    QPushButton* m_cancelButton;
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
};

} // namespace coffer
