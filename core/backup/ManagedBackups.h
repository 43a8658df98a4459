// The backups a vault makes of itself: when it is locked after changes, a backup goes to its backup
// folder (a setting; by default NAME.coffer-backups beside the vault, 0700), named by the time, and only
// the newest N are kept (a setting; default 10, 0 turns automatic backups off). Both settings live in the
// vault's meta table.
//
// Every folder the vault's backups have ever used is recorded in vault.db (backup_folders), with when it
// was first and last used, and each holds the vault's tombstone file (Tombstones). Changing the folder
// moves the backups and the tombstone file along, or leaves them; either way the old folder stays on the
// list, so that a restore still finds its tombstones and a cancellation still destroys what is there.
//
// The folder must be on a local file system and outside every sync client's folders (store/FolderSafety),
// and never inside the vault folder. Only the owner may accept the risk of a network or synced folder;
// the risk accepted (what was found) is kept in the meta table beside the folder, and a backup into a
// folder whose problem is not the one accepted is refused.
#pragma once

#include "BackupWriter.h"
#include "store/FolderSafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <vector>

namespace coffer {

class Vault;

struct BackupFolder
{
    QString path;
    QDateTime firstUsed;
    QDateTime lastUsed;
    bool current = false;
    bool reachable = false; // the folder exists and can be listed now
};

struct ManagedBackup
{
    QString path;
    QDateTime taken;
};

enum class FolderChange {
    Move,  // this vault's backups and tombstone file go along to the new folder
    Leave, // they stay where they are (the old folder stays on the list)
};

struct FolderChangeResult
{
    QStringList moved; // the new paths of the files moved
    QStringList left;  // files of this vault that stayed in the previous folder
};

enum class FolderRisk {
    Refuse, // a network or synced folder is refused
    Accept, // the owner accepts it, for this folder and what was found there
};

class ManagedBackups
{
    Q_DECLARE_TR_FUNCTIONS(ManagedBackups)
public:
    static constexpr int kDefaultKeep = 10;
    static constexpr int kMaxKeep = 1000;

    explicit ManagedBackups(Vault& vault)
        : m_vault(vault)
    {
    }

    QString folder() const;
    // Permission::Backup. An empty folder means the default again. The new folder is recorded (in vault.db
    // and KnownVaults) and given the tombstone file; then the previous folder's backups of this vault move
    // along or stay. Error(Usage) for a folder whose parent does not exist; Error(Failed) for a network or
    // synced folder (FolderRisk::Accept is for the owner alone and matters only when the folder has such a
    // problem) and when a file cannot be moved (the ones moved so far are in their new place, the rest in
    // the old).
    FolderChangeResult setFolder(const QString& folder, FolderChange change = FolderChange::Move,
                                 FolderRisk risk = FolderRisk::Refuse);
    // The problem the owner accepted for the current folder; Kind::None when none was.
    FolderProblem acceptedRisk() const;
    // Whether the current folder is on the vault's own file system (onSameFileSystem, store/FolderSafety),
    // as the default folder beside the vault always is: a backup there does not survive a dead disk.
    bool onVaultsFileSystem() const;
    int keep() const;
    void setKeep(int keep); // Permission::Backup; 0 .. kMaxKeep
    // This vault's backups in the current folder (others' are left alone), newest first.
    QStringList list() const;
    // Every folder ever used, the current one first, then by last use.
    std::vector<BackupFolder> folders() const;
    // This vault's backups in every recorded folder that can be reached, newest first, whatever their
    // names (Names::Any).
    std::vector<ManagedBackup> everywhere() const;
    // A backup into the folder now, then rotation. Permission::Backup; audited.
    BackupInfo backUpNow(const BackupProgress& progress = {});
    // Removes the oldest beyond keep(); returns what it removed.
    QStringList rotate();

    // A folder the user wrote a backup into by hand (`backup --out`): recorded like the others (not as the
    // current one) and given the tombstone file, so that a restore of that backup finds the erasures and a
    // cancellation destroys it. Never throws: the backup is written whatever happens here.
    void recordOtherFolder(const QString& path) noexcept;
    // At every unlock (Vault::afterOpen): the current folder is on the list, vault.db's tombstones are
    // in every reachable recorded folder and every tombstone found there is in vault.db. Returns the
    // folders that could not be written (unplugged drives). Never throws for a folder.
    QStringList syncTombstones();

    // Vault::lock()'s hook when something changed. Never throws: locking must always succeed, so a
    // failure is only recorded in the audit log ("backup.failed", with no client data).
    static void backUpOnLock(Vault& vault) noexcept;
    // A backup that no person asked for (on lock: "automatic"; before a change to the keys: its reason as
    // the audit detail). True when it was made, or when backups are off (keep() is 0). Never throws; a
    // failure is audited as "backup.failed".
    static bool backUpAutomatically(Vault& vault, const QString& reason) noexcept;
    static QString defaultFolder(const QString& vaultPath);
    static QString backupExtension();
    // This vault's backup files in one folder, found by what they hold (a backup's prefix with the vault
    // id), newest first: among the files named *.coffer-backup (Named: the ones rotation may remove), or
    // among all its files but links (Any: `backup --out` takes any name).
    enum class Names { Named, Any };
    static std::vector<ManagedBackup> backupsIn(const QString& folder, const QByteArray& vaultId,
                                                Names names = Names::Named);

private:
    QString meta(const char* key) const;
    void setMeta(const char* key, const QString& value);
    void recordFolder(const QString& path, bool current);
    BackupInfo writeIntoFolder(const BackupProgress& progress);
    Vault& m_vault;
};

} // namespace coffer
