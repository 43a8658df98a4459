#include "BackupTestSupport.h"
#include "Error.h"
#include "backup/BackupWriter.h"
#include "backup/Restorer.h"
#include "backup/Tombstones.h"
#include "erase/ClientEraser.h"
#include "records/ClientRows.h"
#include "vault/KnownVaults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace coffer;
using namespace coffer::test;

namespace {

RestoreOptions withTombstones(const QString& file)
{
    RestoreOptions o;
    o.tombstoneFile = file;
    return o;
}

std::optional<ErrorCode> restoreError(const QString& file, const QString& to, const char* password = kOwnerPassword,
                                      const RestoreOptions& options = {})
{
    return thrownCode([&] { (void)Restorer::restore(file, to, {}, secret(password), options); });
}

// Erases a client the way ClientEraser::erase does, as far as a restore is concerned: the rows go and a
// tombstone goes into vault.db and the vault's backup folder.
void eraseWithTombstone(Vault& v, const QString& clientId)
{
    Transaction tx(v.database());
    deleteClientRows(v.database(), clientId, v.pseudonym(clientId));
    Tombstones::record(v.database(), {v.pseudonym(clientId), QDateTime::currentDateTimeUtc()});
    tx.commit();
    Tombstones::writeFile(v.backupFolder(), v.id(), v.stableKeys(), Tombstones::inDatabase(v.database()));
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { usePrivateSettings(); }

    void restoreHasEveryRecordAndFile()
    {
        Shop shop;
        const QString file = shop.path("b.coffer-backup");
        const auto rowsAtBackup = dumpRows(shop.vault->database());
        (void)BackupWriter::write(*shop.vault, file);
        shop.addClient(QStringLiteral("Later Client")); // after the backup: must not be in the restore

        const RestoreResult r = Restorer::restore(file, shop.path("restored"), {}, secret(kOwnerPassword));
        QCOMPARE(r.folder, shop.path("restored.coffer"));
        // The vault's own (empty) tombstone file was found in its backup folder, written at its creation.
        // (The backup's own folder, recorded by the backup, holds one too.)
        QVERIFY(r.tombstoneFiles.contains(Tombstones::filePath(shop.vault->backupFolder(), shop.vault->id())));
        QVERIFY(r.tombstoneFiles.contains(Tombstones::filePath(QFileInfo(file).absolutePath(), shop.vault->id())));
        QCOMPARE(r.tombstonesRead, 0);
        QCOMPARE(readAll(r.folder + QStringLiteral("/header")), readAll(shop.vault->headerFilePath()));
        {
            Database db;
            db.open(r.folder + QStringLiteral("/vault.db"), shop.vault->dataKey(), {}, false);
            auto rows = dumpRows(db);
            // The restore adds one audit row of its own (the backup's own row came after the snapshot).
            // Everything else is identical, row for row.
            QCOMPARE(rows[QStringLiteral("audit")].size(), rowsAtBackup[QStringLiteral("audit")].size() + 1);
            rows[QStringLiteral("audit")].removeLast();
            // And it notes, in meta, which backup it came from.
            QCOMPARE(rows[QStringLiteral("meta")].size(), rowsAtBackup[QStringLiteral("meta")].size() + 1);
            QCOMPARE(db.scalar("SELECT count(*) FROM meta WHERE key = 'restored.from'"), qint64(1));
            rows.remove(QStringLiteral("meta"));
            auto expected = rowsAtBackup;
            expected.remove(QStringLiteral("meta"));
            QCOMPARE(rows, expected);
        }
        // The restored vault opens as a vault, with the file's bytes intact.
        auto restored = Vault::unlock(r.folder, QStringLiteral("anna"), secret(kOwnerPassword));
        QCOMPARE(ClientStore(*restored).count({}), 3);
        QByteArray bytes;
        QBuffer sink(&bytes);
        sink.open(QIODevice::WriteOnly);
        const auto files = FileStore(*restored).list(shop.clientIds.first());
        QCOMPARE(files.size(), size_t(1));
        FileStore(*restored).read(files.front().id, sink);
        QCOMPARE(bytes, QByteArray(300 * 1024, 'f'));
        QVERIFY(restored->verifyAudit().intact());
    }

    void restoreNeverWritesOverAFolder()
    {
        Shop shop(1);
        const QString file = shop.path("b.coffer-backup");
        (void)BackupWriter::write(*shop.vault, file);
        QDir().mkdir(shop.path("busy.coffer"));
        writeAll(shop.path("busy.coffer/keep-me"), "x");
        QCOMPARE(restoreError(file, shop.path("busy")), ErrorCode::Failed);
        QCOMPARE(readAll(shop.path("busy.coffer/keep-me")), QByteArray("x"));
        // Not over the live vault either.
        QCOMPARE(restoreError(file, shop.vault->path()), ErrorCode::Failed);
        // A wrong password or a damaged backup leaves nothing behind.
        QCOMPARE(restoreError(file, shop.path("new1"), "not the password"), ErrorCode::Auth);
        QVERIFY(!QFileInfo::exists(shop.path("new1.coffer")));
        QByteArray bytes = readAll(file);
        bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 1);
        writeAll(shop.path("bad.coffer-backup"), bytes);
        QCOMPARE(restoreError(shop.path("bad.coffer-backup"), shop.path("new2")), ErrorCode::Damaged);
        QVERIFY(!QFileInfo::exists(shop.path("new2.coffer")));
        // An empty folder is fine.
        QDir().mkdir(shop.path("empty.coffer"));
        QCOMPARE(restoreError(file, shop.path("empty")), kNothingThrown);
    }

