// A key slot: the vault's data key (DEK) sealed under a key derived from one person's password (or from
// the recovery key). XChaCha20-Poly1305 seals it; the vault id and every field of the slot except the
// nonce and ciphertext are associated data, so a slot cannot be moved to another vault, renamed, or have
// its KDF parameters weakened without the seal failing.
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
    static constexpr int kTagSize = 16; // Poly1305
    static constexpr int kSealedSize = kDataKeySize + kTagSize;

    QByteArray id; // random; users.slot_id in vault.db refers to it
    SlotKind kind = SlotKind::User;
    QByteArray lookup; // keyed hash of the user name (random for the recovery slot)
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealedKey;

    // Derives the key-encryption key and seals dataKey under it with a fresh salt and nonce. A slot that
    // replaces another (password change) keeps its id; an empty id means a new random one.
    static KeySlot seal(const Secret& dataKey, const Secret& password, KdfParams kdf, SlotKind kind,
                        const QByteArray& lookup, const QByteArray& vaultId, const QByteArray& id = {});
    // The slow half of opening: argon2id over the password.
    Secret deriveKek(const Secret& password) const;
    // The fast half. Throws Error(Auth) when the key does not open the slot: a wrong password and a
    // tampered slot are indistinguishable here, by design of the AEAD.
    Secret unseal(const Secret& kek, const QByteArray& vaultId) const;
    Secret open(const Secret& password, const QByteArray& vaultId) const
    {
        return unseal(deriveKek(password), vaultId);
    }

    QByteArray associatedData(const QByteArray& vaultId) const;
};

} // namespace coffer
