#include "KeySlot.h"

#include "Error.h"
#include "Random.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QtEndian>
#include <utility>

namespace coffer {

static_assert(KeySlot::kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(KeySlot::kTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(KeySlot::kSealedSize == KeySlot::kDataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(KeySlot::kDataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(KeySlot::kDataKeySize == crypto_kdf_KEYBYTES, "the data key is the master key of crypto/Subkeys.h");
static_assert(KeySlot::kPublicKeySize == crypto_box_PUBLICKEYBYTES);
static_assert(crypto_box_SECRETKEYBYTES == KeySlot::kDataKeySize, "a sealed private key is as long as a data key");
static_assert(KeySlot::kEnvelopeSize == crypto_box_SEALBYTES + KeySlot::kDataKeySize);

namespace {

const unsigned char* bytesOf(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

// XChaCha20-Poly1305 of a 32-byte key under kek; the slot's nonce and associated data.
QByteArray sealUnder(const Secret& kek, const Secret& key, const QByteArray& nonce, const QByteArray& ad)
{
    QByteArray sealed(KeySlot::kSealedSize, Qt::Uninitialized);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()), &sealedLen, key.data(),
                                               key.size(), bytesOf(ad), size_t(ad.size()), nullptr, bytesOf(nonce),
                                               kek.data());
    return sealed;
}

QByteArray envelopeFor(const Secret& dataKey, const QByteArray& publicKey)
{
    QByteArray envelope(KeySlot::kEnvelopeSize, Qt::Uninitialized);
    if (dataKey.size() != size_t(KeySlot::kDataKeySize) || publicKey.size() != KeySlot::kPublicKeySize ||
        crypto_box_seal(reinterpret_cast<unsigned char*>(envelope.data()), dataKey.data(), dataKey.size(),
                        bytesOf(publicKey)) != 0)
        throw Error(ErrorCode::Failed, KeySlot::tr("The data key could not be sealed."));
    return envelope;
}

// Fills slot's key pair, private key seal and envelope, under kek; returns the private key.
Secret giveKeyPair(KeySlot& slot, const Secret& kek, const Secret& dataKey, const QByteArray& vaultId)
{
    Secret privateKey(crypto_box_SECRETKEYBYTES);
    slot.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), privateKey.data());
    slot.nonce = randomBytes(KeySlot::kNonceSize);
    slot.sealedKey = sealUnder(kek, privateKey, slot.nonce, slot.associatedData(vaultId));
    slot.envelope = envelopeFor(dataKey, slot.publicKey);
    return privateKey;
}

} // namespace

QByteArray KeySlot::associatedData(const QByteArray& vaultId) const
{
    QByteArray ad = isPending() ? "coffer-slot-v1" : "coffer-slot-v2";
    ad += vaultId;
    ad += id;
    ad += char(kind);
    ad += lookup;
    char buf[8];
    qToBigEndian(kdf.opsLimit, buf);
    qToBigEndian(kdf.memoryKiB, buf + 4);
    ad.append(buf, 8);
    ad += salt;
    ad += publicKey; // empty while pending: format 1's associated data, exactly
    return ad;
}

KeySlot KeySlot::fresh(KdfParams kdf, SlotKind kind, const QByteArray& lookup, const QByteArray& id)
{
    KeySlot slot;
    slot.id = id.isEmpty() ? randomBytes(kIdSize) : id;
    slot.kind = kind;
    slot.lookup = lookup;
    slot.kdf = kdf;
    slot.salt = randomBytes(Argon2Kdf::kSaltSize);
    return slot;
}

KeySlot KeySlot::seal(const Secret& dataKey, const Secret& password, KdfParams kdf, SlotKind kind,
                      const QByteArray& lookup, const QByteArray& vaultId, const QByteArray& id, Secret* privateKey)
{
    KeySlot slot = fresh(kdf, kind, lookup, id);
    Secret made = giveKeyPair(slot, slot.deriveKek(password), dataKey, vaultId);
    if (privateKey)
        *privateKey = std::move(made);
    return slot;
}

KeySlot KeySlot::sealPending(const Secret& dataKey, const Secret& password, KdfParams kdf, SlotKind kind,
                             const QByteArray& lookup, const QByteArray& vaultId, const QByteArray& id)
{
    KeySlot slot = fresh(kdf, kind, lookup, id);
    slot.nonce = randomBytes(kNonceSize);
    slot.sealedKey = sealUnder(slot.deriveKek(password), dataKey, slot.nonce, slot.associatedData(vaultId));
    return slot;
}

KeySlot KeySlot::upgraded(const Secret& kek, const Secret& dataKey, const QByteArray& vaultId) const
{
    KeySlot slot = *this;
    (void)giveKeyPair(slot, kek, dataKey, vaultId);
    return slot;
}

KeySlot KeySlot::resealed(const Secret& newDataKey) const
{
    if (isPending())
        throw Error(ErrorCode::Failed, tr("This key slot has no key pair yet: it cannot be given a new data key."));
    KeySlot slot = *this;
    slot.envelope = envelopeFor(newDataKey, publicKey);
    return slot;
}

Secret KeySlot::deriveKek(const Secret& password) const
{
    return Argon2Kdf::derive(password, salt, kdf);
}

Secret KeySlot::openSeal(const Secret& kek, const QByteArray& vaultId) const
{
    const QByteArray ad = associatedData(vaultId);
    Secret opened(kDataKeySize); // the data key while pending, else the private key
    unsigned long long len = 0;
    if (sealedKey.size() != kSealedSize || nonce.size() != kNonceSize ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(opened.data(), &len, nullptr, bytesOf(sealedKey),
                                                   size_t(sealedKey.size()), bytesOf(ad), size_t(ad.size()),
                                                   bytesOf(nonce), kek.data()) != 0)
        throw Error(ErrorCode::Auth, tr("Wrong user name or password."));
    return opened;
}

Secret KeySlot::privateKey(const Secret& kek, const QByteArray& vaultId) const
{
    if (isPending())
        throw Error(ErrorCode::Failed, tr("This key slot has no key pair yet: it cannot be given a new data key."));
    return openSeal(kek, vaultId);
}

Secret KeySlot::unseal(const Secret& kek, const QByteArray& vaultId) const
{
    Secret opened = openSeal(kek, vaultId);
    if (isPending())
        return opened;
    Secret dataKey(kDataKeySize);
    if (envelope.size() != kEnvelopeSize || publicKey.size() != kPublicKeySize ||
        crypto_box_seal_open(dataKey.data(), bytesOf(envelope), size_t(envelope.size()), bytesOf(publicKey),
                             opened.data()) != 0)
        throw Error(ErrorCode::Auth, tr("Wrong user name or password."));
    return dataKey;
}

} // namespace coffer
