#include "VaultLock.h"

#include "Error.h"
#include "store/DirectIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace coffer {

VaultLock::VaultLock(VaultLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

VaultLock& VaultLock::operator=(VaultLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

VaultLock VaultLock::acquire(const QString& vaultFolder)
{
    const QByteArray path = QFile::encodeName(QDir(vaultFolder).filePath(QStringLiteral("lock")));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw Error(ErrorCode::Failed,
                    tr("Cannot open the vault's lock file: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char pid[32] = {};
        const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
        ::close(fd);
        const QString holder = n > 0 ? QString::fromLatin1(pid, int(n)).trimmed() : QString();
        throw Error(ErrorCode::InUse, holder.isEmpty()
                                          ? tr("The vault is in use by another program.")
                                          : tr("The vault is in use by another program (process %1).").arg(holder));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    // Best effort: the pid only names the holder in another process's "in use" message.
    if (::ftruncate(fd, 0) == 0)
        (void)writeAllAt(fd, pid.constData(), pid.size(), 0);
    VaultLock lock;
    lock.m_fd = fd;
    return lock;
}

void VaultLock::release()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace coffer
