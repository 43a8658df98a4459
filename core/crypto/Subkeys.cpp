#include "Subkeys.h"

#include "Sodium.h"

#include <stdexcept>

namespace coffer {

static_assert(crypto_kdf_CONTEXTBYTES == 8);
static_assert(crypto_kdf_KEYBYTES == 32);

Secret deriveSubkey(const Secret& dataKey, Subkey subkey)
{
    const SubkeyRow& row = subkeyRow(subkey);
    if (dataKey.size() != crypto_kdf_KEYBYTES)
        throw std::logic_error("deriveSubkey: the data key has the wrong size");
    ensureSodium();
    Secret key(row.size);
    crypto_kdf_derive_from_key(key.data(), key.size(), row.id, row.context.data(), dataKey.data());
    return key;
}

} // namespace coffer
