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
    // read from one index range as rowids (kept through VACUUM since schema 4). Notes are
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

    // 4: rowids that stay. The search indexes name clients and notes by rowid (client_search's docids,
    // client_tags.client_rowid, note_search's docids), but SQLite keeps rowids through VACUUM only for an
    // INTEGER PRIMARY KEY, and 3.15's VACUUM, which the eraser runs, renumbered these tables: after an
    // erasure every later client's documents named another client. So both tables are rebuilt with
    // their rowids as an INTEGER PRIMARY KEY `seq` (rowid stays its name), with foreign keys not
    // enforced meanwhile (see migrate()). And note documents are keyed by their client, docid =
    // (clients.rowid << 32) | notes.rowid (records/NoteSearch.h), so that a note word's clients come
    // from the index alone rather than from a notes row and a clients row per matching note; the index
    // is rebuilt in docid order, which lets FTS4 buffer its terms (it flushes whenever a docid is not
    // above the last). Not 'optimize'd here: in the transaction that wrote them, FTS4 3.15's optimize
    // drops terms still buffered.
    R"sql(
    CREATE TABLE clients_4 (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
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
        updated_by TEXT NOT NULL,
        sort_name BLOB NOT NULL DEFAULT x'',
        sort_organisation BLOB NOT NULL DEFAULT x'',
        sort_email BLOB NOT NULL DEFAULT x'',
        sort_phone BLOB NOT NULL DEFAULT x'',
        first_email TEXT NOT NULL DEFAULT '',
        first_phone TEXT NOT NULL DEFAULT '',
        tag_list TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO clients_4 (seq, id, kind, display_name, given_name, family_name, organisation, address, country,
                           restricted, retention, created, created_by, updated, updated_by, sort_name,
                           sort_organisation, sort_email, sort_phone, first_email, first_phone, tag_list)
        SELECT rowid, id, kind, display_name, given_name, family_name, organisation, address, country, restricted,
               retention, created, created_by, updated, updated_by, sort_name, sort_organisation, sort_email,
               sort_phone, first_email, first_phone, tag_list FROM clients ORDER BY rowid;
    DROP TABLE clients;
    ALTER TABLE clients_4 RENAME TO clients;
    CREATE INDEX clients_by_sort_name ON clients(sort_name);
    CREATE INDEX clients_by_kind ON clients(kind, sort_name);
    CREATE INDEX clients_by_organisation ON clients(sort_organisation, sort_name);
    CREATE INDEX clients_by_email ON clients(sort_email, sort_name);
    CREATE INDEX clients_by_phone ON clients(sort_phone, sort_name);
    CREATE INDEX clients_by_updated ON clients(updated, sort_name);
    CREATE TABLE notes_4 (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'call', 'email', 'meeting')),
        time TEXT NOT NULL,
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    INSERT INTO notes_4 (seq, id, client_id, kind, time, text, created, created_by)
        SELECT rowid, id, client_id, kind, time, text, created, created_by FROM notes ORDER BY rowid;
    DROP TABLE notes;
    ALTER TABLE notes_4 RENAME TO notes;
    CREATE INDEX notes_by_client ON notes(client_id, time, text);
    DROP TABLE note_search;
    CREATE VIRTUAL TABLE note_search USING fts4(content, tokenize=unicode61, prefix="2,3,4");
    INSERT INTO note_search (docid, content)
        SELECT (c.rowid << 32) | n.rowid, n.text FROM notes n JOIN clients c ON c.id = n.client_id ORDER BY 1;
    )sql",

    // 5: every copy of the vault's data that Coffer made, and every erasure, known to the vault itself
    // (not only to one machine's settings). No client data: a client appears only by pseudonym.
    //   backup_folders: each folder the vault's managed backups have used; current = 1 for the one in use.
    //     risk_accepted: the owner's reason for keeping backups on a file system Coffer would refuse.
    //   tombstones: the erased clients (pseudonym, time), mirrored in every backup folder's tombstone file.
    //   copies: vault folders restored from this vault's backups (they share its id); kept = 1 when the
    //     user chose to keep one as a separate vault.
    //   exports: each export made (manifest SHA-256, scope, format, path, encrypted or not); client is the
    //     pseudonym of the one client of a one-client export.
    //   erasures: the evidence of each verified erasure (the report's SHA-256 and its checks as JSON).
    R"sql(
    CREATE TABLE backup_folders (
        path TEXT PRIMARY KEY,
        first_used TEXT NOT NULL,
        last_used TEXT NOT NULL,
        current INTEGER NOT NULL DEFAULT 0,
        risk_accepted TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE tombstones (pseudonym TEXT PRIMARY KEY, time TEXT NOT NULL);
    CREATE TABLE copies (
        folder TEXT PRIMARY KEY,
        made TEXT NOT NULL,
        from_backup TEXT NOT NULL,
        backup_taken TEXT NOT NULL,
        kept INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE exports (
        seq INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        made_by TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('all', 'client')),
        client TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL,
        encrypted INTEGER NOT NULL,
        path TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        clients INTEGER NOT NULL
    );
    CREATE TABLE erasures (
        seq INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        client TEXT NOT NULL,
        actor TEXT NOT NULL,
        report_sha256 TEXT NOT NULL,
        passed INTEGER NOT NULL,
        checks TEXT NOT NULL
    );
    )sql",

    // 6: the data-subject request register (privacy/RequestRegister.h) and the history of restrictions.
    //   requests: one row per request. Dates are calendar dates (YYYY-MM-DD). client_id is NULL while the
    //     person is not identified and after their erasure, when client_pseudonym takes its place and the
    //     free-text columns are emptied (records/ClientRows.cpp): no ON DELETE here, so a client row
    //     cannot go while a request still names it. closed is '' while the request is open, which the
    //     index of open requests by due date relies on.
    //   request_evidence: what handling a request produced: an export's manifest SHA-256, an erasure
    //     report's SHA-256, the names of changed fields, a restriction set. Never values.
    //   restrictions: each time a client's processing was restricted (1) or the restriction lifted (0),
    //     by whom and why; clients.restricted is the current state.
    R"sql(
    CREATE TABLE requests (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        client_id TEXT REFERENCES clients(id),
        client_pseudonym TEXT NOT NULL DEFAULT '',
        requester TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('access', 'rectification', 'erasure', 'restriction', 'portability',
                                           'objection', 'withdrawal')),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'phone', 'in-person', 'other')),
        received TEXT NOT NULL,
        due TEXT NOT NULL,
        identity_method TEXT NOT NULL DEFAULT '',
        identity_by TEXT NOT NULL DEFAULT '',
        identity_date TEXT NOT NULL DEFAULT '',
        extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
        extension_reason TEXT NOT NULL DEFAULT '',
        extension_told TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'identity', 'extended', 'done', 'refused')),
        outcome TEXT NOT NULL DEFAULT '',
        closed TEXT NOT NULL DEFAULT '',
        closed_by TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK (due >= received)
    );
    CREATE INDEX requests_by_due ON requests(closed, due);
    CREATE INDEX requests_by_client ON requests(client_id);
    CREATE TABLE request_evidence (
        seq INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('export', 'erasure', 'rectification', 'restriction', 'objection')),
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX request_evidence_by_request ON request_evidence(request_id);
    CREATE TABLE restrictions (
        seq INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        restricted INTEGER NOT NULL,
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX restrictions_by_client ON restrictions(client_id);
    )sql",

    // 7: the integrity key (vault/IntegrityKey.h), which only the owner and the administrators hold.
    //   integrity_keys: each holder's copy, by key slot id: the slot's X25519 public key when the copy was
    //     made, the key sealed to it (crypto_box_seal, 80 bytes; empty when the holder found theirs forged
    //     and asks for it again), the holder's tag (32 bytes, or empty for a copy given by someone else and
    //     not yet taken), and a MAC under the key of the slot id and the public key: a key pair a holder
    //     gave a copy to, so that only such a key pair is given one again.
    //   audit_checkpoints: a MAC under the integrity key of an audit row's seq and hash, chained by the
    //     seq of the checkpoint before. meta `integrity.users` holds the MAC of the users table.
    //   user_seals: a MAC of each user's row, so that a change names the user, and a copy of the key is
    //     given only to someone whose role is sealed.
    R"sql(
    CREATE TABLE integrity_keys (
        slot_id BLOB PRIMARY KEY,
        public_key BLOB NOT NULL,
        box BLOB NOT NULL,
        tag BLOB NOT NULL,
        seal BLOB NOT NULL
    );
    CREATE TABLE user_seals (user_id TEXT PRIMARY KEY, mac BLOB NOT NULL);
    CREATE TABLE audit_checkpoints (
        seq INTEGER PRIMARY KEY,
        previous INTEGER NOT NULL,
        hash BLOB NOT NULL,
        time TEXT NOT NULL,
        mac BLOB NOT NULL
    );
    )sql",

    // 8: the catalogue of purposes (privacy/Purposes.h) and the archive of privacy policy versions
    // (privacy/PolicyArchive.h), which consents refer to by name.
    //   purposes: name unique as typed; the catalogue refuses a new name that differs from another only
    //     in case. The free-text purposes of older consents become purposes with the basis consent, dated
    //     by their first consent, made by nobody (created_by '').
    //   policies: version unique, seq the order they were added in; effective a calendar date (YYYY-MM-DD); text or
    //   file (with its name),
    //     never both; sha256 lower-case hex of the text's UTF-8 or of the file.
    //   consents.evidence_file: the id of the client's file that shows how consent was obtained (a
    //     signed form), or ''. consents.expires: the day a granted consent ends (YYYY-MM-DD), or ''.
    R"sql(
    CREATE TABLE purposes (
        seq INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL CHECK (basis IN ('consent', 'contract', 'legal-obligation', 'vital-interests',
                                             'public-task', 'legitimate-interests')),
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated TEXT NOT NULL,
        updated_by TEXT NOT NULL
    );
    INSERT INTO purposes (name, basis, created, created_by, updated, updated_by)
        SELECT purpose, 'consent', min(time), '', min(time), '' FROM consents GROUP BY purpose ORDER BY min(time);
    CREATE TABLE policies (
        seq INTEGER PRIMARY KEY,
        version TEXT NOT NULL UNIQUE,
        effective TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        file BLOB NOT NULL DEFAULT x'',
        sha256 TEXT NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    ALTER TABLE consents ADD COLUMN evidence_file TEXT NOT NULL DEFAULT '';
    ALTER TABLE consents ADD COLUMN expires TEXT NOT NULL DEFAULT '';
    CREATE INDEX consents_by_purpose ON consents(purpose, client_id, time);
    )sql",

    // 9: retention that acts (privacy/Retention.h).
    //   retention_rules: a period (a count of days, months or years) from a trigger (the client's
    //     creation, last change, last note, or the date held in a custom field) and what is done at its
    //     end. clients.retention names a rule (the client's category), as purposes.retention does.
    //   legal_holds: a client whose retention is paused, why and until when; one per client.
    //   retention_counts: what anonymisation keeps of a client: a count, by kind, country and year of
    //     creation, never a name. retention_runs: each run a person started, with its report (JSON,
    //     pseudonyms only) and the report's SHA-256.
    R"sql(
    CREATE TABLE retention_rules (
        seq INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        period INTEGER NOT NULL CHECK (period > 0),
        unit TEXT NOT NULL CHECK (unit IN ('d', 'm', 'y')),
        trigger TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('erase', 'anonymise')),
        description TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    ALTER TABLE purposes ADD COLUMN retention TEXT NOT NULL DEFAULT '';
    CREATE TABLE legal_holds (
        client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        until TEXT NOT NULL,
        time TEXT NOT NULL,
        actor TEXT NOT NULL
    );
    CREATE TABLE retention_counts (
        kind TEXT NOT NULL,
        country TEXT NOT NULL,
        year INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (kind, country, year)
    );
    CREATE TABLE retention_runs (
        seq INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        clients INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        report TEXT NOT NULL,
        report_sha256 TEXT NOT NULL
    );
    )sql",

    // 10: the records a regulator asks for (privacy/BreachLog.h, privacy/ProcessingRecord.h).
    //   breaches: the breach log (GDPR Art. 33(5)): when it was detected, what happened, whom and what it
    //     touched, its likely consequences and the measures taken; when the supervisory authority and the
    //     people were told, or why the authority was not. Stamps; '' where there is none yet.
    //   processing_records: what the record of processing activities (Art. 30) says of each purpose
    //     beyond the catalogue, the controller's details and the retention rules, which it reads from
    //     where they are kept.
    R"sql(
    CREATE TABLE breaches (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        detected TEXT NOT NULL,
        description TEXT NOT NULL,
        categories TEXT NOT NULL DEFAULT '',
        people INTEGER NOT NULL DEFAULT -1,
        records INTEGER NOT NULL DEFAULT -1,
        consequences TEXT NOT NULL DEFAULT '',
        measures TEXT NOT NULL DEFAULT '',
        authority_notified TEXT NOT NULL DEFAULT '',
        people_notified TEXT NOT NULL DEFAULT '',
        not_notified_reason TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE TABLE processing_records (
        purpose TEXT PRIMARY KEY,
        subjects TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        transfers TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL,
        updated_by TEXT NOT NULL
    );
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

// Schema 4's docids hold a note's rowid in 32 bits: a vault that somehow passed that is refused whole
// rather than indexed wrongly.
void checkNoteRowids(Database& db)
{
    if (db.scalar("SELECT EXISTS (SELECT 1 FROM notes WHERE rowid >= 1 << 32 OR rowid < 0) "
                  "OR EXISTS (SELECT 1 FROM clients WHERE rowid >= 1 << 31 OR rowid < 0)"))
        throw Error(ErrorCode::Failed, QCoreApplication::translate("NoteSearch", "The vault holds more notes than its "
                                                                                 "search index can hold."));
}

[[noreturn]] void notUpgraded()
{
    throw Error(ErrorCode::Failed,
                QCoreApplication::translate("Schema", "The vault could not be upgraded to this version of Coffer."));
}

// What a migration cannot say in SQL, run before or after it in the same transaction.
void beforeMigration(Database& db, int version)
{
    if (version == 4)
        checkNoteRowids(db);
}

void afterMigration(Database& db, int version)
{
    if (version == 3)
        fillListColumns(db);
    if (version == 4) { // the tables were rebuilt unchecked
        Statement violations = db.prepare("PRAGMA foreign_key_check");
        if (violations.next())
            notUpgraded();
    }
}

// Migration 4 rebuilds tables that others refer to: with foreign keys enforced, dropping the old clients
// table would first delete every row that refers to it (ON DELETE CASCADE). Enforcement changes only
// outside a transaction, so it is off while the migrations run, and migration 4 checks the keys before
// it commits.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db)
    {
        m_db.exec("PRAGMA foreign_keys = OFF");
        if (m_db.scalar("PRAGMA foreign_keys") != 0)
            notUpgraded(); // inside a caller's transaction: nothing may be dropped
    }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (const Error&) {
            // The connection is failing anyway; its next statement says so.
        }
    }
    Q_DISABLE_COPY(ForeignKeysOff)

private:
    Database& m_db;
};

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
    if (version == currentSchemaVersion())
        return;
    const ForeignKeysOff keysOff(db);
    for (int v = version; v < currentSchemaVersion(); ++v) {
        Transaction tx(db);
        beforeMigration(db, v + 1);
        db.exec(kMigrations[size_t(v)]);
        afterMigration(db, v + 1);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(v + 1)).constData());
        tx.commit();
    }
}

} // namespace coffer
