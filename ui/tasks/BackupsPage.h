// The Backups page: the vault's managed backups with time and size, "Back up now", "Verify",
// "Restore to…", and the backup folder and how many to keep.
#pragma once

#include <QWidget>

namespace coffer {

class Vault;
class VaultTasks;

class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    BackupsPage(Vault& vault, VaultTasks& tasks, QWidget* parent = nullptr);
    ~BackupsPage() override;

public slots:
    void reload();

private:
    Vault& m_vault;
    VaultTasks& m_tasks;
};

} // namespace coffer
