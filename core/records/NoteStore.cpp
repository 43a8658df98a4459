#include "NoteStore.h"

#include "ClientStore.h"
#include "Error.h"
#include "NoteSearch.h"
#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <limits>
#include <sqlite3.h>

namespace coffer {

namespace {

// The note just inserted into notes, into note_search under its client's key (NoteSearch.h). NoteStore
// writes the same text to both, which ClientMatch.h relies on when it tests a client's notes.
void indexNote(Database& db, const QString& clientId, const QString& text)
{
    const qint64 note = sqlite3_last_insert_rowid(db.handle());
    auto client = db.cached("SELECT rowid FROM clients WHERE id = ?");
    client->bind(1, clientId);
    const qint64 clientRowid = client->next() ? client->integer(0) : -1;
    if (clientRowid < 0 || clientRowid > noteSearch::clientOf(std::numeric_limits<qint64>::max()) ||
        note > noteSearch::kNoteMask)
        throw Error(ErrorCode::Failed, QCoreApplication::translate(
                                           "NoteSearch", "The vault holds more notes than its search index can hold."));
    db.cached("INSERT INTO note_search (docid, content) VALUES (?, ?)")
        ->bind(1, noteSearch::docid(clientRowid, note))
        .bind(2, text)
        .run();
}

} // namespace

void NoteStore::checkText(const QString& text)
{
    if (text.trimmed().isEmpty())
        throw Error(ErrorCode::Usage, tr("The note is empty."));
    if (text.size() > 1000000)
        throw Error(ErrorCode::Usage, tr("The note is longer than a million characters."));
}

QString NoteStore::add(const QString& clientId, NoteKind kind, const QString& text, const QDateTime& time)
{
    m_vault.require(Permission::WriteRecords);
    checkText(text);
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureChangeable(db, clientId);
    const QString id = newRecordId();
    const QString now = nowStamp();
    db.cached("INSERT INTO notes (id, client_id, kind, time, text, created, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, id)
        .bind(2, clientId)
        .bind(3, kindName(kind))
        .bind(4, time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : now)
        .bind(5, text)
        .bind(6, now)
        .bind(7, m_vault.currentUser().id)
        .run();
    indexNote(db, clientId, text);
    m_vault.audit(QStringLiteral("note.create"), QStringLiteral("note"), id);
    tx.commit();
    return id;
}

void NoteStore::importNote(const Note& n)
{
    m_vault.require(Permission::WriteRecords);
    if (n.id.isEmpty() || n.text.isEmpty() || !n.time.isValid())
        throw Error(ErrorCode::Usage, tr("A note has no id, text or time."));
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, n.clientId);
    db.cached("INSERT INTO notes (id, client_id, kind, time, text, created, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, n.id)
        .bind(2, n.clientId)
        .bind(3, kindName(n.kind))
        .bind(4, n.time.toUTC().toString(Qt::ISODateWithMs))
        .bind(5, n.text)
        .bind(6, (n.created.isValid() ? n.created : n.time).toUTC().toString(Qt::ISODateWithMs))
        .bind(7, n.createdBy)
        .run();
    indexNote(db, n.clientId, n.text);
    tx.commit();
}

NoteStore::Located NoteStore::locate(Database& db, const QString& noteId)
{
    auto find = db.cached("SELECT notes.rowid, clients.rowid, clients.id FROM notes "
                          "JOIN clients ON clients.id = notes.client_id WHERE notes.id = ?");
    find->bind(1, noteId);
    if (!find->next())
        throw Error(ErrorCode::Failed, tr("There is no such note; it may have been removed already."));
    Located at{find->integer(0), find->integer(1), find->text(2)};
    find->reset();
    ClientStore::ensureChangeable(db, at.clientId);
    return at;
}

void NoteStore::edit(const QString& noteId, const QString& text)
{
    m_vault.require(Permission::WriteRecords);
    checkText(text);
    Database& db = m_vault.database();
    Transaction tx(db);
    const Located at = locate(db, noteId);
    db.cached("UPDATE notes SET text = ? WHERE rowid = ?")->bind(1, text).bind(2, at.note).run();
    db.cached("UPDATE note_search SET content = ? WHERE docid = ?")
        ->bind(1, text)
        .bind(2, noteSearch::docid(at.client, at.note))
        .run();
    m_vault.audit(QStringLiteral("note.update"), QStringLiteral("note"), noteId);
    tx.commit();
}

void NoteStore::remove(const QString& noteId)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    Transaction tx(db);
    const Located at = locate(db, noteId);
    db.cached("DELETE FROM note_search WHERE docid = ?")->bind(1, noteSearch::docid(at.client, at.note)).run();
    db.cached("DELETE FROM notes WHERE rowid = ?")->bind(1, at.note).run();
    m_vault.audit(QStringLiteral("note.delete"), QStringLiteral("note"), noteId,
                  AuditLog::clientDetail(m_vault.pseudonym(at.clientId)));
    tx.commit();
}

std::vector<Note> NoteStore::list(const QString& clientId)
{
    m_vault.require(Permission::ReadRecords);
    std::vector<Note> out;
    Statement st = m_vault.database().prepare("SELECT id, client_id, kind, time, text, created, created_by FROM notes "
                                              "WHERE client_id = ? ORDER BY time, rowid");
    st.bind(1, clientId);
    while (st.next())
        out.push_back({st.text(0), st.text(1), noteKindFromName(st.text(2)).value_or(NoteKind::Note),
                       fromStamp(st.text(3)), st.text(4), fromStamp(st.text(5)), st.text(6)});
    return out;
}

} // namespace coffer
