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
    if (!file.commit())
        fail(file.errorString());
    ::chmod(QFile::encodeName(path).constData(), 0600);
    fsyncFolder(QFileInfo(path).absolutePath());
}

void makePrivateFolder(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("FileSafety", "Cannot create the folder %1: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno))));
    ::chmod(native.constData(), 0700);
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
