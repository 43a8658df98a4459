#include "BackupVerifier.h"

#include "Error.h"
#include "SnapshotAccess.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace coffer {

namespace {

void runIntegrityCheck(Database& db)
{
    Statement st = db.prepare("PRAGMA integrity_check");
    QStringList problems;
    while (st.next())
        if (st.text(0) != QStringLiteral("ok"))
            problems << st.text(0);
    // SQLite's messages name pages and indexes, never values.
    if (!problems.isEmpty())
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("BackupVerifier",
                                                "The backup is damaged: the database fails its integrity check (%1).")
                        .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
}

} // namespace

QString BackupVerifier::checkSnapshot(const BackupFile& file, const QString& dbPath, const QString& userName,
                                      const Secret& password, BackupReport& report, Permission permission)
{
    SnapshotAccess access = SnapshotAccess::open(file.headerBytes(), userName, password);
    if (access.header.vaultId != file.manifest().vaultId || !file.verifyMac(access.dataKey))
        throw Error(ErrorCode::Damaged, tr("The backup is damaged: its manifest was altered."));
    report.checks.push_back({tr("password opens the header; header and manifest are authentic"), {}});
    Database db;
    db.open(dbPath, access.dataKey, access.header.cipher, false);
    const QString userId = access.requireUser(db, permission);
    runIntegrityCheck(db);
    report.clients = db.scalar("SELECT count(*) FROM clients");
    report.checks.push_back(
        {tr("database opens and passes SQLite's integrity check"),
         tr("%1 pages, schema %2").arg(db.scalar("PRAGMA page_count")).arg(file.manifest().schemaVersion)});
    db.close();
    return userId;
}

BackupReport BackupVerifier::verifyWithKey(const QString& path, const QByteArray& vaultId, const Secret& dataKey)
{
    BackupReport report;
    const BackupFile file(path);
    report.manifest = file.manifest();
    const QByteArray header = file.headerBytes();
    const VaultHeader parsed = VaultHeader::parse(header);
    if (parsed.vaultId != vaultId || file.manifest().vaultId != vaultId || !VaultHeader::verifyMac(header, dataKey) ||
        !file.verifyMac(dataKey))
        throw Error(ErrorCode::Damaged, tr("The backup is damaged: its header or manifest does not authenticate."));
    report.checks.push_back({tr("header and manifest are authentic"), {}});
    QTemporaryDir temp; // mkdtemp: mode 0700
    if (!temp.isValid())
        throw Error(ErrorCode::Failed, tr("Cannot create a temporary folder: %1").arg(temp.errorString()));
    const QString dbPath = QDir(temp.path()).filePath(QStringLiteral("vault.db"));
    file.extractSnapshot(dbPath);
    report.checks.push_back({tr("SHA-256 sums of header and snapshot match"), {}});
    Database db;
    db.open(dbPath, dataKey, parsed.cipher, false);
    runIntegrityCheck(db);
    report.clients = db.scalar("SELECT count(*) FROM clients");
    report.checks.push_back({tr("database opens and passes SQLite's integrity check"), {}});
    return report;
}

BackupReport BackupVerifier::verify(const QString& path, const QString& userName, const Secret& password,
                                    Vault* audited, const BackupProgress& progress)
{
    if (audited)
        audited->require(Permission::Backup);
    BackupReport report;
    const auto record = [&](const QString& outcome) {
        if (!audited)
            return;
        try {
            Transaction tx(audited->database());
            audited->audit(QStringLiteral("backup.verify"), QStringLiteral("vault"),
                           QString::fromLatin1(report.manifest.vaultId.toHex()), outcome);
            tx.commit();
        } catch (const Error&) {
            // The verdict matters more than its log row; a full disk costs only the row.
        }
    };
    try {
        const BackupFile file(path);
        report.manifest = file.manifest();
        report.checks.push_back({tr("container format %1, manifest whole").arg(BackupFile::kFormatVersion), {}});
        QTemporaryDir temp; // mkdtemp: mode 0700
        if (!temp.isValid())
            throw Error(ErrorCode::Failed, tr("Cannot create a temporary folder: %1").arg(temp.errorString()));
        const QString dbPath = QDir(temp.path()).filePath(QStringLiteral("vault.db"));
        (void)file.headerBytes();
        file.extractSnapshot(dbPath, progress);
        report.checks.push_back(
            {tr("SHA-256 sums of header and snapshot match"),
             tr("%1 + %2 bytes").arg(file.manifest().header.size).arg(file.manifest().snapshot.size)});
        checkSnapshot(file, dbPath, userName, password, report, Permission::Backup);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Damaged)
            record(QStringLiteral("damaged"));
        throw;
    }
    record(QStringLiteral("ok"));
    return report;
}

} // namespace coffer
