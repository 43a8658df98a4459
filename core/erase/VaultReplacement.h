// Restore in place of the current vault ("replace the current one after verifying"): the backup is
// restored beside the vault into a new folder, NAME.restoring-<time>.coffer, with every check a restore
// makes (the password, the header's and manifest's MACs, SQLite's integrity check, the tombstones
// re-applied and the erasure checks on them); only when all of that passed is the current vault destroyed
// as a cancellation destroys a vault — its key slots first, then every file overwritten and deleted — and
// the restored folder renamed into its place. The current vault must be closed (its lock is taken for the
// whole time) and must be the backup's vault (same id).
//
// A crash leaves one of three states beside the vault, which interrupted() finds; the app (when the vault
// is opened) and `restore --finish-replace|--discard-replace` deal with them:
//   - the restored folder without its header: the restore itself was cut short and the vault is as it
//     was; discard() it;
//   - the restored folder whole, the current vault intact: nothing was decided on the vault yet; discard()
//     the restored copy, or keep it (it is a copy of the vault like any restore), and replace again;
//   - the restored folder whole with its mark (kReplacingMark): the replacement had been decided and the
//     current vault's destruction may have begun; finish() is the only way on, and needs no password
//     (the one who started it gave it, and the current vault may no longer open).
#pragma once

#include "AccountCancellation.h"
#include "backup/Restorer.h"

#include <QCoreApplication>
#include <functional>

namespace coffer {

struct ReplaceResult
{
    RestoreResult restore;               // restore.folder is the vault's own folder again at the end
    std::vector<CancelledFile> replaced; // the current vault's files, destroyed
};

struct InterruptedReplacement
{
    QString folder;         // NAME.restoring-<time>.coffer beside the vault
    bool restored = false;  // the restore finished (the folder has its header)
    bool replacing = false; // the current vault's destruction had begun: finish() is the only way on
};

class VaultReplacement
{
    Q_DECLARE_TR_FUNCTIONS(VaultReplacement)
public:
    // Called before each step that changes the current vault (tests kill the process there): the path
    // about to be destroyed, or the restored folder before it is renamed.
    using StepHook = std::function<void(const QString& path)>;

    // userName (empty: the owner) and password open the backup, as for a restore. Error(Usage) when the
    // backup is of another vault, Error(InUse) when the vault is open, Error(Failed) when a check of the
    // restored vault failed (it is discarded again), and the restore's errors; the current vault is
    // untouched by any of them.
    static ReplaceResult replace(const QString& backupFile, const QString& vaultFolder, const QString& userName,
                                 const Secret& password, const RestoreOptions& options = {},
                                 const StepHook& beforeEachStep = {});

    // The restored folders an interrupted replace() left beside vaultFolder, oldest first.
    static std::vector<InterruptedReplacement> interrupted(const QString& vaultFolder);
    // Completes an interrupted replacement that had been decided (the folder is marked): what is left of
    // the current vault is destroyed and the restored folder takes its place. Error(Failed) for any other
    // folder, Error(InUse) while either vault is open. result.restore holds only the folder.
    static ReplaceResult finish(const QString& vaultFolder, const QString& restoredFolder,
                                const StepHook& beforeEachStep = {});
    // Destroys a restored folder that is not to replace the vault (key slots first, then every file) and
    // forgets it as a copy. Error(Usage) once the current vault's destruction has begun (finish() then).
    static void discard(const QString& restoredFolder);

    static constexpr const char* kReplacingMark = ".replacing";
};

} // namespace coffer
