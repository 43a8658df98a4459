#include "Error.h"
#include "OlderSchema.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "vault/Vault.h"

#include <QTest>
#include <algorithm>

using namespace coffer;
using namespace coffer::test;

namespace {

Client person(const QString& given, const QString& family)
{
    Client c;
    c.givenName = given;
    c.familyName = family;
    return c;
}

QStringList names(const std::vector<ClientSummary>& rows)
{
    QStringList out;
    for (const ClientSummary& r : rows)
        out << r.displayName;
    return out;
}

QStringList ids(const std::vector<ClientSummary>& rows)
{
    QStringList out;
    for (const ClientSummary& r : rows)
        out << r.id;
    return out;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

ClientQuery sorted(ClientSortKey key, bool descending, const QString& search = {}, const QString& tag = {})
{
    ClientQuery q{search, tag};
    q.sortKey = key;
    q.descending = descending;
    return q;
}

// Every page of a query, limit rows at a time, joined.
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

} // namespace

class TestClientStore : public QObject
{
    Q_OBJECT
    std::optional<VaultFixture> m_fixture; // a fresh vault for each test

    QStringList search(const QString& words, const QString& tag = {})
    {
        return names(ClientStore(*m_fixture->vault).list({words, tag}, 0, 100));
    }

private Q_SLOTS:
    void init() { m_fixture.emplace(); }
    void cleanup() { m_fixture.reset(); }

    void unicodeRoundTrip()
    {
        defineRetentionRule(*m_fixture->vault, QStringLiteral("contract+10y"));
        ClientStore store(*m_fixture->vault);
        for (auto [given, family] : {std::pair{"Ēriks", "Ozoliņš"}, {"Jūratė", "Žemaitytė"}, {"Řehoř", "Dvořák"}}) {
            Client c = person(QString::fromUtf8(given), QString::fromUtf8(family));
            c.emails = {QStringLiteral("%1@example.lv").arg(QString::fromUtf8(given).toLower())};
            c.phones = {QStringLiteral("+371 2912 3456"), QStringLiteral("(0) 67 000 111")};
            c.address = QStringLiteral("Brīvības iela 1, Rīga");
            c.country = QStringLiteral("lv");
            c.tags = {QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral("Rīga")};
            c.fields = {{QStringLiteral("Personas kods"), QStringLiteral("010101-12345")}};
            c.restricted = true;
            c.retention = QStringLiteral("contract+10y");
            const QString id = store.add(c);
            const Client back = store.get(id);
            QCOMPARE(back.displayName, QString::fromUtf8(given) + u' ' + QString::fromUtf8(family));
            QCOMPARE(back.familyName, QString::fromUtf8(family));
            QCOMPARE(back.emails, c.emails);
            QCOMPARE(back.phones, c.phones);
            QCOMPARE(back.address, c.address);
            QCOMPARE(back.country, QStringLiteral("LV"));
            QCOMPARE(back.tags, (QStringList{QStringLiteral("Rīga"), QStringLiteral("VIP")})); // duplicates folded
            QCOMPARE(back.fields, c.fields);
            QVERIFY(back.restricted);
            QCOMPARE(back.retention, c.retention);
            QCOMPARE(back.createdBy, m_fixture->vault->currentUser().id);
            QVERIFY(back.created.isValid());
        }
    }

    void editKeepsCreatedStamps()
    {
        ClientStore store(*m_fixture->vault);
        const QString id = store.add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        const Client before = store.get(id);
        QTest::qWait(5);
        Client c = before;
        c.familyName = QStringLiteral("Lee-Smith");
        c.displayName.clear();
        c.emails = {QStringLiteral("ann@lee.example")};
        store.update(c);
        const Client after = store.get(id);
        QCOMPARE(after.displayName, QStringLiteral("Ann Lee-Smith"));
        QCOMPARE(after.created, before.created);
        QCOMPARE(after.createdBy, before.createdBy);
        QVERIFY(after.updated > before.updated);
        QCOMPARE(search(QStringLiteral("smith")), QStringList{QStringLiteral("Ann Lee-Smith")});
    }

    void validationErrorsStoreNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << "name";
        QTest::newRow("email without @") << "email";
        QTest::newRow("bad phone") << "phone";
        QTest::newRow("unknown country") << "country";
        QTest::newRow("field without key") << "fieldkey";
        QTest::newRow("organisation without name") << "org";
    }

