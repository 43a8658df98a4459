// The copies of a vault's data that Coffer made and that may still hold an erased person: the managed
// backups (in every recorded backup folder) and the registered exports made while the person was in the
// vault. A restore re-applies the erasure to a backup; an export is out of Coffer's reach, so the user is
// told which ones to destroy. And `backup prune --before-erasures`: the managed backups that still hold
// erased people are destroyed once a newer backup is verified.
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
    enum class Kind { Backup, Export, UnreachableFolder };
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
};

} // namespace coffer
