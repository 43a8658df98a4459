#include "SecureOverwrite.h"

#include "Error.h"
#include "crypto/Secret.h"
#include "crypto/Sodium.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coffer {

namespace {

[[noreturn]] void fail(const QString& path, const char* step, int error)
{
    throw Error(ErrorCode::Failed,
                QCoreApplication::translate("SecureOverwrite", "%1: %2 failed: %3")
                    .arg(QDir::toNativeSeparators(path), QCoreApplication::translate("SecureOverwrite", step),
                         QString::fromLocal8Bit(strerror(error))));
}

// The random data is an XChaCha20 keystream under a one-time key, so the read-back can regenerate any
// block to compare with instead of keeping a copy of a gigabyte of what was written.
class Keystream
{
public:
    Keystream() : m_key(crypto_stream_xchacha20_KEYBYTES)
    {
        ensureSodium();
        randombytes_buf(m_key.data(), m_key.size());
        randombytes_buf(m_nonce, sizeof m_nonce);
    }
    void fill(QByteArray& block, qint64 offset) const // offset is a multiple of 64, the cipher's block
    {
        std::memset(block.data(), 0, size_t(block.size()));
        auto* p = reinterpret_cast<unsigned char*>(block.data());
        crypto_stream_xchacha20_xor_ic(p, p, size_t(block.size()), m_nonce, quint64(offset) / 64, m_key.data());
    }

private:
    Secret m_key;
    unsigned char m_nonce[crypto_stream_xchacha20_NONCEBYTES];
};

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY(Fd)
    int get() const { return m_fd; }

private:
    int m_fd;
};

void writeAll(int fd, const QByteArray& block, qint64 offset, const QString& path)
{
    qint64 done = 0;
    while (done < block.size()) {
        const ssize_t n = ::pwrite(fd, block.constData() + done, size_t(block.size() - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "overwriting"), n < 0 ? errno : EIO);
        done += n;
    }
}

void readAll(int fd, QByteArray& block, qint64 offset, const QString& path)
{
    qint64 done = 0;
    while (done < block.size()) {
        const ssize_t n = ::pread(fd, block.data() + done, size_t(block.size() - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "reading back"), n < 0 ? errno : EIO);
        done += n;
    }
}

QString randomName()
{
    unsigned char bytes[12];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

} // namespace

void SecureOverwrite::checkDestroyable(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "finding the file"), errno);
    if (!S_ISREG(st.st_mode))
        throw Error(ErrorCode::Failed, QCoreApplication::translate("SecureOverwrite", "%1 is not a regular file.")
                                           .arg(QDir::toNativeSeparators(path)));
    // open(2) and access(2) see what chmod, chattr +i and read-only mounts forbid, even to root.
    const Fd fd(::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "opening for writing"), errno);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(folder.constData(), W_OK) != 0)
        fail(QFileInfo(path).absolutePath(), QT_TRANSLATE_NOOP("SecureOverwrite", "changing the folder"), errno);
}

void SecureOverwrite::destroy(const QString& path, Stage* stage, const Progress& progress)
{
    *stage = Stage::Untouched;
    const QByteArray native = QFile::encodeName(path);
    const Fd fd(::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "opening for writing"), errno);
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "reading the size"), errno);
    const qint64 size = st.st_size;

    const Keystream keystream;
    QByteArray block(int(qMin(size, kBlockSize)), Qt::Uninitialized);
    *stage = Stage::Overwriting;
    for (qint64 offset = 0; offset < size; offset += kBlockSize) {
        block.resize(int(qMin(kBlockSize, size - offset)));
        keystream.fill(block, offset);
        writeAll(fd.get(), block, offset, path);
        if (progress)
            progress(offset + block.size());
    }
    if (::fsync(fd.get()) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "syncing"), errno);
    // Drop the now clean pages from the cache, so the read-back comes from the device, not from memory.
    (void)::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_DONTNEED);
    QByteArray expected;
    for (qint64 offset = 0; offset < size; offset += kBlockSize) {
        block.resize(int(qMin(kBlockSize, size - offset)));
        expected.resize(block.size());
        readAll(fd.get(), block, offset, path);
        keystream.fill(expected, offset);
        if (block != expected)
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("SecureOverwrite",
                                                    "%1: the bytes read back differ from those written, in the "
                                                    "mebibyte at byte %2.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(offset));
    }
    *stage = Stage::Overwritten;

    if (::ftruncate(fd.get(), 0) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "truncating"), errno);
    if (::fsync(fd.get()) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "syncing"), errno);
    // A random name first, so the directory entry that is finally removed no longer says what it was.
    const QString folder = QFileInfo(path).absolutePath();
    const QString hidden = QDir(folder).filePath(randomName());
    if (::rename(native.constData(), QFile::encodeName(hidden).constData()) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "renaming"), errno);
    if (::unlink(QFile::encodeName(hidden).constData()) != 0)
        fail(hidden, QT_TRANSLATE_NOOP("SecureOverwrite", "unlinking"), errno);
    syncFolder(folder);
    *stage = Stage::Deleted;
}

void SecureOverwrite::syncFolder(const QString& folder)
{
    const Fd fd(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0)
        fail(folder, QT_TRANSLATE_NOOP("SecureOverwrite", "syncing the folder"), errno);
}

} // namespace coffer
