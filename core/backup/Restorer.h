// Restores a backup into a new vault folder, never over an existing one, and re-applies the erasure
// tombstones newer than the backup before anyone opens the restored vault, so a person erased after the
// backup was taken does not come back. The tombstones are merged from every file it can find for the
// vault id — the file named by the caller, the backup's own folder, every backup folder this machine and
// the snapshot itself have recorded — and from the snapshot's own table. Each re-applied erasure runs the
// eraser's compaction and verifier. A restore that finds no tombstone file refuses unless told to go
// ahead without. The restored folder is recorded as a copy of the vault (KnownVaults, and the copy's
// own vault.db), so that a cancellation finds it.
#pragma once

#include "BackupFile.h"
#include "records/ErasureVerifier.h"

#include <QCoreApplication>
#include <QStringList>

namespace coffer {

struct RestoreOptions
{
    QString tombstoneFile;          // a file the user names, read besides those found
    bool withoutTombstones = false; // go ahead when no tombstone file is found
    BackupProgress progress;
    // The restore will take the vault's own place (VaultReplacement): it is the vault, not a copy of it,
    // so it is marked replaced.from rather than restored.from.
    bool inPlace = false;
};

struct TombstoneSources
{
    QStringList files;    // tombstone files of the vault id that exist, in the order they are read
    QStringList lookedIn; // every folder searched
};

struct RestoreResult
{
    QString folder; // the new vault folder
    BackupManifest manifest;
    QStringList tombstoneFiles;       // the files read (the snapshot's own table is read too)
    QStringList lookedIn;             // the folders searched
    int tombstonesRead = 0;           // distinct erasures known from all sources
    int tombstonesApplied = 0;        // clients in the backup erased again
    std::vector<ErasureCheck> checks; // the verifier's checks for the re-applied erasures, and compaction
};

class Restorer
{
    Q_DECLARE_TR_FUNCTIONS(Restorer)
public:
    // target gets ".coffer" appended when missing and must not exist or be empty. userName (empty: the
    // owner) must be able to open the backup and hold Permission::Restore in it. Error(Auth/Damaged/
    // Permission/Failed) as the checks fail; Error(Failed) when no tombstone file is found and
    // options.withoutTombstones is not set; nothing is left at target then.
    static RestoreResult restore(const QString& backupFile, const QString& target, const QString& userName,
                                 const Secret& password, const RestoreOptions& options = {});
    // Where restore() will look for tombstone files and which exist, without a password: for the app,
    // which asks before a restore that will find none.
    static TombstoneSources findTombstones(const QString& backupFile, const QString& namedFile = {});
};

} // namespace coffer
