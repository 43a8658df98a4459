#include "Random.h"

#include "Sodium.h"

#include <QDateTime>

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

Secret randomSecret(std::size_t size)
{
    ensureSodium();
    Secret out(size);
    if (size)
        randombytes_buf(out.data(), size);
    return out;
}

void fillWithNoise(char* out, qsizetype size)
{
    ensureSodium();
    Secret seed(randombytes_SEEDBYTES);
    randombytes_buf(seed.data(), seed.size());
    randombytes_buf_deterministic(out, size_t(size), seed.data());
}

QString newRecordId()
{
    ensureSodium();
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(b), sizeof b).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
                               hex.mid(20));
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
        // The misreadings a printed key invites: base32 has O, I and B but no 0, 1 or 8.
        c = c == '0' ? 'O' : c == '1' ? 'I' : c == '8' ? 'B' : c;
        out.data()[w++] = c;
    }
    return out;
}

} // namespace coffer
