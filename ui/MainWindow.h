// The window of an unlocked vault. It owns the Vault and lays out the workspace: a sidebar of pages
// (Clients; Users and Audit log for admins; Backups; Settings) and a toolbar with Export all…, Back up
// now and Lock. Lock (Ctrl+L), closing the window and the idle timer all lock: the keys are wiped, the
// Vault destroyed, and lockedOut() sends the session back to the unlock screen for the same vault.
#pragma once

#include "tasks/VaultTasks.h"
#include "widgets/Palette.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QFrame;
class QPushButton;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace coffer {

class AuditPage;
class BackupsPage;
class ClientsPage;
class PrivacyCheckPage;
class PurposesPage;
class RequestsPage;
class RetentionPage;
class IdleWatcher;
class SettingsPage;
class UsersPage;
class Vault;
class VaultTasks;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Vault> vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString vaultFolder() const { return m_folder; }
    bool isUnlocked() const { return m_vault != nullptr; }

    // The pages, for tests and for the session; null where the role has no such page.
    ClientsPage* clientsPage() const { return m_clients; }
    UsersPage* usersPage() const { return m_users; }
    AuditPage* auditPage() const { return m_audit; }
    BackupsPage* backupsPage() const { return m_backups; }
    SettingsPage* settingsPage() const { return m_settings; }
    VaultTasks* tasks() const { return m_tasks; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    void showPage(QWidget* page);
    // A strip above the pages saying that this is a throwaway demo vault, deleted on lock or quit.
    void showDemoBanner();
    QWidget* demoBanner() const { return m_demoBanner; }
    // A strip above the pages saying that this vault is a copy restored from a backup (taken: its time).
    void showRestoredCopyBanner(const QString& taken);
    // At unlock: the data key is due for a change (access was taken away with --no-rekey), and for an
    // owner who took the vault over, that it has no recovery key; each with the button that fixes it.
    void showKeyBanners();
    QWidget* restoredCopyBanner() const { return m_copyBanner; }
    // Once, when a vault was just created: a strip saying that its backups go to the vault's own disk (the
    // default folder beside it), which a dead disk takes with it, with "Choose Another Disk…". Nothing
    // when the backups are elsewhere already or the signed-in user may not change the folder.
    void showSameDiskBanner();
    QWidget* sameDiskBanner() const { return m_sameDiskBanner; }

public slots:
    // Locks now, or as soon as running long work has finished.
    void lock();
    // "Change My Password…" (the user badge's menu, Settings): asks the current password, then a new one.
    void changeMyPassword();

signals:
    // The vault is locked and gone; the window is about to close. reason: why, when it was not the user
    // ("Locked after 5 minutes without use."), else empty.
    void lockedOut(const QString& vaultFolder, const QString& reason);
    // The account was cancelled: the vault no longer exists; the window is about to close.
    void accountCancelled();
    // "Create your own vault" on the demo banner: the session locks the demo and opens the wizard.
    void createVaultRequested();
    // Restore → "Replace this vault": the vault is locked and the window about to close; the session
    // carries the replacement out, then asks for a password of the backup's day.
    void replaceRequested(const QString& vaultFolder, const coffer::ReplaceRequest& request);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolBar();
    void buildPages();
    void addPage(QWidget* page, const QString& iconName, const QString& title);
    QWidget* makeSignedInBadge();
    void releaseVault();
    QFrame* addBanner(const char* objectName, ColorRole role, const QString& iconName, const QString& html,
                      QPushButton* button = nullptr);
    void applyAutoLock(int minutes);
    // The signed-in user's role changed (ownership handed over): the parts that depend on it follow.
    void applyRole();
    void cancelled();

    std::unique_ptr<Vault> m_vault;
    QString m_folder;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    VaultTasks* m_tasks = nullptr;
    ClientsPage* m_clients = nullptr;
    RequestsPage* m_requests = nullptr;
    PurposesPage* m_purposes = nullptr;
    RetentionPage* m_retention = nullptr;
    PrivacyCheckPage* m_privacyCheck = nullptr; // admins and the owner
    UsersPage* m_users = nullptr;
    AuditPage* m_audit = nullptr;
    BackupsPage* m_backups = nullptr;
    SettingsPage* m_settings = nullptr;
    IdleWatcher* m_idle = nullptr;
    QAction* m_lockAction = nullptr;
    QWidget* m_demoBanner = nullptr;
    QWidget* m_copyBanner = nullptr;
    QWidget* m_sameDiskBanner = nullptr;
    QLabel* m_roleLabel = nullptr;
    bool m_lockWanted = false;
    QString m_lockReason;
};

} // namespace coffer
