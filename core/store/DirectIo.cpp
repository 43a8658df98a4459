#include "DirectIo.h"

#include <QByteArray>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coffer {

AlignedBuffer::AlignedBuffer(qint64 size)
    : m_data(static_cast<char*>(
          std::aligned_alloc(DirectIo::kAlignment, size_t(DirectIo::roundUp(qMax<qint64>(size, 1))))))
    , m_size(size)
{
    if (!m_data)
        throw std::bad_alloc();
}

void AlignedBuffer::Free::operator()(char* p) const
{
    std::free(p);
}

DirectIo::DirectIo(int fd)
    : m_fd(fd)
    , m_direct(reopenDirect(fd, O_RDWR))
{
}

int DirectIo::reopenDirect(int fd, int accessMode)
{
    // Through /proc the new description is of the very file fd has open, even if its name has changed.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    const int direct = ::open(self.constData(), accessMode | O_DIRECT | O_CLOEXEC);
    struct stat a = {};
    struct stat b = {};
    if (direct >= 0 && ::fstat(fd, &a) == 0 && ::fstat(direct, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
        return direct;
    if (direct >= 0)
        ::close(direct);
    return -1;
}

DirectIo::~DirectIo()
{
    if (m_direct >= 0)
        ::close(m_direct);
}

bool DirectIo::sync()
{
    return ::fdatasync(m_fd) == 0;
}

qint64 DirectIo::readBack(char* buffer, qint64 offset, qint64 length)
{
    // Three things make the bytes compared the device's, not the page cache's:
    // 1. The caller's sync() put everything written on the device and had the device commit its own
    //    write cache. That includes what went through the page cache: the unaligned tail written without
    //    O_DIRECT, and all of it on a file system that quietly treats O_DIRECT as buffered (ext4 with
    //    data=journal).
    // 2. POSIX_FADV_DONTNEED drops the range's cached pages, clean after 1, so that no buffered read can
    //    be answered from memory.
    // 3. The read uses O_DIRECT, which moves the data from the device into the buffer without consulting
    //    the page cache at all. Where the file system refuses O_DIRECT (tmpfs before Linux 6.6, some FUSE
    //    file systems), it is a buffered read, which after 1 and 2 has to fetch from the device too.
    // Out of reach: caches inside the device or below a virtual disk may still answer the read.
    (void)::posix_fadvise(m_fd, offset, length, POSIX_FADV_DONTNEED);
    bool direct = m_direct >= 0;
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = direct ? ::pread(m_direct, buffer + done, size_t(roundUp(length - done)), offset + done)
                                 : ::pread(m_fd, buffer + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && direct) { // alignment stricter than kAlignment: read as in 3
            direct = false;
            continue;
        }
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
        if (direct && done % kAlignment != 0) // a short read ends at the end of the file
            break;
    }
    return qMin(done, length);
}

bool writeAllAt(int fd, const char* data, qint64 length, qint64 offset)
{
    for (qint64 done = 0; done < length;) {
        const ssize_t n = ::pwrite(fd, data + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            errno = n < 0 ? errno : EIO;
            return false;
        }
        done += n;
    }
    return true;
}

bool readAllAt(int fd, char* data, qint64 length, qint64 offset)
{
    for (qint64 done = 0; done < length;) {
        const ssize_t n = ::pread(fd, data + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            errno = n < 0 ? errno : EIO; // the file became shorter
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace coffer
