// Issue #12: every copy of a vault's data that Coffer made is known to the vault, and every erasure follows
// the data wherever Coffer can see it. The four everyday actions that broke the promise, and their
// variations: folder changes (two and three, the default folder, a backup moved by hand), restores of any
// backup, imports of old exports, restored copies, and cancellation with every copy, interrupted and
// resumed, with a folder out of reach, with a partial backup.
#include "BackupTestSupport.h"
#include "Error.h"
#include "backup/BackupFile.h"
#include "backup/BackupWriter.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "backup/SnapshotAccess.h"
#include "backup/Tombstones.h"
#include "backup/VaultCopies.h"
#include "erase/AccountCancellation.h"
#include "erase/ClientEraser.h"
#include "erase/RemainingCopies.h"
#include "erase/VaultReplacement.h"
#include "records/ClientRows.h"
#include "transfer/ExportHistory.h"
#include "transfer/Exporter.h"
#include "transfer/Importer.h"
#include "vault/KnownVaults.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace coffer;
using namespace coffer::test;

namespace {

std::unique_ptr<Vault> unlockOwner(const QString& folder)
{
    return Vault::unlock(folder, {}, secret(kOwnerPassword));
}

// Every file under root (recursively) whose bytes hold a key slot header of vaultId: a vault's header, or
// a backup's copy of it. After a cancellation none may be left that still opens.
QStringList filesOpeningWithPassword(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        for (const qint64 offset : {qint64(0), BackupFile::kPrefixSize}) {
            if (bytes.size() <= offset || !bytes.mid(offset).startsWith("COFFERVH"))
                continue;
            try {
                SnapshotAccess::open(bytes.mid(offset), {}, secret(kOwnerPassword));
                out << path;
            } catch (const Error&) {
            }
        }
    }
    return out;
}

QString backupNow(Vault& v)
{
    QThread::msleep(3); // distinct times, so "before the erasure" is unambiguous
    const QString path = ManagedBackups(v).backUpNow().path;
    QThread::msleep(3);
    return path;
}

} // namespace

