// The copies of a vault's data that Coffer made and that may still hold an erased person: the managed
// backups (in every recorded backup folder) and the registered exports made while the person was in the
// vault. A restore re-applies the erasure to a backup; an export is out of Coffer's reach, so the user is
// told which ones to destroy. And `backup prune --before-erasures`: the managed backups that still hold
// erased people are destroyed once a newer backup is verified.
//
// After a change of the data key (Vault::rekey) the managed backups taken before it still open with the
// old key, and so with the passwords (and recovery key) of whoever held a slot then — a removed user's
// too. `backup prune --old-keys` destroys their key slots (KeySlotEraser, as a cancellation does) once a
// backup under the new key is verified, and names the copies that stay out of reach.
#pragma once

#include "backup/ManagedBackups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <vector>

namespace coffer {

class Vault;

struct RemainingCopy
{
    enum class Kind { Backup, Export, UnreachableFolder, RestoredCopy };
    // Backup, Export, UnreachableFolder; and RestoredCopy: a vault folder restored from a backup and kept
    // (VaultCopies), which opens with the key and the slots of that backup.
    Kind kind = Kind::Backup;
    QString path;
    QDateTime time; // taken or made (empty for a folder)
    QString detail; // format and "encrypted" for an export; never client data
};

struct PruneResult
{
    QString verifiedBackup; // the newer backup that was verified first
    bool madeNewBackup = false;
    QStringList destroyed;   // the backups destroyed (overwritten and deleted)
    QStringList failed;      // "path: why" for those that could not be
    QStringList unreachable; // recorded folders that could not be searched
    QStringList unreadable;  // old-keys only: "path: why" for files not recognised as a backup
};

class RemainingCopies
{
    Q_DECLARE_TR_FUNCTIONS(RemainingCopies)
public:
    // The copies made between `since` (the client's creation; invalid: the beginning) and `until` (the
    // erasure) that can hold the client: every managed backup, every whole-vault export and the
    // client's own exports (by pseudonym); and the recorded backup folders that cannot be searched now.
    static std::vector<RemainingCopy> holding(Vault& vault, const QString& pseudonym, const QDateTime& since,
                                              const QDateTime& until);
    // Managed backups taken before the latest erasure, which therefore may hold erased people.
    static std::vector<ManagedBackup> backupsBeforeErasures(Vault& vault);
    // Permission::Backup. Makes sure a backup newer than the latest erasure exists (taking one when not)
    // and verifies it (sums, header MAC, integrity) with the vault's key; only then destroys the backups
    // taken before it that backupsBeforeErasures() lists. Audited. Error(Damaged) when the newer backup
    // does not verify: nothing is destroyed then.
    static PruneResult pruneBeforeErasures(Vault& vault);

    // Managed backups (in every reachable recorded folder) whose manifest MAC does not hold under the
    // current data key, taken before the key last changed: they open with an older key. Files found by the
    // vault's id that are not whole backups go to unreadable ("path: why") when given.
    static std::vector<ManagedBackup> backupsUnderOldKeys(Vault& vault, QStringList* unreadable = nullptr);
    // What still opens with an older data key, or holds what it held, and Coffer cannot destroy: the
    // registered exports made before the key last changed, the restored copies kept as separate vaults
    // whose header is not under the current key (RestoredCopy) and the recorded backup folders that cannot be searched
    // now. Copies made outside Coffer (a copy of the vault folder, of a backup file) are not known to it at all.
    static std::vector<RemainingCopy> outOfReachAfterKeyChange(Vault& vault);
    // Permission::Backup. Makes sure the newest backup is under the current key (taking one when not) and
    // verifies it with the key; only then destroys the key slots of every backup backupsUnderOldKeys()
    // lists (written over with random bytes, synced, read back) and removes the file. Audited
    // ("backup.prune", detail "old-keys destroyed=N failed=M"). Error(Damaged) when the newer backup does
    // not verify, and nothing is destroyed then.
    static PruneResult pruneOldKeys(Vault& vault);

    // "backup", "export", "unreachable-folder", "restored-copy": for JSON.
    static QString kindName(RemainingCopy::Kind kind);
    // One copy of outOfReachAfterKeyChange() in words, with what to do about it.
    static QString outOfReachLine(const RemainingCopy& copy);
    // The sentence that goes with that list: copies made outside Coffer are unknown to it.
    static QString outsideCoffer();
};

} // namespace coffer
