// core/privacy: retention rules (periods, triggers, the month-end rule), the plan of who is due, due
// soon or held, the rule that applies (category, else the purposes', the longest), legal holds, and a
// run that erases or anonymises exactly the due clients — the anonymised counted, no identifying string
// left on any decrypted page — with one report.
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "privacy/Retention.h"
#include "privacy/RetentionRun.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace coffer;
using namespace coffer::test;

namespace {

RetentionRule rule(const QString& name, const QString& period, const QString& trigger,
                   RetentionAction action = RetentionAction::Erase)
{
    RetentionRule r;
    r.name = name;
    const auto p = retentionPeriodFromText(period);
    r.period = p ? p->first : 0;
    r.unit = p ? p->second : RetentionUnit::Days;
    r.trigger = trigger;
    r.action = action;
    return r;
}

QString addClient(Vault& vault, const QString& name, const QDate& created, const QString& category = {})
{
    Client c;
    c.displayName = name;
    c.country = QStringLiteral("LV");
    c.retention = category;
    const QString id = ClientStore(vault).add(c);
    // As if made on that day: the stamps are what the triggers read.
    const QString stamp = QDateTime(created, QTime(12, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    vault.database()
        .prepare("UPDATE clients SET created = ?1, updated = ?1 WHERE id = ?2")
        .bind(1, stamp)
        .bind(2, id)
        .run();
    return id;
}

QStringList idsOf(const std::vector<RetentionDue>& list)
{
    QStringList out;
    for (const RetentionDue& d : list)
        out << d.clientId;
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodsAreReadAndCounted_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("30 days") << QStringLiteral("30d") << QDate(2026, 1, 31) << QDate(2026, 3, 2);
        QTest::newRow("31 Jan + 1 month -> 28 Feb") << QStringLiteral("1m") << QDate(2027, 1, 31) << QDate(2027, 2, 28);
        QTest::newRow("31 Jan + 1 month, leap year")
            << QStringLiteral("1m") << QDate(2028, 1, 31) << QDate(2028, 2, 29);
        QTest::newRow("29 Feb + 1 year -> 28 Feb") << QStringLiteral("1y") << QDate(2028, 2, 29) << QDate(2029, 2, 28);
        QTest::newRow("10 years, upper case") << QStringLiteral("10Y") << QDate(2020, 6, 15) << QDate(2030, 6, 15);
        QTest::newRow("zero") << QStringLiteral("0d") << QDate() << QDate();
        QTest::newRow("negative") << QStringLiteral("-3m") << QDate() << QDate();
        QTest::newRow("no unit") << QStringLiteral("12") << QDate() << QDate();
        QTest::newRow("weeks") << QStringLiteral("2w") << QDate() << QDate();
        QTest::newRow("a fraction") << QStringLiteral("1.5y") << QDate() << QDate();
    }
    void periodsAreReadAndCounted()
    {
        QFETCH(QString, period);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const auto p = retentionPeriodFromText(period);
        QCOMPARE(bool(p), end.isValid());
        if (p)
            QCOMPARE(rule(QStringLiteral("r"), period, QStringLiteral("created")).endOf(start), end);
    }

    void aBadRuleIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("a period of zero") << QStringLiteral("R") << 0 << QStringLiteral("created");
        QTest::newRow("a negative period") << QStringLiteral("R") << -5 << QStringLiteral("created");
        QTest::newRow("over a hundred years") << QStringLiteral("R") << 101 << QStringLiteral("created");
        QTest::newRow("an unknown trigger") << QStringLiteral("R") << 1 << QStringLiteral("birthday");
        QTest::newRow("a field without a key") << QStringLiteral("R") << 1 << QStringLiteral("field:");
        QTest::newRow("no name") << QStringLiteral(" ") << 1 << QStringLiteral("created");
        QTest::newRow("a known name in another case") << QStringLiteral("CONTRACT") << 1 << QStringLiteral("created");
    }
    void aBadRuleIsRefusedAndNothingStored()
    {
        QFETCH(QString, name);
        QFETCH(int, period);
        QFETCH(QString, trigger);
        VaultFixture f;
        Retention retention(*f.vault);
        retention.addRule(rule(QStringLiteral("Contract"), QStringLiteral("10y"), QStringLiteral("last-note")));
        RetentionRule r = rule(name, QStringLiteral("1y"), trigger);
        r.period = period;
        QCOMPARE(thrownCode([&] { retention.addRule(r); }), ErrorCode::Usage);
        QCOMPARE(int(retention.rules().size()), 1);
    }

    void thePlanListsWhoIsDueSoonAndHeld()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        Retention retention(v);
        retention.addRule(rule(QStringLiteral("Two years"), QStringLiteral("2y"), QStringLiteral("created")));
        retention.addRule(rule(QStringLiteral("Contract end"), QStringLiteral("1m"), QStringLiteral("field:End")));
        const QDate today(2026, 12, 4);
        const QString old = addClient(v, QStringLiteral("Old"), today.addYears(-2), QStringLiteral("two years"));
        const QString edge =
            addClient(v, QStringLiteral("Edge"), today.addYears(-2).addDays(1), QStringLiteral("Two years"));
        const QString soon =
            addClient(v, QStringLiteral("Soon"), today.addYears(-2).addDays(30), QStringLiteral("Two years"));
        const QString later =
            addClient(v, QStringLiteral("Later"), today.addYears(-2).addDays(31), QStringLiteral("Two years"));
        const QString none = addClient(v, QStringLiteral("No rule"), today.addYears(-20));
        const QString held = addClient(v, QStringLiteral("Held"), today.addYears(-5), QStringLiteral("Two years"));
        retention.hold(held, QStringLiteral("Tax audit"), QDate::currentDate().addMonths(6));
        Client ended;
        ended.displayName = QStringLiteral("Ended");
        ended.retention = QStringLiteral("contract end");
        ended.fields = {{QStringLiteral("End"), QStringLiteral("31.10.2026")}};
        const QString contract = ClientStore(v).add(ended);
        ended.displayName = QStringLiteral("No date");
        ended.fields = {{QStringLiteral("End"), QStringLiteral("soon")}};
        const QString undated = ClientStore(v).add(ended);
        // A category an older vault kept as free text names no rule: kept, and said.
        const QString free = addClient(v, QStringLiteral("Free text"), today.addYears(-9));
        v.database().prepare("UPDATE clients SET retention = 'forever' WHERE id = ?").bind(1, free).run();

        const RetentionPlan plan = retention.plan(today);
        QCOMPARE(idsOf(plan.due), sorted({old, contract}));
        QCOMPARE(plan.due.front().clientId, contract); // the earliest due first
        QCOMPARE(plan.due.back().due, today);          // due on the day itself
        QCOMPARE(idsOf(plan.soon), sorted({edge, soon}));
        QCOMPARE(idsOf(plan.held), QStringList{held});
        QCOMPARE(plan.held.front().hold->reason, QStringLiteral("Tax audit"));
        QCOMPARE(plan.unknownRule, std::vector<QString>{free});
        QCOMPARE(plan.noTriggerDate, std::vector<QString>{undated});
        QCOMPARE(plan.clients, 9);
        for (const QString& id : {later, none})
            QVERIFY(!idsOf(plan.due).contains(id) && !idsOf(plan.soon).contains(id));
        const auto c = std::find_if(plan.due.begin(), plan.due.end(),
                                    [&](const RetentionDue& d) { return d.clientId == contract; });
        QCOMPARE(c->start, QDate(2026, 10, 31));
        QCOMPARE(c->due, QDate(2026, 11, 30));
    }

