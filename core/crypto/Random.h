// Randomness from libsodium (getrandom(2) underneath), and the readable encodings of random secrets
// that people copy by hand: recovery keys and one-time passwords.
#pragma once

#include "Secret.h"

#include <QByteArray>
#include <QString>

namespace coffer {

QByteArray randomBytes(int size);
// Random bytes straight into secure memory: a new data key never passes through ordinary memory.
[[nodiscard]] Secret randomSecret(std::size_t size);
// Fills out with a ChaCha20 stream from a fresh random seed (libsodium's randombytes_buf_deterministic).
// For bulk noise, such as an overwrite pass: the kernel is asked for 32 bytes, not for every byte.
void fillWithNoise(char* out, qsizetype size);

// Random bytes as RFC 4648 base32 in groups of four separated by '-', e.g. "K7QP-3MZX-…".
// 20 bytes give 160 bits in 8 groups.
Secret randomReadableSecret(int bytes);

// Canonical form of a readable secret as a person may type it: upper case, no spaces or dashes, and
// 0, 1 and 8 read as the O, I and B they were misread from (the alphabet has no 0, 1 or 8).
Secret normaliseReadableSecret(const Secret& typed);

// A new record id: a version 7 UUID (48-bit Unix milliseconds, then random bits), so ids created one
// after another sort together and bulk inserts append to the id indexes instead of scattering across
// them. The time in an id is the record's creation time, which the record states anyway.
QString newRecordId();

QByteArray base32Encode(const unsigned char* data, int size);

} // namespace coffer
