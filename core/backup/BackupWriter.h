// Writes a backup of an open vault (format in BackupFile.h), taken while the vault stays open. The
// snapshot is the committed state of vault.db: its encrypted pages copied under a WAL read transaction
// (PageSnapshot, as fast as a copy), or, when that cannot be had, SQLite's online backup API on the
// vault's own connection (ten times slower under SQLCipher, which re-encrypts every page). Output goes to
// a temporary name beside the target and is renamed only when complete; a failure leaves no partial file.
// The target follows store/OutputPath's rules: an existing file is replaced only with Overwrite::Replace,
// never a link, and never inside the vault folder.
#pragma once

#include "BackupFile.h"
#include "store/OutputPath.h"

#include <QCoreApplication>

namespace coffer {

class Vault;

enum class SnapshotMethod {
    Automatic, // pages copied when the WAL empties, else the backup API
    BackupApi, // always sqlite3_backup_* (tests use it to cover that path)
};

struct BackupInfo
{
    QString path;
    BackupManifest manifest;
};

class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)
public:
    // Needs Permission::Backup; audited as "backup.create".
    static BackupInfo write(Vault& vault, const QString& target, const BackupProgress& progress = {},
                            SnapshotMethod method = SnapshotMethod::Automatic, Overwrite overwrite = Overwrite::Refuse);
    // Without the permission check and the audit row: automatic backups (ManagedBackups) do their own.
    static BackupInfo writeUnchecked(Vault& vault, const QString& target, const BackupProgress& progress = {},
                                     SnapshotMethod method = SnapshotMethod::Automatic,
                                     Overwrite overwrite = Overwrite::Refuse);
};

} // namespace coffer