    void validationErrorsStoreNothing()
    {
        QFETCH(QString, field);
        Client c = person(QStringLiteral("Secret"), QStringLiteral("Person"));
        c.emails = {QStringLiteral("ok@example.com")};
        if (field == QLatin1String("name"))
            c = Client{};
        else if (field == QLatin1String("email"))
            c.emails << QStringLiteral("secret.person.example.com");
        else if (field == QLatin1String("phone"))
            c.phones = {QStringLiteral("call me maybe")};
        else if (field == QLatin1String("country"))
            c.country = QStringLiteral("XX");
        else if (field == QLatin1String("fieldkey"))
            c.fields.insert(QStringLiteral("  "), QStringLiteral("v"));
        else if (field == QLatin1String("org")) {
            c = Client{};
            c.kind = ClientKind::Organisation;
        }
        const qint64 auditBefore = AuditLog::count(m_fixture->vault->database());
        QString message;
        QCOMPARE(thrownCode([&] { ClientStore(*m_fixture->vault).add(c); }, &message), ErrorCode::Usage);
        // The message names the field, never the value (it reaches stderr).
        QVERIFY(!message.contains(QStringLiteral("secret.person")));
        QVERIFY(!message.contains(QStringLiteral("call me")));
        QCOMPARE(ClientStore(*m_fixture->vault).count({}), 0);
        QCOMPARE(AuditLog::count(m_fixture->vault->database()), auditBefore);
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM client_emails"), qint64(0));
    }

