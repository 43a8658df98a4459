// Restores a backup into a new vault folder, never over an existing one, and re-applies the erasure
// tombstones newer than the backup before anyone opens the restored vault, so a person erased after the
// backup was taken does not come back. The tombstone file is found through the program's record of the
// vault's backup folder (KnownVaults) or named by the caller; without one, the result says so.
#pragma once

#include "BackupFile.h"

#include <QCoreApplication>

namespace coffer {

struct RestoreResult
{
    QString folder; // the new vault folder
    BackupManifest manifest;
    QString tombstoneFile;     // empty when none was found
    int tombstonesRead = 0;    // entries in the file
    int tombstonesApplied = 0; // entries newer than the backup, re-applied
};

class Restorer
{
    Q_DECLARE_TR_FUNCTIONS(Restorer)
public:
    // target gets ".coffer" appended when missing and must not exist or be empty. userName (empty: the
    // owner) must be able to open the backup and hold Permission::Restore in it. tombstoneFile, when not
    // empty, is used instead of the known one. Error(Auth/Damaged/Permission/Failed) as the checks fail;
    // nothing is left at target then.
    static RestoreResult restore(const QString& backupFile, const QString& target, const QString& userName,
                                 const Secret& password, const QString& tombstoneFile = {},
                                 const BackupProgress& progress = {});
};

} // namespace coffer
