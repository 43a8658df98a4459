#include "ManagedBackups.h"

#include "Error.h"
#include "Tombstones.h"
#include "crypto/Sha256.h"
#include "store/FileSafety.h"
#include "store/OutputPath.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace coffer {

namespace {

const QString kExtension = QStringLiteral(".coffer-backup");

QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// rename(2) within a file system; across file systems a copy that is compared before the original goes.
void moveFile(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return;
    const int error = errno;
    const auto failed = [&](const QString& why) {
        throw Error(ErrorCode::Failed, ManagedBackups::tr("Cannot move %1 to %2: %3")
                                           .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why));
    };
    if (error != EXDEV)
        failed(QString::fromLocal8Bit(strerror(error)));
    if (!QFile::copy(from, to))
        failed(ManagedBackups::tr("the copy could not be written"));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray original = Sha256::ofFile(from);
    if (original.isEmpty() || original != Sha256::ofFile(to)) {
        QFile::remove(to);
        failed(ManagedBackups::tr("the copy differs from the original"));
    }
    fsyncFolder(QFileInfo(to).absolutePath());
    if (!QFile::remove(from))
        failed(ManagedBackups::tr("the original could not be removed"));
}

QString freeName(const QString& folder, const QString& name)
{
    QString path = QDir(folder).filePath(name);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QDir(folder).filePath(QFileInfo(name).completeBaseName() + u'-' + QString::number(i) + u'.' +
                                     QFileInfo(name).suffix());
    return path;
}

} // namespace

QString ManagedBackups::defaultFolder(const QString& vaultPath)
{
    return QDir::cleanPath(vaultPath) + QStringLiteral("-backups");
}

QString ManagedBackups::backupExtension()
{
    return kExtension;
}

std::vector<ManagedBackup> ManagedBackups::backupsIn(const QString& folder, const QByteArray& vaultId, Names names)
{
    std::vector<ManagedBackup> found;
    const QDir dir(folder);
    const QStringList filter = names == Names::Named ? QStringList{QStringLiteral("*") + kExtension} : QStringList();
    for (const QFileInfo& entry : dir.entryInfoList(filter, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isSymLink() || entry.size() < BackupFile::kPrefixSize)
            continue;
        QByteArray id;
        QString taken;
        if (BackupFile::peek(entry.filePath(), &id, &taken) && id == vaultId)
            found.push_back({entry.filePath(), QDateTime::fromString(taken, Qt::ISODateWithMs)});
    }
    std::sort(found.begin(), found.end(), [](const ManagedBackup& a, const ManagedBackup& b) {
        return std::pair(a.taken, a.path) > std::pair(b.taken, b.path);
    });
    return found;
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

void ManagedBackups::recordFolder(const QString& path, bool current)
{
    Database& db = m_vault.database();
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    Transaction tx(db);
    if (current)
        db.exec("UPDATE backup_folders SET current = 0 WHERE current = 1");
    db.prepare("INSERT OR IGNORE INTO backup_folders (path, first_used, last_used, current) VALUES (?, ?, ?, 0)")
        .bind(1, clean)
        .bind(2, now)
        .bind(3, now)
        .run();
    db.prepare("UPDATE backup_folders SET last_used = ?, current = current OR ? WHERE path = ?")
        .bind(1, now)
        .bind(2, current ? 1 : 0)
        .bind(3, clean)
        .run();
    tx.commit();
    KnownVaults::addBackupFolder(m_vault.id(), clean);
}

QString ManagedBackups::folder() const
{
    const QString set = meta("backup.folder");
    return set.isEmpty() ? defaultFolder(m_vault.path()) : set;
}

FolderChangeResult ManagedBackups::setFolder(const QString& folder, FolderChange change, FolderRisk risk)
{
    m_vault.require(Permission::Backup);
    const QString absolute = folder.trimmed().isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (!absolute.isEmpty() && !QFileInfo(QFileInfo(absolute).absolutePath()).isDir())
        throw Error(
            ErrorCode::Usage,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())));
    if (!absolute.isEmpty() && QFileInfo::exists(absolute) && !QFileInfo(absolute).isDir())
        throw Error(ErrorCode::Usage, tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(absolute)));
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
    const QString previous = QDir::cleanPath(this->folder());
    {
        Transaction tx(m_vault.database());
        setMeta("backup.folder", absolute);
        if (meta("backup.folder.risk") != problem.encode())
            setMeta("backup.folder.risk", problem.encode());
        tx.commit();
    }
    const QString next = QDir::cleanPath(this->folder());
    recordFolder(next, true);
    // The tombstones first: from now on a restore finds them in the new folder too.
    Tombstones::writeFile(next, m_vault.id(), m_vault.stableKeys(), Tombstones::inDatabase(m_vault.database()));

    FolderChangeResult result;
    if (previous == next || !QFileInfo(previous).isDir())
        return result;
    const std::vector<ManagedBackup> old = backupsIn(previous, m_vault.id());
    const QString oldTombstones = Tombstones::filePath(previous, m_vault.id());
    if (change == FolderChange::Leave) {
        for (const ManagedBackup& b : old)
            result.left << b.path;
        if (QFileInfo::exists(oldTombstones))
            result.left << oldTombstones;
        return result;
    }
    for (const ManagedBackup& b : old) {
        const QString to = freeName(next, QFileInfo(b.path).fileName());
        moveFile(b.path, to);
        result.moved << to;
    }
    if (QFileInfo::exists(oldTombstones)) {
        // Merged into the new folder's file (which may hold entries of its own), then removed.
        Tombstones::writeFile(next, m_vault.id(), m_vault.stableKeys(),
                              Tombstones::read(oldTombstones, m_vault.id(), m_vault.stableKeys()));
        QFile::remove(oldTombstones);
        result.moved << Tombstones::filePath(next, m_vault.id());
    }
    fsyncFolder(previous);
    fsyncFolder(next);
    Transaction tx(m_vault.database());
    m_vault.audit(QStringLiteral("backup.move"), QStringLiteral("vault"), QString::fromLatin1(m_vault.id().toHex()),
                  QString::number(result.moved.size()));
    tx.commit();
    return result;
}