    // Each kind of value the form checks as it is typed is refused by the store too, on add and on
    // update, with the field's name and the problem, never the value; nothing changes in the vault.
    void invalidContactValuesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("email with a comma") << "email"
                                            << "ilze.ozolina@inbox,lv"
                                            << "Email 2: This email address has a comma where a dot should be.";
        QTest::newRow("email with a space") << "email"
                                            << "ilze ozolina@inbox.lv"
                                            << "Email 2: This email address has a space in it.";
        QTest::newRow("email without a domain") << "email"
                                                << "ilze.ozolina@inbox"
                                                << "Email 2: The part after the @ is not a domain such as example.com.";
        QTest::newRow("phone with letters") << "phone"
                                            << "call me maybe"
                                            << "Phone 1: This phone number has letters in it.";
        QTest::newRow("phone too short") << "phone"
                                         << "2912"
                                         << "Phone 1: This phone number is too short: it needs at least 5 digits.";
        QTest::newRow("unknown country") << "country"
                                         << "XX"
                                         << "Country: This is not a country code Coffer knows.";
    }

    void invalidContactValuesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto withValue = [&](Client c) {
            if (kind == QLatin1String("email"))
                c.emails << value;
            else if (kind == QLatin1String("phone"))
                c.phones = {value};
            else
                c.country = value;
            return c;
        };
        ClientStore store(*m_fixture->vault);
        Client good = person(QStringLiteral("Ilze"), QStringLiteral("Ozoliņa"));
        good.emails = {QStringLiteral("ilze@inbox.lv")};
        const qint64 auditBefore = AuditLog::count(m_fixture->vault->database());
        QString thrown;
        QCOMPARE(thrownCode([&] { store.add(withValue(good)); }, &thrown), ErrorCode::Usage);
        QCOMPARE(thrown, message);
        QVERIFY(!thrown.contains(value));
        QCOMPARE(store.count({}), 0);
        QCOMPARE(AuditLog::count(m_fixture->vault->database()), auditBefore);

        const QString id = store.add(good);
        const Client stored = store.get(id);
        const qint64 auditAfterAdd = AuditLog::count(m_fixture->vault->database());
        thrown.clear();
        QCOMPARE(thrownCode([&] { store.update(withValue(stored)); }, &thrown), ErrorCode::Usage);
        QCOMPARE(thrown, message);
        const Client after = store.get(id);
        QCOMPARE(after.emails, stored.emails);
        QCOMPARE(after.phones, stored.phones);
        QCOMPARE(after.country, stored.country);
        QCOMPARE(after.updated, stored.updated);
        QCOMPARE(AuditLog::count(m_fixture->vault->database()), auditAfterAdd);
    }

    void searchIgnoresCaseAndDiacriticsAndMatchesPrefixes()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        const QString eriks = store.add(person(QStringLiteral("Ēriks"), QStringLiteral("Ozoliņš")));
        Client j = person(QStringLiteral("Jūratė"), QStringLiteral("Žemaitytė"));
        j.emails = {QStringLiteral("jurate@baltic.example")};
        j.tags = {QStringLiteral("Lietuva")};
        store.add(j);
        Client r = person(QStringLiteral("Řehoř"), QStringLiteral("Dvořák"));
        r.phones = {QStringLiteral("+420 602 123 456")};
        r.organisation = QStringLiteral("Pivovar Šťastný");
        store.add(r);
        notes.add(eriks, NoteKind::Call, QStringLiteral("Asked about the greenhouse invoice"));

        QCOMPARE(search(QStringLiteral("ozolins")), QStringList{QStringLiteral("Ēriks Ozoliņš")});
        QCOMPARE(search(QStringLiteral("OZOLIŅŠ")), QStringList{QStringLiteral("Ēriks Ozoliņš")});
        QCOMPARE(search(QStringLiteral("rehor")), QStringList{QStringLiteral("Řehoř Dvořák")});
        QCOMPARE(search(QStringLiteral("Řeh")), QStringList{QStringLiteral("Řehoř Dvořák")});
        QCOMPARE(search(QStringLiteral("zemait")), QStringList{QStringLiteral("Jūratė Žemaitytė")});
        QCOMPARE(search(QStringLiteral("jurate@balt")), QStringList{QStringLiteral("Jūratė Žemaitytė")});
        QCOMPARE(search(QStringLiteral("602123")), QStringList{});
        QCOMPARE(search(QStringLiteral("420602")), QStringList{QStringLiteral("Řehoř Dvořák")});
        QCOMPARE(search(QStringLiteral("stastny")), QStringList{QStringLiteral("Řehoř Dvořák")});
        QCOMPARE(search(QStringLiteral("lietuva")), QStringList{QStringLiteral("Jūratė Žemaitytė")});
        QCOMPARE(search(QStringLiteral("greenhou")), QStringList{QStringLiteral("Ēriks Ozoliņš")});
        QCOMPARE(search(QStringLiteral("eriks greenhouse")), QStringList{QStringLiteral("Ēriks Ozoliņš")});
        QCOMPARE(search(QStringLiteral("eriks dvorak")), QStringList{});
        // Operators and quotes are just text, not FTS syntax.
        QCOMPARE(search(QStringLiteral("\"ozol OR dvorak")), QStringList{});
        QCOMPARE(search(QStringLiteral("-")).size(), 3);
        QCOMPARE(search({}, QStringLiteral("LIETUVA")), QStringList{QStringLiteral("Jūratė Žemaitytė")});
        QCOMPARE(ClientStore(*m_fixture->vault).allTags(), QStringList{QStringLiteral("Lietuva")});
    }

    void listPagesInNameOrder()
    {
        ClientStore store(*m_fixture->vault);
        for (int i = 0; i < 25; ++i)
            store.add(person(QStringLiteral("Client"), QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'))));
        QCOMPARE(store.count({}), 25);
        const auto first = store.list({}, 0, 10), last = store.list({}, 20, 10);
        QCOMPARE(int(first.size()), 10);
        QCOMPARE(int(last.size()), 5);
        QCOMPARE(first.front().displayName, QStringLiteral("Client 00"));
        QCOMPARE(last.back().displayName, QStringLiteral("Client 24"));
        QCOMPARE(store.count({QStringLiteral("client 1"), {}}), 10); // "1*" matches 10..19
    }

    // Six clients whose every column orders them differently: diacritics and case fold alike, equal
    // values fall back to the name, blanks come last.
    void listSortsByEveryKeyBothWays_data()
    {
        QTest::addColumn<ClientSortKey>("key");
        QTest::addColumn<QStringList>("ascending");
        const QString abols = QStringLiteral("Ābols SIA"), anna = QStringLiteral("Anna Bērziņa"),
                      eriks = QStringLiteral("Eriks Kalns"), lower = QStringLiteral("eriks kalns"),
                      ozolins = QStringLiteral("Ēriks Ozoliņš"), zane = QStringLiteral("Zane Liepa");
        QTest::newRow("name") << ClientSortKey::Name << QStringList{abols, anna, eriks, lower, ozolins, zane};
        QTest::newRow("kind") << ClientSortKey::Kind << QStringList{abols, anna, eriks, lower, ozolins, zane};
        QTest::newRow("organisation") << ClientSortKey::Organisation
                                      << QStringList{ozolins, abols, zane, anna, eriks, lower};
        QTest::newRow("email") << ClientSortKey::Email << QStringList{eriks, zane, abols, anna, lower, ozolins};
        QTest::newRow("phone") << ClientSortKey::Phone << QStringList{abols, lower, ozolins, anna, eriks, zane};
        QTest::newRow("updated") << ClientSortKey::Updated << QStringList{abols, eriks, zane, ozolins, lower, anna};
    }

    void listSortsByEveryKeyBothWays()
    {
        QFETCH(ClientSortKey, key);
        QFETCH(QStringList, ascending);
        struct Row
        {
            const char *name, *organisation, *email, *phone, *updated;
        };
        const Row rows[] = {{"Anna Bērziņa", "Zeta SIA", "zz@x.lv", "+371 200", "2024-05-01T00:00:00.000Z"},
                            {"Eriks Kalns", "", "anna@x.lv", "", "2024-01-01T00:00:00.000Z"},
                            {"Ēriks Ozoliņš", "ābols", "", "+371 100", "2024-03-01T00:00:00.000Z"},
                            {"Ābols SIA", "Ābols SIA", "Info@abols.lv", "+370 5000", "2024-01-01T00:00:00.000Z"},
                            {"Zane Liepa", "Ābols SIA", "ANNA@x.lv", "", "2024-02-01T00:00:00.000Z"},
                            {"eriks kalns", "", "", "+371 100", "2024-04-01T00:00:00.000Z"}};
        ClientStore store(*m_fixture->vault);
        int serial = 0;
        for (const Row& r : rows) {
            Client c;
            c.id = QStringLiteral("c%1").arg(++serial);
            c.kind = r.name == rows[3].name ? ClientKind::Organisation : ClientKind::Person;
            c.displayName = QString::fromUtf8(r.name);
            c.organisation = QString::fromUtf8(r.organisation);
            c.emails = QStringList{QString::fromUtf8(r.email)};
            c.phones = QStringList{QString::fromUtf8(r.phone)};
            c.updated = QDateTime::fromString(QString::fromLatin1(r.updated), Qt::ISODateWithMs);
            c.created = c.updated.addDays(-1);
            store.importClient(c);
        }
        QCOMPARE(store.get(QStringLiteral("c1")).created, QDateTime(QDate(2024, 4, 30), QTime(0, 0), Qt::UTC));
        QCOMPARE(names(store.list(sorted(key, false), 0, 10)), ascending);
        QCOMPARE(names(store.list(sorted(key, true), 0, 10)), reversed(ascending));
        QCOMPARE(names(store.list(sorted(key, true), 2, 3)), reversed(ascending).mid(2, 3));
    }

    // Many equal names, organisations and phones: pages of every order must still tile the list.
    void pagingThroughASortedListYieldsEachClientOnce()
    {
        ClientStore store(*m_fixture->vault);
        const QStringList given{QStringLiteral("Ēriks"), QStringLiteral("Eriks"), QStringLiteral("eriks"),
                                QStringLiteral("Anna")};
        for (int i = 0; i < 60; ++i) {
            Client c = person(given[i % 4], i % 3 ? QStringLiteral("Ozoliņš") : QStringLiteral("Ozolins"));
            c.organisation = i % 5 ? QString() : QStringLiteral("Org %1").arg(i % 2);
            c.phones = {QStringLiteral("+371 %1").arg(100 + i % 7)};
            c.emails = {QStringLiteral("p%1@x.lv").arg(i % 6)};
            c.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
            store.add(c);
        }
        for (ClientSortKey key : {ClientSortKey::Name, ClientSortKey::Kind, ClientSortKey::Organisation,
                                  ClientSortKey::Email, ClientSortKey::Phone, ClientSortKey::Updated})
            for (bool descending : {false, true})
                for (const auto& [search, tag] : {std::pair{QString(), QString()},
                                                  {QStringLiteral("eriks"), QString()},
                                                  {QStringLiteral("anna"), QString()},
                                                  {QStringLiteral("ozo"), QStringLiteral("ODD")}}) {
                    const ClientQuery q = sorted(key, descending, search, tag);
                    const QStringList whole = ids(store.list(q, 0, 1000));
                    QCOMPARE(whole.size(), store.count(q));
                    QCOMPARE(QSet<QString>(whole.begin(), whole.end()).size(), whole.size());
                    QCOMPARE(ids(allPages(store, q, 7)), whole);
                }
    }

    // Search, tag and order together; a small and a large match set take different plans in list().
    void listCombinesSearchTagAndOrder()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        for (int i = 0; i < 40; ++i) {
            Client c = person(i % 2 ? QStringLiteral("Jūratė") : QStringLiteral("Jonas"),
                              QStringLiteral("Žemaitis %1").arg(i, 2, 10, QLatin1Char('0')));
            c.emails = {QStringLiteral("%1@x.lt").arg(QChar(u'a' + i % 26))};
            c.tags = {i % 4 ? QStringLiteral("regular") : QStringLiteral("VIP"), QStringLiteral("Lietuva")};
            const QString id = store.add(c);
            if (i % 10 == 3)
                notes.add(id, NoteKind::Call, QStringLiteral("Asked about the greenhouse"));
        }
        // Notes on clients 3, 13, 23 and 33: Jūratė all four, all "regular".
        ClientQuery q = sorted(ClientSortKey::Email, true, QStringLiteral("greenh jurat"), QStringLiteral("regular"));
        QCOMPARE(names(store.list(q, 0, 10)),
                 (QStringList{QStringLiteral("Jūratė Žemaitis 23"), QStringLiteral("Jūratė Žemaitis 13"),
                              QStringLiteral("Jūratė Žemaitis 33"), QStringLiteral("Jūratė Žemaitis 03")}));
        QCOMPARE(store.count(q), 4);
        q.tag = QStringLiteral("vip");
        QCOMPARE(store.count(q), 0);
        // The same matches in the same order whichever plan list() picks: as the unfiltered order, filtered.
        for (const QString& search : {QStringLiteral("zemaitis"), QStringLiteral("jonas 1"), QString()}) {
            const ClientQuery all = sorted(ClientSortKey::Organisation, true, {}, QStringLiteral("lietuva"));
            const ClientQuery some = sorted(ClientSortKey::Organisation, true, search, QStringLiteral("lietuva"));
            const QStringList found = ids(store.list(sorted(ClientSortKey::Name, false, search), 0, 100));
            QStringList expected;
            for (const QString& id : ids(store.list(all, 0, 100)))
                if (found.contains(id))
                    expected << id;
            QCOMPARE(ids(store.list(some, 0, 100)), expected);
            QCOMPARE(ids(allPages(store, some, 3)), expected);
        }
    }

    // list() tests common words client by client and looks rare ones up in the index; both must give
    // what the index gives (count() always asks the index), in the order of the unfiltered list.
    void commonAndRareConditionsAgreeWithTheIndex()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        for (int i = 0; i < 60; ++i) {
            Client c =
                person(i % 3 ? QStringLiteral("Ēriks") : QStringLiteral("Anna"), QStringLiteral("Kļava %1").arg(i));
            c.emails = {QStringLiteral("k%1.lee@x.lv").arg(i)};
            c.tags = {i % 2 ? QStringLiteral("Odd") : QStringLiteral("even")};
            if (i % 10 == 0)
                c.tags << QStringLiteral("VIP");
            const QString id = store.add(c);
            if (i % 5)
                notes.add(id, NoteKind::Note, QStringLiteral("Greenhouse invoice, paid"));
            if (i % 7 == 0)
                notes.add(id, NoteKind::Call, QStringLiteral("Complaint about the šķūnis"));
        }
        QCOMPARE(store.count({QStringLiteral("greenhouse"), {}}), 48);
        for (const QString& search :
             {QStringLiteral("greenhouse"), QStringLiteral("GREENH"), QStringLiteral("greenhouse invoice"),
              QStringLiteral("invoice eriks"), QStringLiteral("complaint"), QStringLiteral("skunis greenh"),
              QStringLiteral("kļava 1"), QStringLiteral("k1.lee"), QStringLiteral("paid complaint eriks"), QString()})
            for (const QString& tag : {QString(), QStringLiteral("odd"), QStringLiteral("vip")})
                for (ClientSortKey key : {ClientSortKey::Name, ClientSortKey::Email}) {
                    if (search.isEmpty() && tag.isEmpty())
                        continue;
                    const ClientQuery q = sorted(key, true, search, tag);
                    const QStringList found = ids(allPages(store, q, 9));
                    QCOMPARE(found.size(), store.count(q));
                    QStringList expected = ids(store.list(sorted(key, true), 0, 100));
                    expected.removeIf([&](const QString& id) { return !found.contains(id); });
                    QCOMPARE(found, expected);
                }
        QCOMPARE(store.count({QStringLiteral("paid complaint eriks"), QStringLiteral("odd")}), 2); // 7 and 49
    }

    // The first clients in name order are all Annas: the sample takes "ann" for common, and list() must
    // notice the matches thinning out and still find the later ones (an email, a note).
    void aSampleMisledByTheOrderStillFindsEveryMatch()
    {
        ClientStore store(*m_fixture->vault);
        NoteStore notes(*m_fixture->vault);
        QStringList expected;
        for (int i = 0; i < 300; ++i) {
            Client c = person(i < 40 ? QStringLiteral("Anna") : QStringLiteral("Zane"), QStringLiteral("K%1").arg(i));
            if (i == 100 || i == 200)
                c.emails = {QStringLiteral("ann@x.lv")};
            const QString id = store.add(c);
            if (i == 150 || i == 250)
                notes.add(id, NoteKind::Note, QStringLiteral("Annual review"));
            if (i < 40 || i == 100 || i == 150 || i == 200 || i == 250)
                expected << id;
        }
        const QStringList found = ids(allPages(store, {QStringLiteral("ann"), {}}, 30));
        QCOMPARE(found.size(), 44);
        QCOMPARE(QSet<QString>(found.begin(), found.end()), QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(store.count({QStringLiteral("ann"), {}}), 44);
    }

    void listFillsTags()
    {
        ClientStore store(*m_fixture->vault);
        Client c = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
        c.tags = {QStringLiteral("VIP"), QStringLiteral("Rīga"), QStringLiteral("alpha")};
        store.add(c);
        store.add(person(QStringLiteral("Bob"), QStringLiteral("Lee")));
        const auto rows = store.list({}, 0, 10);
        QCOMPARE(rows.at(0).tags,
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("Rīga"), QStringLiteral("VIP")}));
        QCOMPARE(rows.at(1).tags, QStringList{});
        QCOMPARE(store.list({QStringLiteral("lee"), QStringLiteral("vip")}, 0, 10).at(0).tags, rows.at(0).tags);
    }

    // A vault made before schema 3 has clients without sort keys; opening it fills them.
    void migrationFillsSortKeysOfEarlierClients()
    {
        ClientStore store(*m_fixture->vault);
        for (const char* name : {"Zane Liepa", "Ēriks Ozoliņš", "anna Lee", "Eriks Kalns"}) {
            Client c;
            c.displayName = QString::fromUtf8(name);
            c.emails = {c.displayName.section(u' ', 0, 0) + QStringLiteral("@x.lv")};
            c.tags = {QStringLiteral("b"), QStringLiteral("A")};
            store.add(c);
        }
        // Back to schema 2: the clients and client_tags tables as they were (same rows, same rowids).
        Database& db = m_fixture->vault->database();
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec(kBackToSchema9);
        db.exec(kBackToSchema8);
        db.exec(kBackToSchema7);
        db.exec((QByteArray("CREATE TABLE old_clients AS ") + ClientStore::kColumns + " FROM clients ORDER BY rowid")
                    .constData());
        db.exec("DROP TABLE clients; ALTER TABLE old_clients RENAME TO clients; "
                "CREATE INDEX clients_by_name ON clients(display_name COLLATE NOCASE); "
                "CREATE TABLE old_tags AS SELECT client_id, tag FROM client_tags; DROP TABLE client_tags; "
                "ALTER TABLE old_tags RENAME TO client_tags; "
                "CREATE INDEX client_tags_by_tag ON client_tags(tag COLLATE NOCASE); "
                // The tables of schema 5 are the newer schema's too.
                "DROP TABLE backup_folders; DROP TABLE tombstones; DROP TABLE copies; DROP TABLE exports; "
                "DROP TABLE erasures; DROP TABLE restrictions; DROP TABLE request_evidence; DROP TABLE requests; "
                "DROP TABLE integrity_keys; DROP TABLE user_seals; DROP TABLE audit_checkpoints; DELETE FROM meta "
                "WHERE key LIKE 'integrity.%'; "
                "PRAGMA user_version = 2");
        m_fixture->vault->setKeepBackups(0);
        const QString path = m_fixture->vault->path();
        m_fixture->vault->lock();
        m_fixture->vault = Vault::unlock(path, QStringLiteral("Anna"), secret(kOwnerPassword));
        QCOMPARE(m_fixture->vault->database().userVersion(), currentSchemaVersion());
        ClientStore reopened(*m_fixture->vault);
        const QStringList byName{QStringLiteral("anna Lee"), QStringLiteral("Eriks Kalns"),
                                 QString::fromUtf8("Ēriks Ozoliņš"), QStringLiteral("Zane Liepa")};
        QCOMPARE(names(reopened.list({}, 0, 10)), byName);
        QCOMPARE(names(reopened.list(sorted(ClientSortKey::Email, true), 0, 10)), reversed(byName));
        QCOMPARE(names(reopened.list({QStringLiteral("eriks"), {}}, 0, 10)), byName.mid(1, 2));
        const ClientSummary first = reopened.list({}, 0, 1).at(0);
        QCOMPARE(first.firstEmail, QStringLiteral("anna@x.lv"));
        QCOMPARE(first.tags, (QStringList{QStringLiteral("A"), QStringLiteral("b")}));
        QCOMPARE(reopened.count({{}, QStringLiteral("a")}), 4);
        QCOMPARE(names(reopened.list({{}, QStringLiteral("a")}, 0, 10)), byName);
    }

    void consentHistoryKeepsEveryChange()
    {
        const QString id = ClientStore(*m_fixture->vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        definePurposes(*m_fixture->vault, {QStringLiteral("newsletter"), QStringLiteral("direct marketing")});
        archivePolicies(*m_fixture->vault, {QStringLiteral("2024-01"), QStringLiteral("2024-06")});
        ConsentStore consents(*m_fixture->vault);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-10);
        consents.set(id, QStringLiteral("newsletter"), ConsentState::Granted, QStringLiteral("form"),
                     QStringLiteral("2024-01"), t0);
        consents.set(id, QStringLiteral("direct marketing"), ConsentState::Refused, QStringLiteral("phone"), {},
                     t0.addDays(1));
        consents.set(id, QStringLiteral("newsletter"), ConsentState::Withdrawn, QStringLiteral("email"),
                     QStringLiteral("2024-06"), t0.addDays(2));
        const auto history = consents.history(id);
        QCOMPARE(int(history.size()), 3);
        QCOMPARE(history[0].state, ConsentState::Granted);
        QCOMPARE(history[0].policyVersion, QStringLiteral("2024-01"));
        QCOMPARE(history[2].state, ConsentState::Withdrawn);
        const auto current = consents.current(id);
        QCOMPARE(int(current.size()), 2);
        QCOMPARE(current[0].purpose, QStringLiteral("direct marketing"));
        QCOMPARE(current[1].purpose, QStringLiteral("newsletter"));
        QCOMPARE(current[1].state, ConsentState::Withdrawn);
        QCOMPARE(current[1].source, QStringLiteral("email"));
        QVERIFY_THROWS_EXCEPTION(Error, consents.set(id, QStringLiteral(" "), ConsentState::Granted));
        QVERIFY_THROWS_EXCEPTION(
            Error, consents.set(QStringLiteral("no-such-client"), QStringLiteral("x"), ConsentState::Granted));
    }

    // A consent's time is the day the person gave it: today (now) or earlier, never later, and a year
    // before 1900 is a slip. An earlier day is its last millisecond, so that one day's records keep the
    // order they were made in, after any made on the day itself.
    void consentTimeIsThePersonsDayNeverLater()
    {
        const QString id = ClientStore(*m_fixture->vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        definePurposes(*m_fixture->vault, {QStringLiteral("Newsletter")});
        ConsentStore consents(*m_fixture->vault);
        const QDate today = QDate::currentDate();
        QString message;
        QCOMPARE(thrownCode(
                     [&] {
                         consents.set(id, QStringLiteral("Newsletter"), ConsentState::Granted, {}, {},
                                      ConsentStore::timeFor(today.addDays(1)));
                     },
                     &message),
                 ErrorCode::Usage);
        QCOMPARE(message, QStringLiteral("The date of a consent cannot be in the future."));
        QCOMPARE(thrownCode([&] {
                     consents.set(id, QStringLiteral("Newsletter"), ConsentState::Granted, {}, {},
                                  QDateTime::currentDateTimeUtc().addSecs(120));
                 }),
                 ErrorCode::Usage);
        QCOMPARE(thrownCode([&] {
                     consents.set(id, QStringLiteral("Newsletter"), ConsentState::Granted, {}, {},
                                  ConsentStore::timeFor(QDate(1899, 12, 31)));
                 }),
                 ErrorCode::Usage);
        QVERIFY(consents.history(id).empty());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = ConsentStore::timeFor(today);
        QVERIFY(now >= before && now <= QDateTime::currentDateTimeUtc());
        QCOMPARE(ConsentStore::timeFor({}).toLocalTime().date(), today);
        const QDate day(2024, 3, 14);
        QCOMPARE(ConsentStore::timeFor(day).toLocalTime(), QDateTime(day, QTime(23, 59, 59, 999)));

        // Recorded in this order: granted on the 14th, withdrawn today, then (late) refused, also on the
        // 14th. History is by the person's days; today's withdrawal is still the state now.
        consents.set(id, QStringLiteral("Newsletter"), ConsentState::Granted, {}, {}, ConsentStore::timeFor(day));
        consents.set(id, QStringLiteral("Newsletter"), ConsentState::Withdrawn, {}, {}, ConsentStore::timeFor(today));
        consents.set(id, QStringLiteral("Newsletter"), ConsentState::Refused, {}, {}, ConsentStore::timeFor(day));
        const auto history = consents.history(id);
        QCOMPARE(int(history.size()), 3);
        QCOMPARE(history[0].state, ConsentState::Granted); // same time as the refusal: the order recorded
        QCOMPARE(history[1].state, ConsentState::Refused);
        QCOMPARE(history[2].state, ConsentState::Withdrawn);
        QCOMPARE(consents.current(id).at(0).state, ConsentState::Withdrawn);
    }

    void theCataloguesPurposesAreListedOnce()
    {
        ConsentStore consents(*m_fixture->vault);
        QVERIFY(consents.purposes().isEmpty());
        definePurposes(*m_fixture->vault, {QStringLiteral("photos"), QStringLiteral("Newsletter"),
                                           QString::fromUtf8("Ēdienu degustācija")});
        const QString ann = ClientStore(*m_fixture->vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        const QString bo = ClientStore(*m_fixture->vault).add(person(QStringLiteral("Bo"), QStringLiteral("Ek")));
        consents.set(ann, QStringLiteral("photos"), ConsentState::Granted);
        consents.set(bo, QStringLiteral("Newsletter"), ConsentState::Granted);
        consents.set(ann, QStringLiteral("Newsletter"), ConsentState::Refused);
        consents.set(bo, QStringLiteral("Ēdienu degustācija"), ConsentState::Granted);
        QCOMPARE(consents.purposes(), (QStringList{QStringLiteral("Newsletter"), QStringLiteral("photos"),
                                                   QStringLiteral("Ēdienu degustācija")}));
    }

    // Many adds in one outer transaction commit together, or not at all.
    void bulkAddsNestInOneTransaction()
    {
        ClientStore store(*m_fixture->vault);
        {
            Transaction outer(m_fixture->vault->database());
            for (int i = 0; i < 50; ++i)
                store.add(person(QStringLiteral("Bulk"), QString::number(i)));
            Client bad;
            QVERIFY_THROWS_EXCEPTION(Error, store.add(bad)); // fails alone; the others stay in the outer one
            QCOMPARE(store.count({}), 50);
        } // not committed: everything rolls back
        QCOMPARE(store.count({}), 0);
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM client_search"), qint64(0));
        {
            Transaction outer(m_fixture->vault->database());
            for (int i = 0; i < 50; ++i)
                store.add(person(QStringLiteral("Bulk"), QString::number(i)));
            outer.commit();
        }
        QCOMPARE(store.count({QStringLiteral("bulk"), {}}), 50);
    }

    void notesInTimeOrder()
    {
        const QString id = ClientStore(*m_fixture->vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        NoteStore notes(*m_fixture->vault);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        notes.add(id, NoteKind::Meeting, QStringLiteral("second"), now);
        notes.add(id, NoteKind::Email, QStringLiteral("first"), now.addSecs(-3600));
        const auto list = notes.list(id);
        QCOMPARE(int(list.size()), 2);
        QCOMPARE(list[0].text, QStringLiteral("first"));
        QCOMPARE(list[0].kind, NoteKind::Email);
        QCOMPARE(list[1].kind, NoteKind::Meeting);
        QVERIFY_THROWS_EXCEPTION(Error, notes.add(id, NoteKind::Note, QStringLiteral("   ")));
        QVERIFY_THROWS_EXCEPTION(Error, notes.add(QStringLiteral("nobody"), NoteKind::Note, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestClientStore)
#include "TestClientStore.moc"
