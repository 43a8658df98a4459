#include "DesktopSession.h"

#include "ChangePasswordDialog.h"
#include "CreateVaultWizard.h"
#include "MainWindow.h"
#include "StartWindow.h"
#include "UnlockDialog.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

namespace coffer {

DesktopSession::DesktopSession(QObject* parent) : QObject(parent), m_start(std::make_unique<StartWindow>())
{
    connect(m_start.get(), &StartWindow::openRequested, this, &DesktopSession::showUnlock);
    connect(m_start.get(), &StartWindow::createRequested, this, &DesktopSession::showCreate);
}

DesktopSession::~DesktopSession()
{
    // The main window is top-level and not owned by anyone; its destructor locks the vault.
    delete m_main.data();
    if (m_pending)
        m_pending->lock();
}

UnlockDialog* DesktopSession::unlockDialog() const
{
    return m_unlock;
}
CreateVaultWizard* DesktopSession::createWizard() const
{
    return m_create;
}
ChangePasswordDialog* DesktopSession::changePasswordDialog() const
{
    return m_changePassword;
}
MainWindow* DesktopSession::mainWindow() const
{
    return m_main;
}

void DesktopSession::start()
{
    m_start->refresh();
    m_start->show();
}

void DesktopSession::showUnlock(const QString& vaultFolder)
{
    if (m_unlock || m_create || m_changePassword)
        return;
    m_start->refresh();
    m_start->show();
    m_start->raise();
    auto* dialog = new UnlockDialog(vaultFolder, m_start.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_unlock = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { unlocked(dialog->takeVault()); });
    dialog->open();
}

void DesktopSession::showCreate()
{
    if (m_unlock || m_create || m_changePassword)
        return;
    auto* wizard = new CreateVaultWizard(m_start.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_kdf)
        wizard->setKdfParams(*m_kdf);
    m_create = wizard;
    connect(wizard, &QDialog::finished, this, [this] { m_create = nullptr; });
    connect(wizard, &QDialog::accepted, this, [this, wizard] { unlocked(wizard->takeVault()); });
    // A wizard closed after creation without Finish still made a vault; list it so it can be found again.
    connect(wizard, &QDialog::rejected, this, [this, wizard] {
        if (std::unique_ptr<Vault> vault = wizard->takeVault()) {
            KnownVaults::remember(vault->path());
            vault->lock();
        }
        m_start->refresh();
    });
    wizard->open();
}

void DesktopSession::unlocked(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    KnownVaults::remember(vault->path());
    if (!vault->currentUser().mustChangePassword) {
        openMainWindow(std::move(vault));
        return;
    }
    m_pending = std::move(vault);
    auto* dialog = new ChangePasswordDialog(*m_pending, m_start.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_changePassword = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_changePassword = nullptr;
        std::unique_ptr<Vault> vault = std::move(m_pending);
        if (result == QDialog::Accepted) {
            openMainWindow(std::move(vault));
            return;
        }
        // Core refuses everything until the password is changed, so an unchanged vault is no use open.
        const QString folder = vault->path();
        vault->lock();
        vault.reset();
        // The dialog is still closing; open the next one after it is gone.
        QMetaObject::invokeMethod(
            this, [this, folder] { showUnlock(folder); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void DesktopSession::openMainWindow(std::unique_ptr<Vault> vault)
{
    auto* window = new MainWindow(std::move(vault));
    m_main = window;
    connect(window, &MainWindow::lockedOut, this, &DesktopSession::showUnlock);
    connect(window, &MainWindow::accountCancelled, this, [this] {
        m_start->refresh();
        m_start->show();
    });
    window->show();
    m_start->hide();
}

} // namespace coffer
