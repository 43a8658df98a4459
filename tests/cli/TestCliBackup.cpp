#include "CliRunner.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QJsonObject objectOf(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_vault;

    CliResult as(const QString& vault, const QString& user, const QString& password, const QStringList& args)
    {
        CliRunner r;
        if (!vault.isEmpty())
            r.env.insert(s("COFFER_VAULT"), vault);
        r.env.insert(s("COFFER_USER"), user);
        r.env.insert(s("COFFER_PASSWORD"), password);
        const CliResult res = r.run(args);
        // Nothing of a client ever reaches stderr.
        if (res.err.contains(s("Ozoliņš")) || res.err.contains(s("example.lv")))
            qWarning("client data on stderr");
        return res;
    }
    CliResult owner(const QStringList& args) { return as(m_vault, s("anna"), s(kOwnerPassword), args); }
    // Commands on a backup alone, with no vault named.
    CliResult ownerWithoutVault(const QStringList& args) { return as({}, s("anna"), s(kOwnerPassword), args); }
    QString path(const char* name) const { return m_dir.filePath(s(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QSettings::IniFormat, QSettings::UserScope, s("Coffer"), s("coffer")).clear();
        m_vault = path("shop");
        CliRunner r;
        r.env.insert(s("COFFER_PASSWORD"), s(kOwnerPassword));
        QCOMPARE(r.run({s("init"), s("--vault"), m_vault, s("--user"), s("anna"), s("--kdf-memory"), s("1"),
                        s("--kdf-ops"), s("1")})
                     .code,
                 0);
        QCOMPARE(owner({s("client"), s("add"), s("--name"), s("Ēriks Ozoliņš"), s("--email"), s("e@example.lv")}).code,
                 0);
        QCOMPARE(owner({s("client"), s("add"), s("--name"), s("Jūratė Žemaitytė"), s("--country"), s("LT")}).code, 0);
        writeAll(path("note.txt"), "attachment bytes");
        const QString id =
            owner({s("client"), s("list"), s("--json")}).out.section(s("\"id\": \""), 1).section(u'"', 0, 0);
        QCOMPARE(owner({s("file"), s("add"), id, path("note.txt")}).code, 0);
    }

    void backupVerifyRestoreCompare()
    {
        CliResult r = owner({s("backup"), s("--out"), path("b1.coffer-backup"), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(objectOf(r).value(s("file")).toString(), path("b1.coffer-backup"));

        r = ownerWithoutVault({s("backup"), s("verify"), path("b1.coffer-backup")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(s("integrity check")));
        r = owner({s("backup"), s("verify"), path("b1.coffer-backup"), s("--json")}); // audited in the vault
        QCOMPARE(r.code, 0);
        QCOMPARE(objectOf(r).value(s("ok")).toBool(), true);
        QCOMPARE(objectOf(r).value(s("clients")).toInt(), 2);
        QVERIFY(owner({s("audit")}).out.contains(s("backup.verify")));

        r = ownerWithoutVault({s("restore"), path("b1.coffer-backup"), s("--to"), path("restored"), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(objectOf(r).value(s("folder")).toString(), path("restored.coffer"));
        // The vault's own tombstone files were read: in its backup folder, and beside the backup (whose
        // folder the backup recorded).
        QCOMPARE(objectOf(r).value(s("tombstoneFiles")).toArray().size(), 2);
        const QString original = owner({s("client"), s("list"), s("--json")}).out;
        const QString restored =
            as(path("restored.coffer"), s("anna"), s(kOwnerPassword), {s("client"), s("list"), s("--json")}).out;
        QCOMPARE(QJsonDocument::fromJson(restored.toUtf8()).array().size(), 2);
        QCOMPARE(restored, original);

        QCOMPARE(ownerWithoutVault({s("restore"), path("b1.coffer-backup"), s("--to"), path("restored")}).code, 1);
        QCOMPARE(ownerWithoutVault({s("restore"), path("b1.coffer-backup")}).code, 2);
    }

    // With every tombstone file out of reach (the backup folder's drive unplugged), a restore refuses and
    // says where it looked; --no-tombstones goes ahead, and says what that means.
    void restoreWithoutTombstonesAsks()
    {
        QVERIFY(QDir().mkdir(path("stick")));
        QCOMPARE(owner({s("backup"), s("--out"), path("stick/b3.coffer-backup")}).code, 0);
        const QString backups = m_vault + s(".coffer-backups");
        QVERIFY(QDir().rename(backups, path("unplugged")));
        QVERIFY(QDir().mkdir(path("usb")));
        QVERIFY(QFile::copy(path("stick/b3.coffer-backup"), path("usb/b3.coffer-backup")));
        // Only the backup file travelled: every folder that holds the tombstones is out of reach.
        QVERIFY(QDir().rename(path("stick"), path("stick-away")));
        const QStringList beside = QDir(m_dir.path()).entryList({s("*.tombstones")}, QDir::Files);
        for (const QString& f : beside)
            QVERIFY(QFile::rename(m_dir.filePath(f), path("unplugged/") + f + s(".beside")));
        // The settings of this machine would find it: as on a machine that has never seen the vault.
        QSettings(QSettings::IniFormat, QSettings::UserScope, s("Coffer"), s("coffer")).clear();
        CliResult r = ownerWithoutVault({s("restore"), path("usb/b3.coffer-backup"), s("--to"), path("r4")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("No erasure tombstone file")) && r.err.contains(backups), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path("r4.coffer")));
        r = ownerWithoutVault(
            {s("restore"), path("usb/b3.coffer-backup"), s("--to"), path("r4"), s("--no-tombstones")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(s("could not be re-applied")));
        r = ownerWithoutVault({s("restore"), path("usb/b3.coffer-backup"), s("--to"), path("r5"), s("--tombstones"),
                               path("unplugged/") + QDir(path("unplugged")).entryList({s("*.tombstones")}).value(0)});
        QCOMPARE(r.code, 0);
        for (const QString& f : beside)
            QVERIFY(QFile::rename(path("unplugged/") + f + s(".beside"), m_dir.filePath(f)));
        QVERIFY(QDir().rename(path("unplugged"), backups));
        QVERIFY(QDir().rename(path("stick-away"), path("stick")));
    }

    void damagedBackupsAndWrongPasswords()
    {
        QCOMPARE(owner({s("backup"), s("--out"), path("b2.coffer-backup")}).code, 0);
        QByteArray bytes = readAll(path("b2.coffer-backup"));
        QByteArray flipped = bytes;
        flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x10);
        writeAll(path("flipped.coffer-backup"), flipped);
        CliResult r = ownerWithoutVault({s("backup"), s("verify"), path("flipped.coffer-backup")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(s("damaged")));
        writeAll(path("short.coffer-backup"), bytes.left(bytes.size() - 1000));
        r = ownerWithoutVault({s("backup"), s("verify"), path("short.coffer-backup")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(s("truncated")));
        QCOMPARE(ownerWithoutVault({s("restore"), path("short.coffer-backup"), s("--to"), path("r2")}).code, 4);
        QVERIFY(!QFileInfo::exists(path("r2.coffer")));
        r = as({}, s("anna"), s("wrong password"), {s("backup"), s("verify"), path("b2.coffer-backup")});
        QCOMPARE(r.code, 3);
        QCOMPARE(as({}, s("anna"), s("wrong password"), {s("restore"), path("b2.coffer-backup"), s("--to"), path("r3")})
                     .code,
                 3);
        QCOMPARE(ownerWithoutVault({s("backup"), s("verify"), path("missing")}).code, 1);
        QCOMPARE(owner({s("backup")}).code, 2);
    }

    void editorsAndViewersMayNotBackUp()
    {
        for (const char* role : {"editor", "viewer"}) {
            const CliResult added = owner({s("user"), s("add"), s(role), s("--role"), s(role), s("--json")});
            const QString otp = objectOf(added).value(s("oneTimePassword")).toString();
            CliRunner p;
            p.env.insert(s("COFFER_VAULT"), m_vault);
            p.env.insert(s("COFFER_PASSWORD"), otp);
            p.env.insert(s("COFFER_NEW_PASSWORD"), s("their own password"));
            QCOMPARE(p.run({s("passwd"), s("--user"), s(role)}).code, 0);
            QCOMPARE(as(m_vault, s(role), s("their own password"), {s("backup"), s("--out"), path("no")}).code, 5);
            QVERIFY(!QFileInfo::exists(path("no")));
            QCOMPARE(
                as(m_vault, s(role), s("their own password"), {s("backup"), s("settings"), s("--keep"), s("2")}).code,
                5);
        }
        QCOMPARE(owner({s("backup"), s("--out"), path("with-users.coffer-backup")}).code, 0);
        QCOMPARE(as({}, s("editor"), s("their own password"),
                    {s("restore"), path("with-users.coffer-backup"), s("--to"), path("by-editor")})
                     .code,
                 5);
        QVERIFY(!QFileInfo::exists(path("by-editor.coffer")));
    }

    void automaticBackupsAndErasureTombstones()
    {
        CliResult r = owner({s("backup"), s("settings"), s("--keep"), s("2"), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(objectOf(r).value(s("folder")).toString(), m_vault + s(".coffer-backups"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(owner({s("client"), s("add"), s("--name"), QStringLiteral("Filler %1").arg(i)}).code, 0);
        r = owner({s("backup"), s("settings"), s("--json")});
        const QJsonArray kept = objectOf(r).value(s("backups")).toArray();
        QCOMPARE(kept.size(), 2);

        // An erasure after a backup: restoring that backup erases the client again.
        QCOMPARE(owner({s("backup"), s("--out"), path("before-erasure.coffer-backup")}).code, 0);
        const QJsonArray clients =
            QJsonDocument::fromJson(owner({s("client"), s("list"), s("--json")}).out.toUtf8()).array();
        QString eriks;
        for (const QJsonValue& c : clients)
            if (c.toObject().value(s("displayName")).toString().contains(s("Ozoliņš")))
                eriks = c.toObject().value(s("id")).toString();
        QVERIFY(!eriks.isEmpty());
        r = owner({s("client"), s("erase"), eriks});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ownerWithoutVault(
            {s("restore"), path("before-erasure.coffer-backup"), s("--to"), path("after"), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(objectOf(r).value(s("tombstonesApplied")).toInt(), 1);
        const QString list =
            as(path("after.coffer"), s("anna"), s(kOwnerPassword), {s("client"), s("list"), s("--json")}).out;
        QVERIFY(!list.contains(eriks));
        QVERIFY(!list.contains(s("Ozoliņš")));
        QVERIFY(list.contains(s("Žemaitytė")));
    }

    void backupOutKeepsTheOutputRules()
    {
        const QString inside = QDir(m_vault + s(".coffer")).filePath(s("inside.coffer-backup"));
        CliResult r = owner({s("backup"), s("--out"), inside});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("vault folder")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(inside));

        writeAll(path("taken.coffer-backup"), "keep me");
        r = owner({s("backup"), s("--out"), path("taken.coffer-backup")});
        QCOMPARE(r.code, 1);
        QCOMPARE(readAll(path("taken.coffer-backup")), QByteArray("keep me"));
        r = owner({s("backup"), s("--out"), path("taken.coffer-backup"), s("--force")});
        QCOMPARE(r.code, 0);
        QCOMPARE(ownerWithoutVault({s("backup"), s("verify"), path("taken.coffer-backup")}).code, 0);
    }

    // A synced backup folder (Syncthing's marker, made by hand) is refused; the owner can accept the risk,
    // and backup settings says which risk was accepted.
    void syncedBackupFolderNeedsAcceptRisk()
    {
        QVERIFY(QDir().mkpath(path("Sync/.stfolder")));
        QVERIFY(QDir().mkpath(path("Sync/backups")));
        CliResult r = owner({s("backup"), s("settings"), s("--folder"), path("Sync/backups")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("Syncthing")) && r.err.contains(s("accept the risk")), qPrintable(r.err));
        QCOMPARE(owner({s("backup"), s("settings"), s("--accept-risk")}).code, 2);

        r = owner({s("backup"), s("settings"), s("--folder"), path("Sync/backups"), s("--accept-risk")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(s("Risk accepted by the owner")) && r.out.contains(s("Syncthing")), qPrintable(r.out));
        r = owner({s("backup"), s("settings"), s("--json")});
        QVERIFY(objectOf(r).value(s("acceptedRisk")).toString().contains(s("Syncthing")));

        r = owner({s("backup"), s("settings"), s("--folder"), s("")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(s("Risk accepted")));
        QVERIFY(!objectOf(owner({s("backup"), s("settings"), s("--json")})).contains(s("acceptedRisk")));
    }

    // restore --replace: the vault named by --vault becomes the backup, once the restore is verified.
    void restoreReplacesTheVault()
    {
        QCOMPARE(owner({s("backup"), s("--out"), path("before-replace.coffer-backup")}).code, 0);
        QCOMPARE(owner({s("client"), s("add"), s("--name"), s("After Backup")}).code, 0);
        QCOMPARE(ownerWithoutVault({s("restore"), path("before-replace.coffer-backup")}).code, 2);
        QCOMPARE(owner({s("restore"), path("before-replace.coffer-backup"), s("--replace"), s("--to"), path("x")}).code,
                 2);
        const CliResult r = owner({s("restore"), path("before-replace.coffer-backup"), s("--replace")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(s("replaced by the backup")));
        QVERIFY(!owner({s("client"), s("list")}).out.contains(s("After Backup")));
        QCOMPARE(QDir(m_dir.path()).entryList({s("*.restoring-*")}, QDir::AllEntries), QStringList());
    }

    // What an interrupted --replace leaves: an undecided restore beside the vault is named at every unlock
    // and only discarded; a decided one (marked) stops every command until --finish-replace.
    void interruptedReplaceIsFinishedOrDiscarded()
    {
        QCOMPARE(owner({s("restore"), s("--finish-replace")}).code, 1); // nothing to finish
        QCOMPARE(owner({s("backup"), s("--out"), path("for-interruption.coffer-backup")}).code, 0);
        const QString base = QFileInfo(m_vault).fileName().section(u'.', 0, 0);
        const QString beside = QFileInfo(m_vault).absolutePath() + u'/' + base + s(".restoring-20260101-000000");
        CliResult r = ownerWithoutVault(
            {s("restore"), path("for-interruption.coffer-backup"), s("--to"), beside, s("--no-tombstones")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString restored = beside + s(".coffer");

        r = owner({s("client"), s("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(s("--discard-replace")));
        QCOMPARE(owner({s("restore"), s("--finish-replace")}).code, 1); // undecided: the vault is as it was
        QCOMPARE(owner({s("restore"), s("--finish-replace"), s("--discard-replace")}).code, 2);
        r = owner({s("restore"), s("--discard-replace")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(restored));
        QVERIFY(!owner({s("client"), s("list")}).err.contains(s("replace")));

        // Decided: the mark is what replace writes before it touches the vault.
        QCOMPARE(ownerWithoutVault({s("restore"), path("for-interruption.coffer-backup"), s("--to"), beside}).code, 0);
        QFile mark(restored + s("/.replacing"));
        QVERIFY(mark.open(QIODevice::WriteOnly));
        mark.close();
        r = owner({s("client"), s("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(s("--finish-replace")));
        QCOMPARE(owner({s("restore"), s("--discard-replace")}).code, 1);
        r = owner({s("restore"), s("--finish-replace")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(restored));
        QCOMPARE(owner({s("client"), s("list")}).code, 0);
        QVERIFY(QFileInfo::exists(Vault::resolveFolder(m_vault) + s("/header")));
        QVERIFY(!QFileInfo::exists(Vault::resolveFolder(m_vault) + s("/.replacing")));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
