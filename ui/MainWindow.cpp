#include "MainWindow.h"

#include "Error.h"

#include "widgets/Palette.h"

#include "admin/AuditPage.h"
#include "admin/UsersPage.h"
#include "backup/BackupSettingsGroup.h"
#include "backup/BackupsPage.h"
#include "backup/ManagedBackups.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "privacy/PrivacyCheckPage.h"
#include "privacy/PurposesPage.h"
#include "privacy/RequestsPage.h"
#include "privacy/RetentionPage.h"
#include "session/ChangePasswordDialog.h"
#include "session/IdleWatcher.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "tasks/LongTask.h"
#include "tasks/VaultTasks.h"
#include "vault/KeyChange.h"
#include "vault/RecoveryKeyDialog.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace coffer {

namespace {
QIcon icon(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(std::move(vault))
    , m_folder(m_vault->path())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    //: The main window's title: the vault's name, an em dash, the program's name.
    setWindowTitle(tr("%1 — Coffer").arg(m_vault->name()));

    m_tasks = new VaultTasks(*m_vault, this);
    connect(m_tasks, &VaultTasks::accountCancelled, this, &MainWindow::cancelled);
    connect(m_tasks, &VaultTasks::replaceRequested, this, [this](const ReplaceRequest& request) {
        if (LongTask::anyRunning() || m_demoBanner) {
            QMessageBox::information(this, tr("Replace This Vault"),
                                     m_demoBanner
                                         ? tr("The sample vault cannot be replaced. Restore the backup as a "
                                              "separate vault instead.")
                                         : tr("Wait until the work in progress has finished, then try again."));
            return;
        }
        releaseVault();
        close(); // before the replacement starts: a window closes only while no long work runs
        emit replaceRequested(m_folder, request);
    });
    buildToolBar();
    buildPages();

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_idle->timeout()).count();
        m_lockReason = minutes > 0 ? tr("Locked after %n minute(s) without use.", nullptr, int(minutes))
                                   : tr("Locked after a while without use.");
        lock();
    });
    applyAutoLock(AppSettings::autoLockMinutes());

    statusBar()->showMessage(tr("Vault: %1").arg(QDir::toNativeSeparators(m_folder)));
    if (const QString rolledBack = m_vault->rollbackWarning(); !rolledBack.isEmpty()) {
        QFrame* banner =
            addBanner("rollbackBanner", ColorRole::Error, QStringLiteral("danger"),
                      tr("<b>This vault may have been rolled back.</b> %1").arg(rolledBack.toHtmlEscaped()));
        banner->setAccessibleName(tr("Rolled-back vault warning"));
    }
    if (const QString changed = m_vault->integrityWarning(); !changed.isEmpty()) {
        QFrame* banner = addBanner("integrityBanner", ColorRole::Error, QStringLiteral("danger"),
                                   tr("<b>This vault was changed outside Coffer.</b> %1").arg(changed.toHtmlEscaped()));
        banner->setAccessibleName(tr("Outside change warning"));
    }
    showKeyBanners();
    // Nothing is deleted without a run a person starts; those who may start one are told when it is due.
    if (m_retention->overdue() > 0 && roleAllows(m_vault->currentUser().role, Permission::ManageController)) {
        auto* review = new QPushButton(tr("Review…"));
        review->setObjectName(QStringLiteral("reviewRetentionButton"));
        connect(review, &QPushButton::clicked, this, [this] { showPage(m_retention); });
        QFrame* banner = addBanner("retentionBanner", ColorRole::Warning, QStringLiteral("erase"),
                                   tr("<b>%n client(s) are past their retention period.</b> Their data is kept until "
                                      "you run retention.",
                                      nullptr, m_retention->overdue()),
                                   review);
        banner->setAccessibleName(tr("Retention reminder"));
        connect(m_retention, &RetentionPage::overdueChanged, banner, [banner](int n) { banner->setVisible(n > 0); });
    }
    try {
        if (const QString taken = m_vault->restoredFrom(); !taken.isEmpty())
            showRestoredCopyBanner(taken);
    } catch (const Error&) {
        // An unreadable mark only loses the banner; the vault itself opened.
    }
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    releaseVault();
}

