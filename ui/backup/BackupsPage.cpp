#include "BackupsPage.h"

#include "widgets/RecordTable.h"

#include "BackupFolderModel.h"
#include "BackupListModel.h"
#include "BackupSettingsGroup.h"
#include "Error.h"
#include "backup/ManagedBackups.h"
#include "tasks/VaultTasks.h"
#include "transfer/ExportHistoryDialog.h"
#include "vault/Vault.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer {

BackupsPage::BackupsPage(Vault& vault, VaultTasks& tasks, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_tasks(tasks)
    , m_model(new BackupListModel(this))
    , m_view(new QTableView(this))
    , m_listOrEmpty(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_settings(new BackupSettingsGroup(vault, this))
    , m_folderModel(new BackupFolderModel(this))
{
    setObjectName(QStringLiteral("backupsPage"));
    const Role role = m_vault.currentUser().role;

    auto* buttons = new QHBoxLayout;
    if (roleAllows(role, Permission::Backup)) {
        auto* backUp = new QPushButton(QIcon(QStringLiteral(":/icons/backup-now.svg")), tr("&Back up now"), this);
        backUp->setObjectName(QStringLiteral("backUpNowButton"));
        connect(backUp, &QPushButton::clicked, &m_tasks, &VaultTasks::backUpNow);
        m_verify = new QPushButton(tr("&Verify…"), this);
        m_verify->setObjectName(QStringLiteral("verifyButton"));
        m_verify->setToolTip(tr("Check that the chosen backup is whole and opens with your password."));
        connect(m_verify, &QPushButton::clicked, this, [this] { m_tasks.verifyBackup(selectedBackup()); });
        buttons->addWidget(backUp);
        buttons->addWidget(m_verify);
    }
    if (roleAllows(role, Permission::Restore)) {
        m_restore = new QPushButton(tr("&Restore…"), this);
        m_restore->setObjectName(QStringLiteral("restoreButton"));
        m_restore->setToolTip(tr("Restore the chosen backup as a separate vault, or in place of this one."));
        connect(m_restore, &QPushButton::clicked, this, [this] { m_tasks.restoreBackup(selectedBackup()); });
        buttons->addWidget(m_restore);
    }
    buttons->addStretch(1);
    if (roleAllows(role, Permission::ExportClient)) {
        auto* history = new QPushButton(tr("Export &History…"), this);
        history->setObjectName(QStringLiteral("exportHistoryButton"));
        history->setToolTip(tr("The exports made from this vault: when, what, where to."));
        connect(history, &QPushButton::clicked, this, [this] { ExportHistoryDialog::openFor(m_vault, this); });
        buttons->addWidget(history);
    }
    auto* showFolder = new QPushButton(tr("Show &folder"), this);
    showFolder->setObjectName(QStringLiteral("showBackupFolderButton"));
    connect(showFolder, &QPushButton::clicked, this, [this] { UserFiles::openFolder(m_vault.backupFolder()); });
    buttons->addWidget(showFolder);

    m_view->setObjectName(QStringLiteral("backupList"));
    m_view->setAccessibleName(tr("Backups"));
    m_view->setModel(m_model);
    makeRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Taken, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Size, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsPage::updateButtons);
    if (m_verify)
        connect(m_view, &QTableView::doubleClicked, m_verify, &QPushButton::click);
    m_listOrEmpty->addWidget(m_view);
    m_listOrEmpty->addWidget(makeEmptyState());
    connect(m_settings, &BackupSettingsGroup::changed, this, &BackupsPage::reload);

    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addLayout(TaskWidgets::heading(QStringLiteral("backups"), tr("Backups"), this));
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_listOrEmpty, 1);
    layout->addWidget(m_settings);
    layout->addWidget(makeFolderList());
    reload();
}

BackupsPage::~BackupsPage() = default;

QWidget* BackupsPage::makeEmptyState()
{
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("backupsEmptyState"));
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    auto* title = new QLabel(QStringLiteral("<b style='font-size:large'>%1</b>").arg(tr("No backups yet")), empty);
    title->setAlignment(Qt::AlignCenter);
    const bool mayBackUp = roleAllows(m_vault.currentUser().role, Permission::Backup);
    QString text = tr("A backup is an encrypted copy of the whole vault in one file. If this computer breaks or "
                      "the vault is damaged, a backup brings everything back.\n\nCoffer makes one automatically "
                      "each time you lock the vault after changing something.");
    if (mayBackUp)
        text += QLatin1Char(' ') + tr("To make the first one now, click Back up now.");
    auto* body = TaskWidgets::paragraph(text, empty);
    body->setAlignment(Qt::AlignCenter);
    // A wrapped label gets its height right only with a definite width, and in a stacked page only
    // when told.
    body->setFixedWidth(520);
    body->setMinimumHeight(body->heightForWidth(520));
    layout->addWidget(title);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return empty;
}

QWidget* BackupsPage::makeFolderList()
{
    auto* group = new QGroupBox(tr("Backup folders this vault has used"), this);
    group->setObjectName(QStringLiteral("backupFoldersGroup"));
    m_folderView = new QTableView(group);
    m_folderView->setObjectName(QStringLiteral("backupFolderList"));
    m_folderView->setAccessibleName(tr("Backup folders"));
    m_folderView->setModel(m_folderModel);
    makeRecordTable(m_folderView);
    m_folderView->setSelectionMode(QAbstractItemView::NoSelection);
    m_folderView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_folderView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BackupFolderModel::Folder, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(group);
    auto* text = TaskWidgets::paragraph(tr("Backups left in any of them still count as copies of this vault: a "
                                           "restore reads the erasures kept there, and cancelling the account "
                                           "destroys them too."),
                                        group);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text);
    layout->addWidget(m_folderView);
    return group;
}

void BackupsPage::reload()
{
    QStringList backups;
    try {
        backups = m_vault.managedBackups();
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
    m_model->setBackups(backups);
    m_listOrEmpty->setCurrentIndex(backups.isEmpty() ? 1 : 0);
    if (!backups.isEmpty()) {
        m_view->selectRow(0);
        m_summary->setText(tr("In %1, the newest first.").arg(QDir::toNativeSeparators(m_vault.backupFolder())));
    } else {
        m_summary->setText(tr("Backups go to %1.").arg(QDir::toNativeSeparators(m_vault.backupFolder())));
    }
    m_settings->reload();
    std::vector<BackupFolder> folders;
    try {
        folders = ManagedBackups(m_vault).folders();
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }
    m_folderModel->setFolders(std::move(folders));
    // As tall as its rows, up to four; more scroll.
    const int rows = qBound(1, m_folderModel->rowCount(), 4);
    m_folderView->setFixedHeight(m_folderView->horizontalHeader()->sizeHint().height() +
                                 rows * m_folderView->verticalHeader()->defaultSectionSize() +
                                 2 * m_folderView->frameWidth());
    updateButtons();
}

QString BackupsPage::selectedBackup() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->pathAt(rows.first().row());
}

void BackupsPage::updateButtons()
{
    const bool chosen = !selectedBackup().isEmpty();
    for (QPushButton* button : {m_verify, m_restore})
        if (button)
            button->setEnabled(chosen);
}

} // namespace coffer
