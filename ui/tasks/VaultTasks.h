// The long work a user starts from the main window — export all, export one client, back up now,
// verify and restore a backup, erase a client, cancel the account — each with its dialogs (choices,
// confirmation, progress with Cancel, the report) and run through runLongTask so the window never
// freezes. The main window, the Clients page, the Backups page and Settings all call into this one
// object.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace coffer {

class Vault;

class VaultTasks : public QObject
{
    Q_OBJECT
public:
    VaultTasks(Vault& vault, QWidget* window);
    ~VaultTasks() override;

public slots:
    void exportAll();
    void exportClient(const QString& clientId);
    void backUpNow();
    void eraseClient(const QString& clientId);
    void cancelAccount(); // owner only

signals:
    void clientsChanged();   // an erasure or an import changed the client list
    void backupsChanged();   // a backup was made or removed
    void accountCancelled(); // the vault no longer exists; the window must close without locking it

private:
    Vault& m_vault;
    QPointer<QWidget> m_window;
};

} // namespace coffer