void MainWindow::buildToolBar()
{
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const Role role = m_vault->currentUser().role;

    if (roleAllows(role, Permission::ExportAll)) {
        QAction* exportAll = toolbar->addAction(icon(QStringLiteral("export")), tr("&Export all…"));
        exportAll->setObjectName(QStringLiteral("exportAllAction"));
        exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        exportAll->setToolTip(tr("Export everything in this vault to a file you keep: a complete copy in standard "
                                 "formats (JSON and CSV)."));
        connect(exportAll, &QAction::triggered, m_tasks, &VaultTasks::exportAll);
    }
    if (roleAllows(role, Permission::WriteRecords)) {
        QAction* importData = toolbar->addAction(icon(QStringLiteral("import")), tr("&Import…"));
        importData->setObjectName(QStringLiteral("importAction"));
        importData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        importData->setToolTip(tr("Bring clients in from a Coffer export or from a CSV file that another program "
                                  "saved."));
        connect(importData, &QAction::triggered, m_tasks, &VaultTasks::importData);
    }
    if (roleAllows(role, Permission::Backup)) {
        QAction* backUp = toolbar->addAction(icon(QStringLiteral("backup-now")), tr("&Back up now"));
        backUp->setObjectName(QStringLiteral("backUpNowAction"));
        backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        backUp->setToolTip(tr("Make an encrypted backup of this vault in its backup folder."));
        connect(backUp, &QAction::triggered, m_tasks, &VaultTasks::backUpNow);
    }

    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(makeSignedInBadge());

    m_lockAction = toolbar->addAction(icon(QStringLiteral("lock")), tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the vault (%1). Its keys are wiped from memory; the password is needed to "
                                "open it again.")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
}

