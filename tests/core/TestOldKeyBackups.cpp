// After the data key changes, the backups taken before still open with the old key and the passwords of
// their time: `backup prune --old-keys` (RemainingCopies::pruneOldKeys) destroys their key slots once a
// backup under the new key is verified, keeps everything else, and names what it cannot reach.
#include "BackupTestSupport.h"
#include "Error.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "erase/RemainingCopies.h"
#include "transfer/Exporter.h"

#include <unistd.h>

#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace coffer;
using namespace coffer::test;

namespace {

QStringList pathsOf(const std::vector<ManagedBackup>& backups)
{
    QStringList out;
    for (const ManagedBackup& b : backups)
        out << b.path;
    out.sort();
    return out;
}

// Whether user's password opens the backup's data: the verifier passes, or it refuses only the role
// (a viewer may not back up), which it can tell only after the password opened the header and the
// snapshot.
bool opensWithPassword(const QString& backup, const QString& user, const QByteArray& password)
{
    const std::optional<ErrorCode> code =
        thrownCode([&] { (void)BackupVerifier::verify(backup, user, secret(password.constData())); });
    return !code || *code == ErrorCode::Permission;
}

QStringList pruneDetails(Vault& v)
{
    QStringList out;
    for (const AuditEntry& e : v.auditEntries(0, 10000))
        if (e.action == QLatin1String("backup.prune"))
            out << e.detail;
    return out;
}

} // namespace

class TestOldKeyBackups : public QObject
{
    Q_OBJECT

private slots:
    void init() { usePrivateSettings(); }

    // The owner removes bob, who kept his password: the managed backup and the one written by hand under
    // any name still open for him until the prune; then they open for nobody — even through a second
    // name for the same file — while the export and the restored copy are named as out of reach.
    void oldKeyBackupsAreDestroyedOnceANewOneVerifies()
    {
        Shop shop(2);
        shop.addMember(QStringLiteral("bob"), Role::Viewer);
        const QString managed = ManagedBackups(*shop.vault).backUpNow().path;
        QVERIFY(QDir().mkdir(shop.path("usb")));
        const QString byHand = BackupWriter::write(*shop.vault, shop.path("usb/monday.bin")).path;
        const QString secondName = shop.path("elsewhere-link");
        QCOMPARE(::link(QFile::encodeName(byHand).constData(), QFile::encodeName(secondName).constData()), 0);
        (void)Exporter(*shop.vault).run(shop.path("all.zip"), {});
        const QString kept = Restorer::restore(managed, shop.path("kept"), {}, secret(kOwnerPassword)).folder;
        shop.vault->lock(); // the next unlock learns of the restored copy
        shop.vault = Vault::unlock(shop.folder, {}, secret(kOwnerPassword));
        Vault& v = *shop.vault;
        const QByteArray bobs = VaultFixture::memberPassword(QStringLiteral("bob")).toUtf8();
        QVERIFY(RemainingCopies::backupsUnderOldKeys(v).empty()); // the key never changed: nothing is old

        v.removeUser(QStringLiteral("bob"));
        // Every backup so far: those two, and the automatic ones (bob's sign-in, the removal).
        const QStringList before = pathsOf(ManagedBackups(v).everywhere());
        QVERIFY(before.contains(managed) && before.contains(byHand) && before.size() > 2);
        v.rekey();
        QVERIFY(v.keyChanged().isValid());
        QCOMPARE(pathsOf(RemainingCopies::backupsUnderOldKeys(v)), before);
        QVERIFY(opensWithPassword(byHand, QStringLiteral("bob"), bobs));

        QStringList outOfReach;
        for (const RemainingCopy& c : RemainingCopies::outOfReachAfterKeyChange(v))
            outOfReach << RemainingCopies::kindName(c.kind) + u' ' + c.path;
        QCOMPARE(outOfReach, (QStringList{QStringLiteral("export ") + shop.path("all.zip"),
                                          QStringLiteral("restored-copy ") + kept}));

        const PruneResult r = RemainingCopies::pruneOldKeys(v);
        QVERIFY(r.madeNewBackup); // none was taken under the new key yet
        QVERIFY(r.failed.isEmpty());
        QStringList destroyed = r.destroyed;
        destroyed.sort();
        QCOMPARE(destroyed, before);
        for (const QString& path : before)
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        // The slots were overwritten in place, not just unlinked: another name for the file opens nothing.
        QVERIFY(QFileInfo::exists(secondName));
        QVERIFY(!opensWithPassword(secondName, QStringLiteral("bob"), bobs));
        QVERIFY(!opensWithPassword(secondName, QStringLiteral("Anna"), kOwnerPassword));
        // The new backup opens, with the new key and the owner's password, and not for bob.
        (void)BackupVerifier::verifyWithKey(r.verifiedBackup, v.id(), v.dataKey());
        QVERIFY(opensWithPassword(r.verifiedBackup, QStringLiteral("Anna"), kOwnerPassword));
        QVERIFY(!opensWithPassword(r.verifiedBackup, QStringLiteral("bob"), bobs));
        QCOMPARE(pruneDetails(v), QStringList{QStringLiteral("old-keys destroyed=%1 failed=0").arg(before.size())});

        // Run again: nothing is old, nothing is taken, nothing is audited.
        const PruneResult again = RemainingCopies::pruneOldKeys(v);
        QVERIFY(again.destroyed.isEmpty() && !again.madeNewBackup);
        QCOMPARE(pruneDetails(v).size(), 1);
        QCOMPARE(ManagedBackups(v).everywhere().size(), size_t(1));
    }

