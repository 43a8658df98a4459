// The name a client goes by where their data must not appear — the audit log, the tombstones, the
// vault's evidence of exports and erasures: "p:" and the hex of a 16-byte keyed BLAKE2b of their random
// id under the data key's Pseudonym subkey. Stable while the data key is, and meaningless without it.
#pragma once

#include "Secret.h"

#include <QString>

namespace coffer {

class PseudonymKey
{
public:
    // Derives the subkey once, for a reader that names many clients (Vault::pseudonymFor names one).
    explicit PseudonymKey(const Secret& dataKey);
    QString of(const QString& clientId) const;

private:
    Secret m_key;
};

} // namespace coffer
