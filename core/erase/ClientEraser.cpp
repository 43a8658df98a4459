#include "ClientEraser.h"

#include "records/ClientRows.h"

#include "ErasureVerifier.h"
#include "Error.h"
#include "backup/Tombstones.h"
#include "records/ClientStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace coffer {

namespace {

// A checkpoint that does not complete leaves page images in the WAL; that is a failure, not a hint.
void checkpointTruncate(Database& db)
{
    Statement st = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (st.next() && st.integer(0) != 0)
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("ClientEraser",
                                                "The write-ahead log could not be emptied (the database is busy)."));
}

void optimizeIndexes(Database& db)
{
    Transaction tx(db);
    db.exec("INSERT INTO client_search (client_search) VALUES ('optimize')");
    db.exec("INSERT INTO note_search (note_search) VALUES ('optimize')");
    tx.commit();
}

// What the search indexes key on: every client's and every note's rowid, in id order.
std::vector<qint64> indexedRowids(Database& db)
{
    std::vector<qint64> out;
    for (const char* sql : {"SELECT rowid FROM clients ORDER BY id", "SELECT rowid FROM notes ORDER BY id"}) {
        Statement st = db.prepare(sql);
        while (st.next())
            out.push_back(st.integer(0));
        out.push_back(-1);
    }
    return out;
}

// The search indexes name clients and notes by rowid, which VACUUM keeps only for an INTEGER PRIMARY
// KEY: schema 4 gave clients and notes one. Should a rowid change all the same, the indexes are rebuilt
// under the new ones rather than left naming other clients, and the rebuild's free pages take one more
// VACUUM.
void vacuumKeepingRowids(Database& db)
{
    for (int attempt = 0; attempt < 2 && db.scalar("PRAGMA freelist_count") > 0; ++attempt) {
        const std::vector<qint64> before = indexedRowids(db);
        db.exec("VACUUM"); // in SQLCipher the copy is encrypted too; temp storage is memory
        if (indexedRowids(db) == before)
            return;
        Transaction tx(db);
        ClientStore::rebuildSearchIndexes(db);
        tx.commit();
        optimizeIndexes(db);
    }
}

// After the rows are deleted their bytes can still be in three places: the WAL (old page images), FTS
// segments (a deletion in FTS4 only adds a newer segment that masks the old one) and free pages.
// secure_delete zeroes what a deletion frees, 'optimize' merges each index into one segment without
// the deleted documents, and VACUUM rebuilds the file without free pages.
void compact(Database& db)
{
    checkpointTruncate(db);
    optimizeIndexes(db);
    vacuumKeepingRowids(db);
    checkpointTruncate(db);
}

} // namespace

bool ErasureReport::passed() const
{
    for (const ErasureCheck& c : checks)
        if (!c.passed)
            return false;
    return !checks.empty();
}

ErasureReport ClientEraser::erase(const QString& clientId)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    ClientStore::ensureExists(db, clientId);
    const QString pseudonym = m_vault.pseudonym(clientId);
    const ErasureVerifier verifier(db, clientId);

    ErasureReport report;
    report.clientId = clientId;
    {
        Transaction tx(db);
        report.rowsRemoved = deleteClientRows(db, clientId);
        m_vault.audit(QStringLiteral("client.erase"), QStringLiteral("client"), pseudonym,
                      QString::number(report.rowsRemoved));
        tx.commit();
    }
    std::optional<Error> compactFailure;
    try {
        compact(db);
    } catch (const Error& e) {
        compactFailure = e; // the rows are gone: report what could not be tidied, do not throw
    }
    report.checks = verifier.checkContent(db);
    if (compactFailure)
        report.checks.push_back(
            {QStringLiteral("rebuild"), tr("The indexes and the file were rebuilt"), false, compactFailure->message()});

    ErasureCheck tombstone{QStringLiteral("tombstone"), tr("A tombstone is kept for restores"), false, {}};
    try {
        Tombstones::append(m_vault.backupFolder(), m_vault.id(), m_vault.dataKey(),
                           {clientId, QDateTime::currentDateTimeUtc()});
        tombstone.passed = true;
        tombstone.detail = tr("in the backup folder");
    } catch (const Error& e) {
        tombstone.detail = e.message(); // a path and the system's reason; never client data
    }
    report.checks.push_back(tombstone);

    // The verification's own audit row is the last write; the two checks of the file itself follow it.
    int passed = 0;
    for (const ErasureCheck& c : report.checks)
        passed += c.passed ? 1 : 0;
    {
        Transaction tx(db);
        m_vault.audit(QStringLiteral("client.erase.verify"), QStringLiteral("client"), pseudonym,
                      QStringLiteral("%1/%2").arg(passed).arg(report.checks.size()));
        tx.commit();
    }
    try {
        checkpointTruncate(db);
    } catch (const Error&) {
        // The WAL check below reports it.
    }
    report.checks.push_back(ErasureVerifier::checkFreePages(db));
    report.checks.push_back(ErasureVerifier::checkWal(m_vault.databaseFilePath()));
    return report;
}

} // namespace coffer
