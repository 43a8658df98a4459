#include "Error.h"
#include "TestSupport.h"
#include "crypto/KeySlot.h"
#include "crypto/PasswordStrength.h"
#include "crypto/Random.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestKeySlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const Secret dek = Secret::fromBytes(randomBytes(32).constData(), 32);
        const QByteArray vaultId = randomBytes(16), lookup = randomBytes(32);
        const KeySlot slot = KeySlot::seal(dek, secret("pass word 1"), kCheapKdf, SlotKind::User, lookup, vaultId);
        QCOMPARE(slot.sealedKey.size(), KeySlot::kSealedSize);
        QVERIFY(slot.open(secret("pass word 1"), vaultId).equals(dek));
        QVERIFY(!slot.sealedKey.contains(QByteArray(reinterpret_cast<const char*>(dek.data()), 32)));
    }

    void wrongPasswordIsAuthError()
    {
        const Secret dek = Secret::fromBytes(randomBytes(32).constData(), 32);
        const QByteArray vaultId = randomBytes(16);
        const KeySlot slot =
            KeySlot::seal(dek, secret("right password"), kCheapKdf, SlotKind::User, randomBytes(32), vaultId);
        QCOMPARE(thrownCode([&] { (void)slot.open(secret("wrong password"), vaultId); }), ErrorCode::Auth);
    }

    // Every field in the associated data is bound: a changed KDF parameter, lookup, kind or vault id
    // makes the seal fail even with the right password.
    void associatedDataIsBound()
    {
        const Secret dek = Secret::fromBytes(randomBytes(32).constData(), 32);
        const QByteArray vaultId = randomBytes(16);
        const KeySlot good =
            KeySlot::seal(dek, secret("right password"), kCheapKdf, SlotKind::User, randomBytes(32), vaultId);
        auto rejects = [&](KeySlot s, const QByteArray& vid) {
            return thrownCode([&] { (void)s.open(secret("right password"), vid); }) == ErrorCode::Auth;
        };
        QVERIFY(rejects(good, randomBytes(16)));
        KeySlot s = good;
        s.kdf.memoryKiB += 8;
        QVERIFY(rejects(s, vaultId));
        s = good;
        s.lookup[0] = char(s.lookup[0] ^ 1);
        QVERIFY(rejects(s, vaultId));
        s = good;
        s.kind = SlotKind::Recovery;
        QVERIFY(rejects(s, vaultId));
        s = good;
        s.id[3] = char(s.id[3] ^ 0x40);
        QVERIFY(rejects(s, vaultId));
    }

    void readableSecretsHaveGroupsAndEntropy()
    {
        const Secret key = randomReadableSecret(20);
        const QString text = QString::fromLatin1(key.view().data(), qsizetype(key.size()));
        QCOMPARE(text.count(u'-'), 7);
        QCOMPARE(text.size(), 32 + 7);
        QVERIFY(!randomReadableSecret(20).equals(key));
        // Typed in lower case with spaces instead of dashes, it is the same key.
        QByteArray typed = text.toLower().replace(u'-', u' ').toLatin1();
        QVERIFY(normaliseReadableSecret(Secret::takeFrom(typed)).equals(normaliseReadableSecret(key)));
        // Read off paper: O as 0, I as 1, B as 8 (the alphabet has none of those digits).
        QByteArray misread = text.toUtf8().replace('O', '0').replace('I', '1').replace('B', '8');
        QVERIFY(normaliseReadableSecret(Secret::takeFrom(misread)).equals(normaliseReadableSecret(key)));
        QByteArray printed("abcd-0I18 ");
        QCOMPARE(QByteArray(normaliseReadableSecret(Secret::takeFrom(printed)).view().data(), 8),
                 QByteArray("ABCDOIIB"));
    }

    // One floor for every password: zxcvbn's score 3. "password1" and its kind are refused in plain words.
    void passwordFloor()
    {
        for (const char* weak : {"password1", "Password1!", "summer2026", "ilovemycat", "qwertyuiop"}) {
            const PasswordStrength s = PasswordStrength::of(Secret::fromUtf8(weak), 8);
            QVERIFY2(!s.acceptable(), weak);
            QVERIFY(s.problem(8).contains(QStringLiteral("too easy to guess")));
        }
        for (const char* good : {"correct horse battery", "Salons Liga 2026", "Kaķis-Rudens-42"}) {
            const PasswordStrength s = PasswordStrength::of(Secret::fromUtf8(good), 8);
            QVERIFY2(s.acceptable(), good);
            QVERIFY(s.problem(8).isEmpty());
        }
        QCOMPARE(PasswordStrength::of(Secret::fromUtf8("Ēriks"), 8).level, PasswordStrength::Level::TooShort);
        QCOMPARE(PasswordStrength::characterCount(Secret::fromUtf8("Ēriks")), 5);
    }

    void base32KnownVector()
    {
        const QByteArray in("foobar");
        QCOMPARE(base32Encode(reinterpret_cast<const unsigned char*>(in.constData()), int(in.size())),
                 QByteArray("MZXW6YTBOI"));
    }

    void secretWipesAndMoves()
    {
        Secret a = secret("abc");
        Secret b = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b.view(), std::string_view("abc"));
        QByteArray plain("hunter22");
        Secret c = Secret::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QCOMPARE(c.view(), std::string_view("hunter22"));
        // The buffer itself is overwritten, also when another QByteArray or QString shares it (as a
        // widget's text does): a detached copy would leave the original bytes where they were.
        QByteArray typed = QByteArray("correct ") + "horse";
        const QByteArray sharer = typed;
        Secret d = Secret::takeFrom(typed);
        QCOMPARE(sharer, QByteArray(13, '\0'));
        QString field = QStringLiteral("staple ") + QStringLiteral("battery");
        const QString fieldsOwn = field;
        wipe(field);
        QVERIFY(field.isEmpty());
        QCOMPARE(fieldsOwn, QString(14, QChar(0)));
        QByteArray literal = QByteArrayLiteral("not Qt's to write");
        wipe(literal); // read-only data: emptied, never written to
        QVERIFY(literal.isEmpty());
    }

    void kdfBounds()
    {
        QVERIFY(Argon2Kdf::isAcceptable(kCheapKdf));
        QVERIFY(!Argon2Kdf::isAcceptable({0, 1024}));
        QVERIFY(!Argon2Kdf::isAcceptable({3, 0xFF000000u}));
        QVERIFY(Argon2Kdf::isBelowOwaspFloor(kCheapKdf));
        QVERIFY(!Argon2Kdf::isBelowOwaspFloor(Argon2Kdf::kFloor));
    }
};

QTEST_GUILESS_MAIN(TestKeySlot)
#include "TestKeySlot.moc"
