#include "BackupWriter.h"

#include "Error.h"
#include "ManagedBackups.h"
#include "PageSnapshot.h"
#include "crypto/Sha256.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <sqlite3.h>

namespace coffer {

namespace {

constexpr int kPagesPerStep = 1024;
constexpr qint64 kChunk = 4 << 20;

[[noreturn]] void cannotWrite(const QString& path, const QString& why)
{
    throw Error(ErrorCode::Failed, QCoreApplication::translate("BackupWriter", "Cannot write the backup %1: %2")
                                       .arg(QDir::toNativeSeparators(path), why));
}

// Copies every page of the vault's database into a new file keyed with the same data key. SQLCipher's
// backup API refuses to copy between different keys, and with the same key a page is decrypted and
// re-encrypted (fresh IV) on the way, so the snapshot never shares IVs with the live file.
void takeSnapshot(Vault& vault, const CipherSettings& cipher, const QString& path, const BackupProgress& progress,
                  qint64 progressTotal)
{
    Database dest;
    dest.open(path, vault.dataKey(), cipher, true);
    // A throwaway file that is copied and synced once complete needs no journal and no syncs of its own.
    dest.exec("PRAGMA journal_mode = OFF");
    dest.exec("PRAGMA synchronous = OFF");
    sqlite3_backup* backup = sqlite3_backup_init(dest.handle(), "main", vault.database().handle(), "main");
    if (!backup)
        throwSqlError(dest.handle(), "backup");
    int rc = SQLITE_OK;
    int waits = 0;
    // BUSY or LOCKED persists while the vault's own connection is inside a write transaction: give up
    // after a few seconds rather than spin.
    while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 40)) {
        if (rc != SQLITE_OK)
            sqlite3_sleep(50);
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && total > 0)
            progress(progressTotal / 2 * (total - sqlite3_backup_remaining(backup)) / total, progressTotal);
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        throw Error(
            ErrorCode::Failed,
            QCoreApplication::translate("BackupWriter", "The vault is in the middle of a change; back up after it."));
    if (rc != SQLITE_DONE)
        throwSqlError(dest.handle(), "backup");
    dest.close();
}

// Streams the snapshot into out after the prefix and header, hashing it on the way.
QByteArray appendSnapshot(OutputFile& out, const QString& snapshotPath, qint64 size, const BackupProgress& progress,
                          qint64 progressTotal)
{
    QFile in(snapshotPath);
    if (!in.open(QIODevice::ReadOnly))
        cannotWrite(out.target(), in.errorString());
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 n = in.read(buffer.data(), qMin(kChunk, size - done));
        if (n <= 0)
            cannotWrite(out.target(), in.errorString());
        hash.add(buffer.constData(), n);
        if (out.device().write(buffer.constData(), n) != n)
            cannotWrite(out.target(), out.errorString());
        done += n;
        if (progress)
            progress(progressTotal / 2 + done / 2, progressTotal);
    }
    return hash.result();
}

} // namespace

BackupInfo BackupWriter::write(Vault& vault, const QString& target, const BackupProgress& progress,
                               SnapshotMethod method, Overwrite overwrite)
{
    vault.require(Permission::Backup);
    BackupInfo info = writeUnchecked(vault, target, progress, method, overwrite);
    // A copy Coffer made: the vault knows its folder from now on (ManagedBackups::recordOtherFolder).
    ManagedBackups(vault).recordOtherFolder(QFileInfo(info.path).absolutePath());
    Transaction tx(vault.database());
    vault.audit(QStringLiteral("backup.create"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                QString::number(info.manifest.snapshot.size));
    tx.commit();
    return info;
}

BackupInfo BackupWriter::writeUnchecked(Vault& vault, const QString& targetIn, const BackupProgress& progress,
                                        SnapshotMethod method, Overwrite overwrite)
{
    if (!vault.isUnlocked())
        throw Error::vaultLocked();
    // A backup may go anywhere but into the vault folder, whose loss it is meant to survive.
    const QString target = checkOutputPath(targetIn, {overwrite, vault.path(), {}});
    const QString folder = QFileInfo(target).absolutePath();

    QFile headerFile(vault.headerFilePath());
    if (!headerFile.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Damaged, tr("The vault header cannot be read."));
    const QByteArray header = headerFile.read(BackupFile::kMaxHeaderSize + 1);
    const VaultHeader parsed = VaultHeader::parse(header);
    if (header.size() > BackupFile::kMaxHeaderSize || !VaultHeader::verifyMac(header, vault.dataKey()))
        throw Error::headerChecksumMismatch();

    BackupManifest m;
    m.vaultId = vault.id();
    m.taken = nowStamp();
    m.schemaVersion = vault.database().userVersion();
    m.header = {BackupFile::kPrefixSize, header.size(), Sha256::of(header)};

    m.snapshot.offset = BackupFile::snapshotOffsetFor(header.size());

    OutputFile out(target, overwrite);
    if (!out.open())
        cannotWrite(target, out.errorString());
    QByteArray head(m.header.offset, '\0');
    head += header;
    head.append(QByteArray(m.snapshot.offset - head.size(), '\0'));
    if (out.device().write(head) != head.size() || !out.device().flush())
        cannotWrite(target, out.errorString());

    PageSnapshot pages;
    if (method == SnapshotMethod::Automatic && pages.begin(vault.database(), vault.databaseFilePath())) {
        m.snapshot.size = pages.size();
        m.snapshot.sha256 = pages.copyTo(out.device().handle(), m.snapshot.offset, progress);
    } else {
        // The snapshot lives beside the target, on the same file system, and goes when this scope ends.
        QTemporaryFile snapshot(QDir(folder).filePath(QStringLiteral(".coffer-snapshot-XXXXXX")));
        if (!snapshot.open())
            cannotWrite(target, snapshot.errorString());
        snapshot.close();
        const qint64 sizeGuess = QFileInfo(vault.databaseFilePath()).size() * 2 + 1;
        takeSnapshot(vault, parsed.cipher, snapshot.fileName(), progress, sizeGuess);
        for (const char* suffix : {"-journal", "-wal", "-shm"})
            QFile::remove(snapshot.fileName() + QLatin1String(suffix));
        m.snapshot.size = QFileInfo(snapshot.fileName()).size();
        m.snapshot.sha256 = appendSnapshot(out, snapshot.fileName(), m.snapshot.size, progress, m.snapshot.size * 2);
    }
    // The manifest names the sums, so it is written last, into the space kept for it.
    const QByteArray prefix = BackupFile::prefix(m, vault.dataKey());
    if (!out.device().seek(0) || out.device().write(prefix) != prefix.size())
        cannotWrite(target, out.errorString());
    if (!out.commit())
        cannotWrite(target, out.errorString());
    return {target, m};
}

} // namespace coffer
