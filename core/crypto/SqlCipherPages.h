// The pages of a SQLCipher 3 database (and of its write-ahead log) decrypted with the raw data key, read
// straight from the file: every page, free pages and the unused space inside pages included — what a
// thief holding the key would see, which is more than any SQL query shows. For the erasure verifier,
// which searches them for what an erasure must have removed. Reads, never writes; no plaintext leaves
// memory.
//
// Layout (SQLCipher 3 with a raw key, as Database::open sets it): each page of pageSize bytes is
// AES-256-CBC ciphertext of its first pageSize − reserve bytes, then `reserve` bytes holding the 16-byte
// IV (first), the HMAC-SHA1 (20 bytes, when on) and padding to a multiple of 16; page 1 begins with the
// database's 16-byte salt instead of "SQLite format 3", so its ciphertext starts at byte 16. A WAL file
// is a 32-byte header followed by frames of a 24-byte header (page number big-endian first) and a page.
#pragma once

#include "Secret.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace coffer {

// Calls each with the plaintext of every whole page of the file (database or WAL), in file order.
// Returns false when the file cannot be read (an absent WAL is no pages, and true).
bool forEachDecryptedPage(const QString& path, bool isWal, const Secret& key, quint32 pageSize, bool hmac,
                          const std::function<void(const QByteArray& page)>& each);

} // namespace coffer
