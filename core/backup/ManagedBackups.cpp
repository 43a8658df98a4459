#include "ManagedBackups.h"

#include "Error.h"
#include "Tombstones.h"
#include "store/FileSafety.h"
#include "store/OutputPath.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace coffer {

namespace {
const QString kExtension = QStringLiteral(".coffer-backup");
} // namespace

QString ManagedBackups::defaultFolder(const QString& vaultPath)
{
    return QDir::cleanPath(vaultPath) + QStringLiteral("-backups");
}

QString ManagedBackups::knownTombstoneFile(const QByteArray& vaultId)
{
    const QString folder = KnownVaults::backupFolder(vaultId);
    return folder.isEmpty() ? QString() : Tombstones::filePath(folder, vaultId);
}

QString ManagedBackups::meta(const char* key) const
{
    Statement st = m_vault.database().prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, QString::fromLatin1(key));
    return st.next() ? st.text(0) : QString();
}

void ManagedBackups::setMeta(const char* key, const QString& value)
{
    Transaction tx(m_vault.database());
    m_vault.database()
        .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .run();
    // The setting's name only: a folder path may name a person.
    m_vault.audit(QStringLiteral("backup.settings"), QStringLiteral("vault"), QString::fromLatin1(m_vault.id().toHex()),
                  QString::fromLatin1(key));
    tx.commit();
}

QString ManagedBackups::folder() const
{
    const QString set = meta("backup.folder");
    return set.isEmpty() ? defaultFolder(m_vault.path()) : set;
}

void ManagedBackups::setFolder(const QString& folder, FolderRisk risk)
{
    m_vault.require(Permission::Backup);
    const QString absolute = folder.trimmed().isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (!absolute.isEmpty() && !QFileInfo(QFileInfo(absolute).absolutePath()).isDir())
        throw Error(
            ErrorCode::Usage,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())));
    const QString target = absolute.isEmpty() ? defaultFolder(m_vault.path()) : absolute;
    if (isInsideFolder(target, m_vault.path()))
        throw Error(ErrorCode::Usage, tr("The backup folder cannot be inside the vault folder: backups must outlive "
                                         "the loss of the vault's folder."));
    const FolderProblem problem = inspectFolder(target);
    if (!problem.isNone() && risk != FolderRisk::Accept)
        throw Error(ErrorCode::Failed, folderProblemMessage(problem, FolderUse::BackupFolder, target));
    if (!problem.isNone() && m_vault.currentUser().role != Role::Owner)
        throw Error(ErrorCode::Permission, tr("Only the owner may accept the risk of a backup folder on a network "
                                              "file system or in a synchronised folder."));
    Transaction tx(m_vault.database());
    setMeta("backup.folder", absolute);
    if (meta("backup.folder.risk") != problem.encode())
        setMeta("backup.folder.risk", problem.encode());
    tx.commit();
    KnownVaults::setBackupFolder(m_vault.id(), this->folder());
}

FolderProblem ManagedBackups::acceptedRisk() const
{
    return FolderProblem::decode(meta("backup.folder.risk"));
}

int ManagedBackups::keep() const
{
    bool ok = false;
    const int n = meta("backup.keep").toInt(&ok);
    return ok ? n : kDefaultKeep;
}

void ManagedBackups::setKeep(int keep)
{
    m_vault.require(Permission::Backup);
    if (keep < 0 || keep > kMaxKeep)
        throw Error(ErrorCode::Usage, tr("Keep between 0 and %1 backups.").arg(kMaxKeep));
    setMeta("backup.keep", QString::number(keep));
}

QStringList ManagedBackups::list() const
{
    std::vector<std::pair<QString, QString>> found; // (taken, path)
    const QDir dir(folder());
    for (const QString& name : dir.entryList({QStringLiteral("*") + kExtension}, QDir::Files)) {
        QByteArray id;
        QString taken;
        if (BackupFile::peek(dir.filePath(name), &id, &taken) && id == m_vault.id())
            found.emplace_back(taken, dir.filePath(name));
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a > b; });
    QStringList out;
    for (const auto& f : found)
        out << f.second;
    return out;
}

QStringList ManagedBackups::rotate()
{
    QStringList removed;
    const int n = keep();
    if (n <= 0)
        return removed; // automatic backups are off: nothing of theirs to rotate
    const QStringList all = list();
    for (qsizetype i = n; i < all.size(); ++i)
        if (QFile::remove(all[i]))
            removed << all[i];
    if (!removed.isEmpty())
        fsyncFolder(folder());
    return removed;
}

BackupInfo ManagedBackups::writeIntoFolder(const BackupProgress& progress)
{
    const QString dir = folder();
    // Checked at every backup, not only when the folder was chosen: a sync client may have been set up
    // over it since, or the disk replaced by a network share.
    const FolderProblem problem = inspectFolder(dir);
    const FolderProblem accepted = acceptedRisk();
    if (!problem.isNone() && (accepted.kind != problem.kind || accepted.what != problem.what))
        throw Error(ErrorCode::Failed, folderProblemMessage(problem, FolderUse::BackupFolder, dir));
    if (!QFileInfo(dir).isDir())
        makePrivateFolder(dir);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = QDir(dir).filePath(m_vault.name() + u'-' + stamp + kExtension);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QDir(dir).filePath(m_vault.name() + u'-' + stamp + u'-' + QString::number(i) + kExtension);
    BackupInfo info = BackupWriter::writeUnchecked(m_vault, path, progress);
    rotate();
    return info;
}

BackupInfo ManagedBackups::backUpNow(const BackupProgress& progress)
{
    m_vault.require(Permission::Backup);
    BackupInfo info = writeIntoFolder(progress);
    Transaction tx(m_vault.database());
    m_vault.audit(QStringLiteral("backup.create"), QStringLiteral("vault"), QString::fromLatin1(m_vault.id().toHex()),
                  QString::number(info.manifest.snapshot.size));
    tx.commit();
    return info;
}

void ManagedBackups::backUpOnLock(Vault& vault) noexcept
{
    try {
        ManagedBackups managed(vault);
        if (managed.keep() <= 0)
            return;
        (void)managed.writeIntoFolder({});
        vault.audit(QStringLiteral("backup.create"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                    QStringLiteral("automatic"));
        return;
    } catch (...) {
    }
    try {
        vault.audit(QStringLiteral("backup.failed"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                    QStringLiteral("automatic"));
    } catch (...) {
        // A full disk: the vault still locks.
    }
}

} // namespace coffer