    // Without a category a client falls under their purposes' rules: every purpose on another basis,
    // and those on consent they have an entry for; the rule that keeps the data longest wins.
    void thePurposesRulesApplyAndTheLongestWins()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        Retention retention(v);
        retention.addRule(rule(QStringLiteral("Marketing"), QStringLiteral("1y"), QStringLiteral("created"),
                               RetentionAction::Anonymise));
        retention.addRule(rule(QStringLiteral("Contract"), QStringLiteral("5y"), QStringLiteral("last-note")));
        definePurposes(v, {QStringLiteral("Newsletter")});
        const QDate today = QDate::currentDate();
        const QString subscriber = addClient(v, QStringLiteral("Subscriber"), today.addYears(-3));
        const QString other = addClient(v, QStringLiteral("Other"), today.addYears(-3));
        ConsentStore(v).set(subscriber, QStringLiteral("Newsletter"), ConsentState::Granted);
        retention.setPurposeRule(QStringLiteral("Newsletter"), QStringLiteral("marketing"));
        QCOMPARE(idsOf(retention.plan().due), QStringList{subscriber});
        QCOMPARE(retention.plan().due.front().action, RetentionAction::Anonymise);
        // A contract purpose with a longer rule applies to everyone: now nobody is due.
        definePurposes(v, {QStringLiteral("Contract")}, LawfulBasis::Contract);
        retention.setPurposeRule(QStringLiteral("Contract"), QStringLiteral("Contract"));
        QVERIFY(retention.plan().due.empty());
        // Their last note counts: a call a year ago keeps the subscriber five years more; a client without
        // notes counts from their creation.
        v.database()
            .prepare("UPDATE clients SET created = ?1, updated = ?1 WHERE id = ?2")
            .bind(1, QDateTime(today.addYears(-7), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs))
            .bind(2, other)
            .run();
        NoteStore(v).add(subscriber, NoteKind::Call, QStringLiteral("Called"),
                         QDateTime(today.addYears(-1), QTime(9, 0), Qt::UTC));
        QCOMPARE(idsOf(retention.plan().due), QStringList{other});
        // Their own category overrides the purposes.
        retention.setCategory(subscriber, QStringLiteral("Marketing"));
        QCOMPARE(idsOf(retention.plan().due), sorted({subscriber, other}));
    }

    void aHoldNeedsAReasonAndADayToComeAndCanBeReleased()
    {
        VaultFixture f;
        Retention retention(*f.vault);
        const QString id = addClient(*f.vault, QStringLiteral("Ilze"), QDate::currentDate());
        QCOMPARE(thrownCode([&] { retention.hold(id, QStringLiteral("  "), QDate::currentDate()); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { retention.hold(id, QStringLiteral("Court"), QDate::currentDate().addDays(-1)); }),
                 ErrorCode::Usage);
        QCOMPARE(
            thrownCode([&] { retention.hold(QStringLiteral("nobody"), QStringLiteral("Court"), QDate(2030, 1, 1)); }),
            ErrorCode::Failed);
        QVERIFY(!retention.holdOf(id));
        retention.hold(id, QStringLiteral("Court case 12/2026"), QDate(2030, 1, 1));
        QCOMPARE(retention.holdOf(id)->until, QDate(2030, 1, 1));
        retention.release(id);
        QVERIFY(!retention.holdOf(id));
        QCOMPARE(thrownCode([&] { retention.release(id); }), ErrorCode::Failed);
        // The audit log has the client's pseudonym, never the reason.
        const auto log = f.vault->auditEntries(0, 1000);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const AuditEntry& e) { return e.action == u"client.hold"; }));
        for (const AuditEntry& e : log)
            QVERIFY(!e.detail.contains(QStringLiteral("Court")));
    }

    void aClientsCategoryNamesARule()
    {
        VaultFixture f;
        Retention(*f.vault).addRule(rule(QStringLiteral("Contract"), QStringLiteral("10y"), QStringLiteral("updated")));
        Client c;
        c.displayName = QStringLiteral("Ilze");
        c.retention = QStringLiteral("forever");
        QCOMPARE(thrownCode([&] { ClientStore(*f.vault).add(c); }), ErrorCode::Failed);
        c.retention = QStringLiteral("contract");
        const QString id = ClientStore(*f.vault).add(c);
        QCOMPARE(ClientStore(*f.vault).get(id).retention, QStringLiteral("Contract"));
    }

    void onlyAdministratorsAndTheOwnerRunRetention()
    {
        VaultFixture f;
        f.addMember(QStringLiteral("Eda"), Role::Editor);
        Retention(*f.vault).addRule(rule(QStringLiteral("R"), QStringLiteral("1d"), QStringLiteral("created")));
        addClient(*f.vault, QStringLiteral("Old"), QDate(2020, 1, 1), QStringLiteral("R"));
        f.vault->lock();
        auto editor = f.signInAs(QStringLiteral("Eda"));
        const RetentionPlan plan = Retention(*editor).plan();
        QCOMPARE(int(plan.due.size()), 1); // everyone may see who is due
        QCOMPARE(thrownCode([&] { RetentionRun(*editor).run(plan); }), ErrorCode::Permission);
        QCOMPARE(thrownCode([&] {
                     Retention(*editor).addRule(
                         rule(QStringLiteral("S"), QStringLiteral("1d"), QStringLiteral("created")));
                 }),
                 ErrorCode::Permission);
        QCOMPARE(editor->database().scalar("SELECT count(*) FROM clients"), 1);
    }

    // Generated clients made on random days under a one-year rule, some held: the run erases exactly
    // those due and not held, as computed here, and one report lists them.
    void aRunErasesExactlyTheDueClientsAndNobodyElse()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        f.vault->setKeepBackups(0);
        Retention retention(v);
        retention.addRule(rule(QStringLiteral("One year"), QStringLiteral("1y"), QStringLiteral("created")));
        QRandomGenerator random(4122026);
        const QDate today = QDate::currentDate();
        QStringList due, kept;
        for (int i = 0; i < 40; ++i) {
            const QDate created = today.addDays(-int(random.bounded(730)));
            const QString id = addClient(v, QStringLiteral("Client %1").arg(i), created, QStringLiteral("One year"));
            const bool isDue = created.addYears(1) <= today;
            if (isDue && i % 7 == 0) {
                retention.hold(id, QStringLiteral("Audit"), today.addDays(10));
                kept << id;
            } else {
                (isDue ? due : kept) << id;
            }
        }
        QVERIFY(due.size() > 5 && kept.size() > 5);
        const RetentionPlan plan = retention.plan();
        QCOMPARE(idsOf(plan.due), sorted(due));
        const RetentionRunReport report = RetentionRun(v).run(plan);
        QVERIFY(report.passed());
        QCOMPARE(int(report.outcomes.size()), int(due.size()));
        QStringList left;
        for (const ClientSummary& c : ClientStore(v).list({}, 0, 1000))
            left << c.id;
        QCOMPARE(sorted(left), sorted(kept));
        QCOMPARE(v.database().scalar("SELECT count(*) FROM erasures"), qint64(due.size()));
        QCOMPARE(v.database().scalar("SELECT count(*) FROM retention_runs"), 1);
        QCOMPARE(report.held, int(plan.held.size()));
        QVERIFY(retention.plan().due.empty()); // nothing left to do
        // The report names pseudonyms, never a name.
        QVERIFY(!report.toText().contains(QStringLiteral("Client ")));
    }

    void anonymisingLeavesNoIdentifyingStringAndKeepsTheCount()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        f.vault->setKeepBackups(0);
        Retention retention(v);
        retention.addRule(rule(QStringLiteral("Marketing"), QStringLiteral("6m"), QStringLiteral("created"),
                               RetentionAction::Anonymise));
        const QDate made(2024, 5, 1);
        QStringList ids;
        for (const char* name : {"Zyxwvuts Qponmlk", "Ywvutsrq Onmlkji"}) {
            Client c;
            c.displayName = QString::fromLatin1(name);
            c.emails = {QString::fromLatin1(name).section(u' ', 0, 0).toLower() + QStringLiteral("@unique-mail.lv")};
            c.country = QStringLiteral("LV");
            c.retention = QStringLiteral("Marketing");
            const QString id = ClientStore(v).add(c);
            v.database()
                .prepare("UPDATE clients SET created = ?1, updated = ?1 WHERE id = ?2")
                .bind(1, QDateTime(made, QTime(8, 0), Qt::UTC).toString(Qt::ISODateWithMs))
                .bind(2, id)
                .run();
            NoteStore(v).add(id, NoteKind::Note, QStringLiteral("Secret note of ") + c.displayName);
            QByteArray bytes = "contract of " + c.displayName.toUtf8();
            QBuffer b(&bytes);
            b.open(QIODevice::ReadOnly);
            FileStore(v).add(id, b, QStringLiteral("contract.txt"), QStringLiteral("text/plain"));
            ids << id;
        }
        const QString kept = addClient(v, QStringLiteral("Kept Client"), QDate::currentDate());
        const RetentionRunReport report = RetentionRun(v).run(Retention(v).plan());
        QCOMPARE(int(report.outcomes.size()), 2);
        for (const RetentionOutcome& o : report.outcomes) {
            QCOMPARE(o.action, RetentionAction::Anonymise);
            QVERIFY2(o.passed, qPrintable(o.failedChecks.join(u',') + o.error));
        }
        // The decrypted pages hold none of their strings: the erasure's checks read every page (above);
        // here the plain vault folder holds none either.
        for (const char* s : {"Zyxwvuts", "Qponmlk", "unique-mail", "Ywvutsrq"})
            QVERIFY2(filesContaining(f.folder, QByteArray(s)).isEmpty(), s);
        QCOMPARE(v.database().scalar("SELECT count FROM retention_counts WHERE kind = 'person' AND country = 'LV' "
                                     "AND year = 2024"),
                 2);
        QCOMPARE(v.database().scalar("SELECT count(*) FROM clients"), 1);
        QVERIFY(ClientStore(v).exists(kept));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
