#include "Error.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace coffer;
using namespace coffer::test;

namespace {

std::optional<ErrorCode> unlockError(const QString& folder, const QString& user, const char* password,
                                     QString* message = nullptr)
{
    return thrownCode([&] { (void)Vault::unlock(folder, user, secret(password)); }, message);
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

// Some rows, so that vault.db has enough pages for a page-by-page comparison to mean something.
void fillWithUsers(Vault& v, int count)
{
    for (int i = 0; i < count; ++i)
        (void)v.addUser(QStringLiteral("filler user number %1 with a long enough name").arg(i).left(60), Role::Viewer);
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createAndUnlock()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.filePath(QStringLiteral("Ozoliņš SIA")), QStringLiteral("Ēriks"),
                                     secret(kOwnerPassword), kCheapKdf);
        QCOMPARE(created.vault->name(), QStringLiteral("Ozoliņš SIA"));
        QVERIFY(created.vault->path().endsWith(QStringLiteral(".coffer")));
        QCOMPARE(created.vault->currentUser().name, QStringLiteral("Ēriks"));
        QCOMPARE(created.vault->currentUser().role, Role::Owner);
        const QByteArray id = created.vault->id();
        created.vault->lock();
        QVERIFY(!created.vault->isUnlocked());

        // By name (any case), by the path without .coffer, and with no user name at all (the owner).
        auto v =
            Vault::unlock(dir.filePath(QStringLiteral("Ozoliņš SIA")), QStringLiteral("ĒRIKS"), secret(kOwnerPassword));
        QCOMPARE(v->id(), id);
        QCOMPARE(v->currentUser().role, Role::Owner);
        v.reset();
        v = Vault::unlock(dir.filePath(QStringLiteral("Ozoliņš SIA.coffer")), QString(), secret(kOwnerPassword));
        QCOMPARE(v->currentUser().name, QStringLiteral("Ēriks"));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("v.coffer"));
        (void)Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        QString wrongPassword, unknownUser;
        QCOMPARE(unlockError(folder, QStringLiteral("Anna"), "not the password", &wrongPassword), ErrorCode::Auth);
        QCOMPARE(unlockError(folder, QStringLiteral("Zed"), kOwnerPassword, &unknownUser), ErrorCode::Auth);
        QCOMPARE(wrongPassword, unknownUser);
    }

    // A vault inside a folder a sync client manages is refused when it is made, unlocked or recovered,
    // with a message that names the client and the marker; the sync client's markers are made by hand.
    void aSyncedFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString nextcloud = dir.filePath(QStringLiteral("Nextcloud"));
        QVERIFY(QDir().mkpath(nextcloud));
        writeAll(QDir(nextcloud).filePath(QStringLiteral("._sync_5f2a9c.db")), "journal");
        QString message;
        QCOMPARE(thrownCode(
                     [&] {
                         (void)Vault::create(QDir(nextcloud).filePath(QStringLiteral("Shop")), QStringLiteral("Anna"),
                                             secret(kOwnerPassword), kCheapKdf);
                     },
                     &message),
                 ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("Nextcloud")) && message.contains(QStringLiteral("._sync_5f2a9c.db")),
                 qPrintable(message));
        QVERIFY(!QFileInfo::exists(QDir(nextcloud).filePath(QStringLiteral("Shop.coffer"))));

        // A vault made in a local folder that Syncthing takes over later.
        const QString local = dir.filePath(QStringLiteral("Local"));
        QVERIFY(QDir().mkpath(local));
        auto created = Vault::create(QDir(local).filePath(QStringLiteral("Shop")), QStringLiteral("Anna"),
                                     secret(kOwnerPassword), kCheapKdf);
        const QString folder = created.vault->path();
        created.vault->lock();
        QVERIFY(QDir(local).mkdir(QStringLiteral(".stfolder")));
        QCOMPARE(unlockError(folder, {}, kOwnerPassword, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("Syncthing")), qPrintable(message));
        QCOMPARE(
            thrownCode([&] { (void)Vault::recover(folder, {}, created.recoveryKey, secret("a brand new password")); }),
            ErrorCode::Failed);
        // Out of it again, the vault opens.
        QVERIFY(QDir(local).rmdir(QStringLiteral(".stfolder")));
        QCOMPARE(Vault::unlock(folder, {}, secret(kOwnerPassword))->currentUser().name, QStringLiteral("Anna"));
    }

    void notAVaultAndDamagedDatabase()
    {
        QTemporaryDir dir;
        QString message;
        QCOMPARE(unlockError(dir.path(), QStringLiteral("Anna"), kOwnerPassword, &message), ErrorCode::Damaged);
        QVERIFY(message.contains(QStringLiteral("not a Coffer vault")));
        QCOMPARE(unlockError(dir.filePath(QStringLiteral("missing")), QStringLiteral("Anna"), kOwnerPassword),
                 ErrorCode::Damaged);

        const QString folder = dir.filePath(QStringLiteral("d.coffer"));
        (void)Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        QByteArray db = readAll(folder + QStringLiteral("/vault.db"));
        db[100] = char(db[100] ^ 0x01); // inside page 1's ciphertext: its HMAC fails
        writeAll(folder + QStringLiteral("/vault.db"), db);
        QCOMPARE(unlockError(folder, QStringLiteral("Anna"), kOwnerPassword, &message), ErrorCode::Damaged);
        QVERIFY(message.contains(QStringLiteral("damaged")));
        QFile::remove(folder + QStringLiteral("/vault.db"));
        QCOMPARE(unlockError(folder, QStringLiteral("Anna"), kOwnerPassword), ErrorCode::Damaged);
    }

    void createRefusesExistingFolderAndShortPassword()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("busy.coffer"));
        writeAll(dir.filePath(QStringLiteral("busy.coffer/something")), "x");
        QVERIFY_THROWS_EXCEPTION(Error, Vault::create(dir.filePath(QStringLiteral("busy")), QStringLiteral("A"),
                                                      secret(kOwnerPassword), kCheapKdf));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("busy.coffer/something"))), QByteArray("x"));
        QCOMPARE(thrownCode([&] {
                     (void)Vault::create(dir.filePath(QStringLiteral("short")), QStringLiteral("A"), secret("short"),
                                         kCheapKdf);
                 }),
                 ErrorCode::Usage);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("short.coffer"))));
    }

    void filesArePrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("m.coffer"));
        auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        (void)created.vault->addUser(QStringLiteral("bob"), Role::Editor);
        QCOMPARE(modeOf(folder), 0700);
        for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
            QVERIFY2(modeOf(f.filePath()) == 0600, qPrintable(f.fileName()));
    }

    // Neither a user name nor a password appears anywhere in the vault's files, in any encoding we write.
    void noNamesOrPasswordsOnDisk()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("n.coffer"));
        {
            auto created =
                Vault::create(folder, QStringLiteral("Annabelle-Owner"), secret("Pa55word-Unique-XYZ"), kCheapKdf);
            const Secret otp = created.vault->addUser(QStringLiteral("Bartholomew-Editor"), Role::Editor);
            const QByteArray otpBytes(otp.view().data(), qsizetype(otp.size()));
            QVERIFY(filesContaining(folder, otpBytes).isEmpty());
            created.vault->changePassword(secret("Second-Pa55word-QRS"));
        }
        for (const char* needle : {"Annabelle", "annabelle", "Bartholomew", "bartholomew", "Pa55word", "Second-Pa55"}) {
            QVERIFY2(filesContaining(folder, needle).isEmpty(), needle);
            QVERIFY2(filesContaining(folder, QString::fromLatin1(needle).toUtf8().toBase64()).isEmpty(), needle);
        }
    }

    // passwd rewraps one slot: vault.db keeps its size and all but the pages that record the change.
    void passwordChangeDoesNotReencryptDatabase()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("p.coffer"));
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            fillWithUsers(*created.vault, 60);
        }
        const QByteArray before = readAll(folder + QStringLiteral("/vault.db"));
        const QByteArray headerBefore = readAll(folder + QStringLiteral("/header"));
        {
            auto v = Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword));
            v->changePassword(secret("a brand new password"));
        }
        const QByteArray after = readAll(folder + QStringLiteral("/vault.db"));
        QCOMPARE(after.size(), before.size());
        const int pageSize = 4096, pages = int(before.size() / pageSize);
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
        int differing = 0;
        for (int p = 0; p < pages; ++p)
            differing += before.mid(p * pageSize, pageSize) != after.mid(p * pageSize, pageSize);
        // What may change: the user's row, the header's generation in meta, the audit rows of this session
        // (sign-in, password change, lock), the owner's copy of the integrity key and the checkpoints of
        // the sign-in and the lock, and the b-tree pages above them. Everything else is byte-identical: no
        // re-encryption.
        QVERIFY2(differing >= 1 && differing <= 10,
                 qPrintable(QStringLiteral("%1 of %2 pages differ").arg(differing).arg(pages)));
        QVERIFY(readAll(folder + QStringLiteral("/header")) != headerBefore);

        QCOMPARE(unlockError(folder, QStringLiteral("Anna"), kOwnerPassword), ErrorCode::Auth);
        QVERIFY(Vault::unlock(folder, QStringLiteral("Anna"), secret("a brand new password"))->isUnlocked());
    }

    void recoveryKeySetsANewPassword()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("r.coffer"));
        Secret key;
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            (void)created.vault->addUser(QStringLiteral("bob"), Role::Editor);
            key = std::move(created.recoveryKey);
        }
        // Typed sloppily: lower case, spaces.
        QByteArray typed = QByteArray(key.view().data(), qsizetype(key.size())).toLower().replace('-', ' ');
        auto v = Vault::recover(folder, QStringLiteral("bob"), Secret::takeFrom(typed), secret("bob's new password"));
        QCOMPARE(v->currentUser().name, QStringLiteral("bob"));
        QVERIFY(!v->currentUser().mustChangePassword);
        v.reset();
        QVERIFY(!Vault::unlock(folder, QStringLiteral("bob"), secret("bob's new password"))
                     ->currentUser()
                     .mustChangePassword);
        // The owner, by default, and the recovery key keeps working.
        v = Vault::recover(folder, QString(), key, secret("owner's new password"));
        QCOMPARE(v->currentUser().role, Role::Owner);
        v.reset();
        QCOMPARE(thrownCode([&] {
                     (void)Vault::recover(folder, QStringLiteral("bob"),
                                          secret("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"),
                                          secret("whatever the weather"));
                 }),
                 ErrorCode::Auth);
        QCOMPARE(thrownCode([&] {
                     (void)Vault::recover(folder, QStringLiteral("nobody"), key, secret("whatever the weather"));
                 }),
                 ErrorCode::Auth);
    }

    void lockWipesAndRefusesWork()
    {
        QTemporaryDir dir;
        auto created =
            Vault::create(dir.filePath(QStringLiteral("l")), QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        created.vault->lock();
        created.vault->lock();
        QVERIFY_THROWS_EXCEPTION(Error, created.vault->require(Permission::ReadRecords));
        QVERIFY_THROWS_EXCEPTION(Error, (void)created.vault->addUser(QStringLiteral("x"), Role::Viewer));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
