#include "SecretStream.h"

#include "Error.h"
#include "crypto/Random.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QtEndian>

namespace coffer {

namespace {

const QByteArray kMagic("COFFEREX", 8);
constexpr quint16 kVersion = 1;
constexpr int kChunk = 64 * 1024;
constexpr int kHeaderSize = 8 + 2 + 4 + 4 + 16 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kAdSize = 8 + 2 + 4 + 4 + 16;

} // namespace

struct SecretStreamWriter::State
{
    crypto_secretstream_xchacha20poly1305_state st;
    QByteArray ad;
};

SecretStreamWriter::SecretStreamWriter(Sink sink, const Secret& passphrase, KdfParams kdf)
    : m_state(std::make_unique<State>()), m_sink(std::move(sink))
{
    ensureSodium();
    const QByteArray salt = randomBytes(Argon2Kdf::kSaltSize);
    const Secret key = Argon2Kdf::derive(passphrase, salt, kdf);
    QByteArray head = kMagic;
    char buf[4];
    qToBigEndian(kVersion, buf);
    head.append(buf, 2);
    qToBigEndian(kdf.opsLimit, buf);
    head.append(buf, 4);
    qToBigEndian(kdf.memoryKiB, buf);
    head.append(buf, 4);
    head += salt;
    m_state->ad = head;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->st, header, key.data());
    head.append(reinterpret_cast<const char*>(header), sizeof header);
    m_sink(head.constData(), head.size());
    m_buffer.reserve(kChunk);
}

SecretStreamWriter::~SecretStreamWriter()
{
    sodium_memzero(&m_state->st, sizeof m_state->st);
}

void SecretStreamWriter::write(const char* data, qint64 size)
{
    while (size > 0) {
        const qint64 n = qMin<qint64>(size, kChunk - m_buffer.size());
        m_buffer.append(data, n);
        data += n;
        size -= n;
        if (m_buffer.size() == kChunk)
            push(false);
    }
}

void SecretStreamWriter::finish()
{
    push(true);
}

void SecretStreamWriter::push(bool final)
{
    QByteArray out(4 + m_buffer.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    unsigned long long len = 0;
    const QByteArray ad = std::exchange(m_state->ad, QByteArray()); // the header binds to the first chunk only
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->st, reinterpret_cast<unsigned char*>(out.data() + 4), &len,
        reinterpret_cast<const unsigned char*>(m_buffer.constData()), size_t(m_buffer.size()),
        ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    qToBigEndian(quint32(len), out.data());
    sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.clear();
    m_sink(out.constData(), qint64(4 + len));
}

struct SecretStreamReader::State
{
    crypto_secretstream_xchacha20poly1305_state st;
    QByteArray ad;
};

bool SecretStreamReader::looksEncrypted(QIODevice& source)
{
    return source.peek(kMagic.size()) == kMagic;
}

SecretStreamReader::SecretStreamReader(QIODevice& source, const Secret& passphrase)
    : m_state(std::make_unique<State>()), m_source(source)
{
    ensureSodium();
    const QByteArray head = source.read(kHeaderSize);
    if (head.size() != kHeaderSize || !head.startsWith(kMagic))
        throw Error(
            ErrorCode::Damaged,
            QCoreApplication::translate("SecretStream", "This is not an encrypted Coffer export, or it is cut short."));
    if (qFromBigEndian<quint16>(head.constData() + 8) != kVersion)
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate(
                        "SecretStream", "This encrypted export has a format version this Coffer does not read."));
    const KdfParams kdf{qFromBigEndian<quint32>(head.constData() + 10), qFromBigEndian<quint32>(head.constData() + 14)};
    if (!Argon2Kdf::isAcceptable(kdf))
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("SecretStream",
                                                "The encrypted export is damaged (key derivation parameters)."));
    const Secret key = Argon2Kdf::derive(passphrase, head.mid(18, Argon2Kdf::kSaltSize), kdf);
    m_state->ad = head.left(kAdSize);
    crypto_secretstream_xchacha20poly1305_init_pull(
        &m_state->st, reinterpret_cast<const unsigned char*>(head.constData() + kAdSize), key.data());
}

SecretStreamReader::~SecretStreamReader()
{
    sodium_memzero(&m_state->st, sizeof m_state->st);
}

QByteArray SecretStreamReader::next()
{
    if (m_finished)
        return {};
    const QByteArray lenBytes = m_source.read(4);
    if (lenBytes.size() != 4)
        throw Error(ErrorCode::Damaged, QCoreApplication::translate(
                                            "SecretStream", "The encrypted export is cut short: its end is missing."));
    const quint32 len = qFromBigEndian<quint32>(lenBytes.constData());
    if (len < crypto_secretstream_xchacha20poly1305_ABYTES ||
        len > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES)
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("SecretStream",
                                                "The encrypted export is damaged (a chunk has an impossible length)."));
    const QByteArray cipher = m_source.read(len);
    if (cipher.size() != qsizetype(len))
        throw Error(ErrorCode::Damaged, QCoreApplication::translate(
                                            "SecretStream", "The encrypted export is cut short: its end is missing."));
    QByteArray plain(qsizetype(len - crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
    unsigned long long plainLen = 0;
    unsigned char tag = 0;
    const QByteArray ad = std::exchange(m_state->ad, QByteArray());
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_state->st, reinterpret_cast<unsigned char*>(plain.data()), &plainLen, &tag,
            reinterpret_cast<const unsigned char*>(cipher.constData()), cipher.size(),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size())) != 0) {
        if (m_first)
            throw Error(ErrorCode::Auth,
                        QCoreApplication::translate(
                            "SecretStream", "Wrong password, or the encrypted export is damaged at its start."));
        throw Error(
            ErrorCode::Damaged,
            QCoreApplication::translate("SecretStream", "The encrypted export is damaged: a part of it was altered."));
    }
    m_first = false;
    plain.resize(qsizetype(plainLen));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_finished = true;
        if (!m_source.atEnd())
            throw Error(ErrorCode::Damaged,
                        QCoreApplication::translate("SecretStream", "The encrypted export has data after its end."));
    }
    return plain;
}

} // namespace coffer
