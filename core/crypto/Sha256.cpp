#include "Sha256.h"

#include "Sodium.h"

#include <QFile>

#ifdef COFFER_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace coffer {

#ifdef COFFER_HAVE_OPENSSL
struct Sha256::State
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}

void Sha256::add(const char* data, qint64 size)
{
    EVP_DigestUpdate(m_state->ctx, data, size_t(size));
}

QByteArray Sha256::result()
{
    QByteArray out(32, '\0');
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->ctx, reinterpret_cast<unsigned char*>(out.data()), &length);
    return out;
}
#else
struct Sha256::State
{
    crypto_hash_sha256_state st;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    ensureSodium();
    crypto_hash_sha256_init(&m_state->st);
}

void Sha256::add(const char* data, qint64 size)
{
    crypto_hash_sha256_update(&m_state->st, reinterpret_cast<const unsigned char*>(data), quint64(size));
}

QByteArray Sha256::result()
{
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256_final(&m_state->st, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}
#endif

Sha256::~Sha256() = default;

QByteArray Sha256::of(const QByteArray& bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.result();
}

QByteArray Sha256::ofFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    Sha256 h;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(buffer.data(), buffer.size())) > 0)
        h.add(buffer.constData(), n);
    if (n < 0 || file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return h.result();
}

} // namespace coffer
