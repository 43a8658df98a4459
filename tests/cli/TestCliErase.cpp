#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCliErase : public QObject
{
    Q_OBJECT
    CliVault m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_cli.dir.filePath(s("settings")));
        QCOMPARE(m_cli.create(s("shop.coffer"), s("8")), 0);
    }

    void eraseReportsEveryCheck()
    {
        const QString gone = m_cli
                                 .owner({s("client"), s("add"), s("--name"), s("Ēriks Ozoliņš"), s("--email"),
                                         s("eriks@ozolins.example"), s("--phone"), s("+371 2912 3456")})
                                 .out.trimmed();
        const QString kept = m_cli.owner({s("client"), s("add"), s("--name"), s("Jūratė Žemaitytė")}).out.trimmed();
        QCOMPARE(m_cli.owner({s("note"), s("add"), gone, s("Greenhouse-invoice-question")}).code, 0);

        const QString viewer = m_cli.addUser(s("val"), s("viewer"));
        QCOMPARE(m_cli.as(s("val"), viewer, {s("client"), s("erase"), gone}).code, 5);

        CliResult r = m_cli.owner({s("client"), s("erase"), gone});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(s("✓")), 7);
        QVERIFY(!r.out.contains(s("✗")));
        QVERIFY(!r.out.contains(s("Ozoli")) && !r.err.contains(s("Ozoli")));
        QCOMPARE(m_cli.owner({s("client"), s("show"), gone}).code, 1);
        QCOMPARE(m_cli.owner({s("client"), s("list"), s("--search"), s("ozolins")}).out.trimmed(), QString());
        QVERIFY(m_cli.owner({s("client"), s("show"), kept}).out.contains(s("Žemaitytė")));
        QVERIFY(filesContaining(m_cli.path, "Greenhouse").isEmpty());

        r = m_cli.owner({s("client"), s("erase"), kept, s("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report[s("passed")].toBool());
        QCOMPARE(report[s("checks")].toArray().size(), 7);
        QCOMPARE(m_cli.owner({s("client"), s("erase"), kept}).code, 1); // no longer there
    }

    // `settings erase-by`: anyone reads the rule, only the owner changes it, and `client erase` follows it.
    void eraseByIsTheOwnersChoice()
    {
        const QString editor = m_cli.addUser(s("eda"), s("editor"));
        const QString admin = m_cli.addUser(s("adam"), s("admin"));
        QCOMPARE(m_cli.as(s("eda"), editor, {s("settings"), s("erase-by")}).out, s("editors\n"));
        const QString first = m_cli.owner({s("client"), s("add"), s("--name"), s("Ilze Kalniņa")}).out.trimmed();
        const QString second = m_cli.owner({s("client"), s("add"), s("--name"), s("Tomas Kazlauskas")}).out.trimmed();

        CliResult r = m_cli.as(s("adam"), admin, {s("settings"), s("erase-by"), s("admins")});
        QCOMPARE(r.code, 5);
        QCOMPARE(m_cli.owner({s("settings"), s("erase-by"), s("nobody")}).code, 2);
        QCOMPARE(m_cli.owner({s("settings"), s("erase-by"), s("admins"), s("editors")}).code, 2);
        r = m_cli.owner({s("settings"), s("erase-by"), s("admins")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, s("admins\n"));
        QVERIFY(r.err.contains(s("administrators and the owner only")));
        r = m_cli.as(s("eda"), editor, {s("settings"), s("erase-by"), s("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[s("eraseBy")].toString(), s("admins"));

        r = m_cli.as(s("eda"), editor, {s("client"), s("erase"), first});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains(s("administrators and the owner")));
        QVERIFY(!r.err.contains(s("Kalni")));
        QCOMPARE(m_cli.owner({s("client"), s("show"), first}).code, 0);
        QCOMPARE(m_cli.as(s("adam"), admin, {s("client"), s("erase"), first}).code, 0);

        QCOMPARE(m_cli.owner({s("settings"), s("erase-by"), s("editors")}).code, 0);
        QCOMPARE(m_cli.as(s("eda"), editor, {s("client"), s("erase"), second}).code, 0);
        r = m_cli.owner({s("audit"), s("--json")});
        QCOMPARE(r.out.count(s("vault.erase-by")), 2);
    }

    // The erasure follows the data, as a user drives it: an export before the erasure is listed, its
    // import does not bring the person back, a backup folder changed and left behind is still covered,
    // prune destroys the backups that hold them, and a restored copy is asked about at cancellation.
    void erasureFollowsTheCopies()
    {
        const QString gone =
            m_cli.owner({s("client"), s("add"), s("--name"), s("Aina Bērziņa"), s("--email"), s("aina@b.example")})
                .out.trimmed();
        const QString zip = m_cli.dir.filePath(s("before.zip"));
        QCOMPARE(m_cli.owner({s("export"), s("--out"), zip}).code, 0);
        QCOMPARE(m_cli.owner({s("backup"), s("settings"), s("--keep"), s("3")}).code, 0);
        const QString oldBackup = m_cli.dir.filePath(s("one.coffer-backup"));
        QCOMPARE(m_cli.owner({s("backup"), s("--out"), oldBackup}).code, 0);
        QVERIFY(QDir().mkdir(m_cli.dir.filePath(s("nas"))));
        CliResult r = m_cli.owner(
            {s("backup"), s("settings"), s("--folder"), m_cli.dir.filePath(s("nas")), s("--leave"), s("--json")});
        QCOMPARE(r.code, 0);
        // The default folder, the folder of the `backup --out` above, and nas.
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[s("folders")].toArray().size(), 3);
        QCOMPARE(m_cli.owner({s("backup"), s("settings"), s("--move"), s("--leave")}).code, 2);

        r = m_cli.owner({s("export"), s("list"), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject()[s("path")].toString(), zip);

        r = m_cli.owner({s("client"), s("erase"), gone, s("--report"), m_cli.dir.filePath(s("report.txt"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(s("may be in the export")) && r.out.contains(zip), qPrintable(r.out));
        const QByteArray saved = readAll(m_cli.dir.filePath(s("report.txt")));
        QVERIFY(saved.contains("Erasure report") && !saved.contains("Bērziņa") && !saved.contains("aina@"));

        r = m_cli.owner({s("import"), zip});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(s("1 erased client(s) not re-imported")) || r.out.contains(s("erased client")),
                 qPrintable(r.out));
        QCOMPARE(m_cli.owner({s("client"), s("show"), gone}).code, 1);

        // The backup from before the erasure restores without them, as a separate copy.
        r = m_cli.owner({s("restore"), oldBackup, s("--to"), m_cli.dir.filePath(s("copy")), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[s("tombstonesApplied")].toInt(), 1);

        // Prune: a newer verified backup is made in the current folder, then the old managed ones go.
        QCOMPARE(m_cli.owner({s("backup"), s("prune")}).code, 2);
        r = m_cli.owner({s("backup"), s("prune"), s("--before-erasures"), s("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Deliberately: back, and audited.
        r = m_cli.owner({s("import"), zip, s("--allow-erased")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_cli.owner({s("client"), s("show"), gone}).code, 0);
        QVERIFY(m_cli.owner({s("audit")}).out.contains(s("import.erased")));
        QCOMPARE(m_cli.owner({s("client"), s("erase"), gone}).code, 0);
    }

    void cancelAccount()
    {
        QCOMPARE(m_cli.owner({s("client"), s("add"), s("--name"), s("Someone Else")}).code, 0);
        const QString editor = m_cli.addUser(s("ed"), s("editor"));
        QCOMPARE(m_cli.as(s("ed"), editor, {s("cancel-account"), s("--confirm"), s("shop")}).code, 5);
        QCOMPARE(m_cli.owner({s("cancel-account")}).code, 2);
        QCOMPARE(m_cli.owner({s("cancel-account"), s("--confirm"), s("shops")}).code, 2);
        QVERIFY(QFileInfo::exists(m_cli.path + s("/header")));

        const QString cert = m_cli.dir.filePath(s("certificate.json"));
        // The restored copy made above is kept as a separate vault: the owner is asked once more.
        CliResult r = m_cli.owner({s("cancel-account"), s("--confirm"), s("shop"), s("--certificate"), cert});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(m_cli.dir.filePath(s("copy.coffer"))), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(m_cli.path + s("/header")));
        r = m_cli.owner(
            {s("cancel-account"), s("--confirm"), s("shop"), s("--certificate"), cert, s("--include-copies")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(s("restored copy destroyed")));
        QVERIFY(!QFileInfo::exists(m_cli.dir.filePath(s("copy.coffer"))));
        QVERIFY(!QFileInfo::exists(m_cli.dir.filePath(s("nas"))) ||
                QDir(m_cli.dir.filePath(s("nas"))).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QCOMPARE(m_cli.owner({s("cancel-account"), s("--resume")}).code, 1); // nothing left to resume
        QVERIFY(r.out.contains(s("Key slots destroyed (cryptographic erase): yes")));
        QVERIFY(r.out.contains(cert));
        QVERIFY(!QFileInfo::exists(m_cli.path));
        QVERIFY(!QFileInfo::exists(m_cli.path + s("-backups")));
        QVERIFY(QFileInfo::exists(cert) && QFileInfo::exists(m_cli.dir.filePath(s("certificate.txt"))));
        QCOMPARE(m_cli.owner({s("client"), s("list")}).code, 4); // not a vault
    }
};

QTEST_GUILESS_MAIN(TestCliErase)
#include "TestCliErase.moc"