void MainWindow::buildPages()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); padding-top: 8px; outline: 0; }"
                       "QListWidget::item { padding: 7px 8px; border-radius: 6px; }"
                       "QListWidget::item:selected { background: %1; color: %2; }")
            .arg(Palette::tint(ColorRole::Accent).background.name(), Palette::tint(ColorRole::Accent).text.name()));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    const Role role = m_vault->currentUser().role;
    m_clients = new ClientsPage(*m_vault, m_stack);
    connect(m_clients, &ClientsPage::exportClientRequested, m_tasks, &VaultTasks::exportClient);
    connect(m_clients, &ClientsPage::eraseClientRequested, m_tasks,
            [this](const QString& clientId) { m_tasks->eraseClient(clientId); });
    connect(m_tasks, &VaultTasks::clientsChanged, m_clients, &ClientsPage::reload);
    addPage(m_clients, QStringLiteral("clients"), tr("Clients"));
    m_requests = new RequestsPage(*m_vault, m_stack);
    addPage(m_requests, QStringLiteral("requests"), tr("Requests"));
    // The sidebar says how many open requests are due within a week, overdue ones included.
    auto showDueSoon = [this](int count) {
        QListWidgetItem* item = m_sidebar->item(m_stack->indexOf(m_requests));
        const QString title = count > 0 ? tr("Requests (%1)").arg(count) : tr("Requests");
        item->setText(title);
        item->setData(Qt::AccessibleTextRole,
                      count > 0 ? tr("Requests, %n due within a week", nullptr, count) : tr("Requests"));
        item->setToolTip(count > 0 ? tr("%n open request(s) due within 7 days or overdue", nullptr, count) : QString());
    };
    connect(m_requests, &RequestsPage::dueSoonChanged, this, showDueSoon);
    connect(m_clients->view(), &ClientView::requestRecorded, m_requests, &RequestsPage::reload);
    connect(m_clients->view(), &ClientView::eraseForRequest, m_tasks, &VaultTasks::eraseClient);
    connect(m_requests, &RequestsPage::eraseRequested, m_tasks, &VaultTasks::eraseClient);
    connect(m_tasks, &VaultTasks::clientsChanged, m_requests, &RequestsPage::reload);
    connect(m_requests, &RequestsPage::openClientRequested, this, [this](const QString& clientId) {
        showPage(m_clients);
        m_clients->openClient(clientId);
    });
    showDueSoon(m_requests->dueSoon());
    m_purposes = new PurposesPage(*m_vault, m_stack);
    addPage(m_purposes, QStringLiteral("check"), tr("Purposes & Policies"));
    connect(m_purposes, &PurposesPage::openClientRequested, this, [this](const QString& clientId) {
        showPage(m_clients);
        m_clients->openClient(clientId);
    });
    if (roleAllows(role, Permission::ReadAudit)) {
        m_privacyCheck = new PrivacyCheckPage(*m_vault, m_stack);
        addPage(m_privacyCheck, QStringLiteral("verify"), tr("Privacy Check"));
    }
    m_retention = new RetentionPage(*m_vault, m_stack);
    addPage(m_retention, QStringLiteral("erase"), tr("Retention"));
    connect(m_retention, &RetentionPage::openClientRequested, this, [this](const QString& clientId) {
        showPage(m_clients);
        m_clients->openClient(clientId);
    });
    connect(m_retention, &RetentionPage::clientsChanged, m_clients, &ClientsPage::reload);
    connect(m_retention, &RetentionPage::clientsChanged, m_requests, &RequestsPage::reload);
    connect(m_tasks, &VaultTasks::clientsChanged, m_retention, &RetentionPage::reload);
    // Pages that show what other pages change read it again when shown: a consent recorded on a client's
    // page may take them off the list of those to ask again, a hold or a new category changes who is due.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_stack->widget(index) == m_purposes)
            m_purposes->reload();
        if (m_stack->widget(index) == m_retention)
            m_retention->reload();
        if (m_privacyCheck && m_stack->widget(index) == m_privacyCheck)
            m_privacyCheck->reload();
    });
    if (roleAllows(role, Permission::ManageUsers)) {
        m_users = new UsersPage(*m_vault, m_stack);
        connect(m_users, &UsersPage::ownRoleChanged, this, &MainWindow::applyRole);
        addPage(m_users, QStringLiteral("users"), tr("Users"));
    }
    if (roleAllows(role, Permission::ReadAudit)) {
        m_audit = new AuditPage(*m_vault, m_stack);
        addPage(m_audit, QStringLiteral("audit"), tr("Audit log"));
        connect(m_clients->view(), &ClientView::historyRequested, this, [this](const QString& clientId) {
            m_audit->showClientHistory(clientId);
            showPage(m_audit);
        });
    }
    m_backups = new BackupsPage(*m_vault, *m_tasks, m_stack);
    connect(m_tasks, &VaultTasks::backupsChanged, m_backups, &BackupsPage::reload);
    addPage(m_backups, QStringLiteral("backups"), tr("Backups"));
    m_settings = new SettingsPage(*m_vault, m_stack);
    connect(m_settings, &SettingsPage::autoLockChanged, this, &MainWindow::applyAutoLock);
    connect(m_settings, &SettingsPage::cancelAccountRequested, m_tasks, &VaultTasks::cancelAccount);
    connect(m_settings, &SettingsPage::changePasswordRequested, this, &MainWindow::changeMyPassword);
    addPage(m_settings, QStringLiteral("settings"), tr("Settings"));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_stack->widget(index) == m_requests) // a request recorded on a client's page shows at once
            m_requests->reload();
    });
    m_sidebar->setCurrentRow(0);

    auto* findAction = new QAction(tr("Find a client"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        showPage(m_clients);
        m_clients->focusSearch();
    });
    auto* newClientAction = new QAction(tr("New client"), this);
    newClientAction->setObjectName(QStringLiteral("newClientAction"));
    newClientAction->setShortcut(QKeySequence::New);
    newClientAction->setEnabled(roleAllows(role, Permission::WriteRecords));
    connect(newClientAction, &QAction::triggered, this, [this] {
        showPage(m_clients);
        m_clients->newClient();
    });
    addActions({findAction, newClientAction});

    auto* centre = new QWidget(this);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_sidebar);
    auto* rule = new QFrame(centre);
    rule->setFrameShape(QFrame::VLine);
    rule->setForegroundRole(QPalette::Mid);
    row->addWidget(rule);
    row->addWidget(m_stack, 1);
    // A column, so that a banner (the demo's) can go above the sidebar and the pages.
    auto* column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(row, 1);
    setCentralWidget(centre);
}

QFrame* MainWindow::addBanner(const char* objectName, ColorRole role, const QString& iconName, const QString& html,
                              QPushButton* button)
{
    auto* banner = new QFrame(centralWidget());
    banner->setObjectName(QLatin1String(objectName));
    const Palette::Tint tint = Palette::tint(role);
    banner->setStyleSheet(
        QStringLiteral("QFrame#%4 { background: %1; border-bottom: 1px solid %2; }"
                       "QFrame#%4 QLabel { color: %3; }")
            .arg(tint.background.name(), tint.border.name(), tint.text.name(), QLatin1String(objectName)));
    auto* iconLabel = new QLabel(banner);
    iconLabel->setPixmap(icon(iconName).pixmap(24, 24));
    auto* text = new QLabel(html, banner);
    text->setObjectName(QLatin1String(objectName) + QStringLiteral("Text"));
    text->setWordWrap(true);
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(iconLabel);
    layout->addWidget(text, 1);
    if (button) {
        button->setParent(banner);
        layout->addWidget(button);
    }
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(0, banner);
    return banner;
}

