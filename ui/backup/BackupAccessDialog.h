// Asks what core needs to open a backup: a user name and password that were valid when the backup was
// made (a backup holds the key slots of its day) and, to restore it as a separate vault, the name and place
// of the new vault — always a new folder, never over an existing one. To replace the vault with the
// backup, only the password, with what is lost said plainly above it.
#pragma once

#include "crypto/Secret.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace coffer {

class BackupAccessDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Verify, Restore, Replace };

    // takenText: when the backup was made, as the list shows it; vaultName and vaultFolder suggest the
    // restored vault's name and place.
    // taken: the backup's day, for the restored copy's suggested name (today when unknown).
    BackupAccessDialog(Purpose purpose, const QString& takenText, const QString& userName, const QString& vaultName,
                       const QString& vaultFolder, QWidget* parent, const QDate& taken = {});
    ~BackupAccessDialog() override;

    QString userName() const;
    Secret takePassword();
    // The new vault folder, with ".coffer" (Restore only).
    QString target() const;

private:
    void chooseFolder();
    void update();

    Purpose m_purpose;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_ok;
};

} // namespace coffer
