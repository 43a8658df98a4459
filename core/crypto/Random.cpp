#include "Random.h"

#include "Sodium.h"

namespace coffer {

void ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        abort(); // no safe way to go on without a working RNG
}

QByteArray randomBytes(int size)
{
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

static const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// Emits the base32 digits of data through put(), so callers choose where the digits land.
template <class Put> static void base32Digits(const unsigned char* data, size_t size, Put put)
{
    unsigned buffer = 0;
    int bits = 0;
    for (size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            put(kBase32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        put(kBase32[(buffer << (5 - bits)) & 31]);
}

QByteArray base32Encode(const unsigned char* data, int size)
{
    QByteArray out;
    base32Digits(data, size_t(size), [&](char c) { out.append(c); });
    return out;
}

Secret randomReadableSecret(int bytes)
{
    Secret raw{size_t(bytes)};
    randombytes_buf(raw.data(), raw.size());
    const int chars = (bytes * 8 + 4) / 5;
    const int groups = (chars + 3) / 4;
    // Encoded straight into secure memory so the plain key never sits in a QByteArray.
    Secret out(size_t(chars + groups - 1));
    int written = 0, inGroup = 0;
    base32Digits(raw.data(), raw.size(), [&](char c) {
        if (inGroup == 4) {
            out.data()[written++] = '-';
            inGroup = 0;
        }
        out.data()[written++] = static_cast<unsigned char>(c);
        ++inGroup;
    });
    return out;
}

Secret normaliseReadableSecret(const Secret& typed)
{
    size_t n = 0;
    for (size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\r')
            ++n;
    }
    Secret out(n);
    size_t w = 0;
    for (size_t i = 0; i < typed.size(); ++i) {
        unsigned char c = typed.data()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<unsigned char>(c - 'a' + 'A');
        out.data()[w++] = c;
    }
    return out;
}

} // namespace coffer
