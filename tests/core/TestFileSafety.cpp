// core/store/FileSafety: folders Coffer makes are 0700, a folder that is someone else's keeps its mode,
// and no mode is ever set through a link.
#include "TestSupport.h"
#include "store/FileSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace coffer;
using namespace coffer::test;

namespace {

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 07777);
}

void setMode(const QString& path, int mode)
{
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewFolderIsPrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("made"));
        const mode_t old = ::umask(0); // even when the process would let others in
        makePrivateFolder(folder);
        ::umask(old);
        QCOMPARE(modeOf(folder), 0700);
    }

    void anOwnExistingFolderIsMadePrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("mine"));
        QVERIFY(QDir().mkdir(folder));
        setMode(folder, 0755);
        makePrivateFolder(folder);
        QCOMPARE(modeOf(folder), 0700);
    }

    // A folder the user chose on a shared disk belongs to someone else: Coffer uses it as it is.
    void someoneElsesFolderKeepsItsMode()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a folder to another user");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(folder));
        setMode(folder, 0775);
        QVERIFY(::chown(QFile::encodeName(folder).constData(), 54321, 54321) == 0);
        makePrivateFolder(folder);
        QCOMPARE(modeOf(folder), 0775);
        const QString file = QDir(folder).filePath(QStringLiteral("theirs"));
        writeAll(file, "x");
        setMode(file, 0644);
        QVERIFY(::chown(QFile::encodeName(file).constData(), 54321, 54321) == 0);
        makePrivateFile(file);
        QCOMPARE(modeOf(file), 0644);
    }

    // A link to a folder is used as it is; the folder it points to keeps its mode.
    void aLinkIsNotFollowedToSetAMode()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real"));
        QVERIFY(QDir().mkdir(real));
        setMode(real, 0755);
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));
        makePrivateFolder(link); // accepted: it leads to a folder
        QCOMPARE(modeOf(real), 0755);

        const QString file = dir.filePath(QStringLiteral("file"));
        writeAll(file, "x");
        setMode(file, 0644);
        QVERIFY(QFile::link(file, dir.filePath(QStringLiteral("file-link"))));
        makePrivateFile(dir.filePath(QStringLiteral("file-link")));
        QCOMPARE(modeOf(file), 0644);
        makePrivateFile(file);
        QCOMPARE(modeOf(file), 0600);
    }

    void aFileIsNotAFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("file"));
        writeAll(file, "x");
        QCOMPARE(thrownCode([&] { makePrivateFolder(file); }), ErrorCode::Failed);
        QVERIFY(QFile::link(file, dir.filePath(QStringLiteral("link"))));
        QCOMPARE(thrownCode([&] { makePrivateFolder(dir.filePath(QStringLiteral("link"))); }), ErrorCode::Failed);
    }

    // The atomic write sets the mode on its temporary, never by path afterwards.
    void anAtomicWriteIsPrivate()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("header"));
        writeFileAtomically(file, "bytes");
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(readAll(file), QByteArray("bytes"));
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "TestFileSafety.moc"
