#include "CliRunner.h"
#include "TestSupport.h"

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
        QCOMPARE(r.out.count(s("✓")), 6);
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
        QCOMPARE(report[s("checks")].toArray().size(), 6);
        QCOMPARE(m_cli.owner({s("client"), s("erase"), kept}).code, 1); // no longer there
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
        const CliResult r = m_cli.owner({s("cancel-account"), s("--confirm"), s("shop"), s("--certificate"), cert});
        QVERIFY2(r.code == 0, qPrintable(r.err));
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
