// Keyed BLAKE2b (libsodium's crypto_generichash with a key) and the comparison that checks a MAC. These
// are the only MAC primitives of core: the vault header, the backup container, the tombstone chain, the
// pseudonyms and the header's user-name lookup all go through them.
#pragma once

#include "Secret.h"

#include <QByteArray>
#include <QByteArrayView>

namespace coffer {

// BLAKE2b of message under key, size bytes long (16 .. 64; 32 for every MAC Coffer writes). The key is
// 16 .. 64 bytes: a Secret for a subkey, plain bytes for a key that is no secret (the header's lookup
// key, stored beside the lookups it keys).
[[nodiscard]] QByteArray keyedHash(const Secret& key, QByteArrayView message, qsizetype size);
[[nodiscard]] QByteArray keyedHash(QByteArrayView key, QByteArrayView message, qsizetype size);

// Compares in time that depends on the length only, so a forger learns nothing from how long a wrong
// MAC took to refuse. Different lengths are simply unequal.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace coffer
