#include "Mac.h"

#include "Sodium.h"

#include <stdexcept>

namespace coffer {

namespace {

QByteArray blake2b(const unsigned char* key, std::size_t keySize, QByteArrayView message, qsizetype size)
{
    if (size < qsizetype(crypto_generichash_BYTES_MIN) || size > qsizetype(crypto_generichash_BYTES_MAX) ||
        keySize < crypto_generichash_KEYBYTES_MIN || keySize > crypto_generichash_KEYBYTES_MAX)
        throw std::logic_error("keyedHash: size out of range");
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(size),
                       reinterpret_cast<const unsigned char*>(message.data()), std::size_t(message.size()), key,
                       keySize);
    return out;
}

} // namespace

QByteArray keyedHash(const Secret& key, QByteArrayView message, qsizetype size)
{
    return blake2b(key.data(), key.size(), message, size);
}

QByteArray keyedHash(QByteArrayView key, QByteArrayView message, qsizetype size)
{
    return blake2b(reinterpret_cast<const unsigned char*>(key.data()), std::size_t(key.size()), message, size);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || sodium_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

} // namespace coffer
