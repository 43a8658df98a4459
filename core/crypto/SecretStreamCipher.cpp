#include "SecretStreamCipher.h"

#include "Sodium.h"

#include <stdexcept>

namespace coffer {

static_assert(SecretStreamSizes::kKeySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(SecretStreamSizes::kHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(SecretStreamSizes::kTagSize == crypto_secretstream_xchacha20poly1305_ABYTES);

namespace {
// Associated data: none is a null pointer, as libsodium's examples pass it.
const unsigned char* adBytes(QByteArrayView v)
{
    return v.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(v.data());
}
// A message or a header: never null, even when empty (the final chunk of a stream may be).
const unsigned char* bytes(QByteArrayView v)
{
    static const unsigned char none = 0;
    return v.data() ? reinterpret_cast<const unsigned char*>(v.data()) : &none;
}
} // namespace

struct SecretStreamSealer::State
{
    crypto_secretstream_xchacha20poly1305_state st;
};

SecretStreamSealer::SecretStreamSealer(const Secret& key)
    : m_state(std::make_unique<State>())
    , m_header(kHeaderSize, Qt::Uninitialized)
{
    if (key.size() != std::size_t(kKeySize))
        throw std::logic_error("SecretStreamSealer: the key has the wrong size");
    ensureSodium();
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->st, reinterpret_cast<unsigned char*>(m_header.data()),
                                                    key.data());
}

SecretStreamSealer::~SecretStreamSealer()
{
    sodium_memzero(&m_state->st, sizeof m_state->st);
}

void SecretStreamSealer::seal(QByteArrayView plain, QByteArrayView ad, bool final, QByteArray& out)
{
    const qsizetype at = out.size();
    out.resize(at + plain.size() + kTagSize);
    unsigned long long len = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->st, reinterpret_cast<unsigned char*>(out.data() + at), &len,
                                               bytes(plain), size_t(plain.size()), adBytes(ad), size_t(ad.size()),
                                               final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                     : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    out.resize(at + qsizetype(len));
}

struct SecretStreamOpener::State
{
    crypto_secretstream_xchacha20poly1305_state st;
};

SecretStreamOpener::SecretStreamOpener(const Secret& key, QByteArrayView header)
    : m_state(std::make_unique<State>())
{
    if (key.size() != std::size_t(kKeySize) || header.size() != kHeaderSize)
        throw std::logic_error("SecretStreamOpener: the key or the header has the wrong size");
    ensureSodium();
    crypto_secretstream_xchacha20poly1305_init_pull(&m_state->st, bytes(header), key.data());
}

SecretStreamOpener::~SecretStreamOpener()
{
    sodium_memzero(&m_state->st, sizeof m_state->st);
}

std::optional<QByteArray> SecretStreamOpener::open(QByteArrayView cipher, QByteArrayView ad, bool& final)
{
    final = false;
    if (cipher.size() < kTagSize)
        return std::nullopt;
    QByteArray plain(cipher.size() - kTagSize, Qt::Uninitialized);
    unsigned long long plainLen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->st, reinterpret_cast<unsigned char*>(plain.data()),
                                                   &plainLen, &tag, bytes(cipher), size_t(cipher.size()), adBytes(ad),
                                                   size_t(ad.size())) != 0)
        return std::nullopt;
    plain.resize(qsizetype(plainLen));
    final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return plain;
}

} // namespace coffer
