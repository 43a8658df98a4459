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
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <memory>

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
                    Restorer::tr("%1 already exists and is not empty; a restore never writes over a vault.")
                        .arg(QDir::toNativeSeparators(folder)));
    if (!QFileInfo(QFileInfo(folder).absolutePath()).isDir())
        throw Error(ErrorCode::Failed, Restorer::tr("The folder %1 does not exist.")
                                           .arg(QDir::toNativeSeparators(QFileInfo(folder).absolutePath())));
    return folder;
}

void addFolder(QStringList& folders, const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!folder.isEmpty() && !folders.contains(clean))
        folders << clean;
}

// The folders a vault id's tombstones may be in, before the snapshot is open.
QStringList candidateFolders(const QString& backupFile, const QByteArray& vaultId)
{
    QStringList folders;
    addFolder(folders, QFileInfo(backupFile).absolutePath());
    for (const QString& f : KnownVaults::backupFolders(vaultId))
        addFolder(folders, f);
    for (const QString& v : KnownVaults::vaultFolders(vaultId))
        addFolder(folders, ManagedBackups::defaultFolder(v));
    return folders;
}

void collect(TombstoneSources& sources, const QStringList& folders, const QByteArray& vaultId)
{
    for (const QString& folder : folders) {
        if (sources.lookedIn.contains(folder))
            continue;
        sources.lookedIn << folder;
        const QString file = Tombstones::filePath(folder, vaultId);
        if (QFileInfo(file).isFile() && !sources.files.contains(file))
            sources.files << file;
    }
}

// The folders the snapshot itself recorded (schema 5 and later).
QStringList recordedIn(Database& db)
{
    QStringList out;
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'backup_folders'") == 0)
        return out;
    Statement st = db.prepare("SELECT path FROM backup_folders");
    while (st.next())
        out << st.text(0);
    return out;
}

// The clients of the snapshot whose pseudonym has a tombstone at or after the backup was taken: erasures
// the backup knows nothing of. ">=": an erasure in the same millisecond as the snapshot may or may not
// be in it, and deleting rows that are gone is harmless.
QStringList clientsToErase(Database& db, const PseudonymKey& pseudonyms, const std::vector<Tombstone>& all,
                           const QDateTime& taken)
{
    QSet<QString> newer;
    for (const Tombstone& t : all)
        if (t.erasedAt >= taken)
            newer.insert(t.pseudonym);
    QStringList out;
    if (newer.isEmpty())
        return out;
    Statement st = db.prepare("SELECT id FROM clients");
    while (st.next())
        if (newer.contains(pseudonyms.of(st.text(0))))
            out << st.text(0);
    return out;
}

} // namespace

TombstoneSources Restorer::findTombstones(const QString& backupFile, const QString& namedFile)
{
    const BackupFile file(backupFile);
    TombstoneSources sources;
    if (!namedFile.isEmpty() && QFileInfo(namedFile).isFile())
        sources.files << QFileInfo(namedFile).absoluteFilePath();
    collect(sources, candidateFolders(backupFile, file.manifest().vaultId), file.manifest().vaultId);
    return sources;
}

