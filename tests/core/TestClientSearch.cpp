// The search index under the list (schema 4): note documents keyed by their client, the migration that
// re-keys a schema-3 vault, search after an erasure and after VACUUM, and the walk that seeks to the run
// of clients a looked-up word names. TestClientStore covers what a search matches.
#include "Error.h"
#include "OlderSchema.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "erase/ClientEraser.h"
#include "privacy/Restriction.h"
#include "records/ClientRows.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/NoteSearch.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "vault/Vault.h"

#include <QTest>
#include <algorithm>
#include <map>

using namespace coffer;
using namespace coffer::test;

namespace {

Client person(const QString& given, const QString& family, const QString& email = {})
{
    Client c;
    c.givenName = given;
    c.familyName = family;
    if (!email.isEmpty())
        c.emails = {email};
    return c;
}

QStringList ids(const std::vector<ClientSummary>& rows)
{
    QStringList out;
    for (const ClientSummary& r : rows)
        out << r.id;
    return out;
}

QStringList names(const std::vector<ClientSummary>& rows)
{
    QStringList out;
    for (const ClientSummary& r : rows)
        out << r.displayName;
    return out;
}

std::vector<ClientSummary> allPages(ClientStore& store, const ClientQuery& query, int limit)
{
    std::vector<ClientSummary> out;
    for (int offset = 0;; offset += limit) {
        const auto page = store.list(query, offset, limit);
        out.insert(out.end(), page.begin(), page.end());
        if (int(page.size()) < limit)
            return out;
    }
}

ClientQuery sorted(ClientSortKey key, bool descending, const QString& search)
{
    ClientQuery q{search, {}};
    q.sortKey = key;
    q.descending = descending;
    return q;
}

qint64 rowidOf(Database& db, const char* table, const QString& id)
{
    Statement st = db.prepare(QByteArray("SELECT rowid FROM ").append(table).append(" WHERE id = ?").constData());
    st.bind(1, id);
    return st.next() ? st.integer(0) : -1;
}

// id → rowid of every row of a table.
std::map<QString, qint64> rowids(Database& db, const char* table)
{
    std::map<QString, qint64> out;
    Statement st = db.prepare(QByteArray("SELECT id, rowid FROM ").append(table).constData());
    while (st.next())
        out[st.text(0)] = st.integer(1);
    return out;
}

// The docid every note's document should have, and the docids note_search has.
std::pair<std::vector<qint64>, std::vector<qint64>> noteDocids(Database& db)
{
    std::vector<qint64> expected, actual;
    Statement want = db.prepare("SELECT c.rowid, n.rowid FROM notes n JOIN clients c ON c.id = n.client_id");
    while (want.next())
        expected.push_back(noteSearch::docid(want.integer(0), want.integer(1)));
    Statement have = db.prepare("SELECT docid FROM note_search");
    while (have.next())
        actual.push_back(have.integer(0));
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    return {expected, actual};
}

// clients, notes and note_search as schema 3 had them (rowid no INTEGER PRIMARY KEY, note docids =
// note rowids), with the same rows and rowids, gaps included.
void backToSchema3(Database& db)
{
    const char* const columns =
        "id, kind, display_name, given_name, family_name, organisation, address, country, restricted, retention, "
        "created, created_by, updated, updated_by, sort_name, sort_organisation, sort_email, sort_phone, "
        "first_email, first_phone, tag_list";
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec(kBackToSchema9);
    db.exec(kBackToSchema8);
    db.exec(kBackToSchema7);
    db.exec(R"sql(
    CREATE TABLE clients_3 (id TEXT PRIMARY KEY, kind TEXT NOT NULL, display_name TEXT NOT NULL,
        given_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', restricted INTEGER NOT NULL DEFAULT 0,
        retention TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, created_by TEXT NOT NULL, updated TEXT NOT NULL,
        updated_by TEXT NOT NULL, sort_name BLOB NOT NULL DEFAULT x'', sort_organisation BLOB NOT NULL DEFAULT x'',
        sort_email BLOB NOT NULL DEFAULT x'', sort_phone BLOB NOT NULL DEFAULT x'',
        first_email TEXT NOT NULL DEFAULT '', first_phone TEXT NOT NULL DEFAULT '', tag_list TEXT NOT NULL DEFAULT '');
    CREATE TABLE notes_3 (id TEXT PRIMARY KEY, client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, time TEXT NOT NULL, text TEXT NOT NULL, created TEXT NOT NULL, created_by TEXT NOT NULL);
    )sql");
    db.exec(QByteArray("INSERT INTO clients_3 (rowid, ").append(columns).append(") SELECT * FROM clients").constData());
    db.exec("INSERT INTO notes_3 (rowid, id, client_id, kind, time, text, created, created_by) SELECT * FROM notes");
    db.exec(R"sql(
    DROP TABLE clients; ALTER TABLE clients_3 RENAME TO clients; DROP TABLE notes; ALTER TABLE notes_3 RENAME TO notes;
    CREATE INDEX clients_by_sort_name ON clients(sort_name); CREATE INDEX clients_by_kind ON clients(kind, sort_name);
    CREATE INDEX clients_by_organisation ON clients(sort_organisation, sort_name);
    CREATE INDEX clients_by_email ON clients(sort_email, sort_name);
    CREATE INDEX clients_by_phone ON clients(sort_phone, sort_name);
    CREATE INDEX clients_by_updated ON clients(updated, sort_name);
    CREATE INDEX notes_by_client ON notes(client_id, time, text);
    DROP TABLE note_search;
    CREATE VIRTUAL TABLE note_search USING fts4(content, tokenize=unicode61, prefix="2,3,4");
    INSERT INTO note_search (docid, content) SELECT rowid, text FROM notes;
    DROP TABLE backup_folders; DROP TABLE tombstones; DROP TABLE copies; DROP TABLE exports; DROP TABLE erasures;
    DROP TABLE restrictions; DROP TABLE request_evidence; DROP TABLE requests;
    DROP TABLE integrity_keys; DROP TABLE user_seals; DROP TABLE audit_checkpoints; DELETE FROM meta WHERE key LIKE 'integrity.%';
    PRAGMA user_version = 3; PRAGMA foreign_keys = ON;
    )sql");
}

} // namespace

