// core/privacy: the breach log with its 72-hour clock (Art. 33), the record of processing activities
// (Art. 30) built from the catalogue, the controller's details and the retention rules, both carried
// through a whole-vault export and import, and the privacy check that counts what needs action.
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "privacy/BreachLog.h"
#include "privacy/PrivacyCheck.h"
#include "privacy/ProcessingRecord.h"
#include "store/Database.h"
#include "transfer/Exporter.h"
#include "transfer/Importer.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

Breach breach(const QDateTime& detected, const QString& description = QStringLiteral("A laptop was stolen"))
{
    Breach b;
    b.detected = detected;
    b.description = description;
    b.people = 40;
    return b;
}

bool needsAction(const PrivacyReport& report, const char* key)
{
    for (const PrivacyFinding& f : report.findings)
        if (f.key == QLatin1String(key))
            return f.needsAction;
    return false;
}

} // namespace

class TestRegulatorRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theClockRunsSeventyTwoHoursFromDetection()
    {
        VaultFixture f;
        BreachLog log(*f.vault);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString recent = log.add(breach(now.addSecs(-3600)));
        const QString old = log.add(breach(now.addDays(-4), QStringLiteral("An email went to the wrong list")));
        auto r = *log.find(recent);
        QCOMPARE(r.deadline(), r.detected.addSecs(72 * 3600));
        QVERIFY(r.clockRunning() && !r.late(now));
        QVERIFY(log.find(old)->late(now));
        QCOMPARE(log.list().front().id, recent); // newest detection first
        QVERIFY(needsAction(PrivacyCheck::run(*f.vault), "breaches.open"));

        // Notified, or a reason not to: the clock stops.
        log.notify(recent, now.addSecs(-60));
        QVERIFY(!log.find(recent)->clockRunning());
        QVERIFY(needsAction(PrivacyCheck::run(*f.vault), "breaches.open"));
        log.decideNotToNotify(old, QStringLiteral("Encrypted export; no risk to people"));
        QVERIFY(!log.find(old)->clockRunning());
        QVERIFY(!needsAction(PrivacyCheck::run(*f.vault), "breaches.open"));
        // The audit log names breaches by id alone.
        for (const AuditEntry& e : f.vault->auditEntries(0, 1000))
            QVERIFY(!e.detail.contains(QStringLiteral("laptop")) && !e.detail.contains(QStringLiteral("Encrypted")));
    }

    void aBadBreachIsRefusedAndNothingStored()
    {
        VaultFixture f;
        BreachLog log(*f.vault);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(thrownCode([&] { log.add(breach(now.addSecs(3600))); }), ErrorCode::Usage); // in the future
        QCOMPARE(thrownCode([&] { log.add(breach(now, QStringLiteral("  "))); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { log.add(breach(QDateTime())); }), ErrorCode::Usage);
        Breach negative = breach(now);
        negative.people = -5;
        QCOMPARE(thrownCode([&] { log.add(negative); }), ErrorCode::Usage);
        QVERIFY(log.list().empty());
        const QString id = log.add(breach(now.addDays(-1)));
        QCOMPARE(thrownCode([&] { log.notify(id, now.addDays(-2)); }), ErrorCode::Usage); // before detection
        QCOMPARE(thrownCode([&] { log.notify(id, now.addDays(1)); }), ErrorCode::Usage);  // not made yet
        QCOMPARE(thrownCode([&] { log.decideNotToNotify(id, QString()); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { log.notify(QStringLiteral("nope"), now); }), ErrorCode::Failed);
        QVERIFY(log.find(id)->clockRunning());
    }

    void onlyAdministratorsAndTheOwnerKeepTheRecords()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Newsletter")});
        f.addMember(QStringLiteral("Eda"), Role::Editor);
        f.vault->lock();
        auto editor = f.signInAs(QStringLiteral("Eda"));
        QCOMPARE(thrownCode([&] { BreachLog(*editor).add(breach(QDateTime::currentDateTimeUtc())); }),
                 ErrorCode::Permission);
        QCOMPARE(thrownCode([&] {
                     ProcessingRecord::setEntry(*editor, QStringLiteral("Newsletter"), QStringLiteral("clients"), {},
                                                {}, {});
                 }),
                 ErrorCode::Permission);
        QCOMPARE(int(ProcessingRecord::build(*editor).entries.size()), 1); // everyone may read the record
    }

    void theRecordOfProcessingFollowsTheVault()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        ControllerDetails business;
        business.name = QStringLiteral("Ozols SIA");
        business.email = QStringLiteral("privacy@ozols.lv");
        Controller::setDetails(v, business);
        definePurposes(v, {QStringLiteral("Contract")}, LawfulBasis::Contract);
        definePurposes(v, {QStringLiteral("Newsletter")});
        RetentionRule r;
        r.name = QStringLiteral("Ten years");
        r.period = 10;
        r.unit = RetentionUnit::Years;
        r.trigger = QStringLiteral("last-note");
        Retention(v).addRule(r);
        Retention(v).setPurposeRule(QStringLiteral("Contract"), QStringLiteral("Ten years"));
        ProcessingRecord::setEntry(v, QStringLiteral("contract"), QStringLiteral("Clients"),
                                   QStringLiteral("Names, emails"), QStringLiteral("Our accountant"),
                                   QStringLiteral("none"));
        QCOMPARE(thrownCode([&] { ProcessingRecord::setEntry(v, QStringLiteral("Photos"), {}, {}, {}, {}); }),
                 ErrorCode::Failed);
        const ProcessingRecordDocument doc = ProcessingRecord::build(v);
        QCOMPARE(doc.controller.name, QStringLiteral("Ozols SIA"));
        QCOMPARE(int(doc.entries.size()), 2);
        const ProcessingEntry& contract = doc.entries.at(0);
        QCOMPARE(contract.purpose.name, QStringLiteral("Contract"));
        QCOMPARE(contract.recipients, QStringLiteral("Our accountant"));
        QVERIFY2(contract.retention.contains(QStringLiteral("Ten years")), qPrintable(contract.retention));
        QVERIFY(doc.entries.at(1).retention.contains(QStringLiteral("No retention rule")));
        QVERIFY(doc.security.contains(QStringLiteral("AES-256")));
        const QJsonObject json = doc.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("coffer-processing-record"));
        QCOMPARE(json.value(QStringLiteral("activities")).toArray().at(0).toObject().value(QStringLiteral("article")),
                 QJsonValue(QStringLiteral("Art. 6(1)(b)")));
        const QByteArray csv = doc.toCsv();
        QCOMPARE(csv.count("\r\n"), 3); // the header and one row per purpose
        QVERIFY(csv.contains("Our accountant"));
    }

    void bothComeBackFromAWholeVaultExport()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        definePurposes(v, {QStringLiteral("Contract")}, LawfulBasis::Contract);
        ProcessingRecord::setEntry(v, QStringLiteral("Contract"), QStringLiteral("Clients"), QStringLiteral("Names"),
                                   QStringLiteral("Nobody"), QStringLiteral("none"));
        BreachLog log(v);
        const QString id = log.add(breach(QDateTime::currentDateTimeUtc().addDays(-2)));
        log.notify(id, QDateTime::currentDateTimeUtc().addDays(-1));
        const QString out = f.dir.filePath(QStringLiteral("all.zip"));
        ExportOptions options;
        Exporter(v).run(out, options);

        VaultFixture other(QStringLiteral("Anna"), QStringLiteral("other.coffer"));
        const ImportReport report = Importer(*other.vault).run(out, nullptr);
        QVERIFY(report.invalid.isEmpty());
        const auto imported = BreachLog(*other.vault).find(id);
        QVERIFY(imported);
        QCOMPARE(imported->description, QStringLiteral("A laptop was stolen"));
        QCOMPARE(imported->people, 40);
        QCOMPARE(imported->authorityNotified, log.find(id)->authorityNotified);
        const ProcessingRecordDocument doc = ProcessingRecord::build(*other.vault);
        QCOMPARE(int(doc.entries.size()), 1);
        QCOMPARE(doc.entries.at(0).recipients, QStringLiteral("Nobody"));
        // Again: nothing doubles.
        const ImportReport again = Importer(*other.vault).run(out, nullptr);
        QVERIFY(again.skipped.contains(QStringLiteral("breach %1: already in this vault").arg(id)));
        QCOMPARE(int(BreachLog(*other.vault).list().size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegulatorRecords)
#include "TestRegulatorRecords.moc"