void MainWindow::showRestoredCopyBanner(const QString& taken)
{
    const QDateTime time = QDateTime::fromString(taken, Qt::ISODateWithMs).toLocalTime();
    const QString day = time.isValid() ? QLocale().toString(time.date(), QStringLiteral("d MMMM yyyy")) : taken;
    QFrame* banner = addBanner(
        "restoredCopyBanner", ColorRole::Accent, QStringLiteral("backups"),
        tr("<b>This is a restored copy</b>, made from the backup of %1. It is a separate vault: what you change "
           "here does not reach the vault it was restored from, and clients added there since are not here.")
            .arg(day.toHtmlEscaped()));
    banner->setAccessibleName(tr("Restored copy notice"));
    m_copyBanner = banner;
}

void MainWindow::showKeyBanners()
{
    const Role role = m_vault->currentUser().role;
    bool due = false;
    try {
        due = roleAllows(role, Permission::ManageUsers) && m_vault->rekeyDue();
    } catch (const Error&) {
        // An unreadable mark only loses the banner; Settings → Security says it again.
    }
    if (due) {
        auto* change = new QPushButton(tr("Change the &Data Key"));
        change->setObjectName(QStringLiteral("keyDueChangeButton"));
        QFrame* banner = addBanner("keyDueBanner", ColorRole::Error, QStringLiteral("danger"),
                                   tr("<b>Access was taken away, but the data key has not changed since.</b> A copy "
                                      "of the vault's files made before, with a removed user's old password, still "
                                      "opens everything saved now."),
                                   change);
        banner->setAccessibleName(tr("Data key not changed warning"));
        connect(change, &QPushButton::clicked, this, [this, banner] {
            const KeyChange::Outcome outcome = KeyChange::run(*m_vault, this);
            if (outcome.changed) {
                banner->hide();
                statusBar()->showMessage(outcome.message, 10000);
            } else {
                QMessageBox::warning(this, tr("Change the Data Key"), outcome.message);
            }
        });
    }
    if (role == Role::Owner && !m_vault->hasRecoveryKey()) {
        auto* make = new QPushButton(tr("Make a &Recovery Key…"));
        make->setObjectName(QStringLiteral("makeRecoveryKeyButton"));
        QFrame* banner = addBanner("noRecoveryKeyBanner", ColorRole::Warning, QStringLiteral("danger"),
                                   tr("<b>This vault has no recovery key.</b> The previous owner's key went with "
                                      "the ownership. If you forget your password, nobody can open the vault: "
                                      "make a recovery key of your own and keep it somewhere safe."),
                                   make);
        banner->setAccessibleName(tr("No recovery key warning"));
        connect(make, &QPushButton::clicked, this, [this, banner] {
            const QString error = RecoveryKeyDialog::replace(*m_vault, RecoveryKeyDialog::Reason::NewOwner, this);
            if (error.isEmpty()) {
                banner->hide();
                m_settings->applyRole();
            } else {
                QMessageBox::warning(this, tr("Make a Recovery Key"), error);
            }
        });
    }
}

void MainWindow::showSameDiskBanner()
{
    if (m_sameDiskBanner || !roleAllows(m_vault->currentUser().role, Permission::Backup))
        return;
    try {
        if (!ManagedBackups(*m_vault).onVaultsFileSystem())
            return;
    } catch (const Error&) {
        return; // the Backups page says what is wrong with the folder
    }
    auto* choose = new QPushButton(tr("Choose Another Dis&k…"));
    choose->setObjectName(QStringLiteral("sameDiskChooseButton"));
    choose->setToolTip(tr("Choose a folder on a USB drive or another disk for the backups."));
    QFrame* banner = addBanner("sameDiskBanner", ColorRole::Warning, QStringLiteral("backups"),
                               tr("<b>Backups of this vault go to the same disk as the vault.</b> Coffer makes one "
                                  "each time you lock it after a change, but if this disk dies, the vault and its "
                                  "backups are lost together. Keep them on a USB drive or another disk."),
                               choose);
    banner->setAccessibleName(tr("Backups on the same disk notice"));
    m_sameDiskBanner = banner;
    connect(choose, &QPushButton::clicked, this, [this, banner] {
        showPage(m_backups);
        m_backups->settings()->chooseFolder();
        banner->hide(); // the Backups page goes on saying it while the folder stays on this disk
    });
}

