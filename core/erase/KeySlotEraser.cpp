#include "KeySlotEraser.h"

#include "Error.h"
#include "crypto/Random.h"
#include "store/DirectIo.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace coffer {

namespace {

[[noreturn]] void failed(const QString& headerPath, const QString& why)
{
    throw Error(
        ErrorCode::Failed,
        QCoreApplication::translate("AccountCancellation", "%1: %2").arg(QDir::toNativeSeparators(headerPath), why));
}

QByteArray readAt(int fd, qint64 offset)
{
    QByteArray bytes(1 << 16, '\0');
    const ssize_t n = ::pread(fd, bytes.data(), size_t(bytes.size()), offset);
    bytes.resize(qMax<ssize_t>(n, 0));
    return bytes;
}

} // namespace

void KeySlotEraser::destroyKeySlots(const QString& headerPath, qint64 headerOffset)
{
    const int fd = ::open(QFile::encodeName(headerPath).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        failed(headerPath, QString::fromLocal8Bit(strerror(errno)));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const QByteArray bytes = readAt(fd, headerOffset);
    int start = 0, length = 0;
    if (!VaultHeader::slotArea(bytes, headerOffset == 0, &start, &length))
        failed(headerPath, tr("the header is not in the expected format"));

    const QByteArray noise = randomBytes(length);
    if (::pwrite(fd, noise.constData(), size_t(length), headerOffset + start) != length || ::fsync(fd) != 0)
        failed(headerPath, QString::fromLocal8Bit(strerror(errno)));
    // From the device, not the page cache (DirectIo::readBack says how); the fsync above was the sync.
    // The header is small: read it whole, from an aligned offset.
    const qint64 from = headerOffset - headerOffset % DirectIo::kAlignment;
    const qint64 span = headerOffset - from + start + length;
    DirectIo io(fd);
    const AlignedBuffer readBack(span);
    const qint64 got = io.readBack(readBack.data(), from, span);
    if (got < 0)
        failed(headerPath, QString::fromLocal8Bit(strerror(errno)));
    if (got < span ||
        std::memcmp(readBack.data() + (headerOffset - from) + start, noise.constData(), size_t(length)) != 0)
        failed(headerPath, tr("the key slots read back differ from what was written"));
}

QByteArray KeySlotEraser::vaultIdAt(const QString& path, qint64 headerOffset)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return {};
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const QByteArray bytes = readAt(fd, headerOffset);
    int start = 0, length = 0;
    if (!VaultHeader::slotArea(bytes, false, &start, &length))
        return {};
    try {
        return VaultHeader::parse(bytes.left(start + length + 32)).vaultId;
    } catch (const Error&) {
        return {};
    }
}

} // namespace coffer
