// The long work a user starts from the main window — export all, export one client, back up now,
// verify and restore a backup, erase a client, cancel the account — each with its dialogs (choices,
// confirmation, progress with Cancel, the report) and run through runLongTask so the window never
// freezes. The main window, the Clients page, the Backups page and Settings all call into this one
// object.
#pragma once

#include "settings/AppSettings.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace coffer {

class Secret;
class Vault;

class VaultTasks : public QObject
{
    Q_OBJECT
public:
    VaultTasks(Vault& vault, QWidget* window);
    ~VaultTasks() override;

public slots:
    // With a remembered choice that needs no password, "Export all" exports at once (one click); the
    // choice is changed in Settings. Otherwise it asks (ExportDialog).
    void exportAll();
    void exportClient(const QString& clientId);
    void importData(); // editors and above
    void backUpNow();
    void verifyBackup(const QString& backupFile);
    void restoreBackup(const QString& backupFile);
    void eraseClient(const QString& clientId);
    void cancelAccount(); // owner only

signals:
    void clientsChanged();   // an erasure or an import changed the client list
    void backupsChanged();   // a backup was made or removed
    void accountCancelled(); // the vault no longer exists; the window must close without locking it

private:
    void askAndExport(const QString& clientId, const QString& clientName);
    void startExport(const QString& clientId, const QString& clientName, const AppSettings::ExportChoice& choice,
                     const std::shared_ptr<Secret>& password);
    void runCancellation(const std::shared_ptr<Secret>& password, const QString& typedName, const QString& certificate);
    void cancellationFinished(const struct CancellationResult& result);
    QString exportBaseName(const QString& clientName) const;
    static QString takenText(const QString& backupFile);

    Vault& m_vault;
    QPointer<QWidget> m_window;
};

} // namespace coffer
