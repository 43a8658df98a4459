#include "OutputPath.h"

#include "Error.h"
#include "FileSafety.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coffer {

namespace {

[[noreturn]] void refuse(const QString& why)
{
    throw Error(ErrorCode::Failed, why);
}

// The path through every link: the nearest part that exists, made canonical, and the rest as written.
QString realPath(const QString& path)
{
    QString existing = QFileInfo(QDir::cleanPath(path)).absoluteFilePath();
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const QString up = QFileInfo(existing).absolutePath();
        if (up == existing)
            return existing + rest;
        rest = u'/' + QFileInfo(existing).fileName() + rest;
        existing = up;
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return (canonical == QLatin1String("/") && !rest.isEmpty() ? QString() : canonical) + rest;
}

bool isAtOrBelow(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

// A Coffer vault folder holds its header and vault.db side by side (Vault.h); no other folder does.
bool isVaultFolder(const QString& folder)
{
    const QDir dir(folder);
    return QFileInfo::exists(dir.filePath(QStringLiteral("header"))) &&
           QFileInfo::exists(dir.filePath(QStringLiteral("vault.db")));
}

[[noreturn]] void insideVault(const QString& folder)
{
    refuse(QCoreApplication::translate(
               "OutputPath",
               "The output would be inside the vault folder %1. Nothing Coffer writes for you goes there: choose a "
               "place outside the vault.")
               .arg(QDir::toNativeSeparators(folder)));
}

} // namespace

QString checkOutputPath(const QString& targetIn, const OutputRules& rules, OutputKind kind)
{
    const QString target = QFileInfo(QDir::cleanPath(targetIn)).absoluteFilePath();
    const QString parent = QFileInfo(target).absolutePath();
    if (!QFileInfo(parent).isDir())
        refuse(QCoreApplication::translate("OutputPath", "Cannot write the output file: its folder does not exist."));

    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(target).constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            refuse(QCoreApplication::translate(
                "OutputPath", "The output is a symbolic link. Coffer never writes through a link, not even when it may "
                              "replace a file: choose another name."));
        if (S_ISDIR(st.st_mode) || kind == OutputKind::Folder)
            refuse(kind == OutputKind::File
                       ? QCoreApplication::translate("OutputPath", "The output is a folder. Choose a file name.")
                       : QCoreApplication::translate(
                             "OutputPath",
                             "The output already exists. Coffer never replaces a folder: choose a new name."));
        if (!S_ISREG(st.st_mode))
            refuse(QCoreApplication::translate("OutputPath", "The output is not a regular file. Choose another name."));
        if (rules.overwrite == Overwrite::Refuse)
            refuse(QCoreApplication::translate(
                "OutputPath",
                "The output file already exists. Choose a new name, or allow Coffer to replace it (--force)."));
    } else if (errno != ENOENT) {
        refuse(QCoreApplication::translate("OutputPath", "The output cannot be checked: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }

    // Through every link of the folders on the way, and upward: a vault folder anywhere above is refused.
    const QString realParent = realPath(parent);
    for (QString p = realParent;;) {
        if (isVaultFolder(p))
            insideVault(p);
        const QString up = QFileInfo(p).absolutePath();
        if (up == p)
            break;
        p = up;
    }
    if (!rules.vaultFolder.isEmpty() && isInsideFolder(realParent, rules.vaultFolder))
        insideVault(rules.vaultFolder);
    if (!rules.backupFolder.isEmpty() && isInsideFolder(realParent, rules.backupFolder))
        refuse(QCoreApplication::translate(
                   "OutputPath",
                   "The output would be inside the backup folder %1, which holds only the vault's own backups. "
                   "Choose another place.")
                   .arg(QDir::toNativeSeparators(rules.backupFolder)));
    return target;
}

bool isInsideFolder(const QString& path, const QString& folder)
{
    return isAtOrBelow(realPath(path), realPath(folder));
}

bool renameIntoPlace(const QString& from, const QString& to, Overwrite overwrite)
{
    const QByteArray src = QFile::encodeName(from), dst = QFile::encodeName(to);
    if (overwrite == Overwrite::Replace)
        return ::rename(src.constData(), dst.constData()) == 0; // replaces a link at dst, never follows it
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // A file system without RENAME_NOREPLACE: a hard link cannot replace anything either.
    if (::link(src.constData(), dst.constData()) == 0) {
        ::unlink(src.constData());
        return true;
    }
    if (errno == EEXIST)
        return false;
    // No hard links either (FAT, a folder): the last look and the rename are two steps there.
    struct stat st
    {
    };
    if (::lstat(dst.constData(), &st) == 0) {
        errno = EEXIST;
        return false;
    }
    return ::rename(src.constData(), dst.constData()) == 0;
}

OutputFile::OutputFile(const QString& target, Overwrite overwrite)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_overwrite(overwrite)
    , m_temp(m_target + QStringLiteral(".XXXXXX"))
{
}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::open()
{
    // QTemporaryFile creates its file with O_EXCL and mode 0600, so nothing existing is ever opened.
    if (!m_temp.open())
        return false;
    ::fchmod(m_temp.handle(), 0600);
    return true;
}

bool OutputFile::commit()
{
    if (!m_temp.isOpen()) {
        m_error = tr("the file is not open");
        return false;
    }
    errno = 0;
    if (!m_temp.flush() || ::fsync(m_temp.handle()) != 0) {
        m_error = errno ? QString::fromLocal8Bit(std::strerror(errno)) : m_temp.errorString();
        cancel();
        return false;
    }
    m_temp.close();
    if (!renameIntoPlace(m_temp.fileName(), m_target, m_overwrite)) {
        m_error = errno == EEXIST ? tr("a file of that name appeared meanwhile, and it was not replaced")
                                  : QString::fromLocal8Bit(std::strerror(errno));
        m_temp.remove();
        return false;
    }
    m_temp.setAutoRemove(false);
    fsyncFolder(QFileInfo(m_target).absolutePath());
    return true;
}

void OutputFile::cancel()
{
    if (m_temp.autoRemove() && !m_temp.fileName().isEmpty())
        m_temp.remove();
}

void writeWholeFile(const QString& target, const QByteArray& bytes, Overwrite overwrite)
{
    OutputFile out(target, overwrite);
    if (!out.open() || out.device().write(bytes) != bytes.size() || !out.commit())
        throw Error(ErrorCode::Failed, OutputFile::tr("The file could not be written: %1").arg(out.errorString()));
}

} // namespace coffer
