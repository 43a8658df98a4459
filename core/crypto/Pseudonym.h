// The name a client goes by where their data must not appear — the audit log, the tombstones, the
// vault's evidence of exports and erasures: "p:" and the hex of a 16-byte keyed BLAKE2b of their random
// id under the Pseudonym subkey of the vault's first data key (vault/StableKeys: kept in vault.db, so a
// change of the data key does not change anyone's pseudonym). Meaningless without the key.
#pragma once

#include "Secret.h"

#include <QString>

namespace coffer {

class PseudonymKey
{
public:
    PseudonymKey() = default;
    // The Pseudonym subkey itself (32 bytes).
    explicit PseudonymKey(Secret subkey);
    // Derives it from a data key (Subkey::Pseudonym).
    static PseudonymKey fromDataKey(const Secret& dataKey);
    const Secret& subkey() const { return m_key; }
    QString of(const QString& clientId) const;

private:
    Secret m_key;
};

} // namespace coffer
