#include "Schema.h"

#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <vector>

namespace coffer {

namespace {

// Append only: a released migration is never edited, a change is a new entry.
const std::array kMigrations = {
    // 1: vault metadata and users. Credentials are not here: a user's password only ever unlocks their
    // key slot in the header; this table holds who they are and what they may do.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'viewer')),
        slot_id BLOB NOT NULL UNIQUE,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        changed TEXT NOT NULL
    );
    CREATE UNIQUE INDEX one_owner ON users(role) WHERE role = 'owner';
    )sql",

    // 2: client records, their notes, files (content in chunks inside this database, never beside it),
    // consents (append-only history), the search index and the hash-chained audit log.
    R"sql(
    CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
        display_name TEXT NOT NULL,
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        restricted INTEGER NOT NULL DEFAULT 0,
        retention TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated TEXT NOT NULL,
        updated_by TEXT NOT NULL
    );
    CREATE INDEX clients_by_name ON clients(display_name COLLATE NOCASE);
    CREATE TABLE client_emails (client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
                                position INTEGER NOT NULL, email TEXT NOT NULL, PRIMARY KEY (client_id, position));
    CREATE TABLE client_phones (client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
                                position INTEGER NOT NULL, phone TEXT NOT NULL, PRIMARY KEY (client_id, position));
    CREATE TABLE client_tags (client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
                              tag TEXT NOT NULL, PRIMARY KEY (client_id, tag));
    CREATE INDEX client_tags_by_tag ON client_tags(tag COLLATE NOCASE);
    CREATE TABLE client_fields (client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
                                key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (client_id, key));
    CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'call', 'email', 'meeting')),
        time TEXT NOT NULL,
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE INDEX notes_by_client ON notes(client_id, time);
    CREATE TABLE files (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        chunk_size INTEGER NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE INDEX files_by_client ON files(client_id);
    CREATE TABLE file_chunks (
        file_id TEXT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        sha256 BLOB NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (file_id, seq)
    );
    CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('granted', 'refused', 'withdrawn')),
        time TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        policy_version TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX consents_by_client ON consents(client_id, purpose, time);
    -- One document per client (docid = clients.rowid: names, emails, phones, organisation, tags) and one
    -- per note (docid = notes.rowid), so adding a note appends and never rewrites the client's document.
    -- unicode61 folds case and removes diacritics, so "ozolins" finds "Ozoliņš".
    CREATE VIRTUAL TABLE client_search USING fts4(content, tokenize=unicode61, prefix="2,3,4");
    CREATE VIRTUAL TABLE note_search USING fts4(content, tokenize=unicode61, prefix="2,3,4");
    -- Ids only, never client data. hash = SHA-256 over the previous row's hash and this row's fields.
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL DEFAULT '',
        object_id TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL
    );
    )sql",

    // 3: what a page of the client list needs, in the client row and its indexes. Sort keys (see sortKey
    // in Schema.h), with one index per order a list offers, each ending in the name, so that an ordered
    // page is an index walk that stops after the page. The first email and phone and the tags are copied
    // into the row, so a page of 200 reads 200 rows rather than 800 scattered ones. A tag's clients are
    // read from one index range as rowids (which VACUUM keeps, these tables having indexes). Notes are
    // indexed with their text beside the client, so that testing one client against a common search
    // word reads one index page rather than a page per note (ClientSearch.cpp).
    R"sql(
    ALTER TABLE clients ADD COLUMN sort_name BLOB NOT NULL DEFAULT x'';
    ALTER TABLE clients ADD COLUMN sort_organisation BLOB NOT NULL DEFAULT x'';
    ALTER TABLE clients ADD COLUMN sort_email BLOB NOT NULL DEFAULT x'';
    ALTER TABLE clients ADD COLUMN sort_phone BLOB NOT NULL DEFAULT x'';
    ALTER TABLE clients ADD COLUMN first_email TEXT NOT NULL DEFAULT '';
    ALTER TABLE clients ADD COLUMN first_phone TEXT NOT NULL DEFAULT '';
    ALTER TABLE clients ADD COLUMN tag_list TEXT NOT NULL DEFAULT '';
    DROP INDEX clients_by_name;
    CREATE INDEX clients_by_sort_name ON clients(sort_name);
    CREATE INDEX clients_by_kind ON clients(kind, sort_name);
    CREATE INDEX clients_by_organisation ON clients(sort_organisation, sort_name);
    CREATE INDEX clients_by_email ON clients(sort_email, sort_name);
    CREATE INDEX clients_by_phone ON clients(sort_phone, sort_name);
    CREATE INDEX clients_by_updated ON clients(updated, sort_name);
    ALTER TABLE client_tags ADD COLUMN client_rowid INTEGER NOT NULL DEFAULT 0;
    UPDATE client_tags SET client_rowid = (SELECT rowid FROM clients WHERE id = client_tags.client_id);
    DROP INDEX client_tags_by_tag;
    CREATE INDEX client_tags_by_tag ON client_tags(tag COLLATE NOCASE, client_rowid);
    DROP INDEX notes_by_client;
    CREATE INDEX notes_by_client ON notes(client_id, time, text);
    )sql",
};

