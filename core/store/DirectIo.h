// Access to a file that goes past the kernel's page cache — for the file being overwritten, and for a
// backup being written: writes that go to the
// device, and a read-back that returns what the device holds rather than what was just copied into memory.
// A read-back served from the cache would compare the written bytes with themselves and prove nothing.
#pragma once

#include <QtGlobal>
#include <memory>

namespace coffer {

// Memory aligned for O_DIRECT (address, and a size rounded up to the alignment).
class AlignedBuffer
{
public:
    AlignedBuffer() = default;
    explicit AlignedBuffer(qint64 size);
    char* data() const { return m_data.get(); }
    qint64 size() const { return m_size; }

private:
    struct Free
    {
        void operator()(char* p) const;
    };
    std::unique_ptr<char, Free> m_data;
    qint64 m_size = 0;
};

class DirectIo
{
public:
    // O_DIRECT wants offsets, lengths and buffer addresses aligned to the device's logical block; 4096
    // covers both 512-byte and 4096-byte blocks.
    static constexpr qint64 kAlignment = 4096;
    static qint64 roundUp(qint64 n) { return (n + kAlignment - 1) / kAlignment * kAlignment; }

    // fd: the file, open for reading and writing. A second description of the same file (not of whatever
    // its path names by now) is opened with O_DIRECT; where the file system refuses that, the
    // read-back falls back as readBack() says.
    explicit DirectIo(int fd);
    // A second description of fd's file, opened through /proc with O_DIRECT and accessMode (O_WRONLY,
    // O_RDWR), or -1 where the file system has none. The caller closes it.
    static int reopenDirect(int fd, int accessMode);
    ~DirectIo();
    Q_DISABLE_COPY(DirectIo)

    // The O_DIRECT descriptor, or -1 when the file system has none.
    int directFd() const { return m_direct; }

    // fdatasync(2): what was written so far, through either descriptor, is on the device, and the device
    // has committed its own write cache. False with errno set when it fails.
    [[nodiscard]] bool sync();
    // Reads [offset, offset + length) as the device holds it into buffer (aligned, with room for length
    // rounded up); the range must have been synced since it was last written. offset must be a multiple
    // of kAlignment. Returns the bytes read (fewer only at the end of the file), or -1 with errno set.
    // Safe to call from another thread than the writer's.
    qint64 readBack(char* buffer, qint64 offset, qint64 length);

private:
    int m_fd;
    int m_direct = -1;
};

// pwrite(2) / pread(2) until all of [offset, offset + length) is done, retrying on EINTR. False with
// errno set, EIO for a file that ended first.
[[nodiscard]] bool writeAllAt(int fd, const char* data, qint64 length, qint64 offset);
[[nodiscard]] bool readAllAt(int fd, char* data, qint64 length, qint64 offset);

} // namespace coffer
