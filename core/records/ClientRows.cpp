#include "ClientRows.h"

#include "NoteSearch.h"
#include "store/Database.h"

namespace coffer {

qint64 deleteClientRows(Database& db, const QString& clientId)
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
    // The subject-request register, when it exists, keeps its rows with a pseudonymous id instead.
    for (const char* sql :
         {"DELETE FROM client_search WHERE docid = (SELECT rowid FROM clients WHERE id = ?)",
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

} // namespace coffer