FolderProblem ManagedBackups::acceptedRisk() const
{
    return FolderProblem::decode(meta("backup.folder.risk"));
}

bool ManagedBackups::onVaultsFileSystem() const
{
    return onSameFileSystem(folder(), m_vault.path());
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
    QStringList out;
    for (const ManagedBackup& b : backupsIn(folder(), m_vault.id()))
        out << b.path;
    return out;
}

std::vector<BackupFolder> ManagedBackups::folders() const
{
    std::vector<BackupFolder> out;
    Statement st = m_vault.database().prepare(
        "SELECT path, first_used, last_used, current FROM backup_folders ORDER BY current DESC, last_used DESC");
    while (st.next()) {
        BackupFolder f;
        f.path = st.text(0);
        f.firstUsed = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
        f.lastUsed = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
        f.current = st.integer(3) != 0;
        f.reachable = QFileInfo(f.path).isDir() && QFileInfo(f.path).isReadable();
        out.push_back(f);
    }
    return out;
}

std::vector<ManagedBackup> ManagedBackups::everywhere() const
{
    std::vector<ManagedBackup> out;
    for (const BackupFolder& f : folders())
        if (f.reachable)
            for (const ManagedBackup& b : backupsIn(f.path, m_vault.id(), Names::Any))
                out.push_back(b);
    std::sort(out.begin(), out.end(), [](const ManagedBackup& a, const ManagedBackup& b) {
        return std::pair(a.taken, a.path) > std::pair(b.taken, b.path);
    });
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

void ManagedBackups::recordOtherFolder(const QString& path) noexcept
{
    try {
        recordFolder(path, false);
        Tombstones::writeFile(path, m_vault.id(), m_vault.stableKeys(), Tombstones::inDatabase(m_vault.database()));
    } catch (...) {
        // The next unlock writes the tombstones; the folder is on the list if the first step went through.
    }
}

QStringList ManagedBackups::syncTombstones()
{
    Database& db = m_vault.database();
    // The folder in use now: for a vault from before schema 5 its folder until now, for a restored copy
    // its own (the one beside it), whatever the snapshot it came from marked as current.
    recordFolder(folder(), true);
    std::vector<Tombstone> all = Tombstones::inDatabase(db);
    const size_t known = all.size();
    const std::vector<BackupFolder> recorded = folders();
    for (const BackupFolder& f : recorded) {
        if (!f.reachable)
            continue;
        try {
            all = Tombstones::merged(
                all, Tombstones::read(Tombstones::filePath(f.path, m_vault.id()), m_vault.id(), m_vault.stableKeys()));
        } catch (const Error&) {
            // A damaged file is reported by the check and rewritten by nobody: it stays as evidence.
        }
    }
    if (all.size() != known) {
        Transaction tx(db);
        for (const Tombstone& t : all)
            Tombstones::record(db, t);
        tx.commit();
    }
    QStringList unreachable;
    for (const BackupFolder& f : recorded) {
        // Only folders that exist: an unplugged drive is not re-created as an empty folder on its mount point.
        if (!f.reachable && !f.current) {
            unreachable << f.path;
            continue;
        }
        try {
            Tombstones::writeFile(f.path, m_vault.id(), m_vault.stableKeys(), all);
        } catch (const Error&) {
            unreachable << f.path;
        }
    }
    return unreachable;
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
    recordFolder(dir, true);
    Tombstones::writeFile(dir, m_vault.id(), m_vault.stableKeys(), Tombstones::inDatabase(m_vault.database()));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = QDir(dir).filePath(m_vault.name() + u'-' + stamp + kExtension);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QDir(dir).filePath(m_vault.name() + u'-' + stamp + u'-' + QString::number(i) + kExtension);
    BackupInfo info = BackupWriter::writeUnchecked(m_vault, path, progress);
    m_vault.backedUp(); // it holds every change so far: locking now calls for no second backup
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
    (void)backUpAutomatically(vault, QStringLiteral("automatic"));
}

bool ManagedBackups::backUpAutomatically(Vault& vault, const QString& reason) noexcept
{
    try {
        ManagedBackups managed(vault);
        if (managed.keep() <= 0)
            return true;
        (void)managed.writeIntoFolder({});
        vault.audit(QStringLiteral("backup.create"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                    reason);
        return true;
    } catch (...) {
    }
    try {
        vault.audit(QStringLiteral("backup.failed"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                    reason);
    } catch (...) {
        // A full disk: the vault still locks.
    }
    return false;
}

} // namespace coffer
