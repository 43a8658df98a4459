#include "BackupTestSupport.h"
#include "Error.h"
#include "audit/AuditLog.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "backup/ManagedBackups.h"
#include "backup/Tombstones.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <sys/stat.h>

using namespace coffer;
using namespace coffer::test;

namespace {

std::optional<ErrorCode> verifyError(const QString& file, const char* password = kOwnerPassword,
                                     QString* message = nullptr)
{
    return thrownCode([&] { (void)BackupVerifier::verify(file, {}, secret(password)); }, message);
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

void flipByte(const QString& path, qint64 offset)
{
    QByteArray bytes = readAll(path);
    bytes[offset] = char(bytes[offset] ^ 0x20);
    writeAll(path, bytes);
}

QStringList auditActions(Vault& v)
{
    QStringList out;
    for (const AuditEntry& e : AuditLog::entries(v.database(), 0, 100000))
        out << e.action;
    return out;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { usePrivateSettings(); }

    void backupWhileOpenAndVerify()
    {
        Shop shop;
        const QString file = shop.path("one.coffer-backup");
        const BackupInfo info = BackupWriter::write(*shop.vault, file);
        QVERIFY(shop.vault->isUnlocked()); // taken while open, and the vault carries on
        shop.addClient(QStringLiteral("After Backup"));
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(info.manifest.vaultId, shop.vault->id());
        QVERIFY(info.manifest.snapshot.offset % 4096 == 0);
        QCOMPARE(QFileInfo(file).size(), info.manifest.snapshot.offset + info.manifest.snapshot.size);
        QVERIFY(QDir(shop.dir.path())
                    .entryList({QStringLiteral(".coffer-snapshot*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());
        // Nothing readable: neither client data nor the user's name.
        QVERIFY(!readAll(file).contains("Ozoli"));
        QVERIFY(!readAll(file).contains("Called about"));
        QVERIFY(!readAll(file).contains("Anna"));

        const BackupReport report = BackupVerifier::verify(file, {}, secret(kOwnerPassword), shop.vault.get());
        QCOMPARE(report.clients, qint64(3));
        QVERIFY(report.checks.size() >= 4);
        QVERIFY(auditActions(*shop.vault).contains(QStringLiteral("backup.create")));
        QVERIFY(auditActions(*shop.vault).contains(QStringLiteral("backup.verify")));

        // The other snapshot path, SQLite's backup API (taken when the WAL cannot be emptied).
        const QString viaApi = shop.path("api.coffer-backup");
        (void)BackupWriter::write(*shop.vault, viaApi, {}, SnapshotMethod::BackupApi);
        QCOMPARE(BackupVerifier::verify(viaApi, {}, secret(kOwnerPassword)).clients, qint64(4));
        {
            // In the middle of a change there is no consistent snapshot to take: a clear failure, no file.
            Transaction tx(shop.vault->database());
            QVERIFY_THROWS_EXCEPTION(Error,
                                     BackupWriter::writeUnchecked(*shop.vault, shop.path("in-tx.coffer-backup")));
            tx.commit();
        }
        QVERIFY(!QFileInfo::exists(shop.path("in-tx.coffer-backup")));
        QVERIFY(QDir(shop.dir.path())
                    .entryList({QStringLiteral(".coffer-snapshot*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());
    }

    void snapshotIsTheDatabaseByteForByte()
    {
        // Several MiB, so that the copy straight from the mapped file to the disk has real work to do.
        Shop shop(1);
        QByteArray bytes(5 * 1024 * 1024 + 12345, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(quint32(i * 2654435761u) >> 11);
        QBuffer source(&bytes);
        source.open(QIODevice::ReadOnly);
        FileStore(*shop.vault)
            .add(shop.clientIds.first(), source, QStringLiteral("big.bin"), QStringLiteral("application/octet-stream"));
        const QString file = shop.path("pages.coffer-backup");
        const BackupInfo info = BackupWriter::write(*shop.vault, file);
        // The snapshot was taken after a TRUNCATE checkpoint, and vault.db has not been written since (the
        // audit row is in the WAL), so the container must hold vault.db exactly, with its true sum.
        const QByteArray db = readAll(shop.vault->databaseFilePath());
        QCOMPARE(info.manifest.snapshot.size, qint64(db.size()));
        QVERIFY(readAll(file).mid(info.manifest.snapshot.offset) == db);
        QCOMPARE(info.manifest.snapshot.sha256, QCryptographicHash::hash(db, QCryptographicHash::Sha256));
        QCOMPARE(BackupVerifier::verify(file, {}, secret(kOwnerPassword)).clients, qint64(1));
    }

    void damageIsCaught()
    {
        Shop shop;
        const QString good = shop.path("good.coffer-backup");
        const BackupInfo info = BackupWriter::write(*shop.vault, good);
        const QByteArray original = readAll(good);
        struct Case
        {
            const char* what;
            qint64 offset;
        };
        const Case cases[] = {{"magic", 0},
                              {"manifest", 40},
                              {"manifest MAC", original.indexOf("}}") + 2 + 5},
                              {"header", 4096 + 30},
                              {"snapshot first page", info.manifest.snapshot.offset + 100},
                              {"snapshot last byte", original.size() - 1}};
        for (const Case& c : cases) {
            writeAll(good, original);
            flipByte(good, c.offset);
            QString message;
            QCOMPARE(verifyError(good, kOwnerPassword, &message), ErrorCode::Damaged);
            QVERIFY2(message.contains(QStringLiteral("damaged")) || message.contains(QStringLiteral("not a Coffer")),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what), message)));
        }
        // Truncated, by a page and by a byte; and grown.
        writeAll(good, original.left(original.size() - 4096));
        QString message;
        QCOMPARE(verifyError(good, kOwnerPassword, &message), ErrorCode::Damaged);
        QVERIFY(message.contains(QStringLiteral("truncated")));
        writeAll(good, original.left(100));
        QCOMPARE(verifyError(good), ErrorCode::Damaged);
        writeAll(good, original + "x");
        QCOMPARE(verifyError(good), ErrorCode::Damaged);
        writeAll(good, original);
        QCOMPARE(verifyError(good), kNothingThrown);
    }

    void wrongPasswordAndRoles()
    {
        Shop shop;
        const QString file = shop.path("b.coffer-backup");
        (void)BackupWriter::write(*shop.vault, file);
        QCOMPARE(verifyError(file, "not the password"), ErrorCode::Auth);
        for (Role role : {Role::Viewer, Role::Editor}) {
            const QString name = roleName(role);
            const Secret otp = shop.vault->addUser(name, role);
            const QString folder = shop.vault->path();
            shop.vault->lock();
            {
                auto v = Vault::unlock(folder, name, otp);
                v->changePassword(secret("their own password"));
                QVERIFY_THROWS_EXCEPTION(Error, BackupWriter::write(*v, shop.path("no.coffer-backup")));
                try {
                    (void)BackupWriter::write(*v, shop.path("no.coffer-backup"));
                } catch (const Error& e) {
                    QCOMPARE(e.code(), ErrorCode::Permission);
                }
                QVERIFY(!QFileInfo::exists(shop.path("no.coffer-backup")));
            }
            // The backup predates the user: their password opens nothing in it.
            QCOMPARE(thrownCode([&] { (void)BackupVerifier::verify(file, name, secret("their own password")); }),
                     ErrorCode::Auth);
            shop.vault = Vault::unlock(folder, {}, secret(kOwnerPassword));
        }
        // An editor in a newer backup opens it but may not verify it.
        const QString newer = shop.path("newer.coffer-backup");
        (void)BackupWriter::write(*shop.vault, newer);
        QCOMPARE(thrownCode([&] {
                     (void)BackupVerifier::verify(newer, QStringLiteral("editor"), secret("their own password"));
                 }),
                 ErrorCode::Permission);
    }

    void automaticBackupOnLockAndRotation()
    {
        Shop shop(1);
        const QString folder = shop.vault->path();
        QCOMPARE(shop.vault->backupFolder(), folder + QStringLiteral("-backups"));
        QCOMPARE(shop.vault->keepBackups(), ManagedBackups::kDefaultKeep);
        shop.vault->setKeepBackups(3);
        shop.vault->lock(); // changes since unlock: the vault's creation, the client, the setting
        QCOMPARE(modeOf(folder + QStringLiteral("-backups")), 0700);
        for (int i = 0; i < 5; ++i) {
            auto v = Vault::unlock(folder, {}, secret(kOwnerPassword));
            Client c;
            c.givenName = QStringLiteral("Client%1").arg(i);
            ClientStore(*v).add(c);
        }
        auto v = Vault::unlock(folder, {}, secret(kOwnerPassword));
        const QStringList kept = v->managedBackups();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(QDir(v->backupFolder()).entryList({QStringLiteral("*.coffer-backup")}, QDir::Files).size(), 3);
        // Beside them only the vault's tombstone file, kept there from the first unlock on.
        QStringList expected = QDir(v->backupFolder()).entryList({QStringLiteral("*.coffer-backup")}, QDir::Files)
                               << QFileInfo(Tombstones::filePath(v->backupFolder(), v->id())).fileName();
        expected.sort();
        QCOMPARE(QDir(v->backupFolder()).entryList(QDir::Files, QDir::Name), expected);
        // Newest first; the newest holds all six clients.
        QVERIFY(QFileInfo(kept[0]).fileName() > QFileInfo(kept[2]).fileName());
        QCOMPARE(BackupVerifier::verify(kept[0], {}, secret(kOwnerPassword)).clients, qint64(6));
        // A sign-in and a read change nothing but the audit log: no new backup.
        (void)ClientStore(*v).count({});
        v->lock();
        v = Vault::unlock(folder, {}, secret(kOwnerPassword));
        QCOMPARE(v->managedBackups(), kept);
        QVERIFY(auditActions(*v).count(QStringLiteral("backup.create")) >= 5);
        // 0 turns them off.
        v->setKeepBackups(0);
        v->lock();
        v = Vault::unlock(folder, {}, secret(kOwnerPassword));
        QCOMPARE(v->managedBackups(), kept);
    }

    void failedAutomaticBackupDoesNotStopLocking()
    {
        Shop shop(1);
        const QString folder = shop.vault->path();
        // A file where the folder should be: the backup cannot be written (tests may run as root, so a
        // read-only folder would not do). A file is refused as the folder at once; one that takes the
        // folder's place later only stops the backup.
        writeAll(shop.path("not-a-folder"), "x");
        QCOMPARE(thrownCode([&] { shop.vault->setBackupFolder(shop.path("not-a-folder")); }), ErrorCode::Usage);
        QVERIFY(QDir().mkdir(shop.path("later-a-file")));
        shop.vault->setBackupFolder(shop.path("later-a-file"));
        QVERIFY(QDir(shop.path("later-a-file")).removeRecursively());
        writeAll(shop.path("later-a-file"), "x");
        shop.vault->lock();
        QVERIFY(!shop.vault->isUnlocked());
        auto v = Vault::unlock(folder, {}, secret(kOwnerPassword));
        QVERIFY(auditActions(*v).contains(QStringLiteral("backup.failed")));
        QVERIFY(v->managedBackups().isEmpty());
        QCOMPARE(readAll(shop.path("not-a-folder")), QByteArray("x"));
        QCOMPARE(readAll(shop.path("later-a-file")), QByteArray("x"));
        QVERIFY(QDir(shop.dir.path())
                    .entryList({QStringLiteral(".coffer-snapshot*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());
    }

    void settingsNeedBackupPermission()
    {
        Shop shop(1);
        const Secret otp = shop.vault->addUser(QStringLiteral("ed"), Role::Editor);
        const QString folder = shop.vault->path();
        shop.vault->lock();
        auto v = Vault::unlock(folder, QStringLiteral("ed"), otp);
        v->changePassword(secret("editor's own password"));
        QVERIFY_THROWS_EXCEPTION(Error, v->setKeepBackups(2));
        QVERIFY_THROWS_EXCEPTION(Error, v->setBackupFolder(shop.path("elsewhere")));
        QCOMPARE(v->keepBackups(), ManagedBackups::kDefaultKeep);
    }

    // A backup file: an existing file is replaced only when allowed, never through a link, and never
    // inside the vault folder, whose loss it is meant to survive.
    void backupFileFollowsTheOutputRules()
    {
        Shop shop(1);
        const QString file = shop.path("copy.coffer-backup");
        writeAll(file, "keep me");
        QCOMPARE(thrownCode([&] { (void)BackupWriter::write(*shop.vault, file); }), ErrorCode::Failed);
        QCOMPARE(readAll(file), QByteArray("keep me"));
        (void)BackupWriter::write(*shop.vault, file, {}, SnapshotMethod::Automatic, Overwrite::Replace);
        QVERIFY(readAll(file) != "keep me");
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions()); // nothing for others

        QVERIFY(QFile::link(shop.path("victim"), shop.path("link.coffer-backup")));
        QCOMPARE(thrownCode([&] {
                     (void)BackupWriter::write(*shop.vault, shop.path("link.coffer-backup"), {},
                                               SnapshotMethod::Automatic, Overwrite::Replace);
                 }),
                 ErrorCode::Failed);
        QVERIFY(!QFileInfo::exists(shop.path("victim")));
        const QString inside = QDir(shop.vault->path()).filePath(QStringLiteral("in.coffer-backup"));
        QString message;
        QCOMPARE(thrownCode([&] { (void)BackupWriter::write(*shop.vault, inside); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("vault folder")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(inside));
    }

    void backupFolderIsNeverInsideTheVault()
    {
        Shop shop(1);
        QCOMPARE(thrownCode([&] { shop.vault->setBackupFolder(QDir(shop.vault->path()).filePath("backups")); }),
                 ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { shop.vault->setBackupFolder(shop.vault->path()); }), ErrorCode::Usage);
        QCOMPARE(shop.vault->backupFolder(), ManagedBackups::defaultFolder(shop.vault->path()));
    }

    // A synced backup folder (the sync client's marker, made here by hand) is refused with a message that
    // names the client; the owner alone may accept the risk, which is kept and shown; a backup into a
    // folder with a problem other than the one accepted is refused.
    void syncedBackupFolderNeedsTheOwnersConsent()
    {
        Shop shop(1);
        const QString dropbox = shop.path("Dropbox");
        QVERIFY(QDir().mkpath(dropbox + QStringLiteral("/backups")));
        writeAll(dropbox + QStringLiteral("/.dropbox"), "{}");
        const QString synced = dropbox + QStringLiteral("/backups");
        QString message;
        QCOMPARE(thrownCode([&] { shop.vault->setBackupFolder(synced); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("Dropbox")) && message.contains(QDir::toNativeSeparators(synced)),
                 qPrintable(message));
        QCOMPARE(shop.vault->backupFolder(), ManagedBackups::defaultFolder(shop.vault->path()));

        // An admin may choose folders, but not accept this risk.
        const Secret otp = shop.vault->addUser(QStringLiteral("adam"), Role::Admin);
        const QString folder = shop.vault->path();
        shop.vault->lock();
        {
            auto admin = Vault::unlock(folder, QStringLiteral("adam"), otp);
            admin->changePassword(secret("admin's own password"));
            QCOMPARE(
                thrownCode([&] { ManagedBackups(*admin).setFolder(synced, FolderChange::Move, FolderRisk::Accept); }),
                ErrorCode::Permission);
            admin->setBackupFolder(shop.path("local")); // a local folder needs no consent
            QVERIFY(ManagedBackups(*admin).acceptedRisk().isNone());
        }
        auto owner = Vault::unlock(folder, {}, secret(kOwnerPassword));
        ManagedBackups managed(*owner);
        managed.setFolder(synced, FolderChange::Leave, FolderRisk::Accept); // the earlier backups stay
        QCOMPARE(owner->backupFolder(), synced);
        QCOMPARE(managed.acceptedRisk().kind, FolderProblem::Kind::SyncedFolder);
        QCOMPARE(managed.acceptedRisk().what, QStringLiteral("Dropbox"));
        QVERIFY(managed.acceptedRisk().summary().contains(QStringLiteral("Dropbox")));
        (void)managed.backUpNow();
        QCOMPARE(managed.list().size(), 1);
        QVERIFY(auditActions(*owner).contains(QStringLiteral("backup.settings")));

        // Syncthing over it as well: not what was accepted, so the next backup is refused.
        QVERIFY(QDir().mkpath(synced + QStringLiteral("/.stfolder")));
        QCOMPARE(thrownCode([&] { (void)managed.backUpNow(); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("Syncthing")), qPrintable(message));
        QCOMPARE(managed.list().size(), 1);

        // Back to the default: the accepted risk goes with the folder it was for.
        managed.setFolder(QString());
        QVERIFY(managed.acceptedRisk().isNone());
    }

    // A folder that a sync client took over after it was chosen: the automatic backup on lock is refused
    // (and audited as failed); the vault still locks.
    void automaticBackupRefusesAFolderSyncedSince()
    {
        Shop shop(1);
        const QString folder = shop.vault->path();
        const QString backups = shop.path("backups");
        shop.vault->setBackupFolder(backups);
        QVERIFY(QDir().mkpath(backups + QStringLiteral("/.stfolder")));
        shop.addClient(QStringLiteral("Late Client"));
        shop.vault->lock();
        auto v = Vault::unlock(folder, {}, secret(kOwnerPassword));
        QVERIFY(auditActions(*v).contains(QStringLiteral("backup.failed")));
        QVERIFY(v->managedBackups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