    void tombstoneIsReappliedOnRestoreOfOlderBackup()
    {
        Shop shop(3);
        const QString gone = shop.clientIds[1];
        const QString earlier = shop.clientIds[2];
        eraseWithTombstone(*shop.vault, earlier); // before the backup: the backup already lacks them
        QThread::msleep(5);
        const QString file = shop.path("old.coffer-backup");
        (void)BackupWriter::write(*shop.vault, file);
        QThread::msleep(5);
        eraseWithTombstone(*shop.vault, gone); // after the backup
        QVERIFY(!ClientStore(*shop.vault).exists(gone));

        // Found through the vault id alone (KnownVaults), as on the machine that made the vault.
        const RestoreResult r = Restorer::restore(file, shop.path("restored"), {}, secret(kOwnerPassword));
        const QString tombstones = Tombstones::filePath(shop.vault->backupFolder(), shop.vault->id());
        QVERIFY(r.tombstoneFiles.contains(tombstones));
        QCOMPARE(r.tombstonesRead, 2);
        QCOMPARE(r.tombstonesApplied, 1);
        QVERIFY(!r.checks.empty());
        for (const ErasureCheck& c : r.checks) // the eraser's own checks, on the restored file
            QVERIFY2(c.passed, qPrintable(c.key + u' ' + c.detail));
        auto restored = Vault::unlock(r.folder, {}, secret(kOwnerPassword));
        QVERIFY(!ClientStore(*restored).exists(gone));
        QVERIFY(ClientStore(*restored).exists(shop.clientIds[0]));
        QCOMPARE(restored->database().scalar("SELECT count(*) FROM notes"), qint64(1));
        // The restored vault knows both erasures itself from now on.
        QCOMPARE(Tombstones::inDatabase(restored->database()).size(), size_t(2));
        restored.reset();

        // Elsewhere (no record of the vault, and the folders the backup itself names are not there), a
        // backup moved away from its folder finds no tombstone file: the restore refuses, unless told to
        // go ahead without, or given the file.
        usePrivateSettings();
        const QString backups = shop.vault->backupFolder();
        QVERIFY(QDir().rename(backups, shop.path("unplugged")));
        const QString unplugged = shop.path("unplugged/") + QFileInfo(tombstones).fileName();
        QDir().mkdir(shop.path("elsewhere"));
        const QString moved = shop.path("elsewhere/old.coffer-backup");
        QVERIFY(QFile::copy(file, moved));
        QCOMPARE(restoreError(moved, shop.path("refused")), ErrorCode::Failed);
        QVERIFY(!QFileInfo::exists(shop.path("refused.coffer")));
        RestoreOptions blindly;
        blindly.withoutTombstones = true;
        const RestoreResult blind = Restorer::restore(moved, shop.path("blind"), {}, secret(kOwnerPassword), blindly);
        QVERIFY(blind.tombstoneFiles.isEmpty());
        QCOMPARE(blind.tombstonesApplied, 0);
        const RestoreResult named =
            Restorer::restore(moved, shop.path("named"), {}, secret(kOwnerPassword), withTombstones(unplugged));
        QCOMPARE(named.tombstonesApplied, 1);
        restored = Vault::unlock(named.folder, {}, secret(kOwnerPassword));
        QVERIFY(!ClientStore(*restored).exists(gone));
    }

    void tamperedTombstonesAreDetected()
    {
        Shop shop(2);
        eraseWithTombstone(*shop.vault, shop.clientIds[0]);
        eraseWithTombstone(*shop.vault, shop.clientIds[1]);
        const QString path = Tombstones::filePath(shop.vault->backupFolder(), shop.vault->id());
        QCOMPARE(Tombstones::read(path, shop.vault->id(), shop.vault->stableKeys()).size(), size_t(2));
        const QByteArray original = readAll(path);
        QVERIFY(!original.contains("Ozoli"));                      // pseudonyms and times only
        QVERIFY(!original.contains(shop.clientIds[0].toLatin1())); // not even the random id

        const QString file = shop.path("b.coffer-backup");
        (void)BackupWriter::write(*shop.vault, file);
        for (qsizetype at : {qsizetype(12), qsizetype(30), original.size() - 40, original.size() - 1}) {
            QByteArray bytes = original;
            bytes[at] = char(bytes[at] ^ 0x01);
            writeAll(path, bytes);
            QVERIFY_THROWS_EXCEPTION(Error, Tombstones::read(path, shop.vault->id(), shop.vault->stableKeys()));
            QCOMPARE(restoreError(file, shop.path("r")), ErrorCode::Damaged);
            QVERIFY(!QFileInfo::exists(shop.path("r.coffer")));
        }
        // The first entry dropped: the chain no longer starts where it must.
        const int entry = 1 + 34 + 8 + 32; // "p:" and 32 hex digits
        writeAll(path, original.left(26) + original.mid(26 + entry));
        QVERIFY_THROWS_EXCEPTION(Error, Tombstones::read(path, shop.vault->id(), shop.vault->stableKeys()));
        // Appending to a damaged chain is refused rather than papered over.
        QVERIFY_THROWS_EXCEPTION(
            Error, Tombstones::writeFile(shop.vault->backupFolder(), shop.vault->id(), shop.vault->stableKeys(),
                                         {{QStringLiteral("p:x"), QDateTime::currentDateTimeUtc()}}));
        writeAll(path, original);
        QCOMPARE(Tombstones::read(path, shop.vault->id(), shop.vault->stableKeys()).size(), size_t(2));
        // Another vault's key does not open this chain.
        Shop other(0);
        QVERIFY_THROWS_EXCEPTION(Error, Tombstones::read(path, shop.vault->id(), other.vault->stableKeys()));
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
