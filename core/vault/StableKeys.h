// The keys that must not change when the data key does. The audit log, the tombstones, the erasure and
// export records and the request register name clients by pseudonyms, and the tombstone files in the
// backup folders are authenticated; all of them are written once and read for years, across changes of
// the data key (rekey) and restores of older backups. So these two keys are the subkeys of the vault's
// first data key (crypto/Subkeys.h), kept in vault.db's meta (`key.pseudonym`, `key.tombstone`, 32-byte
// BLOBs) from the first open by this version on. A database that has none (made before Coffer 0.3, or a
// backup's snapshot of one) has never had its data key changed, so they are derived from its data key:
// the same bytes.
//
// What that costs: a member removed from the vault knew these keys and keeps knowing them. With them
// alone they can compute the pseudonym of a client whose id they know and forge a tombstone in a backup
// folder they can write to; they cannot read anything (SECURITY.md).
#pragma once

#include "crypto/Pseudonym.h"
#include "crypto/Secret.h"

namespace coffer {

class Database;

struct StableKeys
{
    PseudonymKey pseudonym;
    Secret tombstone; // the MAC key of the tombstone files

    static StableKeys of(Database& db, const Secret& dataKey);
    // Writes them into meta where they are missing; once there they never change.
    static void keep(Database& db, const StableKeys& keys);
    StableKeys copy() const { return {PseudonymKey(pseudonym.subkey().copy()), tombstone.copy()}; }
};

} // namespace coffer
