// The vault's plaintext header file: what is needed to turn a password into the data key, and nothing
// that names a person. Written atomically (QSaveFile), mode 0600. All integers big-endian.
//
// Format version 2 (FORMATS.md is the reference):
//   offset  size  field
//   0       8     magic "COFFERVH"
//   8       2     format version (2)
//   10      16    vault id (random)
//   26      32    lookup key: keys the BLAKE2b hash of a user name that locates that user's slot, so
//                 user names are not readable here and cannot be matched across vaults
//   58      8     generation: 1 when made, one more at every write of the header; vault.db's meta
//                 `header.generation` holds the same number, so an older header or database shows
//   66      4     SQLCipher page size
//   70      1     SQLCipher HMAC (1 on)
//   71      1     SQLCipher compatibility: the major version whose defaults vault.db was made with
//   72      1     L, length of the SQLCipher library version string (informational), then L bytes
//   73+L    2     N, the number of key slots (1..64), then N slots of 258 bytes each, the owner's first:
//                   16 slot id, 1 kind (1 user, 2 recovery), 1 state (1 key pair, 2 pending),
//                   32 lookup, 4 argon2 passes, 4 argon2 memory in KiB, 16 salt, 24 nonce,
//                   32 X25519 public key, 48 sealed private key (pending: sealed data key),
//                   80 envelope: the data key sealed to the public key (pending: zeros; so is the key)
//   end-32  32    MAC: BLAKE2b-256 over every byte before it, keyed with a subkey of the data key
//
// Format version 1, still read (and written only for a vault not yet migrated): no generation, the
// SQLCipher settings at 58, the version string at 65, and slots of 145 bytes without state, public key
// or envelope (16 id, 1 kind, 32 lookup, 4 passes, 4 memory, 16 salt, 24 nonce, 48 sealed data key):
// every slot of a format-1 header is pending.
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
    static constexpr quint16 kFormatVersion = 2; // the version written; 1 is read too
    static constexpr int kVaultIdSize = 16;
    static constexpr int kLookupKeySize = 32;
    static constexpr int kMacSize = 32;
    static constexpr int kMaxSlots = 64;

    quint16 formatVersion = kFormatVersion;
    quint64 generation = 1; // 0 in a format-1 header, which has none
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
    bool hasPendingSlots() const;

    // Serialises with a MAC keyed from dataKey.
    QByteArray serialise(const Secret& dataKey) const;
    // Throws Error(Damaged) for a malformed file and for one whose magic is not ours ("not a vault").
    static VaultHeader parse(const QByteArray& bytes);
    // Checks the MAC of the bytes parse() was given; call once the data key is known.
    static bool verifyMac(const QByteArray& bytes, const Secret& dataKey);

    static VaultHeader read(const QString& path);
    // Where the key slots lie in bytes that begin with a header of either version: false when they do
    // not look like one. exact: the header is all of bytes (a vault's `header`), else it may be followed
    // by more (a backup's copy of it).
    static bool slotArea(const QByteArray& bytes, bool exact, int* start, int* length);
    void write(const QString& path, const Secret& dataKey) const;
};

// Normal form of a user name for comparison and lookup.
QString userNameKey(const QString& userName);

} // namespace coffer