void MainWindow::showDemoBanner()
{
    if (m_demoBanner)
        return;
    auto* create = new QPushButton(tr("Create &Your Own Vault…"));
    create->setObjectName(QStringLiteral("createOwnVaultButton"));
    create->setToolTip(tr("Close the demo (it is deleted) and create a vault for your real clients."));
    connect(create, &QPushButton::clicked, this, &MainWindow::createVaultRequested);
    QFrame* banner = addBanner("demoBanner", ColorRole::Warning, QStringLiteral("sample"),
                               tr("<b>This is a demo vault.</b> The clients in it are made up. It is deleted when you "
                                  "lock it or quit Coffer, so nothing you do here is kept."),
                               create);
    banner->setAccessibleName(tr("Demo vault notice"));
    m_demoBanner = banner;
    statusBar()->showMessage(tr("Demo vault in a temporary folder: %1").arg(QDir::toNativeSeparators(m_folder)));
}

void MainWindow::addPage(QWidget* page, const QString& iconName, const QString& title)
{
    auto* item = new QListWidgetItem(icon(iconName), title, m_sidebar);
    item->setData(Qt::AccessibleTextRole, title);
    m_stack->addWidget(page);
}

void MainWindow::showPage(QWidget* page)
{
    const int index = m_stack->indexOf(page);
    if (index >= 0)
        m_sidebar->setCurrentRow(index);
}

QWidget* MainWindow::makeSignedInBadge()
{
    const UserInfo& user = m_vault->currentUser();
    auto* badge = new QWidget(this);
    auto* layout = new QHBoxLayout(badge);
    layout->setContentsMargins(8, 0, 8, 0);
    auto* signedIn = new QLabel(tr("Signed in as"), badge);
    signedIn->setForegroundRole(QPalette::PlaceholderText);
    // The name opens the signed-in user's own menu.
    auto* name = new QToolButton(badge);
    name->setObjectName(QStringLiteral("userMenuButton"));
    name->setText(user.name);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setAutoRaise(true);
    name->setPopupMode(QToolButton::InstantPopup);
    name->setToolTip(tr("Your account: change your password"));
    auto* menu = new QMenu(name);
    QAction* changePassword = menu->addAction(tr("Change My &Password…"));
    changePassword->setObjectName(QStringLiteral("changeMyPasswordAction"));
    connect(changePassword, &QAction::triggered, this, &MainWindow::changeMyPassword);
    name->setMenu(menu);
    auto* role = new QLabel(roleDisplayName(user.role), badge);
    role->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel = role;
    role->setToolTip(tr("Your role in this vault decides what you may do."));
    // A quiet tag, not a button: nothing happens when it is clicked.
    role->setStyleSheet(Palette::tintStyle(ColorRole::Accent, QStringLiteral("QLabel"), Palette::kBadgeShape));
    layout->addWidget(signedIn);
    layout->addWidget(name);
    layout->addWidget(role);
    return badge;
}

void MainWindow::changeMyPassword()
{
    auto* dialog = new ChangePasswordDialog(*m_vault, this, ChangePasswordDialog::Mode::OwnPassword);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        auto* done = new QMessageBox(
            QMessageBox::Information, tr("Change My Password"),
            tr("Your password is changed. Use the new one the next time you unlock the vault."), QMessageBox::Ok, this);
        done->setObjectName(QStringLiteral("passwordChangedBox"));
        done->setAttribute(Qt::WA_DeleteOnClose);
        done->open();
    });
    dialog->open();
}

void MainWindow::applyRole()
{
    m_roleLabel->setText(roleDisplayName(m_vault->currentUser().role));
    // A longer word than before: the badge, and the toolbar around it, take the width it now needs.
    m_roleLabel->parentWidget()->adjustSize();
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        toolbar->layout()->invalidate();
    m_settings->applyRole();
}

void MainWindow::applyAutoLock(int minutes)
{
    m_idle->setTimeout(std::chrono::minutes(minutes));
}

void MainWindow::releaseVault()
{
    if (!m_vault)
        return;
    m_vault->lock();
    m_vault.reset();
}

void MainWindow::lock()
{
    if (!m_vault)
        return;
    // Work on a worker thread still holds the vault; lock the moment it is done.
    if (LongTask::anyRunning()) {
        if (!m_lockWanted) {
            m_lockWanted = true;
            QTimer::singleShot(250, this, [this] {
                m_lockWanted = false;
                lock();
            });
        }
        return;
    }
    releaseVault();
    emit lockedOut(m_folder, m_lockReason);
    close();
}

void MainWindow::cancelled()
{
    // The vault's files are gone; lock() only releases what is left in memory and the process lock.
    releaseVault();
    emit accountCancelled();
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (LongTask::anyRunning()) {
        event->ignore();
        lock(); // closes as soon as the work is done
        return;
    }
    releaseVault();
    event->accept();
}

} // namespace coffer
