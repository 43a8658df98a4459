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

std::optional<ErrorCode> restoreError(const QString& file, const QString& to, const char* password = kOwnerPassword,
                                      const QString& tombstones = {})
{
    return thrownCode([&] { (void)Restorer::restore(file, to, {}, secret(password), tombstones); });
}

// Erases a client the way ClientEraser::erase does, as far as a restore is concerned: the rows go and a
// tombstone is appended to the vault's backup folder.
void eraseWithTombstone(Vault& v, const QString& clientId)
{
    Transaction tx(v.database());
    deleteClientRows(v.database(), clientId);
    tx.commit();
    Tombstones::append(v.backupFolder(), v.id(), v.dataKey(), {clientId, QDateTime::currentDateTimeUtc()});
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
        QVERIFY(r.tombstoneFile.isEmpty()); // no erasure was ever recorded for this vault
        QCOMPARE(readAll(r.folder + QStringLiteral("/header")), readAll(shop.vault->headerFilePath()));
        {
            Database db;
            db.open(r.folder + QStringLiteral("/vault.db"), shop.vault->dataKey(), {}, false);
            auto rows = dumpRows(db);
            // The restore adds one audit row of its own (the backup's own row came after the snapshot).
            // Everything else is identical, row for row.
            QCOMPARE(rows[QStringLiteral("audit")].size(), rowsAtBackup[QStringLiteral("audit")].size() + 1);
            rows[QStringLiteral("audit")].removeLast();
            QCOMPARE(rows, rowsAtBackup);
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
        QCOMPARE(r.tombstoneFile, Tombstones::filePath(shop.vault->backupFolder(), shop.vault->id()));
        QCOMPARE(r.tombstonesRead, 2);
        QCOMPARE(r.tombstonesApplied, 1);
        auto restored = Vault::unlock(r.folder, {}, secret(kOwnerPassword));
        QVERIFY(!ClientStore(*restored).exists(gone));
        QVERIFY(ClientStore(*restored).exists(shop.clientIds[0]));
        QCOMPARE(restored->database().scalar("SELECT count(*) FROM notes"), qint64(1));
        restored.reset();

        // Elsewhere (no record of the vault), the file named by hand does the same; without it, the
        // result says that none was found and the erased client is back.
        usePrivateSettings();
        const RestoreResult blind = Restorer::restore(file, shop.path("blind"), {}, secret(kOwnerPassword));
        QVERIFY(blind.tombstoneFile.isEmpty());
        QCOMPARE(blind.tombstonesApplied, 0);
        const RestoreResult named =
            Restorer::restore(file, shop.path("named"), {}, secret(kOwnerPassword), r.tombstoneFile);
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
        QCOMPARE(Tombstones::read(path, shop.vault->id(), shop.vault->dataKey()).size(), size_t(2));
        const QByteArray original = readAll(path);
        QVERIFY(!original.contains("Ozoli")); // ids and times only

        const QString file = shop.path("b.coffer-backup");
        (void)BackupWriter::write(*shop.vault, file);
        for (qsizetype at : {qsizetype(12), qsizetype(30), original.size() - 40, original.size() - 1}) {
            QByteArray bytes = original;
            bytes[at] = char(bytes[at] ^ 0x01);
            writeAll(path, bytes);
            QVERIFY_THROWS_EXCEPTION(Error, Tombstones::read(path, shop.vault->id(), shop.vault->dataKey()));
            QCOMPARE(restoreError(file, shop.path("r")), ErrorCode::Damaged);
            QVERIFY(!QFileInfo::exists(shop.path("r.coffer")));
        }
        // The first entry dropped: the chain no longer starts where it must.
        const int entry = 1 + 36 + 8 + 32;
        writeAll(path, original.left(26) + original.mid(26 + entry));
        QVERIFY_THROWS_EXCEPTION(Error, Tombstones::read(path, shop.vault->id(), shop.vault->dataKey()));
        // Appending to a damaged chain is refused rather than papered over.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 Tombstones::append(shop.vault->backupFolder(), shop.vault->id(), shop.vault->dataKey(),
                                                    {QStringLiteral("x"), QDateTime::currentDateTimeUtc()}));
        writeAll(path, original);
        QCOMPARE(Tombstones::read(path, shop.vault->id(), shop.vault->dataKey()).size(), size_t(2));
        // Another vault's key does not open this chain.
        Shop other(0);
        QVERIFY_THROWS_EXCEPTION(Error, Tombstones::read(path, shop.vault->id(), other.vault->dataKey()));
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
