#include "KeySlot.h"

#include "Error.h"
#include "Random.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QtEndian>

namespace coffer {

static_assert(KeySlot::kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(KeySlot::kTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(KeySlot::kSealedSize == KeySlot::kDataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(KeySlot::kDataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(KeySlot::kDataKeySize == crypto_kdf_KEYBYTES, "the data key is the master key of crypto/Subkeys.h");

QByteArray KeySlot::associatedData(const QByteArray& vaultId) const
{
    QByteArray ad = "coffer-slot-v1";
    ad += vaultId;
    ad += id;
    ad += char(kind);
    ad += lookup;
    char buf[8];
    qToBigEndian(kdf.opsLimit, buf);
    qToBigEndian(kdf.memoryKiB, buf + 4);
    ad.append(buf, 8);
    ad += salt;
    return ad;
}

KeySlot KeySlot::seal(const Secret& dataKey, const Secret& password, KdfParams kdf, SlotKind kind,
                      const QByteArray& lookup, const QByteArray& vaultId, const QByteArray& id)
{
    KeySlot slot;
    slot.id = id.isEmpty() ? randomBytes(kIdSize) : id;
    slot.kind = kind;
    slot.lookup = lookup;
    slot.kdf = kdf;
    slot.salt = randomBytes(Argon2Kdf::kSaltSize);
    slot.nonce = randomBytes(kNonceSize);
    const Secret kek = slot.deriveKek(password);
    const QByteArray ad = slot.associatedData(vaultId);
    slot.sealedKey.resize(kSealedSize);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealedKey.data()), &sealedLen, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek.data());
    return slot;
}

Secret KeySlot::deriveKek(const Secret& password) const
{
    return Argon2Kdf::derive(password, salt, kdf);
}

Secret KeySlot::unseal(const Secret& kek, const QByteArray& vaultId) const
{
    Secret dataKey(kDataKeySize);
    const QByteArray ad = associatedData(vaultId);
    unsigned long long len = 0;
    if (sealedKey.size() != kSealedSize || nonce.size() != kNonceSize ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &len, nullptr, reinterpret_cast<const unsigned char*>(sealedKey.constData()),
            size_t(sealedKey.size()), reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), kek.data()) != 0)
        throw Error(ErrorCode::Auth, tr("Wrong user name or password."));
    return dataKey;
}

} // namespace coffer
