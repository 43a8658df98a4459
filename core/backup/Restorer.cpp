#include "Restorer.h"

#include "BackupVerifier.h"
#include "Error.h"
#include "ManagedBackups.h"
#include "SnapshotAccess.h"
#include "Tombstones.h"
#include "audit/AuditLog.h"
#include "records/ClientRows.h"
#include "store/FileSafety.h"
#include "store/FolderSafety.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace coffer {

namespace {

const QString kSuffix = QStringLiteral(".coffer");

QString newVaultFolder(const QString& target)
{
    QString folder = QFileInfo(QDir::cleanPath(target)).absoluteFilePath();
    if (!folder.endsWith(kSuffix))
        folder += kSuffix;
    if (QFileInfo::exists(folder) &&
        !QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate(
                        "Restorer", "%1 already exists and is not empty; a restore never writes over a vault.")
                        .arg(QDir::toNativeSeparators(folder)));
    if (!QFileInfo(QFileInfo(folder).absolutePath()).isDir())
        throw Error(ErrorCode::Failed, QCoreApplication::translate("Restorer", "The folder %1 does not exist.")
                                           .arg(QDir::toNativeSeparators(QFileInfo(folder).absolutePath())));
    return folder;
}

// The tombstones newer than the backup: erasures the backup knows nothing of. ">=": an erasure in the
// same millisecond as the snapshot may or may not be in it, and deleting rows that are gone is harmless.
std::vector<Tombstone> newerThan(const std::vector<Tombstone>& all, const QDateTime& taken)
{
    std::vector<Tombstone> out;
    for (const Tombstone& t : all)
        if (t.erasedAt >= taken)
            out.push_back(t);
    return out;
}

} // namespace

RestoreResult Restorer::restore(const QString& backupPath, const QString& target, const QString& userName,
                                const Secret& password, const QString& tombstoneFile, const BackupProgress& progress)
{
    const BackupFile file(backupPath);
    RestoreResult result;
    result.manifest = file.manifest();
    const QByteArray header = file.headerBytes();
    // The password is checked before anything is written, so a wrong one leaves no folder behind.
    SnapshotAccess access = SnapshotAccess::open(header, userName, password);
    if (!tombstoneFile.isEmpty() && !QFileInfo(tombstoneFile).isFile())
        throw Error(ErrorCode::Failed,
                    tr("The tombstone file %1 does not exist.").arg(QDir::toNativeSeparators(tombstoneFile)));
    result.tombstoneFile = tombstoneFile;
    if (result.tombstoneFile.isEmpty()) {
        const QString known = ManagedBackups::knownTombstoneFile(file.manifest().vaultId);
        if (QFileInfo(known).isFile())
            result.tombstoneFile = known;
    }
    // Read (and authenticate) the tombstones before the new folder exists: a tampered file stops here.
    std::vector<Tombstone> all;
    if (!result.tombstoneFile.isEmpty())
        all = Tombstones::read(result.tombstoneFile, access.header.vaultId, access.dataKey);

    result.folder = newVaultFolder(target);
    requireLocalFolder(result.folder, FolderUse::Vault); // a restored vault is a vault like any other
    const bool existed = QFileInfo::exists(result.folder);
    makePrivateFolder(result.folder);
    const QString dbPath = QDir(result.folder).filePath(QStringLiteral("vault.db"));
    try {
        file.extractSnapshot(dbPath, progress);
        BackupReport report;
        const QString userId =
            BackupVerifier::checkSnapshot(file, dbPath, userName, password, report, Permission::Restore);
        const std::vector<Tombstone> newer = newerThan(all, file.manifest().takenTime());
        Database db;
        db.open(dbPath, access.dataKey, access.header.cipher, false);
        migrate(db); // deleteClientRows knows the current schema's tables
        Transaction tx(db);
        for (const Tombstone& t : newer)
            deleteClientRows(db, t.clientId);
        AuditLog::append(db, userId, QStringLiteral("restore"), QStringLiteral("vault"),
                         QString::fromLatin1(access.header.vaultId.toHex()),
                         QStringLiteral("tombstones %1").arg(newer.size()));
        tx.commit();
        // No page image of a re-erased row may stay in the WAL.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db.close();
        writeFileAtomically(QDir(result.folder).filePath(QStringLiteral("header")), header);
        fsyncFolder(result.folder);
        result.tombstonesRead = int(all.size());
        result.tombstonesApplied = int(newer.size());
    } catch (...) {
        for (const QString& f : {QStringLiteral("header"), QStringLiteral("vault.db"), QStringLiteral("vault.db-wal"),
                                 QStringLiteral("vault.db-shm"), QStringLiteral("vault.db-journal")})
            QFile::remove(QDir(result.folder).filePath(f));
        if (!existed)
            QDir().rmdir(result.folder);
        throw;
    }
    return result;
}

} // namespace coffer
