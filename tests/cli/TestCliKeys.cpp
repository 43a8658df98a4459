// The key lifecycle from the command line, as an owner drives it: a removal changes the data key and
// says which older backups still open with the old one; `backup prune --old-keys` destroys them and names
// what it cannot reach; `rekey` and `recovery-key rotate` are for the roles that may.
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

QJsonObject jsonOf(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestCliKeys : public QObject
{
    Q_OBJECT
    CliVault m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_cli.dir.filePath(s("settings")));
        QCOMPARE(m_cli.create(s("shop.coffer")), 0);
        QCOMPARE(m_cli.owner({s("client"), s("add"), s("--name"), s("Ilze Ozola")}).code, 0);
    }

    void removalRekeysAndPruneDestroysTheOldBackups()
    {
        const QString bob = m_cli.addUser(s("bob"), s("viewer"));
        QVERIFY(!bob.isEmpty());
        const QString byHand = m_cli.dir.filePath(s("friday.bak"));
        QCOMPARE(m_cli.owner({s("backup"), s("--out"), byHand}).code, 0);
        const QString zip = m_cli.dir.filePath(s("all.zip"));
        QCOMPARE(m_cli.owner({s("export"), s("--out"), zip}).code, 0);
        // A viewer may neither change the key nor destroy backups.
        QCOMPARE(m_cli.as(s("bob"), bob, {s("rekey")}).code, 5);
        QCOMPARE(m_cli.as(s("bob"), bob, {s("backup"), s("prune"), s("--old-keys")}).code, 5);
        QCOMPARE(m_cli.as(s("bob"), bob, {s("backup"), s("verify"), byHand}).code, 5); // it opened for him

        CliResult r = m_cli.owner({s("user"), s("remove"), s("bob")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(s("The data key was changed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(s("backup prune --old-keys")), qPrintable(r.err));

        // Which to prune is said, once.
        QCOMPARE(m_cli.owner({s("backup"), s("prune")}).code, 2);
        QCOMPARE(m_cli.owner({s("backup"), s("prune"), s("--old-keys"), s("--before-erasures")}).code, 2);
        r = m_cli.owner({s("backup"), s("prune"), s("--old-keys"), s("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = jsonOf(r);
        // The backup made after the rekey is the verified one: no new one was needed.
        QVERIFY(!o[s("madeNewBackup")].toBool());
        QVERIFY(QFileInfo::exists(o[s("verifiedBackup")].toString()));
        const QJsonArray destroyed = o[s("destroyed")].toArray();
        QVERIFY(destroyed.contains(byHand));
        for (const QJsonValue& d : destroyed)
            QVERIFY2(!QFileInfo::exists(d.toString()), qPrintable(d.toString()));
        QCOMPARE(o[s("failed")].toArray().size(), 0);
        const QJsonArray outOfReach = o[s("outOfReach")].toArray();
        QCOMPARE(outOfReach.size(), 1);
        QCOMPARE(outOfReach[0].toObject()[s("kind")].toString(), s("export"));
        QCOMPARE(outOfReach[0].toObject()[s("path")].toString(), zip);

        // Again: nothing opens with the old key; the export is still named, in words.
        r = m_cli.owner({s("backup"), s("prune"), s("--old-keys")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(s("No managed backup opens with an older data key.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(zip) && r.out.contains(s("outside Coffer")), qPrintable(r.out));
        QVERIFY(m_cli.owner({s("audit")}).out.contains(s("backup.prune")));
        QCOMPARE(m_cli.owner({s("backup"), s("verify"), o[s("verifiedBackup")].toString()}).code, 0);
    }

    // --no-rekey leaves the key for one `rekey` after a batch; the warning comes with the rekey then.
    void aBatchThenOneRekey()
    {
        QVERIFY(!m_cli.addUser(s("carla"), s("editor")).isEmpty());
        QVERIFY(!m_cli.addUser(s("dan"), s("editor")).isEmpty());
        CliResult r = m_cli.owner({s("user"), s("remove"), s("carla"), s("--no-rekey")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(s("--no-rekey")), qPrintable(r.err));
        QCOMPARE(m_cli.owner({s("user"), s("remove"), s("dan"), s("--no-rekey")}).code, 0);
        r = m_cli.owner({s("rekey"), s("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(jsonOf(r)[s("rekeyed")].toBool());
        QVERIFY2(r.err.contains(s("backup prune --old-keys")), qPrintable(r.err));
        QCOMPARE(
            jsonOf(m_cli.owner({s("backup"), s("prune"), s("--old-keys"), s("--json")}))[s("failed")].toArray().size(),
            0);
    }

    // The recovery key is replaced by the owner alone; the old one then opens nothing.
    void theRecoveryKeyIsReplaced()
    {
        const QString admin = m_cli.addUser(s("erik"), s("admin"));
        QCOMPARE(m_cli.as(s("erik"), admin, {s("recovery-key"), s("rotate")}).code, 5);
        CliResult r = m_cli.owner({s("recovery-key"), s("rotate"), s("--json")});
        QCOMPARE(r.code, 0);
        const QString first = jsonOf(r)[s("recoveryKey")].toString();
        r = m_cli.owner({s("recovery-key"), s("rotate")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(s("Recovery key: ")));
        QVERIFY2(r.err.contains(s("old recovery key no longer works")), qPrintable(r.err));
        const QString second = r.out.trimmed().section(u' ', -1);
        QCOMPARE(second.size(), first.size());

        CliRunner recover;
        recover.env.insert(s("COFFER_VAULT"), m_cli.path);
        recover.env.insert(s("COFFER_NEW_PASSWORD"), s("anna found a new password"));
        recover.env.insert(s("COFFER_RECOVERY_KEY"), first);
        QCOMPARE(recover.run({s("recover")}).code, 3);
        recover.env.insert(s("COFFER_RECOVERY_KEY"), second);
        QCOMPARE(recover.run({s("recover")}).code, 0);
        // The failed try is in the log.
        CliRunner anna;
        anna.env.insert(s("COFFER_VAULT"), m_cli.path);
        anna.env.insert(s("COFFER_PASSWORD"), s("anna found a new password"));
        QVERIFY(anna.run({s("audit")}).out.contains(s("recover.failed")));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "TestCliKeys.moc"
