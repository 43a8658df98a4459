// The backups a vault makes of itself: when it is locked after changes, a backup goes to its backup
// folder (a setting; by default NAME.coffer-backups beside the vault, 0700), named by the time, and only
// the newest N are kept (a setting; default 10, 0 turns automatic backups off). Both settings live in the
// vault's meta table. The folder also holds the vault's erasure tombstones (Tombstones).
//
// The folder must be on a local file system and outside every sync client's folders (store/FolderSafety),
// and never inside the vault folder. Only the owner may accept the risk of a network or synced folder;
// the risk accepted (what was found) is kept in the meta table beside the folder, and a backup into a
// folder whose problem is not the one accepted is refused.
#pragma once

#include "BackupWriter.h"
#include "store/FolderSafety.h"

#include <QCoreApplication>
#include <QStringList>

namespace coffer {

class Vault;

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
    // Permission::Backup. An empty folder means the default again. Recorded in KnownVaults too.
    // FolderRisk::Accept is for the owner alone and matters only when the folder has a problem.
    void setFolder(const QString& folder, FolderRisk risk = FolderRisk::Refuse);
    // The problem the owner accepted for the current folder; Kind::None when none was.
    FolderProblem acceptedRisk() const;
    int keep() const;
    void setKeep(int keep); // Permission::Backup; 0 .. kMaxKeep
    // This vault's backups in the folder (others' are left alone), newest first.
    QStringList list() const;
    // A backup into the folder now, then rotation. Permission::Backup; audited.
    BackupInfo backUpNow(const BackupProgress& progress = {});
    // Removes the oldest beyond keep(); returns what it removed.
    QStringList rotate();

    // Vault::lock()'s hook when something changed. Never throws: locking must always succeed, so a
    // failure is only recorded in the audit log ("backup.failed", with no client data).
    static void backUpOnLock(Vault& vault) noexcept;
    static QString defaultFolder(const QString& vaultPath);
    // The tombstone file of a vault id through KnownVaults, or empty when the program never knew one.
    static QString knownTombstoneFile(const QByteArray& vaultId);

private:
    QString meta(const char* key) const;
    void setMeta(const char* key, const QString& value);
    BackupInfo writeIntoFolder(const BackupProgress& progress);
    Vault& m_vault;
};

} // namespace coffer
