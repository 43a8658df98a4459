// core/store/FolderSafety: network file systems told from statfs types and mountinfo, sync clients from
// the markers they leave, in real temporary folders.
#include "TestSupport.h"
#include "store/FolderSafety.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestFolderSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void networkFileSystemsAreNamed_data()
    {
        QTest::addColumn<quint64>("type");
        QTest::addColumn<QString>("mountType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nfs by magic") << quint64(0x6969) << QString() << "nfs";
        QTest::newRow("nfs4 by mountinfo") << quint64(0x6969) << "nfs4"
                                           << "nfs4";
        QTest::newRow("smb") << quint64(0x517B) << QString() << "smb";
        QTest::newRow("smb2") << quint64(0xFE534D42) << QString() << "smb2";
        QTest::newRow("cifs") << quint64(0xFF534D42) << "cifs"
                              << "cifs";
        QTest::newRow("smb3 name, unknown magic") << quint64(0) << "smb3"
                                                  << "smb3";
        QTest::newRow("9p") << quint64(0x01021997) << "9p"
                            << "9p";
        QTest::newRow("ceph") << quint64(0x00C36400) << QString() << "ceph";
        QTest::newRow("sshfs") << quint64(0x65735546) << "fuse.sshfs"
                               << "fuse.sshfs";
        QTest::newRow("rclone") << quint64(0x65735546) << "fuse.rclone"
                                << "fuse.rclone";
        QTest::newRow("gocryptfs is local") << quint64(0x65735546) << "fuse.gocryptfs" << QString();
        QTest::newRow("fuseblk is local") << quint64(0x65735546) << "fuseblk" << QString();
        QTest::newRow("fuse, type unknown") << quint64(0x65735546) << QString() << QString();
        QTest::newRow("ext4") << quint64(0xEF53) << "ext4" << QString();
        QTest::newRow("btrfs") << quint64(0x9123683E) << "btrfs" << QString();
        QTest::newRow("tmpfs") << quint64(0x01021994) << "tmpfs" << QString();
        QTest::newRow("overlay") << quint64(0x794C7630) << "overlay" << QString();
    }
    void networkFileSystemsAreNamed()
    {
        QFETCH(quint64, type);
        QFETCH(QString, mountType);
        QFETCH(QString, expected);
        QCOMPARE(networkFileSystemName(type, mountType), expected);
    }

    void mountTypeComesFromTheLongestMountPoint()
    {
        const QByteArray table = "26 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
                                 "40 26 0:50 / /mnt/nas rw,relatime shared:1 - nfs4 nas:/export rw,vers=4.2\n"
                                 "41 40 0:51 / /mnt/nas/cache rw - tmpfs tmpfs rw\n"
                                 "42 26 0:52 / /mnt/office\\040share rw - cifs //srv/share rw\n"
                                 "43 26 0:53 / /mnt/nas rw - cifs //other/share rw\n"
                                 "garbage line\n";
        QCOMPARE(mountTypeIn(table, QStringLiteral("/home/anna")), QStringLiteral("ext4"));
        // The later mount on the same point hides the earlier one.
        QCOMPARE(mountTypeIn(table, QStringLiteral("/mnt/nas/vaults")), QStringLiteral("cifs"));
        QCOMPARE(mountTypeIn(table, QStringLiteral("/mnt/nas/cache/x")), QStringLiteral("tmpfs"));
        QCOMPARE(mountTypeIn(table, QStringLiteral("/mnt/nasty")), QStringLiteral("ext4"));
        QCOMPARE(mountTypeIn(table, QStringLiteral("/mnt/office share/Shop.coffer")), QStringLiteral("cifs"));
        QCOMPARE(mountTypeIn(QByteArray(), QStringLiteral("/")), QString());
    }

    void thisMachinesTableReads()
    {
        QFile table(QStringLiteral("/proc/self/mountinfo"));
        if (!table.open(QIODevice::ReadOnly))
            QSKIP("no /proc/self/mountinfo");
        QVERIFY(!mountTypeIn(table.readAll(), QStringLiteral("/")).isEmpty());
    }

    // The tests' own temporary folder is a local disk: nothing is wrong with it, nor with a folder that
    // does not exist yet below it.
    void aLocalFolderIsFine()
    {
        QTemporaryDir dir;
        QVERIFY(inspectFolder(dir.path()).isNone());
        QVERIFY(inspectFolder(dir.filePath(QStringLiteral("not/yet/there.coffer"))).isNone());
        requireLocalFolder(dir.path(), FolderUse::Vault); // does not throw
    }

    void syncMarkersAreFound_data()
    {
        QTest::addColumn<QString>("marker"); // a trailing / makes a folder
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("found"); // what the problem names as the marker
        QTest::newRow("Dropbox") << ".dropbox"
                                 << "Dropbox"
                                 << ".dropbox";
        QTest::newRow("Dropbox cache") << ".dropbox.cache/"
                                       << "Dropbox"
                                       << ".dropbox.cache";
        QTest::newRow("Nextcloud log") << ".nextcloudsync.log"
                                       << "Nextcloud"
                                       << ".nextcloudsync.log";
        QTest::newRow("ownCloud log") << ".owncloudsync.log"
                                      << "ownCloud"
                                      << ".owncloudsync.log";
        QTest::newRow("sync journal") << "._sync_8a2f1c.db"
                                      << "Nextcloud/ownCloud"
                                      << "._sync_8a2f1c.db";
        QTest::newRow("older sync journal") << ".sync_8a2f1c.db"
                                            << "Nextcloud/ownCloud"
                                            << ".sync_8a2f1c.db";
        QTest::newRow("Syncthing") << ".stfolder/"
                                   << "Syncthing"
                                   << ".stfolder";
        QTest::newRow("OneDrive") << ".849C9593-D756-4E56-8D6E-42412F2A707B"
                                  << "OneDrive"
                                  << ".849C9593-D756-4E56-8D6E-42412F2A707B";
        QTest::newRow("Resilio") << ".sync/ID"
                                 << "Resilio Sync"
                                 << ".sync";
    }
    void syncMarkersAreFound()
    {
        QFETCH(QString, marker);
        QFETCH(QString, client);
        QFETCH(QString, found);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("Synced"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/clients/2026")));
        const QString markerPath = QDir(root).filePath(marker);
        if (marker.endsWith(u'/'))
            QVERIFY(QDir().mkpath(markerPath));
        else {
            QVERIFY(QDir().mkpath(QFileInfo(markerPath).absolutePath()));
            writeAll(markerPath, "x");
        }

        // Found from the root, from a folder below it, and for a vault folder that does not exist yet.
        for (const QString& folder :
             {root, root + QStringLiteral("/clients/2026"), root + QStringLiteral("/clients/2026/Shop.coffer")}) {
            const FolderProblem problem = inspectFolder(folder);
            QCOMPARE(problem.kind, FolderProblem::Kind::SyncedFolder);
            QCOMPARE(problem.what, client);
            QCOMPARE(problem.marker, QDir(QFileInfo(root).canonicalFilePath()).filePath(found));
            const QString message = folderProblemMessage(problem, FolderUse::Vault, folder);
            QVERIFY2(message.contains(client) && message.contains(QDir::toNativeSeparators(folder)),
                     qPrintable(message));
        }
        // The folder beside it is not synchronised.
        QVERIFY(inspectFolder(dir.path()).isNone());
        QCOMPARE(syncMarkerIn(root).what, client);
        QVERIFY(syncMarkerIn(root + QStringLiteral("/clients")).isNone());
    }

    // On Linux, ~/.dropbox is the Dropbox client's settings folder, not the root of a synced folder; and a
    // bare .sync folder without Resilio's files inside may be anybody's.
    void lookalikesAreNotMarkers()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".dropbox/instance1")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".sync/other")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Documents")));
        QVERIFY(inspectFolder(dir.filePath(QStringLiteral("Documents"))).isNone());
    }

    // A link into a synced folder is judged by where the data really is.
    void aLinkIntoASyncedFolderIsFound()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Dropbox/vaults")));
        writeAll(dir.filePath(QStringLiteral("Dropbox/.dropbox")), "{}");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("Dropbox/vaults")), dir.filePath(QStringLiteral("vaults"))));
        QCOMPARE(inspectFolder(dir.filePath(QStringLiteral("vaults"))).what, QStringLiteral("Dropbox"));
    }

    void problemsKeepTheirStableForm()
    {
        const FolderProblem network{FolderProblem::Kind::NetworkFileSystem, QStringLiteral("nfs4"), {}};
        const FolderProblem synced{FolderProblem::Kind::SyncedFolder, QStringLiteral("Dropbox"),
                                   QStringLiteral("/home/anna/Dropbox/.dropbox")};
        for (const FolderProblem& p : {network, synced}) {
            const FolderProblem back = FolderProblem::decode(p.encode());
            QCOMPARE(back.kind, p.kind);
            QCOMPARE(back.what, p.what);
            QCOMPARE(back.marker, p.marker);
        }
        QVERIFY(FolderProblem::decode(QString()).isNone());
        QVERIFY(FolderProblem::decode(QStringLiteral("nonsense")).isNone());
        QVERIFY(network.summary().contains(QStringLiteral("nfs4")));
        QVERIFY(synced.summary().contains(QStringLiteral("Dropbox")));
        const QString message = folderProblemMessage(network, FolderUse::BackupFolder, QStringLiteral("/mnt/nas"));
        QVERIFY(message.contains(QStringLiteral("nfs4")) && message.contains(QStringLiteral("/mnt/nas")));
        QVERIFY(message.contains(QStringLiteral("write-ahead log")));
    }

    void theSameFileSystemIsToldByItsDevice()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("v.coffer"));
        QVERIFY(QDir().mkdir(vault));
        // The default backup folder beside the vault, before the first backup made it: the folder above it.
        QVERIFY(onSameFileSystem(vault, dir.filePath(QStringLiteral("v.coffer-backups"))));
        QVERIFY(onSameFileSystem(vault, dir.path()));
        const QString other = folderOnAnotherFileSystem(dir.path());
        if (other.isEmpty())
            QSKIP("No writable folder on a second file system here (/dev/shm, the runtime folder, /var/tmp).");
        QTemporaryDir elsewhere(other + QStringLiteral("/coffer-test-XXXXXX"));
        QVERIFY(elsewhere.isValid());
        QVERIFY(!onSameFileSystem(vault, elsewhere.path()));
        QVERIFY(!onSameFileSystem(vault, elsewhere.filePath(QStringLiteral("not/made/yet"))));
    }
};

QTEST_GUILESS_MAIN(TestFolderSafety)
#include "TestFolderSafety.moc"
