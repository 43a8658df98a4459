// The desktop app's course from window to window: start window → unlock (or create) → the forced
// password change when a one-time password was used → main window → Lock → unlock again for the same
// vault. "Try with sample data" goes from the start window straight to the main window of a throwaway
// demo vault, and back to the start window when it is locked, deleting the demo. At most one vault is
// unlocked at a time, and this is the one place that decides which window holds it.
#pragma once

#include "crypto/Argon2Kdf.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace coffer {

class ChangePasswordDialog;
class CreateVaultWizard;
class DemoVault;
class MainWindow;
class StartWindow;
class UnlockDialog;
class Vault;

class DesktopSession : public QObject
{
    Q_OBJECT
public:
    explicit DesktopSession(QObject* parent = nullptr);
    ~DesktopSession() override;

    // Shows the start window.
    void start();
    // Passed on to every create wizard; without it, creation calibrates (tests use cheap parameters).
    void setKdfParams(KdfParams params) { m_kdf = params; }

    // The windows currently up, for tests and for raising; null when not shown.
    StartWindow* startWindow() const { return m_start.get(); }
    UnlockDialog* unlockDialog() const;
    CreateVaultWizard* createWizard() const;
    ChangePasswordDialog* changePasswordDialog() const;
    MainWindow* mainWindow() const;
    // The demo vault's folder while one is open (it is deleted when the demo is locked), else empty.
    QString demoFolder() const;
    // Clients in a new demo vault; tests make small ones.
    void setDemoClientCount(int clients) { m_demoClients = clients; }

public slots:
    // notice: why the dialog appears, when it was not the user's doing (an automatic lock).
    void showUnlock(const QString& vaultFolder, const QString& notice = {});
    void showCreate();
    // Makes a demo vault with sample data off the GUI thread, then opens it.
    void showDemo();

private:
    void openUnlockDialog(const QString& vaultFolder, const QString& notice = {});
    void unlocked(std::unique_ptr<Vault> vault);
    void openMainWindow(std::unique_ptr<Vault> vault, bool demo = false);
    void lockedOut(const QString& vaultFolder, const QString& reason);
    bool isBusy() const;

    std::unique_ptr<StartWindow> m_start;
    QPointer<UnlockDialog> m_unlock;
    QPointer<CreateVaultWizard> m_create;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<MainWindow> m_main;
    // A vault unlocked with a one-time password, waiting for the new one.
    std::unique_ptr<Vault> m_pending;
    std::optional<KdfParams> m_kdf;
    // The demo's folder lives as long as this does; it is reset (deleting the folder) when the main
    // window that holds the demo vault is gone.
    std::unique_ptr<DemoVault> m_demo;
    bool m_preparingDemo = false;
    int m_demoClients;
};

} // namespace coffer