class TestErasureEverywhere : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { usePrivateSettings(); }

    // A business changes its backup folder (twice), erases a client before and after each change, and
    // restores the oldest backup: nobody erased comes back, and restore says which files it read.
    void restoreAfterFolderChangesBringsNobodyBack()
    {
        Shop shop(4);
        Vault& v = *shop.vault;
        const QString first = backupNow(v); // in the default folder beside the vault
        ClientEraser(v).erase(shop.clientIds[0]);
        QVERIFY(QDir().mkdir(shop.path("nas")));
        ManagedBackups(v).setFolder(shop.path("nas"), FolderChange::Leave);
        ClientEraser(v).erase(shop.clientIds[1]);
        QVERIFY(QDir().mkdir(shop.path("disk")));
        const FolderChangeResult moved = ManagedBackups(v).setFolder(shop.path("disk"), FolderChange::Move);
        QVERIFY(moved.moved.contains(Tombstones::filePath(shop.path("disk"), v.id())));
        ClientEraser(v).erase(shop.clientIds[2]);

        // The vault knows all three folders, with when they were used.
        const std::vector<BackupFolder> folders = ManagedBackups(v).folders();
        QCOMPARE(folders.size(), size_t(3));
        QCOMPARE(folders.front().path, shop.path("disk"));
        QVERIFY(folders.front().current);
        // Every folder holds every tombstone.
        for (const BackupFolder& f : folders) {
            if (f.path == shop.path("nas"))
                QCOMPARE(Tombstones::read(Tombstones::filePath(f.path, v.id()), v.id(), v.stableKeys()).size(),
                         size_t(3));
        }

        const RestoreResult r = Restorer::restore(first, shop.path("back"), {}, secret(kOwnerPassword));
        QCOMPARE(r.tombstonesRead, 3);
        QCOMPARE(r.tombstonesApplied, 3);
        QVERIFY(!r.tombstoneFiles.isEmpty());
        auto restored = unlockOwner(r.folder);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!ClientStore(*restored).exists(shop.clientIds[i]));
        QVERIFY(ClientStore(*restored).exists(shop.clientIds[3]));
        for (const ErasureCheck& c : r.checks)
            QVERIFY2(c.passed, qPrintable(c.key + u' ' + c.detail));
        restored.reset();

        // A backup moved by hand into a folder Coffer never used finds the tombstones all the same.
        QVERIFY(QDir().mkdir(shop.path("usb")));
        QVERIFY(QFile::copy(first, shop.path("usb/copy.coffer-backup")));
        const RestoreResult fromUsb =
            Restorer::restore(shop.path("usb/copy.coffer-backup"), shop.path("back2"), {}, secret(kOwnerPassword));
        QCOMPARE(fromUsb.tombstonesApplied, 3);

        // On another machine, with only the old folder and the backup: the old folder's file suffices.
        usePrivateSettings();
        const RestoreResult elsewhere = Restorer::restore(first, shop.path("back3"), {}, secret(kOwnerPassword));
        QCOMPARE(elsewhere.tombstonesApplied, 3);
    }

    // An erasure made while a recorded folder is out of reach reaches it at the next unlock that finds it.
    void tombstonesReachAFolderThatComesBack()
    {
        Shop shop(2);
        Vault& v = *shop.vault;
        QVERIFY(QDir().mkdir(shop.path("nas")));
        ManagedBackups(v).setFolder(shop.path("nas"), FolderChange::Move);
        const QString old = backupNow(v);
        ManagedBackups(v).setFolder({}, FolderChange::Leave); // back to the default; nas stays on the list
        QVERIFY(QDir().rename(shop.path("nas"), shop.path("nas-unplugged")));
        const ErasureReport report = ClientEraser(v).erase(shop.clientIds[0]);
        bool named = false;
        for (const RemainingCopy& c : report.remaining)
            named = named || (c.kind == RemainingCopy::Kind::UnreachableFolder && c.path == shop.path("nas"));
        QVERIFY(named); // the report says which folder it could not search
        QVERIFY(QDir().rename(shop.path("nas-unplugged"), shop.path("nas")));
        shop.vault.reset();
        shop.vault = unlockOwner(shop.folder);
        QCOMPARE(Tombstones::read(Tombstones::filePath(shop.path("nas"), shop.vault->id()), shop.vault->id(),
                                  shop.vault->stableKeys())
                     .size(),
                 size_t(1));
        usePrivateSettings(); // a machine that knows nothing: the backup's own folder holds the tombstone now
        QCOMPARE(Restorer::restore(old, shop.path("r"), {}, secret(kOwnerPassword)).tombstonesApplied, 1);
    }

    // Someone imports last month's export: the client erased since is not re-created, unless asked.
    void importRefusesErasedClients()
    {
        Shop shop(3);
        Vault& v = *shop.vault;
        const QString before = shop.path("before.zip");
        (void)Exporter(v).run(before, {});
        const QString gone = shop.clientIds[1];
        const ErasureReport report = ClientEraser(v).erase(gone);
        // The report names the export as a copy Coffer cannot reach.
        bool listed = false;
        for (const RemainingCopy& c : report.remaining)
            listed = listed || (c.kind == RemainingCopy::Kind::Export && c.path == before);
        QVERIFY(listed);
        const QString after = shop.path("after.zip");
        (void)Exporter(v).run(after, {});
        const std::vector<ExportRecord> history = ExportHistory::list(v.database());
        QCOMPARE(history.size(), size_t(2));
        QCOMPARE(history.front().path, after);
        QCOMPARE(history.front().manifestSha256.size(), 64);

        ImportReport r = Importer(v).run(before, nullptr);
        QCOMPARE(r.erasedNotImported, 1);
        QCOMPARE(r.clients, 0);
        QVERIFY(!ClientStore(v).exists(gone));
        QCOMPARE(v.database().scalar("SELECT count(*) FROM notes WHERE client_id = '" + gone.toLatin1() + "'"),
                 qint64(0));
        // Into a fresh vault (no tombstones there), the same export imports everything: the refusal is
        // this vault's memory of its own erasures.
        Shop other(0);
        QCOMPARE(Importer(*other.vault).run(before, nullptr).clients, 3);
        // Deliberately: re-created, and the audit log says so.
        r = Importer(v).run(before, nullptr, true);
        QCOMPARE(r.erasedReimported, 1);
        QVERIFY(ClientStore(v).exists(gone));
        QCOMPARE(v.database().scalar("SELECT count(*) FROM audit WHERE action = 'import.erased'"), qint64(1));
    }

    // The erasure report: kept as evidence, lists the backups made before it, never names the person.
    void erasureReportIsEvidenceAndNamesTheCopies()
    {
        Shop shop(2);
        Vault& v = *shop.vault;
        const QString backup = backupNow(v);
        const QString gone = shop.clientIds[0];
        const ErasureReport report = ClientEraser(v).erase(gone);
        QVERIFY(report.passed());
        bool listed = false;
        for (const RemainingCopy& c : report.remaining)
            listed = listed || (c.kind == RemainingCopy::Kind::Backup && c.path == backup);
        QVERIFY(listed);
        const QString text = report.toText();
        QVERIFY(!text.contains(QStringLiteral("Ozoli")));
        QVERIFY(!text.contains(gone));
        QVERIFY(text.contains(report.sha256));
        const std::vector<ErasureEvidence> evidence = erasureEvidence(v.database());
        QCOMPARE(evidence.size(), size_t(1));
        QCOMPARE(evidence.front().reportSha256, report.sha256);
        QCOMPARE(evidence.front().pseudonym, v.pseudonym(gone));
        QVERIFY(evidence.front().passed);

        // Prune: the old backup holds the person; a newer verified one is made, then the old one goes.
        QCOMPARE(RemainingCopies::backupsBeforeErasures(v).size(), size_t(1));
        const PruneResult pruned = RemainingCopies::pruneBeforeErasures(v);
        QVERIFY(pruned.madeNewBackup);
        QCOMPARE(pruned.destroyed, QStringList{backup});
        QVERIFY(!QFileInfo::exists(backup));
        QVERIFY(RemainingCopies::backupsBeforeErasures(v).empty());
        QCOMPARE(ManagedBackups(v).everywhere().size(), size_t(1));
    }

    // A crash between deleting the rows and compacting: the next unlock finishes the compaction.
    void pendingCompactionIsFinishedAtUnlock()
    {
        Shop shop(3);
        {
            Transaction tx(shop.vault->database());
            deleteClientRows(shop.vault->database(), shop.clientIds[0], shop.vault->pseudonym(shop.clientIds[0]));
            markCompactionPending(shop.vault->database());
            tx.commit();
        }
        QVERIFY(shop.vault->database().scalar("PRAGMA freelist_count") > 0);
        shop.vault->closeWithoutWriting(); // as if the process died here
        shop.vault.reset();
        shop.vault = unlockOwner(shop.folder);
        QCOMPARE(shop.vault->database().scalar("PRAGMA freelist_count"), qint64(0));
        QCOMPARE(shop.vault->database().scalar("SELECT count(*) FROM meta WHERE key = 'erasure.compaction-pending'"),
                 qint64(0));
    }

    // The owner changes the backup folder, restores a backup as a separate vault, and cancels: every copy
    // is destroyed, in every folder, and none opens with the password afterwards.
    void cancellationCoversEveryFolderAndCopy()
    {
        Shop shop(2);
        Vault& v = *shop.vault;
        const QString old = backupNow(v); // default folder
        QVERIFY(QDir().mkdir(shop.path("nas")));
        ManagedBackups(v).setFolder(shop.path("nas"), FolderChange::Leave);
        (void)backupNow(v);
        const RestoreResult copy = Restorer::restore(old, shop.path("copy"), {}, secret(kOwnerPassword));
        // A partial backup a crash left behind: temporary name, prefix still zero, header copy in place.
        QByteArray partial = readAll(old);
        partial.replace(0, int(BackupFile::kPrefixSize), QByteArray(int(BackupFile::kPrefixSize), '\0'));
        writeAll(shop.path("nas/shop-20261201.coffer-backup.a1b2c3"), partial);
        QVERIFY(!filesOpeningWithPassword(shop.dir.path()).isEmpty());

        // A backup written by hand into a folder of the user's: a copy Coffer made, so it goes too, and
        // the folder (the user's own) stays.
        QVERIFY(QDir().mkdir(shop.path("usb")));
        writeAll(shop.path("usb/letter.txt"), "not the vault's");
        const QString byHand = BackupWriter::write(v, shop.path("usb/by-hand.coffer-backup")).path;
        QCOMPARE(AccountCancellation::keptCopies(v), QStringList{copy.folder});
        AccountCancellation cancel(v);
        cancel.setDestroyKeptCopies(true);
        cancel.setCertificatePath(shop.path("certificate.json"));
        const CancellationResult r = cancel.cancel(QStringLiteral("shop"));
        QVERIFY2(r.completed, qPrintable(r.failure));
        QCOMPARE(r.copyFolders, QStringList{copy.folder});
        QStringList kinds;
        for (const CancelledFile& f : r.files)
            kinds << f.file.kind;
        QVERIFY(kinds.contains(QStringLiteral("partial-backup")));
        QCOMPARE(kinds.count(QStringLiteral("backup")), 3); // the default folder's, nas's, the one by hand
        QVERIFY(kinds.contains(QStringLiteral("copy")));
        QVERIFY(!QFileInfo::exists(copy.folder));
        QVERIFY(!QFileInfo::exists(shop.folder));
        QVERIFY(!QFileInfo::exists(byHand));
        QCOMPARE(readAll(shop.path("usb/letter.txt")), QByteArray("not the vault's"));
        QVERIFY(QFileInfo(shop.path("nas")).isDir()); // a folder the user chose stays, emptied
        QCOMPARE(filesOpeningWithPassword(shop.dir.path()), QStringList());
        QVERIFY(AccountCancellation::pendingJournals().isEmpty());
        const QJsonObject cert = QJsonDocument::fromJson(readAll(shop.path("certificate.json"))).object();
        const QJsonObject media = cert[QStringLiteral("mediaInformation")].toObject();
        QCOMPARE(media[QStringLiteral("restoredCopies")].toArray().size(), 1);
        QVERIFY(media[QStringLiteral("backupFolders")].toArray().size() >= 2);
    }

    // A copy the user keeps is named, not destroyed; a recorded folder out of reach stops the certificate
    // until a resume finds it again.
    void keptCopiesAndUnreachableFoldersAreNamed()
    {
        Shop shop(1);
        Vault& v = *shop.vault;
        const QString old = backupNow(v);
        const RestoreResult copy = Restorer::restore(old, shop.path("kept"), {}, secret(kOwnerPassword));
        QVERIFY(QDir().mkdir(shop.path("nas")));
        ManagedBackups(v).setFolder(shop.path("nas"), FolderChange::Leave);
        (void)backupNow(v);
        QVERIFY(QDir().rename(shop.path("nas"), shop.path("nas-away")));

        AccountCancellation cancel(v);
        cancel.setCertificatePath(shop.path("certificate.json"));
        const CancellationResult r = cancel.cancel(QStringLiteral("shop"));
        QVERIFY(!r.completed);
        QVERIFY(r.keySlotsDestroyed);
        QCOMPARE(r.unreachableFolders, QStringList{shop.path("nas")});
        QVERIFY(r.failure.contains(shop.path("nas")));
        QCOMPARE(r.keptCopies, QStringList{copy.folder});
        QVERIFY(!QFileInfo::exists(shop.path("certificate.json")));
        QVERIFY(!r.journal.isEmpty() && QFileInfo::exists(r.journal));
        QVERIFY(unlockOwner(copy.folder)->isUnlocked()); // kept: it opens, and the result said so

        QVERIFY(QDir().rename(shop.path("nas-away"), shop.path("nas")));
        const CancellationResult resumed = AccountCancellation::resume(r.journal);
        for (const CancelledFile& f : resumed.files)
            QVERIFY2(!QFileInfo::exists(f.file.path), qPrintable(f.file.path + u' ' + f.file.readBack));
        for (const ErasureCheck& c : resumed.verification)
            QVERIFY2(c.passed, qPrintable(c.key + u' ' + c.detail));
        QVERIFY2(resumed.completed, qPrintable(resumed.failure));
        QVERIFY(!QFileInfo::exists(r.journal));
        QVERIFY(QFileInfo::exists(shop.path("certificate.json")));
        QStringList left = filesOpeningWithPassword(shop.dir.path());
        left.removeIf([&](const QString& p) { return p.startsWith(copy.folder); });
        QCOMPARE(left, QStringList());
        const QJsonObject media = QJsonDocument::fromJson(readAll(shop.path("certificate.json")))
                                      .object()[QStringLiteral("mediaInformation")]
                                      .toObject();
        QCOMPARE(media[QStringLiteral("restoredCopiesKept")].toArray().size(), 1);
    }

    // A recorded folder that is gone for good (a lost drive): a resume told so completes, and the
    // certificate names the folder as not reached.
    void abandonedFolderIsNamedNotSanitised()
    {
        Shop shop(1);
        Vault& v = *shop.vault;
        QVERIFY(QDir().mkdir(shop.path("lost")));
        ManagedBackups(v).setFolder(shop.path("lost"), FolderChange::Move);
        (void)backupNow(v);
        ManagedBackups(v).setFolder({}, FolderChange::Leave);
        QVERIFY(QDir(shop.path("lost")).removeRecursively());
        AccountCancellation cancel(v);
        cancel.setCertificatePath(shop.path("certificate.json"));
        const CancellationResult r = cancel.cancel(QStringLiteral("shop"));
        QVERIFY(!r.completed);
        QCOMPARE(r.unreachableFolders, QStringList{shop.path("lost")});
        QVERIFY(AccountCancellation::resume(r.journal).unreachableFolders == QStringList{shop.path("lost")});
        const CancellationResult done = AccountCancellation::resume(r.journal, {}, {shop.path("lost")});
        QVERIFY2(done.completed, qPrintable(done.failure));
        QCOMPARE(done.abandonedFolders, QStringList{shop.path("lost")});
        const QJsonObject media = QJsonDocument::fromJson(readAll(shop.path("certificate.json")))
                                      .object()[QStringLiteral("mediaInformation")]
                                      .toObject();
        QCOMPARE(media[QStringLiteral("backupFoldersNotReached")].toArray().size(), 1);
        QVERIFY(readAll(shop.path("certificate.txt")).contains("NOT reached"));
    }

    // Restore in place of the vault, after verifying: the backup's state is the vault's, the erasure since
    // is re-applied, the previous files are gone and nothing is left beside it.
    void replaceTheCurrentVault()
    {
        Shop shop(3);
        const QString old = backupNow(*shop.vault);
        ClientEraser(*shop.vault).erase(shop.clientIds[0]);
        const QString later = shop.addClient(QStringLiteral("Later Client"));
        shop.vault->rekey(); // a later generation than the backup's: this machine has seen it
        QCOMPARE(thrownCode([&] { (void)VaultReplacement::replace(old, shop.folder, {}, secret(kOwnerPassword)); }),
                 ErrorCode::InUse); // open: untouched
        Shop other(0);
        const QString foreign = backupNow(*other.vault);
        const QString folder = shop.vault->path();
        shop.vault.reset();
        QCOMPARE(thrownCode([&] { (void)VaultReplacement::replace(foreign, folder, {}, secret(kOwnerPassword)); }),
                 ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { (void)VaultReplacement::replace(old, folder, {}, secret("wrong password")); }),
                 ErrorCode::Auth);
        QVERIFY(ClientStore(*unlockOwner(folder)).exists(later)); // every refusal left it as it was

        const ReplaceResult r = VaultReplacement::replace(old, folder, {}, secret(kOwnerPassword));
        QCOMPARE(r.restore.folder, folder);
        QCOMPARE(r.restore.tombstonesApplied, 1);
        QVERIFY(r.replaced.size() >= 3); // at least lock, vault.db, header
        auto v = unlockOwner(folder);
        QVERIFY2(v->rollbackWarning().isEmpty(), qPrintable(v->rollbackWarning())); // asked for, not a rollback
        QVERIFY(!ClientStore(*v).exists(later));                                    // the backup's day
        QVERIFY(!ClientStore(*v).exists(shop.clientIds[0]));                        // erased since: erased again
        QVERIFY(ClientStore(*v).exists(shop.clientIds[1]));
        QCOMPARE(QDir(shop.dir.path()).entryList({QStringLiteral("*.restoring-*")}, QDir::AllEntries), QStringList());
    }

    // A replacement killed at each of its steps (the restore itself, the current vault's slots, each file,
    // the rename): before it was decided the vault is as it was and what was left is discarded; from then
    // on finish() completes it. Either way, in the end exactly one vault opens, nothing is left beside it,
    // and it is no longer a "copy" of itself.
    void replaceKilledAtEveryStepThenFinished()
    {
        for (int killAt = -1;; ++killAt) { // -1: during the restore
            usePrivateSettings();
            Shop shop(2);
            const QString old = backupNow(*shop.vault);
            const QString later = shop.addClient(QStringLiteral("Later Client"));
            const QString folder = shop.vault->path();
            const QByteArray id = shop.vault->id();
            shop.vault.reset();
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                int step = 0;
                RestoreOptions options;
                options.progress = [&](qint64, qint64) {
                    if (killAt == -1)
                        ::raise(SIGKILL);
                };
                try {
                    (void)VaultReplacement::replace(old, folder, {}, secret(kOwnerPassword), options,
                                                    [&](const QString&) {
                                                        if (step++ == killAt)
                                                            ::raise(SIGKILL);
                                                    });
                } catch (...) {
                    ::_exit(2);
                }
                ::_exit(0);
            }
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            if (WIFEXITED(status)) {
                QCOMPARE(WEXITSTATUS(status), 0);
                QVERIFY(killAt > 3); // slots, lock, vault.db, header, rename at least
                QVERIFY(VaultReplacement::interrupted(folder).empty());
                break;
            }
            QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
            const std::vector<InterruptedReplacement> left = VaultReplacement::interrupted(folder);
            QCOMPARE(int(left.size()), 1);
            if (killAt == -1) {
                QVERIFY(!left[0].restored && !left[0].replacing);
                QCOMPARE(thrownCode([&] { (void)VaultReplacement::finish(folder, left[0].folder); }),
                         ErrorCode::Failed);
                VaultReplacement::discard(left[0].folder);
                QVERIFY(!QFileInfo::exists(left[0].folder));
                QVERIFY(ClientStore(*unlockOwner(folder)).exists(later)); // untouched
                continue;
            }
            QVERIFY(left[0].restored && left[0].replacing);
            QCOMPARE(thrownCode([&] { VaultReplacement::discard(left[0].folder); }), ErrorCode::Usage);
            QCOMPARE(thrownCode([&] { (void)VaultReplacement::replace(old, folder, {}, secret(kOwnerPassword)); }),
                     ErrorCode::Usage); // not again on top of an unfinished one
            const ReplaceResult done = VaultReplacement::finish(folder, left[0].folder);
            QCOMPARE(done.restore.folder, QDir::cleanPath(folder));
            QVERIFY(VaultReplacement::interrupted(folder).empty());
            auto v = unlockOwner(folder);
            QVERIFY(!ClientStore(*v).exists(later)); // the backup's day
            QCOMPARE(ClientStore(*v).count({}), 2);
            QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QString::fromLatin1(VaultReplacement::kReplacingMark))));
            QVERIFY(!KnownVaults::vaultFolders(id).contains(left[0].folder));
            for (const VaultCopy& c : VaultCopies::list(*v))
                QVERIFY2(c.folder != left[0].folder, qPrintable(c.folder));
        }
    }

    // A restore beside the vault that was never marked (the process stopped between the restore and the
    // decision): it cannot be finished, only discarded, and is forgotten as a copy when it is.
    void undecidedReplacementIsOnlyDiscarded()
    {
        Shop shop(1);
        const QString old = backupNow(*shop.vault);
        const QString folder = shop.vault->path();
        const QByteArray id = shop.vault->id();
        shop.vault.reset();
        const QString restored =
            Restorer::restore(old, shop.path("shop.restoring-20260101-000000"), {}, secret(kOwnerPassword)).folder;
        const std::vector<InterruptedReplacement> left = VaultReplacement::interrupted(folder);
        QCOMPARE(int(left.size()), 1);
        QCOMPARE(left[0].folder, restored);
        QVERIFY(left[0].restored && !left[0].replacing);
        QCOMPARE(thrownCode([&] { (void)VaultReplacement::finish(folder, restored); }), ErrorCode::Failed);
        QVERIFY(KnownVaults::vaultFolders(id).contains(restored));
        VaultReplacement::discard(restored);
        QVERIFY(!QFileInfo::exists(restored));
        QVERIFY(!KnownVaults::vaultFolders(id).contains(restored));
        QVERIFY(KnownVaults::restores(id).isEmpty());
        QVERIFY(unlockOwner(folder)->isUnlocked());
    }

    // SIGKILL at each step of a cancellation, then a resume: it always finishes with a certificate, and
    // from the first destroyed slot on nothing opens.
    void killedAtEveryStepThenResumed()
    {
        for (int killAt = 0;; ++killAt) {
            usePrivateSettings();
            Shop shop(1);
            (void)backupNow(*shop.vault);
            const QString folder = shop.folder;
            const QString certificate = shop.path("certificate.json");
            shop.vault.reset();
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                auto v = unlockOwner(folder);
                AccountCancellation cancel(*v);
                cancel.setCertificatePath(certificate);
                int step = 0;
                cancel.setBeforeEachFile([&](const QString&) {
                    if (step++ == killAt)
                        ::raise(SIGKILL);
                });
                const CancellationResult r = cancel.cancel(QStringLiteral("shop"));
                ::_exit(r.completed ? 0 : 1);
            }
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            if (WIFEXITED(status)) { // no step left to kill at: the last run went through
                QCOMPARE(WEXITSTATUS(status), 0);
                QVERIFY(killAt > 5);
                QVERIFY(QFileInfo::exists(certificate));
                break;
            }
            QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
            const QStringList journals = AccountCancellation::pendingJournals();
            QCOMPARE(journals.size(), 1);
            const CancellationResult r = AccountCancellation::resume(journals.front());
            if (killAt == 0) { // before the first slot: nothing was destroyed, the vault still opens
                QVERIFY(!r.completed);
                QVERIFY(unlockOwner(folder)->isUnlocked());
                QVERIFY(AccountCancellation::pendingJournals().isEmpty());
                continue;
            }
            QVERIFY2(r.completed, qPrintable(QStringLiteral("step %1: %2").arg(killAt).arg(r.failure)));
            QVERIFY(QFileInfo::exists(certificate));
            QVERIFY(!QFileInfo::exists(folder));
            QCOMPARE(filesOpeningWithPassword(shop.dir.path()), QStringList());
            QVERIFY(AccountCancellation::pendingJournals().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestErasureEverywhere)
#include "TestErasureEverywhere.moc"
