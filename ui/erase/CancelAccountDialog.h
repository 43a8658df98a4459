// The owner's last step: cancel the account. It says what will happen — the keys destroyed first, then
// every file of the vault and of its managed backups overwritten and removed, a deletion certificate
// written — and what it does not reach (exports kept elsewhere). It asks for the password and the
// vault's name typed out, and where the certificate goes: outside the vault, by default in Documents.
#pragma once

#include "crypto/Secret.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace coffer {

class CancelAccountDialog : public QDialog
{
    Q_OBJECT
public:
    CancelAccountDialog(const QString& vaultName, const QString& backupFolder, int backups, QWidget* parent);
    ~CancelAccountDialog() override;

    Secret takePassword();
    QString typedName() const;
    // The JSON certificate's path (the text goes beside it as .txt); it does not exist yet.
    QString certificatePath() const;

private:
    void chooseFolder();
    void update();

    QString m_vaultName;
    QLineEdit* m_password;
    QLineEdit* m_typedName;
    QLineEdit* m_folder;
    QLabel* m_problem;
    QPushButton* m_cancelAccount;
};

} // namespace coffer
