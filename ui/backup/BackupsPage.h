// The Backups page: the vault's managed backups with time and size, "Back up now", "Verify",
// "Restore…", the backup folder and how many to keep, every backup folder the vault has used, and
// "Export History…" (the other copies Coffer made).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace coffer {

class BackupFolderModel;
class BackupListModel;
class BackupSettingsGroup;
class Vault;
class VaultTasks;

class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    BackupsPage(Vault& vault, VaultTasks& tasks, QWidget* parent = nullptr);
    ~BackupsPage() override;

    BackupListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    BackupFolderModel* folderModel() const { return m_folderModel; }
    BackupSettingsGroup* settings() const { return m_settings; }

public slots:
    void reload();

private:
    QWidget* makeEmptyState();
    QWidget* makeFolderList();
    QString selectedBackup() const;
    void updateButtons();

    Vault& m_vault;
    VaultTasks& m_tasks;
    BackupListModel* m_model;
    QTableView* m_view;
    QStackedWidget* m_listOrEmpty;
    QLabel* m_summary;
    QPushButton* m_verify = nullptr;
    QPushButton* m_restore = nullptr;
    BackupSettingsGroup* m_settings;
    BackupFolderModel* m_folderModel;
    QTableView* m_folderView = nullptr;
};

} // namespace coffer
