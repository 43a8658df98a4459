// "Export all…" and "Export this client…": the export's choices (ExportChoiceForm), the password twice
// when it is to be encrypted — or, for everything without encryption, what that means and the user's own
// password once more — and the name the export will get. The user picks a folder, never a file name:
// Coffer names the export after the vault or client and the time, and never overwrites anything.
#pragma once

#include "crypto/Secret.h"
#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QDateTime;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coffer {

class ExportChoiceForm;
class NewPasswordFields;
class Vault;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // baseName: what the export is called before its time stamp ("Clients export"); heading and intro:
    // what will be exported, in a line and in a sentence or two.
    ExportDialog(const QString& baseName, const QString& heading, const QString& intro, QWidget* parent);
    ~ExportDialog() override;

    // For everything in the vault: without encryption the dialog says what that means and closes only
    // once vault has confirmed the signed-in user's password (Vault::confirmPassword, off the GUI thread).
    // vault must outlive the dialog.
    void requirePasswordWhenPlain(Vault& vault);
    void setChoice(const AppSettings::ExportChoice& choice);
    // For everything in the vault while count clients are restricted: a box, clear at first, that
    // includes them (GDPR Art. 18: a bulk export leaves them out unless the user includes them).
    void offerRestricted(int count);
    bool includeRestricted() const;
    AppSettings::ExportChoice choice() const;
    // The password, when encrypting (empty otherwise); the fields are cleared.
    Secret takePassword();

    // Where an export with this choice, made now, goes: a name that does not exist yet.
    static QString targetPath(const AppSettings::ExportChoice& choice, const QString& baseName, const QDateTime& time);

public slots:
    void reject() override;

private:
    void update();
    void exportClicked();
    bool asksOwnPassword() const;
    void setChecking(bool checking);

    QString m_baseName;
    ExportChoiceForm* m_form;
    QWidget* m_passwordBox;
    NewPasswordFields* m_password;
    QWidget* m_plainBox;
    QLineEdit* m_ownPassword;
    QLabel* m_ownPasswordError;
    QProgressBar* m_checkingBar;
    Vault* m_confirmWith = nullptr;
    bool m_checking = false;
    QCheckBox* m_includeRestricted = nullptr;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_export;
};

} // namespace coffer
