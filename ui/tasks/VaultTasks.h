// The long work a user starts from the main window — export all, export one client, back up now,
// verify and restore a backup, erase a client, prune the backups that still hold erased clients, cancel
// the account — each with its dialogs (choices, confirmation, progress with Cancel, the report) and run
// through runLongTask so the window never freezes. The main window, the Clients page, the Backups page
// and Settings all call into this one object.
#pragma once

#include "backup/Restorer.h"
#include "settings/AppSettings.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace coffer {

class ReportDialog;
class Secret;
class Vault;
struct OutputRules;

// "Replace this vault" with a backup: asked and confirmed here, carried out by the session once the vault
// is locked (VaultReplacement needs it closed).
struct ReplaceRequest
{
    QString backupFile;
    QString takenText;
    QString userName;
    std::shared_ptr<Secret> password;
    RestoreOptions options;
};

class VaultTasks : public QObject
{
    Q_OBJECT
public:
    VaultTasks(Vault& vault, QWidget* window);
    ~VaultTasks() override;

    // Destroys the managed backups made before the latest erasure once a newer one is verified, after
    // asking; over: the window it opens over (the erasure report), or null for the main window.
    void pruneBackups(ReportDialog* over = nullptr);

public slots:
    // With a remembered choice that needs no password, "Export all" exports at once (one click); the
    // choice is changed in Settings. Otherwise it asks (ExportDialog).
    void exportAll();
    void exportClient(const QString& clientId);
    void importData(); // editors and above
    void backUpNow();
    void verifyBackup(const QString& backupFile);
    void restoreBackup(const QString& backupFile);
    // requestId: the erasure request it answers (privacy/RequestErasure links the report to it).
    void eraseClient(const QString& clientId, const QString& requestId = {});
    void cancelAccount(); // owner only

signals:
    void clientsChanged();   // an erasure or an import changed the client list
    void backupsChanged();   // a backup was made or removed
    void accountCancelled(); // the vault no longer exists; the window must close without locking it
    void replaceRequested(const coffer::ReplaceRequest& request); // the window locks and hands it on

private:
    // restricted: how many clients a whole-vault export would leave out unless included.
    void askAndExport(const QString& clientId, const QString& clientName, int restricted = 0);
    // includeRestricted: a whole-vault export holds the restricted clients too (ExportOptions).
    void startExport(const QString& clientId, const QString& clientName, const AppSettings::ExportChoice& choice,
                     const std::shared_ptr<Secret>& password, bool includeRestricted = false);
    // Separate vault or replace this one: then(replace) after the choice; nothing when cancelled.
    void askHowToRestore(const QString& taken, const std::function<void(bool replace)>& then);
    // The restore's options; asks first when no tombstone file is found (nullopt: the user stopped).
    std::optional<RestoreOptions> tombstoneOptions(const QString& backupFile, const QString& taken);
    void startRestore(const QString& backupFile, const QString& target, const QString& user,
                      const std::shared_ptr<Secret>& password, const QString& taken, const RestoreOptions& options);
    void runCancellation(const std::shared_ptr<Secret>& password, const QString& typedName, const QString& certificate,
                         bool destroyKeptCopies);
    // Where the files the user saves may go: never into the vault or its backup folder.
    OutputRules outputRules() const;
    void cancellationFinished(const struct CancellationResult& result);
    QString exportBaseName(const QString& clientName) const;
    static QString takenText(const QString& backupFile);
    static QDate takenDate(const QString& backupFile);

    Vault& m_vault;
    QPointer<QWidget> m_window;
};

} // namespace coffer
