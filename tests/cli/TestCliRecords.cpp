#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
const QStringList kPrivate{s("Ozoliņš"),
                           s("Žemaitytė"),
                           s("Dvořák"),
                           s("eriks@ozolins.example"),
                           s("+371 2912 3456"),
                           s("Greenhouse-invoice-question"),
                           s("price-list.pdf"),
                           s("Sēklas SIA"),
                           s("ilze.ozolina@inbox,lv")}; // refused below: never stored, never on stderr
} // namespace

class TestCliRecords : public QObject
{
    Q_OBJECT
    CliVault m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_cli.create(s("shop")), 0);
        for (const char* purpose : {"Newsletter", "Photos", "calls"})
            QCOMPARE(m_cli.owner({s("purpose"), s("add"), s(purpose), s("--basis"), s("consent")}).code, 0);
    }

    void ownerKeepsClientsAndFindsThemWithoutAccents()
    {
        CliResult r =
            m_cli.owner({s("client"), s("add"), s("--name"), s("Ēriks Ozoliņš"), s("--email"),
                         s("eriks@ozolins.example"), s("--phone"), s("+371 2912 3456"), s("--org"), s("Sēklas SIA"),
                         s("--country"), s("LV"), s("--tag"), s("garden"), s("--field"), s("VAT=LV40003")});
        QCOMPARE(r.code, 0);
        const QString eriks = r.out.trimmed();
        QVERIFY(QRegularExpression(s("^[0-9a-f-]{36}$")).match(eriks).hasMatch());
        QCOMPARE(m_cli.owner({s("client"), s("add"), s("--name"), s("Jūratė Žemaitytė"), s("--country"), s("LT")}).code,
                 0);
        QCOMPARE(m_cli
                     .owner({s("client"), s("add"), s("--name"), s("Dvořák s.r.o."), s("--kind"), s("organisation"),
                             s("--country"), s("CZ")})
                     .code,
                 0);
        QCOMPARE(
            m_cli.owner({s("note"), s("add"), eriks, s("Greenhouse-invoice-question"), s("--kind"), s("call")}).code,
            0);
        QCOMPARE(
            m_cli.owner({s("consent"), s("set"), eriks, s("newsletter"), s("granted"), s("--source"), s("form")}).code,
            0);
        QCOMPARE(
            m_cli.owner({s("consent"), s("set"), eriks, s("newsletter"), s("withdrawn"), s("--source"), s("email")})
                .code,
            0);
        const QString file = m_cli.dir.filePath(s("price-list.pdf"));
        writeAll(file, "%PDF-1.4 prices");
        QCOMPARE(m_cli.owner({s("file"), s("add"), eriks, file}).code, 0);

        r = m_cli.owner({s("client"), s("list"), s("--search"), s("ozol")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(s("Ēriks Ozoliņš")));
        QVERIFY(!r.out.contains(s("Jūratė")));
        r = m_cli.owner({s("client"), s("list"), s("--search"), s("zemaityte"), s("--json")});
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toObject().value(s("displayName")).toString(), s("Jūratė Žemaitytė"));
        QCOMPARE(QJsonDocument::fromJson(
                     m_cli.owner({s("client"), s("list"), s("--search"), s("dvorak"), s("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 1);
        QCOMPARE(QJsonDocument::fromJson(
                     m_cli.owner({s("client"), s("list"), s("--tag"), s("garden"), s("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 1);
        QCOMPARE(QJsonDocument::fromJson(
                     m_cli.owner({s("client"), s("list"), s("--search"), s("greenhouse"), s("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 1);

        r = m_cli.owner({s("client"), s("show"), eriks, s("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(s("organisation")).toString(), s("Sēklas SIA"));
        QCOMPARE(shown.value(s("fields")).toObject().value(s("VAT")).toString(), s("LV40003"));
        QCOMPARE(shown.value(s("notes")).toArray().size(), 1);
        QCOMPARE(shown.value(s("files")).toArray().size(), 1);
        QCOMPARE(shown.value(s("files")).toArray()[0].toObject().value(s("name")).toString(), s("price-list.pdf"));
        QCOMPARE(shown.value(s("consents")).toArray().size(), 2);
        QVERIFY(m_cli.owner({s("client"), s("show"), eriks}).out.contains(s("withdrawn")));

        QCOMPARE(
            m_cli.owner({s("client"), s("edit"), eriks, s("--phone"), s("+371 2000 0000"), s("--field"), s("VAT=")})
                .code,
            0);
        const QJsonObject edited =
            QJsonDocument::fromJson(m_cli.owner({s("client"), s("show"), eriks, s("--json")}).out.toUtf8()).object();
        QCOMPARE(edited.value(s("phones")).toArray().size(), 1);
        QVERIFY(edited.value(s("fields")).toObject().isEmpty());
        QCOMPARE(edited.value(s("emails")).toArray().size(), 1); // untouched

        r = m_cli.owner({s("client"), s("add"), s("--name"), s("X"), s("--email"), s("no-at-sign")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(s("@")));
        QCOMPARE(m_cli.owner({s("client"), s("show"), s("00000000-0000-0000-0000-000000000000")}).code, 1);
    }

    // client add and client edit refuse what the form refuses, exit 2, naming the field and the problem
    // but never the value; nothing changes.
    void invalidValuesAreRefusedWithTheFieldNamed()
    {
        const struct
        {
            QStringList options;
            QString message;
            QString value;
        } cases[] = {
            {{s("--email"), s("ilze.ozolina@inbox,lv")},
             s("Email 1: This email address has a comma where a dot should be."),
             s("inbox,lv")},
            {{s("--email"), s("ilze@inbox.lv"), s("--email"), s("a@b,lv")},
             s("Email 2: This email address has a comma where a dot should be."),
             s("a@b,lv")},
            {{s("--phone"), s("call 2912")}, s("Phone 1: This phone number has letters in it."), s("call 2912")},
            {{s("--phone"), s("12")},
             s("Phone 1: This phone number is too short: it needs at least 5 digits."),
             s("12")},
            {{s("--country"), s("XX")}, s("Country: This is not a country code Coffer knows."), s("XX")},
        };
        const int before =
            QJsonDocument::fromJson(m_cli.owner({s("client"), s("list"), s("--json")}).out.toUtf8()).array().size();
        for (const auto& c : cases) {
            const CliResult r =
                m_cli.owner(QStringList{s("client"), s("add"), s("--name"), s("Ilze Ozoliņa")} + c.options);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.trimmed(), s("coffer-cli: ") + c.message);
            QVERIFY2(!r.err.contains(c.value), qPrintable(r.err));
        }
        QCOMPARE(
            QJsonDocument::fromJson(m_cli.owner({s("client"), s("list"), s("--json")}).out.toUtf8()).array().size(),
            before);

        const QString id = m_cli
                               .owner({s("client"), s("add"), s("--name"), s("Ilze Ozoliņa"), s("--email"),
                                       s("ilze@inbox.lv"), s("--country"), s("lv")})
                               .out.trimmed();
        QVERIFY(!id.isEmpty());
        for (const auto& c : cases) {
            const CliResult r = m_cli.owner(QStringList{s("client"), s("edit"), id} + c.options);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.trimmed(), s("coffer-cli: ") + c.message);
            QVERIFY2(!r.err.contains(c.value), qPrintable(r.err));
        }
        const QJsonObject shown =
            QJsonDocument::fromJson(m_cli.owner({s("client"), s("show"), id, s("--json")}).out.toUtf8()).object();
        QCOMPARE(shown.value(s("emails")).toArray(), QJsonArray{s("ilze@inbox.lv")});
        QCOMPARE(shown.value(s("country")).toString(), s("LV")); // "lv" is the same code, stored as LV
        QVERIFY(shown.value(s("phones")).toArray().isEmpty());
    }

    // consent set --date: the day the client gave, refused or withdrew it; never a day to come.
    void consentDateIsTheDayGivenAndNeverInTheFuture()
    {
        const QString id = m_cli.owner({s("client"), s("add"), s("--name"), s("Līga Liepa")}).out.trimmed();
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        CliResult r = m_cli.owner({s("consent"), s("set"), id, s("Newsletter"), s("granted"), s("--date"), tomorrow});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(s("--date is in the future")), qPrintable(r.err));
        QVERIFY(!r.err.contains(tomorrow));
        for (const char* wrong : {"2024-02-30", "14.03.2024", "2024-3-14", "yesterday"}) {
            r = m_cli.owner({s("consent"), s("set"), id, s("Newsletter"), s("granted"), s("--date"), s(wrong)});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(s("YYYY-MM-DD")), qPrintable(r.err));
        }
        r = m_cli.owner({s("consent"), s("set"), id, s("Newsletter"), s("granted"), s("--date"), s("1899-12-31")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(s("before 1900")), qPrintable(r.err));

        QCOMPARE(
            m_cli.owner({s("consent"), s("set"), id, s("Newsletter"), s("granted"), s("--date"), s("2024-03-14")}).code,
            0);
        QCOMPARE(m_cli.owner({s("consent"), s("set"), id, s("Photos"), s("refused")}).code, 0); // today
        const QJsonArray consents =
            QJsonDocument::fromJson(m_cli.owner({s("client"), s("show"), id, s("--json")}).out.toUtf8())
                .object()
                .value(s("consents"))
                .toArray();
        QCOMPARE(consents.size(), 2);
        const auto dayOf = [](const QJsonValue& v) {
            return QDateTime::fromString(v.toObject().value(s("time")).toString(), Qt::ISODateWithMs)
                .toLocalTime()
                .date();
        };
        QCOMPARE(dayOf(consents[0]), QDate(2024, 3, 14));
        QCOMPARE(dayOf(consents[1]), QDate::currentDate());
        // The text shows the day alone: 23:59, the time kept for a day given by hand, is no one's.
        const QString shown = m_cli.owner({s("client"), s("show"), id}).out;
        QVERIFY2(shown.contains(s("  2024-03-14  Newsletter: granted\n")), qPrintable(shown));
    }

    // Every record command, for every role: viewers read, editors and above change, audit is for admins.
    void rolesMatrix()
    {
        const QString editorPw = m_cli.addUser(s("eddie"), s("editor"));
        const QString viewerPw = m_cli.addUser(s("vera"), s("viewer"));
        const QString adminPw = m_cli.addUser(s("adam"), s("admin"));
        QVERIFY(!editorPw.isEmpty() && !viewerPw.isEmpty() && !adminPw.isEmpty());
        const QString id = m_cli.owner({s("client"), s("add"), s("--name"), s("Role Target")}).out.trimmed();
        const QString file = m_cli.dir.filePath(s("matrix.txt"));
        writeAll(file, "matrix");
        const QString fileId = m_cli.owner({s("file"), s("add"), id, file}).out.trimmed();
        struct Row
        {
            QStringList args;
            bool viewerMay, editorMay;
        };
        const QString out = m_cli.dir.filePath(s("out.txt"));
        const std::vector<Row> rows{
            {{s("client"), s("add"), s("--name"), s("New")}, false, true},
            {{s("client"), s("edit"), id, s("--tag"), s("x")}, false, true},
            {{s("client"), s("list")}, true, true},
            {{s("client"), s("show"), id}, true, true},
            {{s("note"), s("add"), id, s("text")}, false, true},
            {{s("file"), s("add"), id, file}, false, true},
            {{s("file"), s("get"), fileId, out}, true, true},
            {{s("consent"), s("set"), id, s("calls"), s("refused")}, false, true},
            {{s("audit")}, false, false},
            {{s("audit"), s("--verify")}, false, false},
        };
        for (const Row& row : rows) {
            QFile::remove(out);
            const int viewer = m_cli.as(s("vera"), viewerPw, row.args).code;
            QFile::remove(out);
            const int editor = m_cli.as(s("eddie"), editorPw, row.args).code;
            QFile::remove(out);
            const int admin = m_cli.as(s("adam"), adminPw, row.args).code;
            const QString what = row.args.join(u' ');
            QVERIFY2(viewer == (row.viewerMay ? 0 : 5), qPrintable(what + s(" as viewer: ") + QString::number(viewer)));
            QVERIFY2(editor == (row.editorMay ? 0 : 5), qPrintable(what + s(" as editor: ") + QString::number(editor)));
            QVERIFY2(admin == 0, qPrintable(what + s(" as admin: ") + QString::number(admin)));
        }
    }

    void auditShowsWhoDidWhatWithoutClientDetails()
    {
        CliResult r = m_cli.owner({s("audit")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(s("client.create")));
        QVERIFY(r.out.contains(s("anna")));
        QVERIFY(r.out.contains(s("eddie")));
        for (const QString& p : kPrivate)
            QVERIFY2(!r.out.contains(p, Qt::CaseInsensitive), qPrintable(p));
        r = m_cli.owner({s("audit"), s("--verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(s("intact")));
        QVERIFY(!m_cli.owner({s("audit"), s("--json")}).out.contains(s("Ozoli")));
    }

    // Run last: everything every command wrote to stderr, and the vault's files, hold no client data.
    void stderrAndDiskHoldNoClientData()
    {
        QVERIFY(m_cli.stderrLines.size() > 20);
        const QString all = m_cli.stderrLines.join(u'\n');
        for (const QString& p : kPrivate) {
            QVERIFY2(!all.contains(p, Qt::CaseInsensitive), qPrintable(p));
            QVERIFY2(filesContaining(m_cli.path + s(".coffer"), p.toUtf8()).isEmpty(), qPrintable(p));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "TestCliRecords.moc"
