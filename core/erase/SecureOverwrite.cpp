#include "SecureOverwrite.h"

#include "Error.h"
#include "OverwritePass.h"
#include "crypto/Random.h"

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

class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
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

QString randomName()
{
    return QString::fromLatin1(randomBytes(12).toHex());
}

} // namespace

void SecureOverwrite::fail(const QString& path, const char* step, int error)
{
    throw Error(
        ErrorCode::Failed,
        tr("%1: %2 failed: %3").arg(QDir::toNativeSeparators(path), tr(step), QString::fromLocal8Bit(strerror(error))));
}

void SecureOverwrite::checkDestroyable(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "finding the file"), errno);
    if (!S_ISREG(st.st_mode))
        throw Error(ErrorCode::Failed, tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(path)));
    // open(2) and access(2) see what chmod, chattr +i and read-only mounts forbid, even to root.
    const Fd fd(::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "opening for writing"), errno);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(folder.constData(), W_OK) != 0)
        fail(QFileInfo(path).absolutePath(), QT_TRANSLATE_NOOP("SecureOverwrite", "removing files from the folder"),
             errno);
}

QByteArray SecureOverwrite::destroy(const QString& path, Stage* stage, const Progress& progress)
{
    *stage = Stage::Untouched;
    const QByteArray native = QFile::encodeName(path);
    const Fd fd(::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "opening for writing"), errno);
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        fail(path, QT_TRANSLATE_NOOP("SecureOverwrite", "reading the size"), errno);
    const qint64 size = st.st_size;

    *stage = Stage::Overwriting;
    const QByteArray before = OverwritePass::run(fd.get(), path, size, progress);
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
    return before;
}

void SecureOverwrite::syncFolder(const QString& folder)
{
    const Fd fd(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0)
        fail(folder, QT_TRANSLATE_NOOP("SecureOverwrite", "syncing the folder"), errno);
}

} // namespace coffer
