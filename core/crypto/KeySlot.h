// A key slot: how one person's password (or the recovery key) leads to the vault's data key (DEK).
//
// Header format 2: the slot holds an X25519 key pair. Its private key is sealed with
// XChaCha20-Poly1305 under the key-encryption key (KEK) that argon2id derives from the password; the
// data key is sealed to its public key with crypto_box_seal (the envelope). So whoever holds the data
// key can seal a new data key to every member (a rotation) without knowing anyone's password. The vault
// id and every field of the slot but the nonce, the sealed private key and the envelope are associated
// data of the private key's seal, so a slot cannot be moved to another vault, renamed, given another
// public key or have its KDF parameters weakened without the seal failing.
//
// A slot carried over from header format 1 is pending: no key pair yet, its seal holds the data key
// itself (as format 1 did). It opens as before, cannot be re-sealed to a new data key, and becomes a
// key-pair slot at its owner's next sign-in (upgraded()), from the KEK that sign-in derived anyway.
#pragma once

#include "Argon2Kdf.h"
#include "Secret.h"

#include <QByteArray>
#include <QCoreApplication>

namespace coffer {

enum class SlotKind : quint8 { User = 1, Recovery = 2 };

struct KeySlot
{
    Q_DECLARE_TR_FUNCTIONS(KeySlot)

public:
    static constexpr int kIdSize = 16;
    static constexpr int kLookupSize = 32;
    static constexpr int kNonceSize = 24;
    static constexpr int kDataKeySize = 32;
    static constexpr int kTagSize = 16;                         // Poly1305
    static constexpr int kSealedSize = kDataKeySize + kTagSize; // a 32-byte key (private or data) and its tag
    static constexpr int kPublicKeySize = 32;                   // X25519
    static constexpr int kEnvelopeSize = 48 + kDataKeySize;     // crypto_box_SEALBYTES + the data key

    QByteArray id; // random; users.slot_id in vault.db refers to it
    SlotKind kind = SlotKind::User;
    QByteArray lookup; // keyed hash of the user name (random for the recovery slot)
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray publicKey; // empty while pending
    QByteArray sealedKey; // the sealed private key; while pending, the sealed data key
    QByteArray envelope;  // the data key sealed to publicKey; empty while pending

    bool isPending() const { return publicKey.isEmpty(); }

    // A new key pair: derives the KEK from password (fresh salt), seals the private key under it and the
    // data key to the public key. A slot that replaces another (password change) keeps its id; an empty id
    // means a new random one.
    // privateKey, when given, receives the new private key (for the integrity key's tag, vault/IntegrityKey.h).
    static KeySlot seal(const Secret& dataKey, const Secret& password, KdfParams kdf, SlotKind kind,
                        const QByteArray& lookup, const QByteArray& vaultId, const QByteArray& id = {},
                        Secret* privateKey = nullptr);
    // A pending slot, as header format 1 wrote every slot: the data key sealed under the KEK directly.
    // For reading and testing format 1 only; Coffer no longer writes such a slot into a new header.
    static KeySlot sealPending(const Secret& dataKey, const Secret& password, KdfParams kdf, SlotKind kind,
                               const QByteArray& lookup, const QByteArray& vaultId, const QByteArray& id = {});
    // The slow half of opening: argon2id over the password.
    Secret deriveKek(const Secret& password) const;
    // The fast half. Throws Error(Auth) when the key does not open the slot: a wrong password and a
    // tampered slot are indistinguishable here, by design of the AEAD.
    Secret unseal(const Secret& kek, const QByteArray& vaultId) const;
    // The private key of a key-pair slot (Error(Auth) when kek does not open it, Error(Failed) while pending).
    Secret privateKey(const Secret& kek, const QByteArray& vaultId) const;
    Secret open(const Secret& password, const QByteArray& vaultId) const
    {
        return unseal(deriveKek(password), vaultId);
    }
    // This pending slot as a key-pair slot: same id, kind, lookup, KDF and salt (so the same KEK), a new
    // key pair, and the data key in its envelope. kek must be the one that unsealed it.
    KeySlot upgraded(const Secret& kek, const Secret& dataKey, const QByteArray& vaultId) const;
    // The same slot with newDataKey in its envelope: no password needed. Error(Failed) while pending.
    KeySlot resealed(const Secret& newDataKey) const;

    QByteArray associatedData(const QByteArray& vaultId) const;

private:
    // What the seal under kek holds: the private key, or while pending the data key. Error(Auth) if it does not open.
    Secret openSeal(const Secret& kek, const QByteArray& vaultId) const;
    // The fields both kinds of seal begin with: the id (random when empty), a fresh salt.
    static KeySlot fresh(KdfParams kdf, SlotKind kind, const QByteArray& lookup, const QByteArray& id);
};

} // namespace coffer
