#include "KeySlotEraser.h"

#include "Error.h"
#include "crypto/Random.h"
#include "store/DirectIo.h"

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

// Finds the slot area; false when the header is not in the expected format. Its place follows
// VaultHeader.h: after the library version string (its length at byte 64) and the 2-byte slot count come
// count × 145 bytes of slots, then the 32-byte MAC, which ends the file.
bool findSlots(const QByteArray& bytes, int* start, int* length)
{
    constexpr int kSlotSize = 145, kMacSize = 32;
    const int libSize = bytes.size() > 64 ? quint8(bytes[64]) : 0;
    const int countAt = 65 + libSize;
    const int count = bytes.size() > countAt + 1 ? (quint8(bytes[countAt]) << 8 | quint8(bytes[countAt + 1])) : 0;
    *start = countAt + 2;
    *length = count * kSlotSize;
    return bytes.startsWith("COFFERVH") && count > 0 && *start + *length + kMacSize == bytes.size();
}

} // namespace

void KeySlotEraser::destroyKeySlots(const QString& headerPath)
{
    const int fd = ::open(QFile::encodeName(headerPath).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        failed(headerPath, QString::fromLocal8Bit(strerror(errno)));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QByteArray bytes(1 << 16, '\0');
    const ssize_t n = ::pread(fd, bytes.data(), size_t(bytes.size()), 0);
    bytes.resize(qMax<ssize_t>(n, 0));
    int start = 0, length = 0;
    if (!findSlots(bytes, &start, &length))
        failed(headerPath, tr("the header is not in the expected format"));

    const QByteArray noise = randomBytes(length);
    if (::pwrite(fd, noise.constData(), size_t(length), start) != length || ::fsync(fd) != 0)
        failed(headerPath, QString::fromLocal8Bit(strerror(errno)));
    // From the device, not the page cache (DirectIo::readBack says how); the fsync above was the sync.
    // The header is small: read it whole.
    DirectIo io(fd);
    const AlignedBuffer readBack(bytes.size());
    const qint64 got = io.readBack(readBack.data(), 0, bytes.size());
    if (got < 0)
        failed(headerPath, QString::fromLocal8Bit(strerror(errno)));
    if (got != bytes.size() || std::memcmp(readBack.data() + start, noise.constData(), size_t(length)) != 0)
        failed(headerPath, tr("the key slots read back differ from what was written"));
}

} // namespace coffer
