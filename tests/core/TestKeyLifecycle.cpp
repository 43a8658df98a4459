// Header format 2 over time: a format-1 vault moves to key pairs as its people sign in, and a header and
// database that do not belong together say so.
#include "Error.h"
#include "TestSupport.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "backup/Tombstones.h"
#include "crypto/Random.h"
#include "erase/ClientEraser.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "vault/Vault.h"

#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

const char* const kBobPassword = "bobs own long password";

QByteArray headerOf(const QString& folder)
{
    return readAll(folder + QStringLiteral("/header"));
}

VaultHeader parsedHeaderOf(const QString& folder)
{
    return VaultHeader::parse(headerOf(folder));
}

int pendingSlots(const QString& folder)
{
    int n = 0;
    for (const KeySlot& s : parsedHeaderOf(folder).keySlots)
        n += s.isPending();
    return n;
}

QStringList actionsOf(Vault& v)
{
    QStringList actions;
    for (const AuditEntry& e : v.auditEntries(0, 10000))
        actions << e.action;
    return actions;
}

QString generationInDatabase(Vault& v)
{
    Statement st = v.database().prepare("SELECT value FROM meta WHERE key = 'header.generation'");
    return st.next() ? st.text(0) : QString();
}

QString addClient(Vault& v, const QString& given, const QString& family)
{
    Client c;
    c.givenName = given;
    c.familyName = family;
    return ClientStore(v).add(c);
}

// A vault with the owner Anna and the editor bob, who chose his own password; returns its recovery key.
Secret makeAnnaAndBob(const QString& folder)
{
    auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
    Secret oneTime = created.vault->addUser(QStringLiteral("bob"), Role::Editor);
    created.vault->lock();
    Vault::unlock(folder, QStringLiteral("bob"), oneTime)->changePassword(secret(kBobPassword));
    return std::move(created.recoveryKey);
}

// A vault with an owner, an editor who chose his own password, two clients (one erased) and a note.
struct Shop
{
    QString folder;
    QString kept;   // the client kept
    QString erased; // the client erased
    QString note;
};

Shop makeShop(const QString& folder)
{
    Shop shop{folder, {}, {}, {}};
    auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
    Vault& v = *created.vault;
    shop.kept = addClient(v, QStringLiteral("Ilze"), QStringLiteral("Ozola"));
    shop.note = NoteStore(v).add(shop.kept, NoteKind::Note, QStringLiteral("Prefers mornings"));
    shop.erased = addClient(v, QStringLiteral("Jānis"), QStringLiteral("Bērziņš"));
    (void)ClientEraser(v).erase(shop.erased);
    Secret oneTime = v.addUser(QStringLiteral("bob"), Role::Editor);
    v.lock();
    auto bob = Vault::unlock(folder, QStringLiteral("bob"), oneTime);
    bob->changePassword(secret(kBobPassword));
    return shop;
}

// Runs work in a child process that work itself ends (with _exit) or that ends when work returns: the
// parent sees the files as a crash at that moment would leave them.
void inChild(const std::function<void()>& work)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        try {
            work();
        } catch (...) {
            ::_exit(3);
        }
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
}

// Whether key opens the vault's database at all (SQLCipher refuses a wrong key at the first read).
bool keyOpensDatabase(const QString& folder, const Secret& key, const CipherSettings& cipher)
{
    try {
        Database db;
        db.open(folder + QStringLiteral("/vault.db"), key, cipher, false);
        return true;
    } catch (const Error&) {
        return false;
    }
}

} // namespace

class TestKeyLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewVaultHasKeyPairsAndGenerationOne()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new.coffer"));
        auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        const QByteArray bytes = headerOf(folder);
        const VaultHeader h = VaultHeader::parse(bytes);
        QCOMPARE(h.formatVersion, quint16(2));
        QCOMPARE(h.generation, quint64(1));
        QCOMPARE(generationInDatabase(*created.vault), QStringLiteral("1"));
        QCOMPARE(bytes.size(), 73 + h.cipherLibraryVersion.size() + 2 + 2 * 258 + 32);
        for (const KeySlot& s : h.keySlots) {
            QVERIFY(!s.isPending());
            QCOMPARE(s.publicKey.size(), KeySlot::kPublicKeySize);
            QCOMPARE(s.envelope.size(), KeySlot::kEnvelopeSize);
        }
        QVERIFY(h.keySlots[0].publicKey != h.keySlots[1].publicKey);
        // Each change of the header is one generation, in the header and in vault.db alike.
        (void)created.vault->addUser(QStringLiteral("bob"), Role::Editor);
        QCOMPARE(parsedHeaderOf(folder).generation, quint64(2));
        QCOMPARE(generationInDatabase(*created.vault), QStringLiteral("2"));
        QVERIFY(created.vault->rollbackWarning().isEmpty());
    }

    // The data key sealed to a slot's public key opens with its private key, and a new data key can be
    // sealed to it without the password; the password's seal stays as it was.
    void aSlotIsResealedWithoutItsPassword()
    {
        const QByteArray vaultId = randomBytes(16);
        const Secret first = randomSecret(KeySlot::kDataKeySize);
        const KeySlot slot =
            KeySlot::seal(first, secret("pass word one"), kCheapKdf, SlotKind::User, randomBytes(32), vaultId);
        QVERIFY(slot.open(secret("pass word one"), vaultId).equals(first));
        const Secret second = randomSecret(KeySlot::kDataKeySize);
        const KeySlot resealed = slot.resealed(second);
        QCOMPARE(resealed.sealedKey, slot.sealedKey);
        QVERIFY(resealed.envelope != slot.envelope);
        QVERIFY(resealed.open(secret("pass word one"), vaultId).equals(second));
        QCOMPARE(thrownCode([&] { (void)resealed.open(secret("pass word two"), vaultId); }), ErrorCode::Auth);
        // Another public key with the same seal: the associated data no longer matches.
        KeySlot swapped = resealed;
        swapped.publicKey =
            KeySlot::seal(second, secret("x y z w v"), kCheapKdf, SlotKind::User, randomBytes(32), vaultId).publicKey;
        QCOMPARE(thrownCode([&] { (void)swapped.open(secret("pass word one"), vaultId); }), ErrorCode::Auth);
        // A pending slot (format 1) has no key pair to seal to.
        const KeySlot pending =
            KeySlot::sealPending(first, secret("pass word one"), kCheapKdf, SlotKind::User, randomBytes(32), vaultId);
        QVERIFY(pending.open(secret("pass word one"), vaultId).equals(first));
        QCOMPARE(thrownCode([&] { (void)pending.resealed(second); }), ErrorCode::Failed);
    }

    // A vault made by an earlier Coffer (header format 1): its owner's first unlock backs it up and moves it
    // to format 2; everybody else's slot follows at their own next sign-in; passwords never change.
    void aFormatOneVaultMovesToKeyPairsAsPeopleSignIn()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("old.coffer"));
        Secret recoveryKey = makeAnnaAndBob(folder);
        writeFormatOne(folder, recoveryKey);
        const QByteArray formatOne = headerOf(folder);
        QCOMPARE(parsedHeaderOf(folder).formatVersion, quint16(1));
        QCOMPARE(pendingSlots(folder), 3);

        // An editor's sign-in leaves the format to the owner or an admin.
        {
            auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
            QVERIFY(bob->rollbackWarning().isEmpty());
            QCOMPARE(bob->headerFormat(), quint16(1));
        }
        QCOMPARE(headerOf(folder), formatOne);

        // The owner's: a backup of the vault as it was, then format 2 with her slot's key pair.
        const int backupsBefore = int(QDir(folder + QStringLiteral("-backups")).entryList(QDir::Files).size());
        {
            auto anna = Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword));
            QVERIFY(anna->rollbackWarning().isEmpty());
            QCOMPARE(anna->headerFormat(), quint16(2));
            const QStringList actions = actionsOf(*anna);
            const qsizetype upgrade = actions.lastIndexOf(QStringLiteral("vault.upgrade"));
            QVERIFY(upgrade > 0);
            QCOMPARE(actions.at(upgrade - 1), QStringLiteral("backup.create"));
            QCOMPARE(anna->auditEntries(0, 10000).at(size_t(upgrade - 1)).detail, QStringLiteral("before-upgrade"));
            QCOMPARE(generationInDatabase(*anna), QStringLiteral("1"));
            QCOMPARE(int(QDir(folder + QStringLiteral("-backups")).entryList(QDir::Files).size()), backupsBefore + 1);
        }
        const VaultHeader migrated = parsedHeaderOf(folder);
        QCOMPARE(migrated.formatVersion, quint16(2));
        QCOMPARE(migrated.generation, quint64(1));
        QVERIFY(!migrated.ownerSlot()->isPending());
        QCOMPARE(pendingSlots(folder), 2);

        // Bob's next sign-in gives him his key pair; the recovery key's use gives it one.
        (void)Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
        QCOMPARE(pendingSlots(folder), 1);
        QVERIFY(parsedHeaderOf(folder).recoverySlot()->isPending());
        (void)Vault::recover(folder, QStringLiteral("Anna"), recoveryKey, secret("annas next long password"));
        QCOMPARE(pendingSlots(folder), 0);

        // Every password and the recovery key still open it, and nothing looks rolled back.
        for (const auto& [name, password] : {std::pair{"Anna", "annas next long password"}, {"bob", kBobPassword}}) {
            auto v = Vault::unlock(folder, QString::fromUtf8(name), secret(password));
            QVERIFY(v->rollbackWarning().isEmpty());
            QCOMPARE(generationInDatabase(*v), QString::number(parsedHeaderOf(folder).generation));
        }
        (void)Vault::recover(folder, QStringLiteral("bob"), recoveryKey, secret("bobs newest long password"));
    }

    // Never the user's own settings file: KnownVaults keeps this machine's records there.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"),
                           QStringLiteral("coffer"));
        settings.clear();
    }

    // The header and vault.db put back together from an older copy agree with each other; this machine's
    // record of the highest generation it saw does not. Only the owner or an admin signing in acknowledges
    // it; a record edited by hand does not verify; a vault replaced by a backup starts afresh.
    void aWholeVaultPutBackIsAnnounced()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("w.coffer"));
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            created.vault->setKeepBackups(0);
            Secret oneTime = created.vault->addUser(QStringLiteral("bob"), Role::Viewer);
            created.vault->lock();
            Vault::unlock(folder, QStringLiteral("bob"), oneTime)->changePassword(secret(kBobPassword));
        }
        const QByteArray oldHeader = headerOf(folder);
        const QByteArray oldDatabase = readAll(folder + QStringLiteral("/vault.db"));
        const quint64 oldGeneration = parsedHeaderOf(folder).generation;
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY(v->rollbackWarning().isEmpty());
            v->removeUser(QStringLiteral("bob"));
            v->rekey();
        }
        const quint64 newGeneration = parsedHeaderOf(folder).generation;
        QVERIFY(newGeneration > oldGeneration);
        const QByteArray newHeader = headerOf(folder);
        const QByteArray newDatabase = readAll(folder + QStringLiteral("/vault.db"));

        // bob puts back the pair from when he was a member, and opens it: he is told, and it stays.
        writeAll(folder + QStringLiteral("/header"), oldHeader);
        writeAll(folder + QStringLiteral("/vault.db"), oldDatabase);
        const QString expected = QStringLiteral("seen this vault at change %1, and its files are now at change %2")
                                     .arg(newGeneration)
                                     .arg(oldGeneration);
        for (int i = 0; i < 2; ++i) {
            auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
            QVERIFY2(bob->rollbackWarning().contains(expected), qPrintable(bob->rollbackWarning()));
        }
        // The owner is warned too, and the log has it; having seen it, she has acknowledged it.
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY2(v->rollbackWarning().contains(expected), qPrintable(v->rollbackWarning()));
            QVERIFY(actionsOf(*v).contains(QStringLiteral("vault.rollback")));
        }
        QVERIFY(Vault::unlock(folder, QString(), secret(kOwnerPassword))->rollbackWarning().isEmpty());

        // The record edited by hand, to hide a rollback: it does not verify, and that is said.
        writeAll(folder + QStringLiteral("/header"), newHeader);
        writeAll(folder + QStringLiteral("/vault.db"), newDatabase);
        (void)Vault::unlock(folder, QString(), secret(kOwnerPassword)); // the record follows the vault again
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"),
                               QStringLiteral("coffer"));
            settings.beginGroup(QStringLiteral("generations/") +
                                QString::fromLatin1(parsedHeaderOf(folder).vaultId.toHex()));
            const QStringList keys = settings.childKeys();
            QCOMPARE(keys.size(), 1);
            QString value = settings.value(keys.first()).toString();
            QVERIFY(value.startsWith(QString::number(newGeneration) + u' '));
            settings.setValue(keys.first(), QString::number(oldGeneration) + value.mid(value.indexOf(u' ')));
        }
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY2(v->rollbackWarning().contains(QStringLiteral("does not verify")),
                     qPrintable(v->rollbackWarning()));
        }
        QVERIFY(Vault::unlock(folder, QString(), secret(kOwnerPassword))->rollbackWarning().isEmpty());
    }

    // A header and a vault.db from different moments: the vault opens, says so, and the audit log keeps it.
    void aRolledBackHeaderOrDatabaseIsAnnounced()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("r.coffer"));
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            created.vault->setKeepBackups(0);
        }
        const QByteArray oldHeader = headerOf(folder);
        const QByteArray oldDatabase = readAll(folder + QStringLiteral("/vault.db"));
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            (void)v->addUser(QStringLiteral("bob"), Role::Viewer);
            v->removeUser(QStringLiteral("bob"));
        }
        const QByteArray newHeader = headerOf(folder);
        const QByteArray newDatabase = readAll(folder + QStringLiteral("/vault.db"));

        // The header put back: older than the database.
        writeAll(folder + QStringLiteral("/header"), oldHeader);
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY(v->rollbackWarning().contains(QStringLiteral("header is older")));
            QVERIFY(actionsOf(*v).contains(QStringLiteral("vault.rollback")));
        }
        // The database put back under the newer header.
        writeAll(folder + QStringLiteral("/header"), newHeader);
        writeAll(folder + QStringLiteral("/vault.db"), oldDatabase);
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY(v->rollbackWarning().contains(QStringLiteral("database (vault.db) is older")));
            QVERIFY(actionsOf(*v).contains(QStringLiteral("vault.rollback")));
        }
        // Both as they belong together: nothing to say.
        writeAll(folder + QStringLiteral("/vault.db"), newDatabase);
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY(v->rollbackWarning().isEmpty());
            // A header written whose database change did not commit (a crash between the two) is one
            // ahead: the database catches up, and the log says so, without a warning.
            v->database()
                .prepare("UPDATE meta SET value = ? WHERE key = 'header.generation'")
                .bind(1, QString::number(parsedHeaderOf(folder).generation - 1))
                .run();
        }
        {
            auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
            QVERIFY(v->rollbackWarning().isEmpty());
            QVERIFY(actionsOf(*v).contains(QStringLiteral("vault.generation")));
            QCOMPARE(generationInDatabase(*v), QString::number(parsedHeaderOf(folder).generation));
        }
    }

    // After a rekey the old header and an old password lead to a key that opens nothing; everyone still
    // signs in, every record is there, and the pseudonyms and tombstones made before still hold.
    void aRekeyLeavesTheOldKeyOpeningNothing()
    {
        QTemporaryDir dir;
        const Shop shop = makeShop(dir.filePath(QStringLiteral("shop.coffer")));
        const QByteArray savedHeader = headerOf(shop.folder); // what bob could have copied
        const VaultHeader saved = VaultHeader::parse(savedHeader);
        const Secret oldKey =
            saved.findByLookup(saved.lookupFor(QStringLiteral("bob")))->open(secret(kBobPassword), saved.vaultId);
        QVERIFY(keyOpensDatabase(shop.folder, oldKey, saved.cipher));
        QString pseudonymBefore;
        {
            auto anna = Vault::unlock(shop.folder, QString(), secret(kOwnerPassword));
            pseudonymBefore = anna->pseudonym(shop.kept);
            QVERIFY(anna->whyNotRekey().isEmpty());
            qint64 lastDone = -1, lastTotal = 0;
            anna->rekey([&](qint64 done, qint64 total) {
                QVERIFY(done >= lastDone && done <= total);
                lastDone = done;
                lastTotal = total;
            });
            QVERIFY(lastTotal > 0);
            // The open vault goes on under the new key at once.
            QCOMPARE(NoteStore(*anna).list(shop.kept).at(0).text, QStringLiteral("Prefers mornings"));
            QCOMPARE(anna->pseudonym(shop.kept), pseudonymBefore);
            QVERIFY(actionsOf(*anna).contains(QStringLiteral("vault.rekey")));
            QVERIFY(anna->verifyAudit().intact());
        }
        QVERIFY(!keyOpensDatabase(shop.folder, oldKey, saved.cipher));
        QCOMPARE(parsedHeaderOf(shop.folder).generation, saved.generation + 1);
        for (const char* f : {"header.rekey", "vault.db.rekey", "rekey-journal"})
            QVERIFY(!QFileInfo::exists(shop.folder + u'/' + QString::fromLatin1(f)));
        // The saved header still opens with bob's old password, but its key is the dead one.
        QVERIFY(VaultHeader::parse(savedHeader)
                    .findByLookup(saved.lookupFor(QStringLiteral("bob")))
                    ->open(secret(kBobPassword), saved.vaultId)
                    .equals(oldKey));

        auto bob = Vault::unlock(shop.folder, QStringLiteral("bob"), secret(kBobPassword));
        QVERIFY(bob->rollbackWarning().isEmpty());
        QCOMPARE(ClientStore(*bob).get(shop.kept).familyName, QStringLiteral("Ozola"));
        QCOMPARE(bob->pseudonym(shop.kept), pseudonymBefore);
        // The erased client's tombstone still names them by the pseudonym their id has now.
        QVERIFY(Tombstones::pseudonymsIn(bob->database()).contains(bob->pseudonym(shop.erased)));
        const QString tombstones = Tombstones::filePath(bob->backupFolder(), bob->id());
        QCOMPARE(Tombstones::read(tombstones, bob->id(), bob->stableKeys()).size(), size_t(1));
    }

    // A rekey stopped at any point leaves a vault that opens, with the old key or the new one.
    void aRekeyStoppedAnywhereLeavesAVaultThatOpens_data()
    {
        QTest::addColumn<int>("stopAfter");
        QTest::addColumn<bool>("newKey");
        QTest::newRow("database copied") << int(RekeyStep::DatabaseCopied) << false;
        QTest::newRow("header written") << int(RekeyStep::HeaderWritten) << false;
        QTest::newRow("journal written") << int(RekeyStep::JournalWritten) << true;
        QTest::newRow("database in place, not the header") << -1 << true;
        QTest::newRow("both in place") << int(RekeyStep::InPlace) << true;
    }
    void aRekeyStoppedAnywhereLeavesAVaultThatOpens()
    {
        QFETCH(int, stopAfter);
        QFETCH(bool, newKey);
        QTemporaryDir dir;
        const Shop shop = makeShop(dir.filePath(QStringLiteral("crash.coffer")));
        const VaultHeader before = parsedHeaderOf(shop.folder);
        const RekeyStep at = stopAfter < 0 ? RekeyStep::JournalWritten : RekeyStep(stopAfter);
        inChild([&] {
            auto anna = Vault::unlock(shop.folder, QString(), secret(kOwnerPassword));
            anna->rekey({}, [&](RekeyStep step) {
                if (step == at)
                    ::_exit(0);
            });
        });
        if (stopAfter < 0) // the crash came between the two renames
            QCOMPARE(::rename(QFile::encodeName(shop.folder + QStringLiteral("/vault.db.rekey")).constData(),
                              QFile::encodeName(shop.folder + QStringLiteral("/vault.db")).constData()),
                     0);
        for (const auto& [name, password] : {std::pair{"Anna", kOwnerPassword}, {"bob", kBobPassword}}) {
            auto v = Vault::unlock(shop.folder, QString::fromUtf8(name), secret(password));
            QVERIFY(v->rollbackWarning().isEmpty());
            QCOMPARE(NoteStore(*v).list(shop.kept).at(0).text, QStringLiteral("Prefers mornings"));
            QCOMPARE(parsedHeaderOf(shop.folder).generation, before.generation + (newKey ? 1 : 0));
            if (v->currentUser().role == Role::Owner)
                QCOMPARE(actionsOf(*v).contains(QStringLiteral("vault.rekey")), newKey);
        }
        for (const char* f : {"header.rekey", "vault.db.rekey", "rekey-journal"})
            QVERIFY(!QFileInfo::exists(shop.folder + u'/' + QString::fromLatin1(f)));
    }

    // Pending slots cannot take a new key: the rekey says who, and changes nothing.
    void aRekeyWaitsForPendingSlots()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("wait.coffer"));
        Secret recoveryKey = makeAnnaAndBob(folder);
        writeFormatOne(folder, recoveryKey);
        {
            auto anna = Vault::unlock(folder, QString(), secret(kOwnerPassword)); // moves it to format 2
            const QStringList why = anna->whyNotRekey();
            QCOMPARE(why.size(), 2);
            QVERIFY(why.join(u' ').contains(QStringLiteral("bob has not signed in")));
            QVERIFY(why.join(u' ').contains(QStringLiteral("recovery key")));
            const QByteArray header = headerOf(folder);
            QString message;
            QCOMPARE(thrownCode([&] { anna->rekey(); }, &message), ErrorCode::Failed);
            QVERIFY(message.contains(QStringLiteral("bob")));
            QCOMPARE(headerOf(folder), header);
            // The owner replaces the recovery key: the old one stops working at once.
            recoveryKey = anna->rotateRecoveryKey();
            QCOMPARE(anna->whyNotRekey().size(), 1);
        }
        (void)Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
        auto anna = Vault::unlock(folder, QString(), secret(kOwnerPassword));
        QVERIFY(anna->whyNotRekey().isEmpty());
        anna->rekey();
        anna->lock();
        (void)Vault::recover(folder, QStringLiteral("Anna"), recoveryKey, secret("annas next long password"));
    }

    // Replacing the recovery key: the new one works, the old one no longer does; only the owner may.
    void theRecoveryKeyIsReplaced()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("rk.coffer"));
        auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        const Secret first = std::move(created.recoveryKey);
        Secret oneTime = created.vault->addUser(QStringLiteral("carla"), Role::Admin);
        const Secret second = created.vault->rotateRecoveryKey();
        QVERIFY(!second.equals(first));
        created.vault->lock();
        {
            auto carla = Vault::unlock(folder, QStringLiteral("carla"), oneTime);
            carla->changePassword(secret("carlas own long password"));
            QCOMPARE(thrownCode([&] { (void)carla->rotateRecoveryKey(); }), ErrorCode::Permission);
        }
        QCOMPARE(thrownCode([&] { (void)Vault::recover(folder, {}, first, secret("a new long password")); }),
                 ErrorCode::Auth);
        // The failed attempt is in the log, like a failed sign-in, once someone gets in.
        auto anna = Vault::recover(folder, {}, second, secret("a new long password"));
        QCOMPARE(actionsOf(*anna).count(QStringLiteral("recover.failed")), 1);
        QVERIFY(!actionsOf(*anna).contains(QStringLiteral("signin.failed")));
    }

    // A backup from before a rekey, restored after an erasure made under the new key: the tombstone, kept
    // under the stable key, still applies, so the erased client does not come back.
    void anOldBackupRestoredAfterARekeyKeepsLaterErasures()
    {
        QTemporaryDir dir;
        const Shop shop = makeShop(dir.filePath(QStringLiteral("old.coffer")));
        QString backup;
        {
            auto anna = Vault::unlock(shop.folder, QString(), secret(kOwnerPassword));
            backup = ManagedBackups(*anna).backUpNow().path;
            anna->rekey();
            (void)ClientEraser(*anna).erase(shop.kept);
        }
        const RestoreResult r =
            Restorer::restore(backup, dir.filePath(QStringLiteral("restored")), QString(), secret(kOwnerPassword), {});
        QCOMPARE(r.tombstonesApplied, 1);
        auto restored = Vault::unlock(r.folder, QString(), secret(kOwnerPassword));
        QCOMPARE(thrownCode([&] { (void)ClientStore(*restored).get(shop.kept); }), ErrorCode::Failed);
    }

    // Taking access away marks the data key as due for a change until a rekey; a hand-over of ownership
    // destroys the recovery key, which was the previous owner's.
    void takingAccessAwayCallsForARekey()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("due.coffer"));
        auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        Vault& v = *created.vault;
        const Secret oldRecovery = std::move(created.recoveryKey);
        Secret carla = v.addUser(QStringLiteral("carla"), Role::Admin);
        (void)v.addUser(QStringLiteral("dan"), Role::Viewer);
        QVERIFY(!v.rekeyDue());
        v.removeUser(QStringLiteral("dan"));
        QVERIFY(v.rekeyDue());
        v.rekey();
        QVERIFY(!v.rekeyDue());
        Secret carlaNow = v.resetUser(QStringLiteral("carla"));
        QVERIFY(v.rekeyDue());
        v.rekey();
        v.lock();
        QCOMPARE(thrownCode([&] { (void)Vault::unlock(folder, QStringLiteral("carla"), carla); }), ErrorCode::Auth);
        Vault::unlock(folder, QStringLiteral("carla"), carlaNow)->changePassword(secret("carlas own long password"));

        auto anna = Vault::unlock(folder, QString(), secret(kOwnerPassword));
        QVERIFY(anna->hasRecoveryKey());
        anna->setRole(QStringLiteral("carla"), Role::Owner);
        QVERIFY(!anna->hasRecoveryKey());
        QVERIFY(anna->rekeyDue());
        anna->rekey();
        anna->lock();
        QCOMPARE(thrownCode([&] {
                     (void)Vault::recover(folder, QStringLiteral("Anna"), oldRecovery,
                                          secret("anna wants back in now"));
                 }),
                 ErrorCode::Auth);
        auto owner = Vault::unlock(folder, QString(), secret("carlas own long password"));
        QCOMPARE(owner->currentUser().name, QStringLiteral("carla"));
        const Secret fresh = owner->rotateRecoveryKey();
        owner->lock();
        QVERIFY(Vault::recover(folder, QStringLiteral("carla"), fresh, secret("carla forgot it once"))->isUnlocked());
    }

private:
    // Rewrites the vault's header as Coffer 0.2 wrote it (format 1: every slot sealing the data key under
    // its password directly), with vault.db as that version left it (no generation).
    static void writeFormatOne(const QString& folder, const Secret& recoveryKey)
    {
        auto v = Vault::unlock(folder, QString(), secret(kOwnerPassword));
        VaultHeader h = parsedHeaderOf(folder);
        h.formatVersion = 1;
        h.generation = 0;
        for (KeySlot& s : h.keySlots) {
            const Secret password = s.kind == SlotKind::Recovery ? normaliseReadableSecret(recoveryKey)
                                    : &s == &h.keySlots.front()  ? secret(kOwnerPassword)
                                                                 : secret(kBobPassword);
            s = KeySlot::sealPending(v->dataKey(), password, s.kdf, s.kind, s.lookup, h.vaultId, s.id);
        }
        v->database().prepare("DELETE FROM meta WHERE key = 'header.generation'").run();
        h.write(folder + QStringLiteral("/header"), v->dataKey());
        v->closeWithoutWriting();
    }
};

QTEST_GUILESS_MAIN(TestKeyLifecycle)
#include "TestKeyLifecycle.moc"
