// An opener written from FORMATS.md alone, on libsodium and the stock sqlcipher shell, with none of
// Coffer's own classes: it must open a vault coffer-cli made, with a user's password, and after that user's
// removal, a copy of the header they kept must lead to a key that opens nothing.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <sodium.h>

using namespace coffer::test;

namespace {

const QStringList kCheap{QStringLiteral("--kdf-memory"), QStringLiteral("1"), QStringLiteral("--kdf-ops"),
                         QStringLiteral("1")};

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

// FORMATS.md, `header` (format 2): the data key that userName's password opens, as hex, or "" when the
// header is not well formed, no slot matches or the password is wrong.
QByteArray dataKeyHex(const QByteArray& h, const QString& userName, const QByteArray& password)
{
    if (!h.startsWith("COFFERVH") || qFromBigEndian<quint16>(h.constData() + 8) != 2)
        return {};
    const QByteArray vaultId = h.mid(10, 16), lookupKey = h.mid(26, 32);
    const int libSize = quint8(h[72]);
    const int count = qFromBigEndian<quint16>(h.constData() + 73 + libSize);
    const int slotArea = 75 + libSize;
    if (h.size() != 107 + libSize + 258 * count)
        return {};
    const QByteArray nameKey = userName.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
    QByteArray lookup(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(lookup.data()), 32, u(nameKey), size_t(nameKey.size()),
                       u(lookupKey), 32);
    for (int i = 0; i < count; ++i) {
        const QByteArray slot = h.mid(slotArea + 258 * i, 258);
        if (slot[16] != 1 || slot[17] != 1 || slot.mid(18, 32) != lookup)
            continue;
        const quint32 passes = qFromBigEndian<quint32>(slot.constData() + 50);
        const quint32 memoryKiB = qFromBigEndian<quint32>(slot.constData() + 54);
        const QByteArray salt = slot.mid(58, 16), nonce = slot.mid(74, 24), publicKey = slot.mid(98, 32);
        unsigned char kek[32];
        if (crypto_pwhash(kek, 32, password.constData(), size_t(password.size()), u(salt), passes,
                          size_t(memoryKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0)
            return {};
        // AD2: "coffer-slot-v2", vault id, slot id, kind, lookup, passes, memory, salt, public key.
        const QByteArray ad = QByteArray("coffer-slot-v2") + vaultId + slot.left(16) + slot.mid(16, 1) +
                              slot.mid(18, 32) + slot.mid(50, 8) + salt + publicKey;
        unsigned char secretKey[32];
        unsigned long long length = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(secretKey, &length, nullptr, u(slot.mid(130, 48)), 48, u(ad),
                                                       size_t(ad.size()), u(nonce), kek) != 0)
            return {};
        unsigned char dek[32];
        if (crypto_box_seal_open(dek, u(slot.mid(178, 80)), 80, u(publicKey), secretKey) != 0)
            return {};
        // The MAC: BLAKE2b-256 keyed with KDF(1, "hdr--mac") of the data key, over all but the last 32 bytes.
        unsigned char macKey[32], mac[32];
        crypto_kdf_derive_from_key(macKey, 32, 1, "hdr--mac", dek);
        crypto_generichash(mac, 32, u(h), size_t(h.size() - 32), macKey, 32);
        if (QByteArray(reinterpret_cast<const char*>(mac), 32) != h.right(32))
            return {};
        return QByteArray(reinterpret_cast<const char*>(dek), 32).toHex();
    }
    return {};
}

// The stock sqlcipher shell, given the raw key: what it prints for sql, or "" when it cannot read.
QString sqlcipher(const QString& database, const QByteArray& keyHex, const QByteArray& sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlcipher"), {database});
    if (!shell.waitForStarted())
        return QStringLiteral("(no sqlcipher shell)");
    shell.write("PRAGMA key = \"x'" + keyHex + "'\";\nPRAGMA cipher_page_size = 4096;\n" + sql + "\n");
    shell.closeWriteChannel();
    shell.waitForFinished();
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

// coffer-cli makes VAULT with the owner anna (r) and the viewer bob (bob), who chose his own password, and
// one client.
void annaAndViewerBob(const QString& vault, CliRunner& r, CliRunner& bob)
{
    r.env.insert(QStringLiteral("COFFER_VAULT"), vault);
    r.env.insert(QStringLiteral("COFFER_PASSWORD"), QStringLiteral("owner long password here"));
    QCOMPARE(r.run(QStringList{QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("anna")} + kCheap).code,
             0);
    QCOMPARE(
        r.run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ilze Ozola")})
            .code,
        0);
    const CliResult added = r.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                                   QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--json")});
    QCOMPARE(added.code, 0);
    bob.env = r.env;
    bob.env.insert(QStringLiteral("COFFER_USER"), QStringLiteral("bob"));
    bob.env.insert(
        QStringLiteral("COFFER_PASSWORD"),
        QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("oneTimePassword")).toString());
    bob.env.insert(QStringLiteral("COFFER_NEW_PASSWORD"), QStringLiteral("bobs long secret phrase"));
    QCOMPARE(bob.run({QStringLiteral("passwd")}).code, 0);
    bob.env.insert(QStringLiteral("COFFER_PASSWORD"), QStringLiteral("bobs long secret phrase"));
}

} // namespace

class TestIndependentOpener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QFAIL("the sqlcipher shell is not installed (Debian package sqlcipher; installer/dev.sh installs it)");
    }

    void aRemovedUsersHeaderCopyOpensNothingWrittenAfter()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("shop.coffer"));
        const QString db = vault + QStringLiteral("/vault.db");
        CliRunner r;
        CliRunner bob;
        annaAndViewerBob(vault, r, bob);

        // Bob, still a member, opens it with his password and nothing of Coffer's.
        const QByteArray kept = readAll(vault + QStringLiteral("/header"));
        const QByteArray bobsKey = dataKeyHex(kept, QStringLiteral("bob"), "bobs long secret phrase");
        QCOMPARE(bobsKey.size(), 64);
        QCOMPARE(dataKeyHex(kept, QStringLiteral("bob"), "not his password"), QByteArray());
        QCOMPARE(sqlcipher(db, bobsKey, "SELECT display_name FROM clients;"), QStringLiteral("Ilze Ozola"));

        // Removed: his copy of the header still gives the old key, which opens nothing now.
        QCOMPARE(r.run({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("bob")}).code, 0);
        QCOMPARE(r.run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Jānis Bērziņš")})
                     .code,
                 0);
        QCOMPARE(dataKeyHex(kept, QStringLiteral("bob"), "bobs long secret phrase"), bobsKey);
        QVERIFY(!sqlcipher(db, bobsKey, "SELECT display_name FROM clients;").contains(QStringLiteral("Ilze")));
        QCOMPARE(
            dataKeyHex(readAll(vault + QStringLiteral("/header")), QStringLiteral("bob"), "bobs long secret phrase"),
            QByteArray());
        // The owner, by the same reading of the new header, opens everything.
        const QByteArray annasKey =
            dataKeyHex(readAll(vault + QStringLiteral("/header")), QStringLiteral("anna"), "owner long password here");
        QVERIFY(annasKey != bobsKey);
        QCOMPARE(sqlcipher(db, annasKey, "SELECT count(*) FROM clients;"), QStringLiteral("2"));
    }

    // bob, a viewer, makes himself an administrator with the stock shell and the key his password opens:
    // nothing stops him, and the owner is told at once and by `audit --verify`.
    void aViewersOutsideEditOfTheUsersIsReported()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("shop.coffer"));
        CliRunner r;
        CliRunner bob;
        annaAndViewerBob(vault, r, bob);
        QCOMPARE(r.run({QStringLiteral("audit"), QStringLiteral("--verify")}).code, 0);

        const QByteArray bobsKey =
            dataKeyHex(readAll(vault + QStringLiteral("/header")), QStringLiteral("bob"), "bobs long secret phrase");
        QCOMPARE(bobsKey.size(), 64);
        QCOMPARE(sqlcipher(vault + QStringLiteral("/vault.db"), bobsKey,
                           "UPDATE users SET role = 'admin' WHERE name = 'bob'; SELECT changes();"),
                 QStringLiteral("1"));
        // His new role does not give him the key that seals the users: he cannot add anyone in Coffer.
        const CliResult added = bob.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mallory"),
                                         QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(added.code, 5);

        const CliResult verified =
            r.run({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--json")});
        QCOMPARE(verified.code, 1);
        QVERIFY2(verified.err.contains(QStringLiteral("changed outside Coffer")), qPrintable(verified.err));
        const QJsonObject result = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("intact")).toBool(), true); // the hash chain saw nothing
        QCOMPARE(result.value(QStringLiteral("untouched")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("seal")).toString(), QStringLiteral("checked"));
        QCOMPARE(result.value(QStringLiteral("earlierFindings")).toInt(), 1);
        // It stays said: a later verification finds the same.
        const CliResult again = r.run({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.out.contains(QStringLiteral("Earlier findings recorded in the log: 1")), qPrintable(again.out));
    }
};

QTEST_GUILESS_MAIN(TestIndependentOpener)
#include "TestIndependentOpener.moc"
