// Every key derived from the vault's data key, in one table: which subkey, the libsodium KDF's subkey id
// and 8-character context, and what it keys. crypto_kdf_derive_from_key (BLAKE2b) makes each one; the
// bytes depend on id and context only, so a row of this table is part of the vault, backup and tombstone
// formats (FORMATS.md) and must never change. A new use of the data key is a new row, with a context no
// other row has: then no two purposes can share a key.
#pragma once

#include "Secret.h"

#include <QtGlobal>
#include <cstddef>
#include <string_view>

namespace coffer {

enum class Subkey {
    HeaderMac,    // the vault header's MAC (VaultHeader): BLAKE2b-256 over every byte before it
    Pseudonym,    // pseudonymous client ids in the audit log (Vault::pseudonym), "p:" + 16 bytes hex
    BackupMac,    // the backup container's MAC over its head and manifest (BackupFile)
    TombstoneMac, // the chained MAC of each record in a tombstone file (Tombstones)
};

struct SubkeyRow
{
    Subkey subkey;
    quint64 id;               // crypto_kdf's subkey id
    std::string_view context; // crypto_kdf's context: exactly 8 characters
    std::size_t size;         // bytes
};

// The ids repeat across contexts (1 under "hdr--mac", "cofferbk" and "tombston"): a subkey is named by
// the pair, and the pairs differ. Kept as they were when each format was first written.
inline constexpr SubkeyRow kSubkeys[] = {
    {Subkey::HeaderMac, 1, "hdr--mac", 32},
    {Subkey::Pseudonym, 2, "pseudony", 32},
    {Subkey::BackupMac, 1, "cofferbk", 32},
    {Subkey::TombstoneMac, 1, "tombston", 32},
};

constexpr const SubkeyRow& subkeyRow(Subkey subkey)
{
    return kSubkeys[static_cast<std::size_t>(subkey)];
}

namespace detail {
constexpr bool subkeyTableIsSound()
{
    constexpr std::size_t n = sizeof kSubkeys / sizeof kSubkeys[0];
    for (std::size_t i = 0; i < n; ++i) {
        if (static_cast<std::size_t>(kSubkeys[i].subkey) != i || kSubkeys[i].context.size() != 8)
            return false;
        if (kSubkeys[i].size < 16 || kSubkeys[i].size > 64) // crypto_kdf_BYTES_MIN .. _MAX
            return false;
        for (std::size_t j = 0; j < i; ++j)
            if (kSubkeys[j].context == kSubkeys[i].context && kSubkeys[j].id == kSubkeys[i].id)
                return false;
    }
    return true;
}
} // namespace detail
static_assert(detail::subkeyTableIsSound(), "kSubkeys: rows in enum order, 8-character contexts, distinct pairs");

// The subkey of dataKey (32 bytes, KeySlot::kDataKeySize), in secure memory.
[[nodiscard]] Secret deriveSubkey(const Secret& dataKey, Subkey subkey);

} // namespace coffer
