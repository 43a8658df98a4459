// import-csv through the command line: the report, --json, --map, exit codes, and no client data on stderr.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
const QStringList kPrivate{s("Ozoliņš"), s("Žemaitytė"), s("Dvořák"), s("no-at-sign.example"),
                           s("Sēklas"),  s("LV40003")};
} // namespace

class TestCliCsvImport : public QObject
{
    Q_OBJECT
    CliVault m_cli;

    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = m_cli.dir.filePath(s(name));
        writeAll(path, bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_cli.create(s("shop")), 0); }

    // As a spreadsheet saves "CSV UTF-8" in a semicolon locale: BOM, CRLF, quotes around a cell that
    // holds the separator or a line break.
    void spreadsheetFileWithSkippedRows()
    {
        const QString path = file("clients.csv", "\xEF\xBB\xBF"
                                                 "Číslo zákazníka;Name;E-mail;Phone;Company;Country;Tags\r\n"
                                                 "x;Ēriks Ozoliņš;eriks@ozolins.example;+371 2912 3456;\"Sēklas; "
                                                 "SIA\";Latvia;\"garden;vip\"\r\n"
                                                 "x;Jūratė Žemaitytė;;;;LT;\"vip\r\nnew\"\r\n"
                                                 "x;Bad Dvořák;no-at-sign.example;;;CZ;\r\n"
                                                 "x;Řehoř Dvořák;;;;Česko;\r\n");
        CliResult r = m_cli.owner({s("import-csv"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(
                     s("Imported 3 clients; skipped 1:\n  line 5: Email 1: This email address has no @ sign.\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(s("Ignored columns: Číslo zákazníka")));
        QVERIFY(r.out.contains(s("UTF-8 with BOM, separated by semicolon")));
        r = m_cli.owner({s("client"), s("list"), s("--json")});
        QStringList names;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            names << v.toObject().value(s("displayName")).toString();
        names.sort();
        QCOMPARE(names, QStringList({s("Jūratė Žemaitytė"), s("Ēriks Ozoliņš"), s("Řehoř Dvořák")}));
        QVERIFY(m_cli.owner({s("client"), s("list"), s("--tag"), s("new")}).out.contains(s("Jūratė")));
        QVERIFY(m_cli.owner({s("client"), s("list"), s("--search"), s("bad")}).out.isEmpty());
    }

    void jsonReportAndCustomField()
    {
        const QString path = file("vat.csv", "Client,VAT no\nAcme Sēklas,LV40003\n,LV40004\n");
        const CliResult r = m_cli.owner(
            {s("import-csv"), path, s("--map"), s("client=name"), s("--map"), s("VAT no=field:VAT"), s("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(s("imported")).toInt(), 1);
        QCOMPARE(o.value(s("ignoredColumns")).toArray().size(), 0);
        const QJsonArray skipped = o.value(s("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped[0].toObject().value(s("line")).toInt(), 3);
        QCOMPARE(skipped[0].toObject().value(s("reason")).toString(), s("The row has no name."));
        const QString id =
            QJsonDocument::fromJson(
                m_cli.owner({s("client"), s("list"), s("--search"), s("acme"), s("--json")}).out.toUtf8())
                .array()[0]
                .toObject()
                .value(s("id"))
                .toString();
        QVERIFY(m_cli.owner({s("client"), s("show"), id}).out.contains(s("LV40003")));
    }

    void exitCodes()
    {
        const QString good = file("good.csv", "Name\nSomeone\n");
        QCOMPARE(m_cli.owner({s("import-csv"), good, s("--map"), s("Name=colour")}).code, 2);
        QCOMPARE(m_cli.owner({s("import-csv"), good, s("--map"), s("Nothing=name")}).code, 2);
        QCOMPARE(m_cli.owner({s("import-csv")}).code, 2);
        QCOMPARE(m_cli.owner({s("import-csv"), m_cli.dir.filePath(s("missing.csv"))}).code, 1);
        CliResult r = m_cli.owner({s("import-csv"), file("open.csv", "Name\nGood Person\n\"Open Quote\n")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("Line 3")), qPrintable(r.err));
        QVERIFY(m_cli.owner({s("client"), s("list"), s("--search"), s("good person")}).out.isEmpty());

        const QString otp =
            QJsonDocument::fromJson(
                m_cli.owner({s("user"), s("add"), s("vera"), s("--role"), s("viewer"), s("--json")}).out.toUtf8())
                .object()
                .value(s("oneTimePassword"))
                .toString();
        CliRunner p;
        p.env.insert(s("COFFER_VAULT"), m_cli.path);
        p.env.insert(s("COFFER_PASSWORD"), otp);
        p.env.insert(s("COFFER_NEW_PASSWORD"), s("vera's own password"));
        QCOMPARE(p.run({s("passwd"), s("--user"), s("vera")}).code, 0);
        QCOMPARE(m_cli.as(s("vera"), s("vera's own password"), {s("import-csv"), good}).code, 5);
    }

    void cleanupTestCase()
    {
        const QString all = m_cli.stderrLines.join(u'\n');
        for (const QString& p : kPrivate)
            QVERIFY2(!all.contains(p), qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(TestCliCsvImport)
#include "TestCliCsvImport.moc"
