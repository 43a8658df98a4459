#include "SecretStream.h"

#include "Error.h"
#include "crypto/Random.h"
#include "crypto/SecretStreamCipher.h"

#include <QCoreApplication>
#include <QtEndian>
#include <optional>

namespace coffer {

namespace {

// The container's layout (SecretStream.h), each field's offset from the one before it.
const QByteArray kMagic("COFFEREX", 8);
constexpr quint16 kVersion = 1;
constexpr int kChunk = 64 * 1024;
constexpr int kMagicSize = 8;
constexpr int kVersionOffset = kMagicSize;
constexpr int kOpsOffset = kVersionOffset + 2;
constexpr int kMemoryOffset = kOpsOffset + 4;
constexpr int kSaltOffset = kMemoryOffset + 4;
constexpr int kAdSize = kSaltOffset + Argon2Kdf::kSaltSize; // everything before the secretstream header
constexpr int kHeaderSize = kAdSize + SecretStreamSizes::kHeaderSize;
constexpr int kLengthSize = 4; // before each chunk
static_assert(kAdSize == 34 && kHeaderSize == 58, "the encrypted export's header is 34 + 24 bytes (SecretStream.h)");
static_assert(Argon2Kdf::kKeySize == SecretStreamSizes::kKeySize, "the passphrase's key keys the stream directly");

} // namespace

struct SecretStreamWriter::State
{
    std::optional<SecretStreamSealer> sealer;
    QByteArray ad;
};

SecretStreamWriter::SecretStreamWriter(Sink sink, const Secret& passphrase, KdfParams kdf)
    : m_state(std::make_unique<State>())
    , m_sink(std::move(sink))
{
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
    Q_ASSERT(head.size() == kAdSize);
    m_state->ad = head;
    m_state->sealer.emplace(key);
    head += m_state->sealer->header();
    m_sink(head.constData(), head.size());
    m_buffer.reserve(kChunk);
}

SecretStreamWriter::~SecretStreamWriter() = default;

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
    QByteArray out(kLengthSize, Qt::Uninitialized);
    out.reserve(kLengthSize + m_buffer.size() + SecretStreamSizes::kTagSize);
    const QByteArray ad = std::exchange(m_state->ad, QByteArray()); // the header binds to the first chunk only
    m_state->sealer->seal(m_buffer, ad, final, out);
    qToBigEndian(quint32(out.size() - kLengthSize), out.data());
    memzero(m_buffer.data(), size_t(m_buffer.size()));
    m_buffer.clear();
    m_sink(out.constData(), out.size());
}

struct SecretStreamReader::State
{
    std::optional<SecretStreamOpener> opener;
    QByteArray ad;
};

bool SecretStreamReader::looksEncrypted(QIODevice& source)
{
    return source.peek(kMagic.size()) == kMagic;
}

SecretStreamReader::SecretStreamReader(QIODevice& source, const Secret& passphrase)
    : m_state(std::make_unique<State>())
    , m_source(source)
{
    const QByteArray head = source.read(kHeaderSize);
    if (head.size() != kHeaderSize || !head.startsWith(kMagic))
        throw Error(ErrorCode::Damaged, tr("This is not an encrypted Coffer export, or it is cut short."));
    if (qFromBigEndian<quint16>(head.constData() + kVersionOffset) != kVersion)
        throw Error(ErrorCode::Damaged, tr("This encrypted export has a format version this Coffer does not read."));
    const KdfParams kdf{qFromBigEndian<quint32>(head.constData() + kOpsOffset),
                        qFromBigEndian<quint32>(head.constData() + kMemoryOffset)};
    if (!Argon2Kdf::isAcceptable(kdf))
        throw Error(ErrorCode::Damaged, tr("The encrypted export is damaged (key derivation parameters)."));
    const Secret key = Argon2Kdf::derive(passphrase, head.mid(kSaltOffset, Argon2Kdf::kSaltSize), kdf);
    m_state->ad = head.left(kAdSize);
    m_state->opener.emplace(key, QByteArrayView(head).sliced(kAdSize));
}

SecretStreamReader::~SecretStreamReader() = default;

QByteArray SecretStreamReader::next()
{
    if (m_finished)
        return {};
    const QByteArray lenBytes = m_source.read(kLengthSize);
    if (lenBytes.size() != kLengthSize)
        throw Error(ErrorCode::Damaged, tr("The encrypted export is cut short: its end is missing."));
    const quint32 len = qFromBigEndian<quint32>(lenBytes.constData());
    if (len < quint32(SecretStreamSizes::kTagSize) || len > quint32(kChunk + SecretStreamSizes::kTagSize))
        throw Error(ErrorCode::Damaged, tr("The encrypted export is damaged (a chunk has an impossible length)."));
    const QByteArray cipher = m_source.read(len);
    if (cipher.size() != qsizetype(len))
        throw Error(ErrorCode::Damaged, tr("The encrypted export is cut short: its end is missing."));
    const QByteArray ad = std::exchange(m_state->ad, QByteArray());
    bool final = false;
    std::optional<QByteArray> plain = m_state->opener->open(cipher, ad, final);
    if (!plain) {
        if (m_first)
            throw Error(ErrorCode::Auth, tr("Wrong password, or the encrypted export is damaged at its start."));
        throw Error(ErrorCode::Damaged, tr("The encrypted export is damaged: a part of it was altered."));
    }
    m_first = false;
    if (final) {
        m_finished = true;
        if (!m_source.atEnd())
            throw Error(ErrorCode::Damaged, tr("The encrypted export has data after its end."));
    }
    return std::move(*plain);
}

} // namespace coffer
