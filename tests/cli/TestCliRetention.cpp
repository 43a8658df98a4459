// retention add|list|run, client hold|release and privacy check, as an owner uses them: "contract" on
// Art. 6(1)(b) kept ten years after the last contact, a client past it, a held one, one report, and a
// privacy check that needs action before and none after; bad input refused with nothing stored; roles.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QJsonObject object(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList findingsNeedingAction(const CliResult& r)
{
    QStringList out;
    for (const QJsonValue& f : object(r).value(s("findings")).toArray())
        if (f.toObject().value(s("needsAction")).toBool())
            out << f.toObject().value(s("key")).toString();
    return out;
}

} // namespace

class TestCliRetention : public QObject
{
    Q_OBJECT
    std::optional<CliVault> m_vault;

private Q_SLOTS:
    void init()
    {
        m_vault.emplace();
        QCOMPARE(m_vault->create(s("retention.coffer")), 0);
    }
    void cleanup() { m_vault.reset(); }

    void anOwnerRunsRetentionAndThePrivacyCheckComesOutClean()
    {
        CliVault& v = *m_vault;
        // The last contact is a date the business keeps in a custom field (a note added now would be today).
        QCOMPARE(v.owner({s("retention"), s("add"), s("Ten years"), s("--period"), s("10y"), s("--from"),
                          s("field:Last contact"), s("--action"), s("erase")})
                     .code,
                 0);
        QCOMPARE(v.owner({s("purpose"), s("add"), s("contract"), s("--basis"), s("contract"), s("--retention"),
                          s("ten years")})
                     .code,
                 0);
        QCOMPARE(object(v.owner({s("--json"), s("purpose"), s("edit"), s("contract"), s("--description"),
                                 s("The work we agreed")}))
                     .value(s("retention"))
                     .toString(),
                 s("Ten years"));
        const QString longAgo = s("Last contact=") + QDate::currentDate().addYears(-11).toString(Qt::ISODate);
        const QString recently = s("Last contact=") + QDate::currentDate().addYears(-2).toString(Qt::ISODate);
        const QString old =
            v.owner({s("client"), s("add"), s("--name"), s("Old Client"), s("--field"), longAgo}).out.trimmed();
        const QString held =
            v.owner({s("client"), s("add"), s("--name"), s("Held Client"), s("--field"), longAgo}).out.trimmed();
        const QString fresh =
            v.owner({s("client"), s("add"), s("--name"), s("New Client"), s("--field"), recently}).out.trimmed();
        QCOMPARE(v.owner({s("client"), s("hold"), held, s("--reason"), s("Court case"), s("--until"),
                          QDate::currentDate().addYears(1).toString(Qt::ISODate)})
                     .code,
                 0);

        const CliResult dry = v.owner({s("--json"), s("retention"), s("run"), s("--dry-run")});
        QCOMPARE(dry.code, 0);
        QJsonArray listed = object(dry).value(s("clients")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].toObject().value(s("clientId")).toString(), old);
        QCOMPARE(listed[0].toObject().value(s("state")).toString(), s("due"));
        QCOMPARE(listed[1].toObject().value(s("state")).toString(), s("held"));
        QVERIFY(v.owner({s("client"), s("show"), old}).code == 0); // a dry run changes nothing

        CliResult check = v.owner({s("--json"), s("privacy"), s("check")});
        QCOMPARE(check.code, 1);
        QVERIFY(findingsNeedingAction(check).contains(s("retention.due")));
        QVERIFY(findingsNeedingAction(check).contains(s("backup.verified")));

        const QString reportFile = v.dir.filePath(s("retention-report.json"));
        const CliResult run = v.owner({s("retention"), s("run"), s("--report"), reportFile});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(s("1 client(s) acted on")) || run.out.contains(s("1 client acted on")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(s("Old Client")));
        QFile f(reportFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(report.value(s("format")).toString(), s("coffer-retention-report"));
        QCOMPARE(report.value(s("clients")).toArray().size(), 1);
        QVERIFY(report.value(s("passed")).toBool());
        QCOMPARE(report.value(s("held")).toInt(), 1);
        QCOMPARE(v.owner({s("client"), s("show"), old}).code, 1);
        QCOMPARE(v.owner({s("client"), s("show"), held}).code, 0);
        QCOMPARE(v.owner({s("client"), s("show"), fresh}).code, 0);

        // A verified backup, and nothing is left to do.
        const QString backup = v.dir.filePath(s("retention.coffer-backup"));
        QCOMPARE(v.owner({s("backup"), s("--out"), backup}).code, 0);
        QCOMPARE(v.owner({s("backup"), s("verify"), backup}).code, 0);
        check = v.owner({s("--json"), s("privacy"), s("check")});
        QVERIFY2(check.code == 0, qPrintable(findingsNeedingAction(check).join(u',')));
        QVERIFY(object(check).value(s("clean")).toBool());
        QCOMPARE(v.owner({s("privacy"), s("check")}).code, 0);
    }

    void badInputIsAClearErrorThatStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const auto rule = [](const char* period, const char* from, const char* action) {
            return QStringList{s("retention"), s("add"), s("R"),        s("--period"), s(period),
                               s("--from"),    s(from),  s("--action"), s(action)};
        };
        QTest::newRow("a period of zero") << rule("0d", "created", "erase") << 2;
        QTest::newRow("a negative period") << rule("-1y", "created", "erase") << 2;
        QTest::newRow("a period in weeks") << rule("3w", "created", "erase") << 2;
        QTest::newRow("an unknown trigger") << rule("1y", "birthday", "erase") << 2;
        QTest::newRow("an unknown action") << rule("1y", "created", "archive") << 2;
        QTest::newRow("a hold without a reason")
            << QStringList{s("client"), s("hold"), s("CLIENT"), s("--until"), s("2030-01-01")} << 2;
        QTest::newRow("a hold that ended")
            << QStringList{s("client"), s("hold"), s("CLIENT"), s("--reason"), s("x"), s("--until"), yesterday} << 2;
        QTest::newRow("a release of no hold") << QStringList{s("client"), s("release"), s("CLIENT")} << 1;
        QTest::newRow("a category that is no rule")
            << QStringList{s("client"), s("edit"), s("CLIENT"), s("--retention"), s("forever")} << 1;
        QTest::newRow("a purpose's rule that is none")
            << QStringList{s("purpose"), s("add"),         s("photos"), s("--basis"),
                           s("consent"), s("--retention"), s("forever")}
            << 1;
    }
    void badInputIsAClearErrorThatStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        CliVault& v = *m_vault;
        const QString client = v.owner({s("client"), s("add"), s("--name"), s("Anna Ozola")}).out.trimmed();
        args.replaceInStrings(s("CLIENT"), client);
        const CliResult r = v.owner(args);
        QVERIFY2(r.code == code, qPrintable(s("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(v.owner({s("--json"), s("retention"), s("list")}).out.toUtf8()).array().size(),
                 0);
        QCOMPARE(QJsonDocument::fromJson(v.owner({s("--json"), s("purpose"), s("list")}).out.toUtf8()).array().size(),
                 0);
        const QJsonObject shown =
            QJsonDocument::fromJson(v.owner({s("--json"), s("client"), s("show"), client}).out.toUtf8()).object();
        QCOMPARE(shown.value(s("retention")).toString(), QString());
        QCOMPARE(object(v.owner({s("--json"), s("retention"), s("run"), s("--dry-run")}))
                     .value(s("clients"))
                     .toArray()
                     .size(),
                 0);
    }

    // The breach log with its clock, the record of processing as PDF, JSON and CSV, and the privacy check
    // that counts an unnotified breach until it is notified.
    void theRegulatorsRecordsFromTheCommandLine()
    {
        CliVault& v = *m_vault;
        const QString detected =
            QDateTime::currentDateTime().addSecs(-7200).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        CliResult added = v.owner({s("--json"), s("breach"), s("add"), s("--detected"), detected, s("--description"),
                                   s("A laptop with an export was stolen"), s("--people"), s("40")});
        QCOMPARE(added.code, 0);
        const QString id = object(added).value(s("id")).toString();
        QCOMPARE(v.owner({s("breach"), s("add"), s("--detected"), s("tomorrow"), s("--description"), s("x")}).code, 2);
        QCOMPARE(v.owner({s("breach"), s("add"), s("--detected"), detected, s("--description"), s("x"), s("--people"),
                          s("-3")})
                     .code,
                 2);
        const QJsonArray listed =
            QJsonDocument::fromJson(v.owner({s("--json"), s("breach"), s("list")}).out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed[0].toObject().value(s("clockRunning")).toBool());
        QVERIFY(findingsNeedingAction(v.owner({s("--json"), s("privacy"), s("check")})).contains(s("breaches.open")));
        QCOMPARE(v.owner({s("breach"), s("notify"), id, s("--authority"),
                          QDateTime::currentDateTime().addSecs(-60).toString(QStringLiteral("yyyy-MM-dd HH:mm"))})
                     .code,
                 0);
        QVERIFY(!findingsNeedingAction(v.owner({s("--json"), s("privacy"), s("check")})).contains(s("breaches.open")));

        QCOMPARE(
            v.owner({s("business"), s("set"), s("--name"), s("Ozols SIA"), s("--email"), s("privacy@ozols.lv")}).code,
            0);
        QCOMPARE(v.owner({s("purpose"), s("add"), s("Contract"), s("--basis"), s("contract")}).code, 0);
        QCOMPARE(v.owner({s("processing"), s("edit"), s("contract"), s("--recipients"), s("Our accountant"),
                          s("--transfers"), s("none")})
                     .code,
                 0);
        const QJsonObject shown = object(v.owner({s("--json"), s("processing"), s("show")}));
        QCOMPARE(shown.value(s("activities")).toArray().at(0).toObject().value(s("recipients")).toString(),
                 s("Our accountant"));
        // The PDF is laid out by Qt Gui, which coffer-cli starts for it: the real program, as a user runs it.
        const QString pdf = v.dir.filePath(s("record.pdf"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(s(name));
        env.insert(s("COFFER_VAULT"), v.path);
        env.insert(s("COFFER_PASSWORD"), QString::fromUtf8(kOwnerPassword));
        const auto exportPdf = [&] {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(qEnvironmentVariable("COFFER_CLI"), {s("processing"), s("export"), s("--out"), pdf});
            return cli.waitForFinished(120000) ? cli.exitCode() : -1;
        };
        QCOMPARE(exportPdf(), 0);
        QCOMPARE(exportPdf(), 1); // never over a file
        QProcess text;
        text.start(s("pdftotext"), {pdf, s("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(s("Record of processing activities")) && words.contains(s("Ozols SIA")) &&
                     words.contains(s("Our accountant")),
                 qPrintable(words));
        const QString csv = v.dir.filePath(s("record.csv"));
        QCOMPARE(v.owner({s("processing"), s("export"), s("--out"), csv}).code, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().contains("Our accountant"));
        QCOMPARE(v.owner({s("processing"), s("export"), s("--out"), v.dir.filePath(s("record.txt"))}).code, 2);
    }

    void onlyAdministratorsAndTheOwnerAddRulesAndRunThem()
    {
        CliVault& v = *m_vault;
        QCOMPARE(v.owner({s("retention"), s("add"), s("Short"), s("--period"), s("1d"), s("--from"), s("created"),
                          s("--action"), s("anonymise")})
                     .code,
                 0);
        const QString editor = v.addUser(s("eva"), s("editor"));
        const QString viewer = v.addUser(s("vik"), s("viewer"));
        const QString client = v.owner({s("client"), s("add"), s("--name"), s("Anna Ozola")}).out.trimmed();
        QCOMPARE(v.as(s("eva"), editor, {s("retention"), s("run")}).code, 5);
        QCOMPARE(v.as(s("eva"), editor,
                      {s("retention"), s("add"), s("X"), s("--period"), s("1y"), s("--from"), s("created"),
                       s("--action"), s("erase")})
                     .code,
                 5);
        QCOMPARE(v.as(s("eva"), editor, {s("retention"), s("run"), s("--dry-run")}).code, 0);
        QCOMPARE(v.as(s("eva"), editor,
                      {s("client"), s("hold"), client, s("--reason"), s("Audit"), s("--until"), s("2030-01-01")})
                     .code,
                 0);
        QCOMPARE(v.as(s("vik"), viewer, {s("client"), s("release"), client}).code, 5);
        QCOMPARE(v.as(s("vik"), viewer, {s("privacy"), s("check")}).code, 5);
        QCOMPARE(v.as(s("vik"), viewer, {s("retention"), s("list")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRetention)
#include "TestCliRetention.moc"