    // A backup taken under the current key is kept; so is one whose manifest was tampered with after the
    // change (it fails its MAC, but it is not old: `backup verify` reports it); a file that only starts
    // like a backup is named as unreadable and left alone.
    void onlyBackupsUnderAnOlderKeyAreDestroyed()
    {
        Shop shop(1);
        Vault& v = *shop.vault;
        ManagedBackups managed(v);
        const QString old = managed.backUpNow().path;
        v.rekey();
        const QString fresh = managed.backUpNow().path;
        QByteArray bytes = readAll(fresh);
        const QString forged = QFileInfo(fresh).absolutePath() + QStringLiteral("/forged.coffer-backup");
        const int manifestSize = qFromBigEndian<quint32>(bytes.constData() + 10);
        bytes[14 + manifestSize] = char(bytes[14 + manifestSize] ^ 1); // the manifest's MAC
        writeAll(forged, bytes);
        const QString cut = QFileInfo(fresh).absolutePath() + QStringLiteral("/cut.coffer-backup");
        writeAll(cut, readAll(fresh).left(BackupFile::kPrefixSize + 10));

        QStringList unreadable;
        QCOMPARE(pathsOf(RemainingCopies::backupsUnderOldKeys(v, &unreadable)), QStringList{old});
        const PruneResult r = RemainingCopies::pruneOldKeys(v);
        QVERIFY(!r.madeNewBackup);
        QCOMPARE(r.verifiedBackup, fresh);
        QCOMPARE(r.destroyed, QStringList{old});
        QVERIFY(QFileInfo::exists(fresh) && QFileInfo::exists(forged) && QFileInfo::exists(cut));
        QCOMPARE(readAll(fresh).size(), bytes.size());
        QVERIFY(opensWithPassword(fresh, QStringLiteral("Anna"), kOwnerPassword));
        QCOMPARE(unreadable.size(), 1);
        QVERIFY2(unreadable[0].startsWith(cut + QStringLiteral(": ")), qPrintable(unreadable[0]));
        QCOMPARE(r.unreadable, unreadable);
    }

    // When the newest backup under the new key does not verify, nothing old is destroyed.
    void aDamagedNewBackupStopsThePrune()
    {
        Shop shop(1);
        Vault& v = *shop.vault;
        ManagedBackups managed(v);
        const QString old = managed.backUpNow().path;
        v.rekey();
        const QString fresh = managed.backUpNow().path;
        QByteArray bytes = readAll(fresh);
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x40); // in the snapshot
        writeAll(fresh, bytes);
        QCOMPARE(thrownCode([&] { (void)RemainingCopies::pruneOldKeys(v); }), ErrorCode::Damaged);
        QVERIFY(QFileInfo::exists(old));
        QVERIFY(opensWithPassword(old, QStringLiteral("Anna"), kOwnerPassword));
        QVERIFY(pruneDetails(v).isEmpty());
    }

    // Destroying backups is for those who may make them: a viewer is refused and nothing changes.
    void aViewerMayNotPrune()
    {
        Shop shop(1);
        const QString old = ManagedBackups(*shop.vault).backUpNow().path;
        shop.vault->rekey();
        shop.addMember(QStringLiteral("vera"), Role::Viewer);
        shop.vault->lock();
        auto vera = VaultFixture::signInAs(shop.folder, QStringLiteral("vera"));
        QCOMPARE(thrownCode([&] { (void)RemainingCopies::pruneOldKeys(*vera); }), ErrorCode::Permission);
        QVERIFY(QFileInfo::exists(old));
    }

    // A backup made by hand after a change is the backup of that change: locking right after it takes no
    // second one.
    void lockingRightAfterABackupTakesNoSecond()
    {
        Shop shop(1);
        shop.vault->rekey();
        (void)ManagedBackups(*shop.vault).backUpNow();
        QCOMPARE(ManagedBackups(*shop.vault).list().size(), 1);
        shop.vault->lock();
        shop.vault = Vault::unlock(shop.folder, {}, secret(kOwnerPassword));
        QCOMPARE(ManagedBackups(*shop.vault).list().size(), 1);
        // A change after the backup is backed up at lock as before.
        (void)shop.addClient(QStringLiteral("Later Client"));
        shop.vault->lock();
        shop.vault = Vault::unlock(shop.folder, {}, secret(kOwnerPassword));
        QCOMPARE(ManagedBackups(*shop.vault).list().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOldKeyBackups)
#include "TestOldKeyBackups.moc"
