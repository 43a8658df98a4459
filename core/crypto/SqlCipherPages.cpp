#include "SqlCipherPages.h"

#include <QFile>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>

namespace coffer {

namespace {

constexpr int kSaltSize = 16;
constexpr int kIvSize = 16;
constexpr int kHmacSize = 20; // SHA-1
constexpr int kWalHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;

int reserveFor(bool hmac)
{
    const int raw = kIvSize + (hmac ? kHmacSize : 0);
    return (raw + 15) / 16 * 16;
}

} // namespace

bool forEachDecryptedPage(const QString& path, bool isWal, const Secret& key, quint32 pageSize, bool hmac,
                          const std::function<void(const QByteArray&)>& each)
{
    QFile file(path);
    if (!file.exists())
        return isWal;
    if (!file.open(QIODevice::ReadOnly) || key.size() != 32 || pageSize < 512)
        return false;
    const int reserve = reserveFor(hmac);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx)
        return false;
    if (isWal && file.read(kWalHeaderSize).size() != kWalHeaderSize)
        return true; // an empty log
    QByteArray page(int(pageSize), Qt::Uninitialized);
    QByteArray plain(int(pageSize), '\0');
    for (qint64 index = 0;; ++index) {
        quint32 pageNumber = quint32(index + 1);
        if (isWal) {
            const QByteArray frame = file.read(kFrameHeaderSize);
            if (frame.size() != kFrameHeaderSize)
                break;
            pageNumber = qFromBigEndian<quint32>(frame.constData());
        }
        if (file.read(page.data(), pageSize) != qint64(pageSize))
            break;
        const int skip = pageNumber == 1 ? kSaltSize : 0;
        const auto* in = reinterpret_cast<const unsigned char*>(page.constData());
        auto* out = reinterpret_cast<unsigned char*>(plain.data());
        int n = 0, m = 0;
        if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), in + pageSize - reserve) != 1 ||
            EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
            EVP_DecryptUpdate(ctx.get(), out, &n, in + skip, int(pageSize) - reserve - skip) != 1 ||
            EVP_DecryptFinal_ex(ctx.get(), out + n, &m) != 1)
            return false;
        each(QByteArray::fromRawData(plain.constData(), n + m)); // no copy of the plaintext
    }
    plain.fill('\0');
    return true;
}

} // namespace coffer
