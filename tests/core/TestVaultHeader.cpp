#include "Error.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestVaultHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serialiseParseRoundTrip()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.filePath(QStringLiteral("shop")), QStringLiteral("Anna"),
                                     secret(kOwnerPassword), kCheapKdf);
        const QByteArray bytes = readAll(dir.filePath(QStringLiteral("shop.coffer/header")));
        const VaultHeader h = VaultHeader::parse(bytes);
        QCOMPARE(h.vaultId, created.vault->id());
        QCOMPARE(int(h.keySlots.size()), 2);
        QCOMPARE(h.keySlots[0].kind, SlotKind::User);
        QCOMPARE(h.keySlots[1].kind, SlotKind::Recovery);
        QCOMPARE(h.keySlots[0].kdf, kCheapKdf);
        QVERIFY(bytes.startsWith("COFFERVH"));
        // The user's slot is found by the keyed hash of the name, in any case; the name itself is not there.
        QVERIFY(h.findByLookup(h.lookupFor(QStringLiteral("  anna "))) == &h.keySlots[0]);
        QVERIFY(!bytes.contains("Anna"));
    }

    // Every single byte of the header, flipped, must make unlock fail with a clean error (wrong
    // password or damaged) — never succeed, never crash, never hang on absurd KDF parameters.
    void everyFlippedByteIsRejected()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("flip.coffer"));
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            (void)created.vault->addUser(QStringLiteral("bob"), Role::Editor);
        }
        const QString headerPath = folder + QStringLiteral("/header");
        const QByteArray original = readAll(headerPath);
        QVERIFY(original.size() > 400);
        int auth = 0, damaged = 0;
        for (int i = 0; i < original.size(); ++i) {
            QByteArray flipped = original;
            flipped[i] = char(flipped[i] ^ 0xFF);
            writeAll(headerPath, flipped);
            try {
                auto v = Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword));
                QFAIL(qPrintable(QStringLiteral("unlock succeeded with byte %1 flipped").arg(i)));
            } catch (const Error& e) {
                QVERIFY2(e.code() == ErrorCode::Auth || e.code() == ErrorCode::Damaged, qPrintable(e.message()));
                (e.code() == ErrorCode::Auth ? auth : damaged)++;
            }
        }
        writeAll(headerPath, original);
        QVERIFY(Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword))->isUnlocked());
        // Most flips are structural or break the MAC: the message then says "damaged".
        QVERIFY(damaged > auth);
    }

    void truncatedAndForeignHeaders()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("t.coffer"));
        (void)Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        const QString headerPath = folder + QStringLiteral("/header");
        const QByteArray original = readAll(headerPath);
        for (int size : {0, 7, 8, 60, int(original.size()) - 1}) {
            writeAll(headerPath, original.left(size));
            QCOMPARE(thrownCode([&] { (void)Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword)); }),
                     ErrorCode::Damaged);
        }
        writeAll(headerPath, "<html>not a vault</html>");
        QString message;
        QCOMPARE(
            thrownCode([&] { (void)Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword)); }, &message),
            ErrorCode::Damaged);
        QVERIFY(message.contains(QStringLiteral("not a Coffer vault")));
    }
};

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "TestVaultHeader.moc"