class TestClientSearch : public QObject
{
    Q_OBJECT
    std::optional<VaultFixture> m_fixture; // a fresh vault for each test

    QStringList search(const QString& words) { return names(ClientStore(*m_fixture->vault).list({words, {}}, 0, 100)); }
    int count(const QString& words) { return ClientStore(*m_fixture->vault).count({words, {}}); }
    void reopen()
    {
        m_fixture->vault->setKeepBackups(0);
        const QString path = m_fixture->vault->path();
        m_fixture->vault->lock();
        m_fixture->vault = Vault::unlock(path, QStringLiteral("Anna"), secret(kOwnerPassword));
    }

private Q_SLOTS:
    void init() { m_fixture.emplace(); }
    void cleanup() { m_fixture.reset(); }

    void noteDocumentsAreKeyedByTheirClient()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        const QString eriks = store.add(person(QStringLiteral("Ēriks"), QStringLiteral("Ozoliņš")));
        const QString jurate = store.add(person(QStringLiteral("Jūratė"), QStringLiteral("Žemaitė")));
        notes.add(jurate, NoteKind::Call, QStringLiteral("Šiltnamis: sąskaita"));
        notes.add(eriks, NoteKind::Note, QStringLiteral("Siltumnīca, rēķins"));
        notes.add(jurate, NoteKind::Email, QStringLiteral("Rēķins nosūtīts"));
        const auto [expected, actual] = noteDocids(m_fixture->vault->database());
        QCOMPARE(actual, expected);
        QCOMPARE(int(actual.size()), 3);
        QCOMPARE(search(QStringLiteral("rekins")),
                 (QStringList{QStringLiteral("Ēriks Ozoliņš"), QStringLiteral("Jūratė Žemaitė")}));
        QCOMPARE(count(QStringLiteral("rekins")), 2);
        QCOMPARE(search(QStringLiteral("siltnam")), QStringList{QStringLiteral("Jūratė Žemaitė")});
        QCOMPARE(search(QStringLiteral("jurate nosut")), QStringList{QStringLiteral("Jūratė Žemaitė")});
        QCOMPARE(count(QStringLiteral("eriks nosut")), 0);
    }

    // A vault made with schema 3: rowids without an INTEGER PRIMARY KEY, which VACUUM may renumber, and
    // note documents keyed by the note's rowid alone. Opening it keeps every rowid and row (the rebuild
    // of clients must not cascade to their emails, tags or notes), re-keys the note documents, and every
    // search finds what it found before, also after an erasure's VACUUM.
    void migrationFromSchema3KeepsRowidsAndRekeysNotes()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        QStringList clients;
        for (int i = 0; i < 30; ++i) {
            Client c = person(i % 2 ? QStringLiteral("Věra") : QStringLiteral("Tomáš"),
                              QStringLiteral("Dvořák %1").arg(i), QStringLiteral("p%1@x.cz").arg(i));
            c.tags = {i % 3 ? QStringLiteral("regular") : QStringLiteral("vip")};
            clients << store.add(c);
        }
        for (int i = 0; i < 90; ++i) // round robin: note rowids interleave the clients, as in a real vault
            notes.add(clients[(i * 7) % 30], NoteKind::Note,
                      i % 3 ? QStringLiteral("Faktura za skleník") : QStringLiteral("Reklamace dodávky %1").arg(i));
        Database& db = m_fixture->vault->database();
        for (int i : {3, 4, 17})
            deleteClientRows(db, clients[i], {}); // gaps in both tables
        const QStringList queries{QStringLiteral("faktura"),         QStringLiteral("reklam"),
                                  QStringLiteral("vera sklen"),      QStringLiteral("dodavky 3"),
                                  QStringLiteral("tomas reklamace"), QStringLiteral("dvorak 2")};
        std::map<QString, QStringList> before;
        for (const QString& q : queries)
            before[q] = ids(ClientStore(*m_fixture->vault).list({q, {}}, 0, 100));
        QVERIFY(before[QStringLiteral("reklam")].size() > 5);
        const auto clientRowids = rowids(db, "clients"), noteRowids = rowids(db, "notes");
        const qint64 rows =
            db.scalar("SELECT (SELECT count(*) FROM client_emails) + (SELECT count(*) FROM client_tags)");

        backToSchema3(db);
        reopen();
        Database& migrated = m_fixture->vault->database();
        QCOMPARE(migrated.userVersion(), currentSchemaVersion());
        QCOMPARE(rowids(migrated, "clients"), clientRowids);
        QCOMPARE(rowids(migrated, "notes"), noteRowids);
        QCOMPARE(migrated.scalar("SELECT (SELECT count(*) FROM client_emails) + (SELECT count(*) FROM client_tags)"),
                 rows);
        QCOMPARE(migrated.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('clients', 'notes') "
                                 "AND sql LIKE '%seq INTEGER PRIMARY KEY%'"),
                 qint64(2));
        QCOMPARE(migrated.scalar("PRAGMA foreign_keys"), qint64(1));
        const auto [expected, actual] = noteDocids(migrated);
        QCOMPARE(actual, expected);
        QCOMPARE(int(actual.size()), int(noteRowids.size()));
        for (const QString& q : queries) {
            QCOMPARE(ids(ClientStore(*m_fixture->vault).list({q, {}}, 0, 100)), before[q]);
            QCOMPARE(count(q), int(before[q].size()));
        }

        NoteStore(*m_fixture->vault)
            .add(clients[10], NoteKind::Note, QStringLiteral("long ").repeated(10000)); // frees pages
        QVERIFY(ClientEraser(*m_fixture->vault).erase(clients[10]).passed());
        auto kept = clientRowids;
        kept.erase(clients[10]);
        QCOMPARE(rowids(migrated, "clients"), kept);
        for (const QString& q : queries) {
            QStringList expectedIds = before[q];
            expectedIds.removeAll(clients[10]);
            QCOMPARE(ids(ClientStore(*m_fixture->vault).list({q, {}}, 0, 100)), expectedIds);
        }
        QCOMPARE(ClientStore(*m_fixture->vault).count({{}, QStringLiteral("vip")}), 9); // 0, 6, …, 27 less 3
    }

    // Erasure deletes the client's document range; the others keep theirs through the VACUUM, and a new
    // client given the erased client's rowid inherits nothing.
    void searchAfterEraseIsRight()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        const QString anna = store.add(person(QStringLiteral("Anna"), QStringLiteral("Bērziņa")));
        const QString zane = store.add(person(QStringLiteral("Zane"), QStringLiteral("Liepa")));
        const QString erased = store.add(person(QStringLiteral("Pēteris"), QStringLiteral("Kalniņš")));
        notes.add(anna, NoteKind::Note, QStringLiteral("Greenhouse invoice"));
        notes.add(erased, NoteKind::Note, QStringLiteral("Greenhouse delivery, secretword"));
        notes.add(zane, NoteKind::Call, QStringLiteral("Delivery late"));
        notes.add(erased, NoteKind::Call, QStringLiteral("Invoice disputed"));
        const qint64 erasedRowid = rowidOf(m_fixture->vault->database(), "clients", erased);

        const ErasureReport report = ClientEraser(*m_fixture->vault).erase(erased);
        QVERIFY(report.passed());
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM note_search"), qint64(2));
        QCOMPARE(search(QStringLiteral("greenhouse")), QStringList{QStringLiteral("Anna Bērziņa")});
        QCOMPARE(search(QStringLiteral("delivery")), QStringList{QStringLiteral("Zane Liepa")});
        QCOMPARE(search(QStringLiteral("invoice")), QStringList{QStringLiteral("Anna Bērziņa")});
        QCOMPARE(count(QStringLiteral("secretword")), 0);

        const QString next = store.add(person(QStringLiteral("Ilze"), QStringLiteral("Ozola")));
        QCOMPARE(rowidOf(m_fixture->vault->database(), "clients", next), erasedRowid); // the rowid comes round again
        QCOMPARE(count(QStringLiteral("secretword")), 0);
        QCOMPARE(count(QStringLiteral("disputed")), 0);
        notes.add(next, NoteKind::Note, QStringLiteral("Disputed invoice"));
        QCOMPARE(search(QStringLiteral("disputed")), QStringList{QStringLiteral("Ilze Ozola")});
        QCOMPARE(search(QStringLiteral("invoice")),
                 (QStringList{QStringLiteral("Anna Bērziņa"), QStringLiteral("Ilze Ozola")}));
        const auto [expected, actual] = noteDocids(m_fixture->vault->database());
        QCOMPARE(actual, expected);
    }

    // A removed note is no longer found: its document leaves the index with it, the client's other
    // notes stay findable, and a viewer cannot remove one.
    void removedNoteIsNoLongerFound()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        const QString anna = store.add(person(QStringLiteral("Anna"), QStringLiteral("Bērziņa")));
        const QString kept = notes.add(anna, NoteKind::Note, QStringLiteral("Greenhouse invoice"));
        const QString wrong = notes.add(anna, NoteKind::Call, QStringLiteral("Wrong client: mistaken delivery"));
        QCOMPARE(count(QStringLiteral("mistaken")), 1);

        notes.remove(wrong);
        QCOMPARE(count(QStringLiteral("mistaken")), 0);
        QCOMPARE(search(QStringLiteral("greenhouse")), QStringList{QStringLiteral("Anna Bērziņa")});
        QCOMPARE(int(notes.list(anna).size()), 1);
        QCOMPARE(notes.list(anna).front().id, kept);
        const auto [expected, actual] = noteDocids(m_fixture->vault->database());
        QCOMPARE(actual, expected);
        int audited = 0;
        for (const AuditEntry& e : m_fixture->vault->auditEntries(0, 1000))
            audited += e.action == QLatin1String("note.delete") && e.objectId == wrong;
        QCOMPARE(audited, 1);
        QString message;
        QCOMPARE(thrownCode([&] { notes.remove(wrong); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("no such note")), qPrintable(message));

        const Secret oneTime = m_fixture->vault->addUser(QStringLiteral("Vera"), Role::Viewer);
        const QString folder = m_fixture->vault->path();
        m_fixture->vault->lock();
        Vault::unlock(folder, QStringLiteral("Vera"), oneTime)->changePassword(secret("Vera's own password"));
        auto viewer = Vault::unlock(folder, QStringLiteral("Vera"), secret("Vera's own password"));
        QCOMPARE(thrownCode([&] { NoteStore(*viewer).remove(kept); }), ErrorCode::Permission);
        QCOMPARE(int(NoteStore(*viewer).list(anna).size()), 1);
    }

    // Erasing a client from the middle leaves a gap in the rowids, which SQLite 3.15's VACUUM closes
    // while foreign keys are enforced (it then inserts the rows anew): every later client's search
    // document, tag entry and note documents would name another client, or none. The eraser's keeps them.
    void erasingAClientInTheMiddleKeepsTheOthersFindable()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        QStringList clients;
        for (const char* name : {"Anna Bērziņa", "Pēteris Kalniņš", "Zane Liepa", "Ilze Ozola"}) {
            Client c;
            c.displayName = QString::fromUtf8(name);
            c.tags = {c.displayName.section(u' ', 0, 0) + QStringLiteral("-tag")};
            clients << store.add(c);
            notes.add(clients.back(), NoteKind::Note, c.displayName.section(u' ', 1) + QStringLiteral(" memo"));
        }
        notes.add(clients[1], NoteKind::Note, QStringLiteral("long ").repeated(10000)); // frees pages: VACUUM runs
        Database& db = m_fixture->vault->database();
        auto clientRowids = rowids(db, "clients");
        clientRowids.erase(clients[1]);
        std::map<QString, qint64> noteRowids;
        {
            Statement st = db.prepare("SELECT id, rowid FROM notes WHERE client_id <> ?");
            st.bind(1, clients[1]);
            while (st.next())
                noteRowids[st.text(0)] = st.integer(1);
        }
        QVERIFY(ClientEraser(*m_fixture->vault).erase(clients[1]).passed());
        QCOMPARE(rowids(db, "clients"), clientRowids); // the VACUUM kept them, gaps and all
        QCOMPARE(rowids(db, "notes"), noteRowids);
        for (int i : {0, 2, 3}) {
            const QString name = store.get(clients[i]).displayName;
            QCOMPARE(ids(store.list({name.section(u' ', 0, 0), {}}, 0, 10)), QStringList{clients[i]});
            QCOMPARE(ids(store.list({name.section(u' ', 1) + QStringLiteral(" memo"), {}}, 0, 10)),
                     QStringList{clients[i]});
            QCOMPARE(ids(store.list({{}, name.section(u' ', 0, 0) + QStringLiteral("-tag")}, 0, 10)),
                     QStringList{clients[i]});
        }
        const QString next = store.add(person(QStringLiteral("Jānis"), QStringLiteral("Vītols")));
        QCOMPARE(ids(store.list({QStringLiteral("jan"), {}}, 0, 10)), QStringList{next});
        QCOMPARE(count(QStringLiteral("ozola")), 1);
        QCOMPARE(count(QStringLiteral("kalnins")), 0);
    }

    // Should rowids change all the same (another SQLite's VACUUM), rebuildSearchIndexes names every
    // client and note by its new rowid again. The renumbering is done by hand here, so that the test does
    // not hang on what one SQLite version's VACUUM does.
    void renumberedRowidsAreRepaired()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        QStringList clients;
        for (int i = 0; i < 40; ++i) {
            Client c = person(QStringLiteral("Client"), QStringLiteral("K%1").arg(i));
            c.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
            clients << store.add(c);
            notes.add(clients.back(), NoteKind::Note, QStringLiteral("note%1 shared").arg(i));
        }
        Database& db = m_fixture->vault->database();
        for (int i = 5; i < 35; i += 3)
            deleteClientRows(db, clients[i], {});
        db.exec("UPDATE clients SET rowid = 1000 - rowid; UPDATE notes SET rowid = 5000 - rowid");
        QVERIFY(ClientStore(*m_fixture->vault).list({QStringLiteral("k38"), {}}, 0, 10).empty()); // what was broken
        {
            Transaction tx(db);
            ClientStore::rebuildSearchIndexes(db);
            tx.commit();
        }
        const auto [expected, actual] = noteDocids(db);
        QCOMPARE(actual, expected);
        QCOMPARE(db.scalar("SELECT count(*) FROM client_search"), qint64(30));
        QCOMPARE(count(QStringLiteral("shared")), 30);
        QCOMPARE(search(QStringLiteral("note38")), QStringList{QStringLiteral("Client K38")});
        QCOMPARE(search(QStringLiteral("k39")), QStringList{QStringLiteral("Client K39")});
        QCOMPARE(count(QStringLiteral("note8")), 0);
        QCOMPARE(ClientStore(*m_fixture->vault).count({{}, QStringLiteral("odd")}), 15);
        const auto odd =
            names(ClientStore(*m_fixture->vault).list({QStringLiteral("client"), QStringLiteral("ODD")}, 0, 100));
        QCOMPARE(odd.size(), 15);
        QVERIFY(odd.contains(QStringLiteral("Client K39")) && !odd.contains(QStringLiteral("Client K38")));
    }

    // A word looked up late in the order (every Zane after every Anna in name order, "zane." emails after
    // the others in email order) lets the walk seek to the word's run of the index; a member outside the
    // run (an Anna with a zane@ email) makes it walk from the start. Either way: every match, in order.
    void aRunLateInTheOrderIsFoundWhereverItsMembersAre()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        QString outsider;
        for (int i = 0; i < 240; ++i) {
            const bool zane = i % 2;
            const QString id = store.add(person(
                zane ? QStringLiteral("Zane") : QStringLiteral("Anna"),
                QStringLiteral("K%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("%1.%2@x.lv").arg(zane ? QStringLiteral("zane") : QStringLiteral("anna")).arg(i)));
            notes.add(id, NoteKind::Note, i % 4 < 2 ? QStringLiteral("invoice") : QStringLiteral("delivery"));
        }
        for (bool withOutsider : {false, true}) {
            if (withOutsider) {
                outsider =
                    store.add(person(QStringLiteral("Anna"), QStringLiteral("Outsider"), QStringLiteral("zane@y.lv")));
                notes.add(outsider, NoteKind::Note, QStringLiteral("invoice"));
            }
            for (ClientSortKey key : {ClientSortKey::Name, ClientSortKey::Email, ClientSortKey::Organisation})
                for (bool descending : {false, true})
                    for (const QString& words :
                         {QStringLiteral("zane"), QStringLiteral("zane invoice"), QStringLiteral("zan k1")}) {
                        const ClientQuery q = sorted(key, descending, words);
                        const QStringList found = ids(allPages(store, q, 7));
                        QCOMPARE(found.size(), store.count(q));
                        QStringList expected = ids(store.list(sorted(key, descending, {}), 0, 1000));
                        const QStringList matching =
                            ids(store.list(sorted(ClientSortKey::Name, false, words), 0, 1000));
                        expected.removeIf([&](const QString& id) { return !matching.contains(id); });
                        QCOMPARE(found, expected);
                        QCOMPARE(found.contains(outsider), withOutsider && !words.contains(u'k'));
                    }
        }
        QCOMPARE(count(QStringLiteral("zane")), 121);
        QCOMPARE(count(QStringLiteral("zane invoice")), 61);
    }

    // A note's rowid must fit the 32 bits its docid gives it: past that the note is refused, not indexed
    // under another client.
    // The show filters: restricted clients, and those who may be contacted for a purpose (latest entry
    // granted, not restricted). Both a common set (tested client by client on the walk) and a rare one
    // (looked up and fetched), alone and with a search word, in pages, agree with what was recorded.
    void restrictedAndContactableFiltersListExactlyTheirClients_data()
    {
        QTest::addColumn<int>("every"); // every n-th client is restricted / granted
        QTest::newRow("common") << 2;
        QTest::newRow("rare") << 29;
    }
    void restrictedAndContactableFiltersListExactlyTheirClients()
    {
        QFETCH(int, every);
        Vault& vault = *m_fixture->vault;
        definePurposes(vault, {QStringLiteral("Newsletter"), QStringLiteral("Events")});
        ClientStore store(vault);
        ConsentStore consents(vault);
        Restriction restriction(vault);
        QStringList restricted, contactable, contactableMaple;
        for (int i = 0; i < 150; ++i) {
            const QString word = i % 3 == 0 ? QStringLiteral("Maple") : QStringLiteral("Birch");
            const QString id = store.add(person(QStringLiteral("Client%1").arg(i, 3, 10, QChar(u'0')), word));
            const bool granted = i % every == 1 % every;
            const bool withdrawn = granted && i % 5 == 0;
            const bool isRestricted = i % every == 0;
            if (granted)
                consents.set(id, QStringLiteral("Newsletter"), ConsentState::Granted);
            if (withdrawn)
                consents.set(id, QStringLiteral("Newsletter"), ConsentState::Withdrawn);
            if (i % 4 == 0) // a grant for another purpose opens nothing for this one
                consents.set(id, QStringLiteral("Events"), ConsentState::Granted);
            if (isRestricted)
                restriction.restrict(id, QStringLiteral("Art. 18 request"));
            if (isRestricted)
                restricted << id;
            if (granted && !withdrawn && !isRestricted) {
                contactable << id;
                if (word == QStringLiteral("Maple"))
                    contactableMaple << id;
            }
        }
        const auto sortedIds = [](QStringList l) {
            l.sort();
            return l;
        };
        ClientQuery onlyRestricted;
        onlyRestricted.restrictedOnly = true;
        ClientQuery mayContact;
        mayContact.mayContactFor = QStringLiteral("Newsletter");
        ClientQuery mayContactMaple{QStringLiteral("maple")};
        mayContactMaple.mayContactFor = QStringLiteral("Newsletter");
        QVERIFY(!restricted.isEmpty() && !contactable.isEmpty() && !contactableMaple.isEmpty());
        for (int limit : {7, 100}) {
            QCOMPARE(sortedIds(ids(allPages(store, onlyRestricted, limit))), sortedIds(restricted));
            QCOMPARE(sortedIds(ids(allPages(store, mayContact, limit))), sortedIds(contactable));
            QCOMPARE(sortedIds(ids(allPages(store, mayContactMaple, limit))), sortedIds(contactableMaple));
        }
        const auto rows = store.list(onlyRestricted, 0, 200);
        QVERIFY(std::all_of(rows.begin(), rows.end(), [](const ClientSummary& r) { return r.restricted; }));
        QVERIFY(std::is_sorted(rows.begin(), rows.end(), [](const ClientSummary& a, const ClientSummary& b) {
            return a.displayName.compare(b.displayName, Qt::CaseInsensitive) < 0;
        }));
        QCOMPARE(store.count(onlyRestricted), int(restricted.size()));
        QCOMPARE(store.count(mayContact), int(contactable.size()));
        QCOMPARE(store.count(mayContactMaple), int(contactableMaple.size()));
        ClientQuery nobody;
        nobody.mayContactFor = QStringLiteral("No such purpose");
        QVERIFY(store.list(nobody, 0, 100).empty());
        QCOMPARE(store.count(nobody), 0);

        // Lifting a restriction, or a new grant after a withdrawal, shows at once.
        restriction.lift(restricted.first(), QStringLiteral("verified"));
        QCOMPARE(store.count(onlyRestricted), int(restricted.size()) - 1);
    }

    void aNoteBeyondTheDocidRangeIsRefused()
    {
        const QString id = ClientStore(*m_fixture->vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        Database& db = m_fixture->vault->database();
        db.prepare("INSERT INTO notes (rowid, id, client_id, kind, time, text, created, created_by) "
                   "VALUES (4294967295, 'n-last', ?1, 'note', '2024-01-01T00:00:00.000Z', 'last', "
                   "'2024-01-01T00:00:00.000Z', 'u')")
            .bind(1, id)
            .run();
        QVERIFY_THROWS_EXCEPTION(Error,
                                 NoteStore(*m_fixture->vault).add(id, NoteKind::Note, QStringLiteral("one too many")));
        QCOMPARE(db.scalar("SELECT count(*) FROM notes"), qint64(1));
        QCOMPARE(db.scalar("SELECT count(*) FROM note_search"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClientSearch)
#include "TestClientSearch.moc"
