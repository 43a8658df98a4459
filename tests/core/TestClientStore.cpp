#include "Error.h"
#include "TestSupport.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/NoteStore.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestClientStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;

    QStringList search(const QString& words, const QString& tag = {})
    {
        return names(ClientStore(*m_vault).list({words, tag}, 0, 100));
    }

private Q_SLOTS:
    void init()
    {
        static int serial = 0;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("v%1").arg(++serial)), QStringLiteral("Anna"),
                                secret(kOwnerPassword), kCheapKdf)
                      .vault;
    }
    void cleanup() { m_vault.reset(); }

    void unicodeRoundTrip()
    {
        ClientStore store(*m_vault);
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
            QCOMPARE(back.createdBy, m_vault->currentUser().id);
            QVERIFY(back.created.isValid());
        }
    }

    void editKeepsCreatedStamps()
    {
        ClientStore store(*m_vault);
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
        const qint64 auditBefore = AuditLog::count(m_vault->database());
        try {
            ClientStore(*m_vault).add(c);
            QFAIL("invalid client stored");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Usage);
            // The message names the field, never the value (it reaches stderr).
            QVERIFY(!e.message().contains(QStringLiteral("secret.person")));
            QVERIFY(!e.message().contains(QStringLiteral("call me")));
        }
        QCOMPARE(ClientStore(*m_vault).count({}), 0);
        QCOMPARE(AuditLog::count(m_vault->database()), auditBefore);
        QCOMPARE(m_vault->database().scalar("SELECT count(*) FROM client_emails"), qint64(0));
    }

    void searchIgnoresCaseAndDiacriticsAndMatchesPrefixes()
    {
        ClientStore store(*m_vault);
        NoteStore notes(*m_vault);
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
        QCOMPARE(ClientStore(*m_vault).allTags(), QStringList{QStringLiteral("Lietuva")});
    }

    void listPagesInNameOrder()
    {
        ClientStore store(*m_vault);
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

    void consentHistoryKeepsEveryChange()
    {
        const QString id = ClientStore(*m_vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        ConsentStore consents(*m_vault);
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

    // Many adds in one outer transaction commit together, or not at all.
    void bulkAddsNestInOneTransaction()
    {
        ClientStore store(*m_vault);
        {
            Transaction outer(m_vault->database());
            for (int i = 0; i < 50; ++i)
                store.add(person(QStringLiteral("Bulk"), QString::number(i)));
            Client bad;
            QVERIFY_THROWS_EXCEPTION(Error, store.add(bad)); // fails alone; the others stay in the outer one
            QCOMPARE(store.count({}), 50);
        } // not committed: everything rolls back
        QCOMPARE(store.count({}), 0);
        QCOMPARE(m_vault->database().scalar("SELECT count(*) FROM client_search"), qint64(0));
        {
            Transaction outer(m_vault->database());
            for (int i = 0; i < 50; ++i)
                store.add(person(QStringLiteral("Bulk"), QString::number(i)));
            outer.commit();
        }
        QCOMPARE(store.count({QStringLiteral("bulk"), {}}), 50);
    }

    void notesInTimeOrder()
    {
        const QString id = ClientStore(*m_vault).add(person(QStringLiteral("Ann"), QStringLiteral("Lee")));
        NoteStore notes(*m_vault);
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
