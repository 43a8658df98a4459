// The desktop app's course from window to window: start window → unlock (or create) → the forced
// password change when a one-time password was used → main window → Lock → unlock again for the same
// vault. At most one vault is unlocked at a time, and this is the one place that decides which window
// holds it.
#pragma once

#include "crypto/Argon2Kdf.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace coffer {

class ChangePasswordDialog;
class CreateVaultWizard;
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

public slots:
    void showUnlock(const QString& vaultFolder);
    void showCreate();

private:
    void unlocked(std::unique_ptr<Vault> vault);
    void openMainWindow(std::unique_ptr<Vault> vault);

    std::unique_ptr<StartWindow> m_start;
    QPointer<UnlockDialog> m_unlock;
    QPointer<CreateVaultWizard> m_create;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<MainWindow> m_main;
    // A vault unlocked with a one-time password, waiting for the new one.
    std::unique_ptr<Vault> m_pending;
    std::optional<KdfParams> m_kdf;
};

} // namespace coffer
