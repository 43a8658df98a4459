#include "ClientRows.h"

#include "ClientStore.h"
#include "Error.h"
#include "NoteSearch.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <vector>

namespace coffer {

namespace {

constexpr char kPendingKey[] = "erasure.compaction-pending";

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

} // namespace

qint64 deleteClientRows(Database& db, const QString& clientId, const QString& pseudonym)
{
    Transaction tx(db);
    qint64 removed = 0;
    // Search documents first: they are keyed by the client's rowid, which is unknown once the rows are
    // gone. Their notes' documents are the client's docid range (NoteSearch.h), so a document whose note
    // row is missing goes too, and none is left for a later client that is given the same rowid.
    {
        Statement st = db.prepare("SELECT rowid FROM clients WHERE id = ?");
        st.bind(1, clientId);
        if (st.next()) {
            const qint64 rowid = st.integer(0);
            db.prepare("DELETE FROM note_search WHERE docid BETWEEN ? AND ?")
                .bind(1, noteSearch::firstDocid(rowid))
                .bind(2, noteSearch::lastDocid(rowid))
                .run();
            removed += db.changes();
        }
    }
    // file_chunks first, then the children of clients, then the client: every table is named, rather
    // than left to ON DELETE CASCADE, so the count is exact and a table added later must be added here.
    // The subject-request register keeps its rows with a pseudonymous id instead, and with the dates,
    // type, status and evidence hashes, but not the words typed about the person.
    db.prepare("UPDATE requests SET client_id = NULL, client_pseudonym = ?, requester = '', identity_method = '', "
               "extension_reason = '', outcome = '' WHERE client_id = ?")
        .bind(1, pseudonym)
        .bind(2, clientId)
        .run();
    removed += db.changes();
    for (const char* sql :
         {"DELETE FROM restrictions WHERE client_id = ?",
          "DELETE FROM client_search WHERE docid = (SELECT rowid FROM clients WHERE id = ?)",
          "DELETE FROM file_chunks WHERE file_id IN (SELECT id FROM files WHERE client_id = ?)",
          "DELETE FROM files WHERE client_id = ?", "DELETE FROM notes WHERE client_id = ?",
          "DELETE FROM consents WHERE client_id = ?", "DELETE FROM client_emails WHERE client_id = ?",
          "DELETE FROM client_phones WHERE client_id = ?", "DELETE FROM client_tags WHERE client_id = ?",
          "DELETE FROM client_fields WHERE client_id = ?", "DELETE FROM clients WHERE id = ?"}) {
        db.prepare(sql).bind(1, clientId).run();
        removed += db.changes();
    }
    tx.commit();
    return removed;
}

void checkpointTruncate(Database& db)
{
    Statement st = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (st.next() && st.integer(0) != 0)
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("ClientEraser",
                                                "The write-ahead log could not be emptied (the database is busy)."));
}

void compactAfterDeletion(Database& db)
{
    checkpointTruncate(db);
    optimizeIndexes(db);
    vacuumKeepingRowids(db);
    {
        Transaction tx(db);
        db.prepare("DELETE FROM meta WHERE key = ?").bind(1, QString::fromLatin1(kPendingKey)).run();
        tx.commit();
    }
    checkpointTruncate(db);
}

void markCompactionPending(Database& db)
{
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')")
        .bind(1, QString::fromLatin1(kPendingKey))
        .run();
}

bool finishPendingCompaction(Database& db)
{
    {
        Statement st = db.prepare("SELECT 1 FROM meta WHERE key = ?");
        st.bind(1, QString::fromLatin1(kPendingKey));
        if (!st.next())
            return false;
    }
    compactAfterDeletion(db);
    return true;
}

} // namespace coffer
