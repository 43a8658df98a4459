// Known answers for every key derived from the data key and for the MAC over it. The expected bytes were
// computed with libsodium directly, from the ids and contexts that vault/VaultHeader, vault/Vault,
// backup/BackupFile and backup/Tombstones passed to crypto_kdf_derive_from_key before the table in
// crypto/Subkeys.h existed: vaults, backups and tombstone files written since 0.1 still verify only while
// these hold.
#include "crypto/Mac.h"
#include "crypto/Subkeys.h"

#include <QTest>

using namespace coffer;

class TestSubkeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivedKeysAreTheFormatsOwn_data()
    {
        QTest::addColumn<int>("subkey");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("macOfCoffer");
        QTest::newRow("header MAC (1, hdr--mac)")
            << int(Subkey::HeaderMac) << QByteArray("7c6a6fcffd3d5dc9c1b202f863e44e9927710440861f8704b02c71f0630ccd76")
            << QByteArray("dbbfdd24d9c68d20a8a1c34ab3aaaff7826adc23f7360148ea55ec808acbacc5");
        QTest::newRow("pseudonym (2, pseudony)")
            << int(Subkey::Pseudonym) << QByteArray("5a32db49059ac93b476b6ada1d669b4c63ca563df168500138c33fb5ed1dd76b")
            << QByteArray("ce786196001ead13b7c8d91a0f1cc086ab855c4d85de37a3bbeaafe81fabfc4b");
        QTest::newRow("backup MAC (1, cofferbk)")
            << int(Subkey::BackupMac) << QByteArray("33c454d0a32e59cd2795530b1f456338b8b3e0d2c5522e0de51ddb36bc8f7020")
            << QByteArray("4ccc5d82f0096bb37eb15f857f0c6c9e4c5f4628c35276f96bff3b6904189de1");
        QTest::newRow("tombstone MAC (1, tombston)")
            << int(Subkey::TombstoneMac)
            << QByteArray("11ed48cef616f9a55399b6bd5d39e26ef096fcf543323607d0225100c61447ea")
            << QByteArray("b517e0d6c40a595c8b854eee06c9f3dcc857adeda1958c42a082f235a595a371");
    }

    void derivedKeysAreTheFormatsOwn()
    {
        QFETCH(int, subkey);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, macOfCoffer);
        const Secret derived = deriveSubkey(dataKey(), Subkey(subkey));
        QCOMPARE(QByteArray(derived.view().data(), qsizetype(derived.size())).toHex(), key);
        QCOMPARE(keyedHash(derived, "coffer", 32).toHex(), macOfCoffer);
    }

    // Vault::pseudonym: 16 bytes of the keyed hash of the client id.
    void pseudonymHasItsLength()
    {
        const Secret key = deriveSubkey(dataKey(), Subkey::Pseudonym);
        QCOMPARE(keyedHash(key, "c-1", 16).toHex(), QByteArray("54ec9e76f7ba4c4d84be93c4a6d81f32"));
    }

    // The tombstone chain hashed previous MAC and entry in two updates; one call over both is the same.
    void oneCallEqualsTheStreamedTombstoneMac()
    {
        const Secret key = deriveSubkey(dataKey(), Subkey::TombstoneMac);
        QCOMPARE(keyedHash(key, QByteArray("abc") + "defg", 32).toHex(),
                 QByteArray("35cfc432fd10e0a9c0b01a534307a37d0805c0afaababc1efa9bdb0b4f980a7c"));
    }

    void constantTimeEqualsComparesLengthToo()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(constantTimeEquals({}, {}));
    }

private:
    static Secret dataKey() // 00 01 02 … 1f
    {
        unsigned char bytes[32];
        for (int i = 0; i < 32; ++i)
            bytes[i] = static_cast<unsigned char>(i);
        return Secret::fromBytes(bytes, sizeof bytes);
    }
};

QTEST_GUILESS_MAIN(TestSubkeys)
#include "TestSubkeys.moc"