RestoreResult Restorer::restore(const QString& backupPath, const QString& target, const QString& userName,
                                const Secret& password, const RestoreOptions& options)
{
    const BackupFile file(backupPath);
    RestoreResult result;
    result.manifest = file.manifest();
    const QByteArray header = file.headerBytes();
    const QByteArray vaultId = file.manifest().vaultId;
    // The password is checked before anything is written, so a wrong one leaves no folder behind.
    SnapshotAccess access = SnapshotAccess::open(header, userName, password);
    if (!options.tombstoneFile.isEmpty() && !QFileInfo(options.tombstoneFile).isFile())
        throw Error(ErrorCode::Failed,
                    tr("The tombstone file %1 does not exist.").arg(QDir::toNativeSeparators(options.tombstoneFile)));
    const QString folder = newVaultFolder(target);

    result.folder = folder;
    requireLocalFolder(folder, FolderUse::Vault); // a restored vault is a vault like any other
    const bool existed = QFileInfo::exists(folder);
    makePrivateFolder(folder);
    const QString dbPath = QDir(folder).filePath(QStringLiteral("vault.db"));
    try {
        file.extractSnapshot(dbPath, options.progress);
        BackupReport report;
        const QString userId =
            BackupVerifier::checkSnapshot(file, dbPath, userName, password, report, Permission::Restore);
        Database db;
        db.open(dbPath, access.dataKey, access.header.cipher, false);
        migrate(db); // deleteClientRows knows the current schema's tables
        const StableKeys keys = StableKeys::of(db, access.dataKey);

        // Every source, each authenticated before anything is deleted: a tampered file stops here.
        TombstoneSources sources = findTombstones(backupPath, options.tombstoneFile);
        collect(sources, recordedIn(db), vaultId);
        result.tombstoneFiles = sources.files;
        result.lookedIn = sources.lookedIn;
        if (sources.files.isEmpty() && !options.withoutTombstones)
            throw Error(
                ErrorCode::Failed,
                tr("No erasure tombstone file of this vault was found (looked in %1), so erasures made after "
                   "%2 cannot be re-applied. Name the file (--tombstones FILE), or restore without "
                   "(--no-tombstones) if you are sure no client was erased since.")
                    .arg(QDir::toNativeSeparators(sources.lookedIn.join(QStringLiteral(", "))), file.manifest().taken));
        std::vector<Tombstone> all = Tombstones::inDatabase(db);
        for (const QString& f : sources.files)
            all = Tombstones::merged(all, Tombstones::read(f, vaultId, keys));
        result.tombstonesRead = int(all.size());

        const QStringList erase = clientsToErase(db, keys.pseudonym, all, file.manifest().takenTime());
        std::vector<std::unique_ptr<ErasureVerifier>> verifiers;
        for (const QString& id : erase)
            verifiers.push_back(std::make_unique<ErasureVerifier>(db, id));
        {
            Transaction tx(db);
            for (const QString& id : erase)
                deleteClientRows(db, id, keys.pseudonym.of(id));
            for (const Tombstone& t : all)
                Tombstones::record(db, t); // the restored vault knows every erasure from now on
            if (!erase.isEmpty())
                markCompactionPending(db);
            db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
                .bind(1, options.inPlace ? QStringLiteral("replaced.from") : QStringLiteral("restored.from"))
                .bind(2, file.manifest().taken)
                .run();
            if (options.inPlace) // a backup of an earlier copy carries its mark: it is the vault now
                db.prepare("DELETE FROM meta WHERE key = 'restored.from'").run();
            AuditLog::append(db, userId, QStringLiteral("restore"), QStringLiteral("vault"),
                             QString::fromLatin1(vaultId.toHex()),
                             QStringLiteral("tombstones %1/%2").arg(erase.size()).arg(all.size()));
            tx.commit();
        }
        if (!erase.isEmpty()) {
            // The eraser's own compaction and checks: no page image, index segment or free page of a
            // re-erased client stays. A failure to compact leaves the mark: the first unlock finishes it.
            try {
                compactAfterDeletion(db);
                result.checks.push_back(
                    {QStringLiteral("rebuild"), tr("The indexes and the file were rebuilt"), true, {}});
            } catch (const Error& e) {
                result.checks.push_back(
                    {QStringLiteral("rebuild"), tr("The indexes and the file were rebuilt"), false, e.message()});
            }
            for (const auto& v : verifiers)
                for (const ErasureCheck& c : v->checkContent(db))
                    result.checks.push_back(c);
            result.checks.push_back(ErasureVerifier::checkFreePages(db));
        }
        checkpointTruncate(db);
        if (!erase.isEmpty()) {
            result.checks.push_back(ErasureVerifier::checkWal(dbPath));
            for (const auto& v : verifiers)
                result.checks.push_back(
                    v->checkRawBytes(dbPath, access.dataKey, access.header.cipher.pageSize, access.header.cipher.hmac));
        }
        db.close();
        writeFileAtomically(QDir(folder).filePath(QStringLiteral("header")), header);
        fsyncFolder(folder);
        result.tombstonesApplied = int(erase.size());
    } catch (...) {
        for (const QString& f : {QStringLiteral("header"), QStringLiteral("vault.db"), QStringLiteral("vault.db-wal"),
                                 QStringLiteral("vault.db-shm"), QStringLiteral("vault.db-journal")})
            QFile::remove(QDir(folder).filePath(f));
        if (!existed)
            QDir().rmdir(folder);
        throw;
    }
    // A copy of the vault from now on: the vault (at its next unlock) and a cancellation find it.
    KnownVaults::noteRestore(vaultId, {folder, backupPath, file.manifest().taken});
    return result;
}

} // namespace coffer
