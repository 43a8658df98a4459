// The vault's plaintext header file: what is needed to turn a password into the data key, and nothing
// that names a person. Written atomically (QSaveFile), mode 0600.
//
// Format version 1, all integers big-endian:
//   offset  size  field
//   0       8     magic "COFFERVH"
//   8       2     format version (1)
//   10      16    vault id (random)
//   26      32    lookup key: keys the BLAKE2b hash of a user name that locates that user's slot, so
//                 user names are not readable here and cannot be matched across vaults
//   58      4     SQLCipher page size
//   62      1     SQLCipher HMAC (1 on)
//   63      1     SQLCipher compatibility: the major version whose defaults vault.db was made with
//   64      1     L, length of the SQLCipher library version string (informational), then L bytes
//   65+L    2     N, the number of key keySlots (1..64), then N keySlots of 145 bytes each, the owner's first:
//                   16 slot id, 1 kind (1 user, 2 recovery), 32 lookup, 4 argon2 passes,
//                   4 argon2 memory in KiB, 16 salt, 24 nonce, 48 sealed data key
//   end-32  32    MAC: BLAKE2b-256 over every byte before it, keyed with a subkey of the data key
//
// Each slot's AEAD binds that slot's fields to the vault id (KeySlot); the MAC binds the whole file, so
// after a slot opens, a change to any other byte (another slot, the cipher settings) is detected too.
#pragma once

#include "crypto/KeySlot.h"
#include "store/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace coffer {

struct VaultHeader
{
    Q_DECLARE_TR_FUNCTIONS(VaultHeader)

public:
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kVaultIdSize = 16;
    static constexpr int kLookupKeySize = 32;
    static constexpr int kMacSize = 32;
    static constexpr int kMaxSlots = 64;

    QByteArray vaultId;
    QByteArray lookupKey;
    CipherSettings cipher;
    QByteArray cipherLibraryVersion;
    std::vector<KeySlot> keySlots;

    // The lookup value of a user's slot for a user name as typed (trimmed, case-folded, NFC).
    QByteArray lookupFor(const QString& userName) const;
    const KeySlot* findByLookup(const QByteArray& lookup) const;
    const KeySlot* findById(const QByteArray& slotId) const;
    const KeySlot* recoverySlot() const;
    void putSlot(KeySlot slot);                 // replaces the slot with the same id, or appends
    void moveToFront(const QByteArray& slotId); // the owner's slot is first, so "no user name" means the owner
    const KeySlot* ownerSlot() const;
    void removeSlot(const QByteArray& slotId);

    // Serialises with a MAC keyed from dataKey.
    QByteArray serialise(const Secret& dataKey) const;
    // Throws Error(Damaged) for a malformed file and for one whose magic is not ours ("not a vault").
    static VaultHeader parse(const QByteArray& bytes);
    // Checks the MAC of the bytes parse() was given; call once the data key is known.
    static bool verifyMac(const QByteArray& bytes, const Secret& dataKey);

    static VaultHeader read(const QString& path);
    void write(const QString& path, const Secret& dataKey) const;
};

// Normal form of a user name for comparison and lookup.
QString userNameKey(const QString& userName);

} // namespace coffer
