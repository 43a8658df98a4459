#include "FileSafety.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coffer {

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    auto fail = [&](const QString& why) {
        file.cancelWriting();
        throw Error(
            ErrorCode::Failed,
            QCoreApplication::translate("FileSafety", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    if (!file.open(QIODevice::WriteOnly))
        fail(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size())
        fail(file.errorString());
    // The mode goes on the temporary through its descriptor: a chmod by path after the rename would
    // follow a link put in its place.
    ::fchmod(file.handle(), 0600);
    if (!file.commit())
        fail(file.errorString());
    fsyncFolder(QFileInfo(path).absolutePath());
}

void makePrivateFolder(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    auto fail = [&](const QString& why) {
        throw Error(ErrorCode::Failed, QCoreApplication::translate("FileSafety", "Cannot create the folder %1: %2")
                                           .arg(QDir::toNativeSeparators(path), why));
    };
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        fail(QString::fromLocal8Bit(strerror(errno)));
    // The mode is set through a descriptor opened without following a link, and only on a folder of the
    // user's own: a folder someone else owns (a shared disk's) keeps its mode, and a link to a folder is
    // used as it is, its target's mode untouched.
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if ((errno == ELOOP || errno == ENOTDIR) && QFileInfo(path).isDir())
            return; // a link to a folder
        fail(errno == ENOTDIR ? QCoreApplication::translate("FileSafety", "it is not a folder")
                              : QString::fromLocal8Bit(strerror(errno)));
    }
    setPrivateMode(fd, 0700);
    ::close(fd);
}

void makePrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    setPrivateMode(fd, 0600);
    ::close(fd);
}

bool setPrivateMode(int fd, unsigned mode)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || st.st_uid != ::geteuid())
        return false;
    return (st.st_mode & 07777) == mode || ::fchmod(fd, mode) == 0;
}

void fsyncFolder(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace coffer
