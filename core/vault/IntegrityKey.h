// The integrity key: evidence of changes to vault.db made around Coffer by someone who holds only the
// data key. Every member holds the data key, so a viewer can open vault.db with the sqlcipher shell and
// make themselves an administrator, or rewrite the audit log and its hash chain. That cannot be prevented
// in a local file; it can be made evident. A second random key, held only by the owner and the
// administrators, MACs the list of users (who, with which role and key slot) and, now and then, the head
// of the audit log (a checkpoint). A change that nobody holding this key made shows as a MAC that does
// not match (Vault::verifyAudit, `coffer-cli audit --verify`). FORMATS.md gives the bytes; SECURITY.md
// says what this detects and what it cannot.
//
// Each holder's copy is a row of integrity_keys: the key sealed to their key slot's X25519 public key
// (crypto_box_seal), and, once they have signed in with it, a tag only their private key can make
// ("own"). A sealed box can be made by anyone who knows the public key, so a copy without a tag (given by
// another administrator at a promotion or a change of this key) is taken on trust, once; a copy with a
// tag cannot be replaced without the holder noticing.
#pragma once

#include "audit/AuditLog.h"
#include "crypto/KeySlot.h"
#include "crypto/Secret.h"

#include <QByteArray>
#include <QStringList>

namespace coffer {

class Database;

class IntegrityKey
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kTagSize = 32;

    enum class Copy {
        None,   // no copy for this slot, or one sealed to a public key the slot no longer has
        Sealed, // a copy without the holder's tag: given by someone else, taken on trust
        Own,    // a copy with the holder's tag
        Forged, // a copy that does not open with the slot's private key, or whose tag does not match
    };

    // Writes (or replaces) slot's copy of key. With the slot's private key the copy carries its tag.
    static void give(Database& db, const QByteArray& vaultId, const KeySlot& slot, const Secret& key,
                     const Secret* privateKey = nullptr);
    static void take(Database& db, const QByteArray& slotId);
    // The holder of slotId found their copy forged: it is emptied, so that another holder gives a new one
    // (to the same public key, sealed as given before).
    static void askAgain(Database& db, const QByteArray& slotId);
    // A holder of key gave slot's present public key a copy (the copy's seal): it may be given one again.
    static bool holderKeySealed(Database& db, const Secret& key, const QByteArray& vaultId, const KeySlot& slot);
    static void takeAll(Database& db);
    // slot's copy opened with its private key; *how says what was found. Empty unless Own or Sealed.
    static Secret open(Database& db, const QByteArray& vaultId, const KeySlot& slot, const Secret& privateKey,
                       Copy* how);
    // True when slot has a copy sealed to its public key as it is now (whether it opens or not).
    static bool hasCurrentCopy(Database& db, const KeySlot& slot);
    static bool anyCopy(Database& db);
    // The vault has had an integrity key (meta `integrity.made`): copies missing now were removed.
    static bool wasMade(Database& db);
    static void noteMade(Database& db);

    // The MAC of the users table and the recovery slot's id; sealUsers() writes it into meta.
    static QByteArray usersMac(Database& db, const Secret& key, const QByteArray& vaultId,
                               const QByteArray& recoverySlotId);
    static void sealUsers(Database& db, const Secret& key, const QByteArray& vaultId, const QByteArray& recoverySlotId);
    static bool usersIntact(Database& db, const Secret& key, const QByteArray& vaultId,
                            const QByteArray& recoverySlotId);
    // The names of the users whose row does not match its seal (changed, or added, outside Coffer).
    static QStringList changedUsers(Database& db, const Secret& key, const QByteArray& vaultId);
    // slotId is the slot of an owner or administrator whose row is sealed as such, or the recovery slot
    // sealed as it: someone a copy of the key may be given to.
    static bool isSealedHolder(Database& db, const Secret& key, const QByteArray& vaultId, const QByteArray& slotId);

    // A checkpoint at the newest audit row, unless it has one already.
    static void checkpoint(Database& db, const Secret& key, const QByteArray& vaultId);
    // The newest checkpoint's MAC holds and its row still has its hash (true when there is none and the
    // vault never had an integrity key).
    static bool newestCheckpointHolds(Database& db, const Secret& key, const QByteArray& vaultId);
    // Fills the integrity half of result (after AuditLog::verify filled the chain's half).
    static void verify(Database& db, const Secret& key, const QByteArray& vaultId, const QByteArray& recoverySlotId,
                       AuditVerification& result);
    // For a new integrity key: the checkpoints that verify under oldKey get their MAC under newKey (those
    // that do not keep theirs, and keep failing), and the users table is sealed under newKey.
    static void reseal(Database& db, const Secret& oldKey, const Secret& newKey, const QByteArray& vaultId,
                       const QByteArray& recoverySlotId);
};

} // namespace coffer
