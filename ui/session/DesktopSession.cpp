#include "DesktopSession.h"

#include "ChangePasswordDialog.h"
#include "MainWindow.h"
#include "erase/VaultReplacementTasks.h"
#include "start/CreateVaultWizard.h"
#include "start/DemoVault.h"
#include "start/SampleData.h"
#include "start/StartWindow.h"
#include "start/UnlockDialog.h"
#include "tasks/BackgroundTask.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QMessageBox>

namespace coffer {

DesktopSession::DesktopSession(QObject* parent)
    : QObject(parent)
    , m_start(std::make_unique<StartWindow>())
    , m_demoClients(SampleData::kDefaultClients)
{
    connect(m_start.get(), &StartWindow::openRequested, this, [this](const QString& folder) { showUnlock(folder); });
    connect(m_start.get(), &StartWindow::createRequested, this, &DesktopSession::showCreate);
    connect(m_start.get(), &StartWindow::sampleDataRequested, this, &DesktopSession::showDemo);
}

DesktopSession::~DesktopSession()
{
    // The main window is top-level and not owned by anyone; its destructor locks the vault. Only then
    // can the demo's folder go.
    delete m_main.data();
    m_demo.reset();
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
QString DesktopSession::demoFolder() const
{
    return m_demo ? m_demo->vaultFolder() : QString();
}

bool DesktopSession::isBusy() const
{
    return m_unlock || m_create || m_changePassword || m_preparingDemo;
}

void DesktopSession::start()
{
    DemoVault::removeLeftovers();
    m_start->refresh();
    m_start->show();
}

void DesktopSession::showUnlock(const QString& vaultFolder, const QString& notice)
{
    if (isBusy())
        return;
    m_start->refresh();
    m_start->show();
    m_start->raise();
    // An interrupted replacement first: the vault may not open until it is finished.
    if (!VaultReplacementTasks::resolveInterrupted(m_start.get(), vaultFolder,
                                                   [this, vaultFolder] { openUnlockDialog(vaultFolder); }))
        openUnlockDialog(vaultFolder, notice);
}

void DesktopSession::openUnlockDialog(const QString& vaultFolder, const QString& notice)
{
    if (isBusy())
        return;
    auto* dialog = new UnlockDialog(vaultFolder, m_start.get());
    dialog->setNotice(notice);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_unlock = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { unlocked(dialog->takeVault()); });
    dialog->open();
}

void DesktopSession::showCreate()
{
    if (isBusy())
        return;
    auto* wizard = new CreateVaultWizard(m_start.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_kdf)
        wizard->setKdfParams(*m_kdf);
    m_create = wizard;
    connect(wizard, &QDialog::finished, this, [this] { m_create = nullptr; });
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        unlocked(wizard->takeVault());
        // A new vault's backups go beside it by default: said once, here, and on the Backups page after.
        if (m_main)
            m_main->showSameDiskBanner();
    });
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

void DesktopSession::showDemo()
{
    if (isBusy() || m_main)
        return;
    m_preparingDemo = true;
    m_start->setPreparingSample(true);
    runInBackground<std::unique_ptr<DemoVault>>(
        this, [clients = m_demoClients] { return DemoVault::create(clients); },
        [this](Outcome<std::unique_ptr<DemoVault>>& outcome) {
            m_preparingDemo = false;
            m_start->setPreparingSample(false);
            if (outcome.error) {
                QMessageBox::warning(m_start.get(), tr("Sample Data"),
                                     tr("The demo vault could not be made. %1").arg(outcome.error->message()));
                return;
            }
            m_demo = std::move(*outcome.value);
            openMainWindow(m_demo->takeVault(), true);
        });
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

void DesktopSession::openMainWindow(std::unique_ptr<Vault> vault, bool demo)
{
    auto* window = new MainWindow(std::move(vault));
    m_main = window;
    if (demo)
        window->showDemoBanner();
    connect(window, &MainWindow::lockedOut, this, &DesktopSession::lockedOut);
    connect(window, &MainWindow::replaceRequested, this, [this](const QString& folder, const ReplaceRequest& request) {
        m_start->refresh();
        m_start->show();
        VaultReplacementTasks::replace(m_start.get(), folder, request, [this, folder] { showUnlock(folder); });
    });
    connect(window, &MainWindow::accountCancelled, this, [this] {
        m_start->refresh();
        m_start->show();
    });
    connect(window, &MainWindow::createVaultRequested, this, [this, window] {
        window->lock();
        // lock() waits while long work runs; the wizard comes when the vault is really locked.
        if (!window->isUnlocked())
            showCreate();
    });
    // However the window goes — Lock, idle, closed, account cancelled — the demo vault goes with it.
    // The window's destructor has locked the vault by the time `destroyed` is emitted.
    connect(window, &QObject::destroyed, this, [this] { m_demo.reset(); });
    window->show();
    m_start->hide();
}

void DesktopSession::lockedOut(const QString& vaultFolder, const QString& reason)
{
    // A demo is not unlocked again: its password was never shown. Back to the start.
    if (m_demo && m_demo->vaultFolder() == vaultFolder) {
        m_start->refresh();
        m_start->show();
        return;
    }
    showUnlock(vaultFolder, reason);
}

} // namespace coffer
