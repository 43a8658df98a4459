// Unlocking a vault: user name (empty for the owner) and password. The argon2 work runs on a worker
// thread while a busy bar shows; a failure stays on this dialog with core's message, which is the same
// for a wrong password and an unknown user so that the dialog never tells which names exist.
// "Forgot your password?" turns the dialog into the recovery flow: the recovery key (typed in groups,
// forgiving of spaces, dashes, small letters and the 0/O, 1/I, 8/B misreadings of a printed key) and a
// new password twice with the strength meter; it unlocks as the user whose password it reset.
#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace coffer {

class NewPasswordFields;
class Vault;

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& vaultFolder, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    QString vaultFolder() const { return m_folder; }
    bool isBusy() const { return m_busy; }
    bool isRecovering() const;
    // The unlocked vault after accept(); null before.
    std::unique_ptr<Vault> takeVault();
    // Why the dialog appeared, above the form ("Locked after 5 minutes without use."); empty: nothing.
    void setNotice(const QString& notice);

    // The recovery key as the field shows it: upper case, the misreadings put right, groups of four.
    static QString groupedRecoveryKey(const QString& typed);

public slots:
    void reject() override;
    void showRecovery(bool recovering);

private slots:
    void unlock();
    void updateButton();

private:
    void recover();
    void regroupKey();
    void setBusy(bool busy);
    void showError(const QString& message);

    QString m_folder;
    QLabel* m_notice;
    QStackedWidget* m_pages;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLineEdit* m_recoveryUser;
    QLineEdit* m_recoveryKey;
    QLabel* m_keyCount;
    NewPasswordFields* m_newPassword;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_unlockButton;
    QPushButton* m_forgotButton;
    QPushButton* m_cancelButton;
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
};

} // namespace coffer