// Fills the list columns of the clients a vault held before schema 3; SQL alone cannot fold diacritics.
void fillListColumns(Database& db)
{
    struct Row
    {
        qint64 rowid;
        QString name, organisation, email, phone;
        QStringList tags;
    };
    std::vector<Row> rows;
    {
        Statement st =
            db.prepare("SELECT c.rowid, c.display_name, c.organisation, "
                       "(SELECT email FROM client_emails WHERE client_id = c.id ORDER BY position LIMIT 1), "
                       "(SELECT phone FROM client_phones WHERE client_id = c.id ORDER BY position LIMIT 1), "
                       "(SELECT group_concat(tag, char(31)) FROM client_tags WHERE client_id = c.id) FROM clients c");
        while (st.next())
            rows.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4),
                            st.text(5).split(QChar(kTagSeparator), Qt::SkipEmptyParts)});
    }
    Statement update = db.prepare("UPDATE clients SET sort_name = ?, sort_organisation = ?, sort_email = ?, "
                                  "sort_phone = ?, first_email = ?, first_phone = ?, tag_list = ? WHERE rowid = ?");
    for (const Row& r : rows) {
        update.reset();
        update.bind(1, sortKey(r.name))
            .bind(2, sortKey(r.organisation))
            .bind(3, sortKey(r.email))
            .bind(4, sortKey(r.phone))
            .bind(5, r.email)
            .bind(6, r.phone)
            .bind(7, tagList(r.tags))
            .bind(8, r.rowid)
            .run();
    }
}

// What a migration cannot say in SQL, run after it in the same transaction.
void afterMigration(Database& db, int version)
{
    if (version == 3)
        fillListColumns(db);
}

} // namespace

QByteArray sortKey(const QString& text)
{
    if (text.isEmpty())
        return QByteArray(1, char(0xff));
    QString folded;
    folded.reserve(text.size());
    for (QChar ch : text.normalized(QString::NormalizationForm_D))
        if (ch.category() != QChar::Mark_NonSpacing)
            folded += ch;
    return folded.toCaseFolded().toUtf8();
}

QByteArray nocaseKey(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    for (char& b : bytes)
        if (b >= 'A' && b <= 'Z')
            b = char(b - 'A' + 'a');
    return bytes;
}

QString tagList(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString& a, const QString& b) { return nocaseKey(a) < nocaseKey(b); });
    return tags.join(QChar(kTagSeparator));
}

int currentSchemaVersion()
{
    return int(kMigrations.size());
}

void migrate(Database& db)
{
    const int version = db.userVersion();
    if (version > currentSchemaVersion())
        throw Error(ErrorCode::Failed, QCoreApplication::translate(
                                           "Schema", "This vault was made by a newer version of Coffer (schema %1); "
                                                     "this version understands up to %2.")
                                           .arg(version)
                                           .arg(currentSchemaVersion()));
    for (int v = version; v < currentSchemaVersion(); ++v) {
        Transaction tx(db);
        db.exec(kMigrations[size_t(v)]);
        afterMigration(db, v + 1);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(v + 1)).constData());
        tx.commit();
    }
}

} // namespace coffer
