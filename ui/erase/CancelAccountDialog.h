// The owner's last step: cancel the account. It says what will happen — the keys destroyed first, then
// every file of the vault and of its managed backups overwritten and removed, a deletion certificate
// written — and what it does not reach (exports kept elsewhere). It asks for the password and the
// vault's name typed out, and where the certificate goes: outside the vault, by default in Documents.
// Restored copies the user kept as separate vaults are listed, and left alone unless the user ticks
// "Also destroy these restored copies".
#pragma once

#include "crypto/Secret.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace coffer {

class CancelAccountDialog : public QDialog
{
    Q_OBJECT
public:
    struct Contents
    {
        QString vaultName;
        QStringList backupFolders; // every folder the vault's backups have used
        int backups = 0;           // in all of them
        QStringList keptCopies;    // AccountCancellation::keptCopies()
    };
    CancelAccountDialog(const Contents& contents, QWidget* parent);
    ~CancelAccountDialog() override;

    Secret takePassword();
    bool destroyKeptCopies() const;
    QString typedName() const;
    // The JSON certificate's path (the text goes beside it as .txt); it does not exist yet.
    QString certificatePath() const;

private:
    void chooseFolder();
    void update();
    void addKeptCopies(QVBoxLayout* layout, const QStringList& copies);

    QString m_vaultName;
    QLineEdit* m_password;
    QLineEdit* m_typedName;
    QLineEdit* m_folder;
    QLabel* m_problem;
    QCheckBox* m_destroyKept = nullptr;
    QPushButton* m_cancelAccount;
};

} // namespace coffer
