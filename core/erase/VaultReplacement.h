// Restore in place of the current vault ("replace the current one after verifying"): the backup is
// restored beside the vault into a new folder, with every check a restore makes (the password, the header's
// and manifest's MACs, SQLite's integrity check, the tombstones re-applied); only when that succeeded is
// the current vault destroyed as a cancellation destroys a vault — its key slots first, then every file
// overwritten and deleted — and the restored folder renamed into its place. The current vault must be
// closed (its lock is taken for the whole time) and must be the backup's vault (same id).
// A crash after the restore leaves the restored vault whole beside the current one, named
// NAME.restoring-<time>.coffer, and the current vault either intact or without key slots.
#pragma once

#include "AccountCancellation.h"
#include "backup/Restorer.h"

#include <QCoreApplication>

namespace coffer {

struct ReplaceResult
{
    RestoreResult restore;               // restore.folder is the vault's own folder again at the end
    std::vector<CancelledFile> replaced; // the current vault's files, destroyed
};

class VaultReplacement
{
    Q_DECLARE_TR_FUNCTIONS(VaultReplacement)
public:
    // userName (empty: the owner) and password open the backup, as for a restore. Error(Usage) when the
    // backup is of another vault, Error(InUse) when the vault is open, and the restore's errors; the
    // current vault is untouched by any of them.
    static ReplaceResult replace(const QString& backupFile, const QString& vaultFolder, const QString& userName,
                                 const Secret& password, const RestoreOptions& options = {});
};

} // namespace coffer
