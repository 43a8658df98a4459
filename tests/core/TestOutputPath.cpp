// core/store/OutputPath: the rules every writer of a user's output follows (no overwrite unless allowed,
// never through a link, never inside a vault's folders) and OutputFile's temporary-and-rename.
#include "TestSupport.h"
#include "store/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace coffer;
using namespace coffer::test;

namespace {

QString refusal(const QString& target, const OutputRules& rules, OutputKind kind = OutputKind::File)
{
    QString message;
    const auto code = thrownCode([&] { (void)checkOutputPath(target, rules, kind); }, &message);
    return code ? message : QString();
}

// A folder that looks like a vault to the rules: its header and vault.db side by side.
QString makeVaultFolder(const QString& path)
{
    QDir().mkpath(path);
    writeAll(QDir(path).filePath(QStringLiteral("header")), "COFFER");
    writeAll(QDir(path).filePath(QStringLiteral("vault.db")), "db");
    return path;
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    ::lstat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

} // namespace

class TestOutputPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewFileIsAccepted()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("export.zip"));
        QCOMPARE(checkOutputPath(target, {}), QFileInfo(target).absoluteFilePath());
        QCOMPARE(checkOutputPath(dir.filePath(QStringLiteral("new folder")), {}, OutputKind::Folder),
                 dir.filePath(QStringLiteral("new folder")));
    }

    void anExistingFileOnlyWhenAllowed()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("export.zip"));
        writeAll(target, "old");
        QVERIFY(refusal(target, {}).contains(QStringLiteral("already exists")));
        QVERIFY(refusal(target, {Overwrite::Replace, {}, {}}).isEmpty());
    }

    void aLinkIsRefusedEvenWhenReplacing_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("to a file") << false;
        QTest::newRow("dangling") << true;
    }
    void aLinkIsRefusedEvenWhenReplacing()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        if (!dangling)
            writeAll(victim, "keep me");
        const QString link = dir.filePath(QStringLiteral("export.zip"));
        QVERIFY(QFile::link(victim, link));
        for (Overwrite o : {Overwrite::Refuse, Overwrite::Replace})
            QVERIFY(refusal(link, {o, {}, {}}).contains(QStringLiteral("symbolic link")));
        QCOMPARE(QFileInfo::exists(victim), !dangling);
    }

    void aFolderIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkdir(folder));
        for (Overwrite o : {Overwrite::Refuse, Overwrite::Replace}) {
            QVERIFY(refusal(folder, {o, {}, {}}).contains(QStringLiteral("folder")));
            QVERIFY(!refusal(folder, {o, {}, {}}, OutputKind::Folder).isEmpty());
        }
        // A file where a folder output should go is refused too, whatever it may replace.
        writeAll(dir.filePath(QStringLiteral("file")), "x");
        QVERIFY(
            !refusal(dir.filePath(QStringLiteral("file")), {Overwrite::Replace, {}, {}}, OutputKind::Folder).isEmpty());
    }

    void theFolderMustExist()
    {
        QTemporaryDir dir;
        QVERIFY(
            refusal(dir.filePath(QStringLiteral("no/such/export.zip")), {}).contains(QStringLiteral("does not exist")));
    }

    void neverInsideAVaultFolder()
    {
        QTemporaryDir dir;
        const QString vault = makeVaultFolder(dir.filePath(QStringLiteral("Shop.coffer")));
        // Inside a vault folder whichever vault it is, deeper down, and through a link to it.
        QVERIFY(refusal(QDir(vault).filePath(QStringLiteral("export.zip")), {}).contains(QStringLiteral("vault")));
        QVERIFY(QDir(vault).mkdir(QStringLiteral("sub")));
        QVERIFY(!refusal(QDir(vault).filePath(QStringLiteral("sub/export.zip")), {}).isEmpty());
        QVERIFY(QFile::link(vault, dir.filePath(QStringLiteral("shortcut"))));
        QVERIFY(!refusal(dir.filePath(QStringLiteral("shortcut/export.zip")), {}).isEmpty());
        // The vault folder the caller names, even before its files are there.
        const QString empty = dir.filePath(QStringLiteral("New.coffer"));
        QVERIFY(QDir().mkdir(empty));
        QVERIFY(!refusal(QDir(empty).filePath(QStringLiteral("x.zip")), {Overwrite::Refuse, empty, {}}).isEmpty());
        // Beside the vault is fine, and so is a folder whose name only begins like it.
        QVERIFY(refusal(dir.filePath(QStringLiteral("export.zip")), {Overwrite::Refuse, vault, {}}).isEmpty());
        QVERIFY(QDir().mkdir(vault + QStringLiteral("-exports")));
        QVERIFY(refusal(vault + QStringLiteral("-exports/x.zip"), {Overwrite::Refuse, vault, {}}).isEmpty());
    }

    void neverInsideTheProtectedBackupFolder()
    {
        QTemporaryDir dir;
        const QString backups = dir.filePath(QStringLiteral("Shop.coffer-backups"));
        QVERIFY(QDir().mkdir(backups));
        const QString message = refusal(QDir(backups).filePath(QStringLiteral("export.zip")), {{}, {}, backups});
        QVERIFY(message.contains(QStringLiteral("backup folder")));
        QVERIFY(message.contains(QDir::toNativeSeparators(backups)));
        // Without the rule (a backup file of the vault's own), the folder is fine.
        QVERIFY(refusal(QDir(backups).filePath(QStringLiteral("copy.coffer-backup")), {}).isEmpty());
    }

    // The messages never name the target, which may name a client.
    void messagesDoNotNameTheTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("Jana Ozoliņa.zip"));
        writeAll(target, "x");
        QVERIFY(!refusal(target, {}).contains(QStringLiteral("Ozoliņa")));
    }

    void outputFileAppearsOnlyOnCommit()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.bin"));
        {
            OutputFile out(target, Overwrite::Refuse);
            QVERIFY(out.open());
            QCOMPARE(modeOf(out.device().fileName()), 0600);
            QCOMPARE(out.device().write("abc"), qint64(3));
            QVERIFY(!QFileInfo::exists(target));
            QVERIFY(out.commit());
        }
        QCOMPARE(readAll(target), QByteArray("abc"));
        QCOMPARE(modeOf(target), 0600);
        {
            OutputFile out(dir.filePath(QStringLiteral("dropped.bin")), Overwrite::Refuse);
            QVERIFY(out.open());
            out.device().write("x");
        } // never committed: nothing is left, not even the temporary
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.bin")});
    }

    // A file that appears while the output is written is kept unless replacing was allowed.
    void aFileThatAppearsMeanwhileIsKept()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.bin"));
        OutputFile out(target, Overwrite::Refuse);
        QVERIFY(out.open());
        out.device().write("new");
        writeAll(target, "theirs");
        QVERIFY(!out.commit());
        QVERIFY(out.errorString().contains(QStringLiteral("appeared")));
        QCOMPARE(readAll(target), QByteArray("theirs"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.bin")});
    }

    // A link put at the target while the output is written is replaced by the file, not written through.
    void aLinkThatAppearsMeanwhileIsReplacedNotFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        writeAll(victim, "keep me");
        const QString target = dir.filePath(QStringLiteral("out.bin"));
        OutputFile out(target, Overwrite::Replace);
        QVERIFY(out.open());
        out.device().write("new");
        QVERIFY(QFile::link(victim, target));
        QVERIFY(out.commit());
        QVERIFY(!QFileInfo(target).isSymLink());
        QCOMPARE(readAll(target), QByteArray("new"));
        QCOMPARE(readAll(victim), QByteArray("keep me"));
    }

    void renameIntoPlaceNeverReplacesUnlessAllowed()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("from")), to = dir.filePath(QStringLiteral("to"));
        writeAll(from, "a");
        writeAll(to, "b");
        QVERIFY(!renameIntoPlace(from, to, Overwrite::Refuse));
        QCOMPARE(errno, EEXIST);
        QCOMPARE(readAll(to), QByteArray("b"));
        QVERIFY(renameIntoPlace(from, to, Overwrite::Replace));
        QCOMPARE(readAll(to), QByteArray("a"));
        QVERIFY(!QFileInfo::exists(from));
    }

    void insideFolderGoesThroughLinks()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("real/inner")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("link"))));
        QVERIFY(isInsideFolder(dir.filePath(QStringLiteral("link/inner")), dir.filePath(QStringLiteral("real"))));
        QVERIFY(isInsideFolder(dir.filePath(QStringLiteral("link/not-yet")), dir.filePath(QStringLiteral("real"))));
        QVERIFY(isInsideFolder(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("link"))));
        QVERIFY(!isInsideFolder(dir.filePath(QStringLiteral("realm")), dir.filePath(QStringLiteral("real"))));
    }
};

QTEST_GUILESS_MAIN(TestOutputPath)
#include "TestOutputPath.moc"
