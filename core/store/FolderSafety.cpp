#include "FolderSafety.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <array>
#include <sys/stat.h>
#include <sys/statfs.h>

namespace coffer {

namespace {

struct Magic
{
    quint64 type;
    const char* name;
};

// statfs(2) f_type values of network and cluster file systems (linux/magic.h and the file systems' own
// headers; not every one is in magic.h, so they are spelled out here).
constexpr std::array kNetworkMagics = {
    Magic{0x6969, "nfs"},        Magic{0x517B, "smb"},         Magic{0xFE534D42, "smb2"},   Magic{0xFF534D42, "cifs"},
    Magic{0x73757245, "coda"},   Magic{0x5346414F, "afs"},     Magic{0x6B414653, "afs"},    Magic{0x564C, "ncpfs"},
    Magic{0x00C36400, "ceph"},   Magic{0x01021997, "9p"},      Magic{0x0BD00BD0, "lustre"}, Magic{0x47504653, "gpfs"},
    Magic{0x19830326, "beegfs"}, Magic{0x20030528, "orangefs"}};
constexpr quint64 kFuseMagic = 0x65735546;

// Mount types (mountinfo's third field after " - ") of network file systems, and the subtypes of FUSE
// mounts ("fuse.sshfs") that reach over the network. A FUSE mount of another subtype (gocryptfs, encfs,
// ntfs-3g as fuseblk) is local.
const QStringList kNetworkMountTypes = {
    QStringLiteral("nfs"),    QStringLiteral("nfs4"),      QStringLiteral("cifs"),   QStringLiteral("smb3"),
    QStringLiteral("smbfs"),  QStringLiteral("9p"),        QStringLiteral("ceph"),   QStringLiteral("coda"),
    QStringLiteral("afs"),    QStringLiteral("ncpfs"),     QStringLiteral("lustre"), QStringLiteral("gpfs"),
    QStringLiteral("beegfs"), QStringLiteral("glusterfs"), QStringLiteral("davfs"),  QStringLiteral("orangefs")};
const QStringList kNetworkFuseTypes = {QStringLiteral("sshfs"),
                                       QStringLiteral("rclone"),
                                       QStringLiteral("s3fs"),
                                       QStringLiteral("gcsfuse"),
                                       QStringLiteral("glusterfs"),
                                       QStringLiteral("davfs"),
                                       QStringLiteral("curlftpfs"),
                                       QStringLiteral("smbnetfs"),
                                       QStringLiteral("ceph"),
                                       QStringLiteral("ceph-fuse"),
                                       QStringLiteral("goofys"),
                                       QStringLiteral("juicefs"),
                                       QStringLiteral("keybase"),
                                       QStringLiteral("kbfsfuse"),
                                       QStringLiteral("onedriver"),
                                       QStringLiteral("mfs"),
                                       QStringLiteral("google-drive-ocamlfuse")};

// mountinfo escapes space, tab, newline and backslash in paths as \040, \011, \012, \134.
QString unescapeMountPath(const QByteArray& field)
{
    auto octal = [](char c) { return c >= '0' && c <= '7'; };
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && octal(field[i + 1]) && octal(field[i + 2]) &&
            octal(field[i + 3])) {
            out.append(char((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0')));
            i += 3;
            continue;
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

bool isAtOrBelow(const QString& path, const QString& mountPoint)
{
    return mountPoint == QLatin1String("/") || path == mountPoint || path.startsWith(mountPoint + u'/');
}

QString nearestExisting(const QString& folder)
{
    QString p = QFileInfo(QDir::cleanPath(folder)).absoluteFilePath();
    while (!QFileInfo::exists(p)) {
        const QString up = QFileInfo(p).absolutePath();
        if (up == p)
            break;
        p = up;
    }
    return QFileInfo(p).canonicalFilePath();
}

FolderProblem synced(const char* client, const QString& marker)
{
    return {FolderProblem::Kind::SyncedFolder, QString::fromLatin1(client), marker};
}

} // namespace

QString FolderProblem::summary() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NetworkFileSystem:
        return QCoreApplication::translate("FolderSafety", "on a network file system (%1)").arg(what);
    case Kind::SyncedFolder:
        return QCoreApplication::translate("FolderSafety", "in a folder that %1 synchronises (%2)")
            .arg(what, QDir::toNativeSeparators(marker));
    }
    return {};
}

QString FolderProblem::encode() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NetworkFileSystem:
        return QStringLiteral("network\t") + what;
    case Kind::SyncedFolder:
        return QStringLiteral("synced\t") + what + u'\t' + marker;
    }
    return {};
}

FolderProblem FolderProblem::decode(const QString& text)
{
    const QStringList parts = text.split(u'\t');
    if (parts.size() == 2 && parts[0] == QLatin1String("network"))
        return {Kind::NetworkFileSystem, parts[1], {}};
    if (parts.size() == 3 && parts[0] == QLatin1String("synced"))
        return {Kind::SyncedFolder, parts[1], parts[2]};
    return {};
}

QString networkFileSystemName(quint64 statfsType, const QString& mountType)
{
    const QString type = mountType.trimmed();
    if (kNetworkMountTypes.contains(type))
        return type;
    if (type.startsWith(QLatin1String("fuse.")) && kNetworkFuseTypes.contains(type.mid(5)))
        return type;
    if (statfsType == kFuseMagic)
        return {}; // a FUSE mount whose subtype is not a network one, or unknown
    for (const Magic& m : kNetworkMagics)
        if (m.type == statfsType)
            return type.isEmpty() ? QString::fromLatin1(m.name) : type;
    return {};
}

QString mountTypeIn(const QByteArray& mountinfo, const QString& canonicalPath)
{
    QString bestType;
    qsizetype bestLength = -1;
    for (const QByteArray& line : mountinfo.split('\n')) {
        // ID PARENT MAJOR:MINOR ROOT MOUNTPOINT OPTIONS [OPTIONAL…] - TYPE SOURCE SUPEROPTIONS
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf(QByteArray("-"));
        if (dash < 6 || dash + 1 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountPath(fields[4]);
        if (!isAtOrBelow(canonicalPath, mountPoint) || mountPoint.size() < bestLength)
            continue;
        bestLength = mountPoint.size();
        bestType = QString::fromUtf8(fields[dash + 1]);
    }
    return bestType;
}

FolderProblem syncMarkerIn(const QString& folder)
{
    const QDir dir(folder);
    auto at = [&](const char* name) { return QFileInfo(dir.filePath(QString::fromLatin1(name))); };
    // Dropbox keeps a .dropbox file (and a .dropbox.cache folder) in the root of what it syncs; a .dropbox
    // *folder* is its settings in the home folder, which says nothing about the folders below.
    if (at(".dropbox").isFile() && !at(".dropbox").isSymLink())
        return synced("Dropbox", at(".dropbox").filePath());
    if (at(".dropbox.cache").isDir())
        return synced("Dropbox", at(".dropbox.cache").filePath());
    if (at(".nextcloudsync.log").exists())
        return synced("Nextcloud", at(".nextcloudsync.log").filePath());
    if (at(".owncloudsync.log").exists())
        return synced("ownCloud", at(".owncloudsync.log").filePath());
    if (at(".stfolder").exists())
        return synced("Syncthing", at(".stfolder").filePath());
    if (at(".849C9593-D756-4E56-8D6E-42412F2A707B").exists())
        return synced("OneDrive", at(".849C9593-D756-4E56-8D6E-42412F2A707B").filePath());
    // Resilio Sync's .sync folder holds its ID and ignore list; a bare folder of that name may be anything.
    if (at(".sync").isDir())
        for (const char* inside : {"ID", "IgnoreList", "StreamsList"})
            if (QFileInfo::exists(dir.filePath(QStringLiteral(".sync/") + QString::fromLatin1(inside))))
                return synced("Resilio Sync", at(".sync").filePath());
    // The sync journal of the Nextcloud and ownCloud clients: ._sync_<hash>.db (older: .sync_<hash>.db).
    const QStringList journals =
        dir.entryList({QStringLiteral("._sync_*.db"), QStringLiteral(".sync_*.db")}, QDir::Files | QDir::Hidden);
    if (!journals.isEmpty())
        return synced("Nextcloud/ownCloud", dir.filePath(journals.front()));
    return {};
}

FolderProblem inspectFolder(const QString& folder)
{
    const QString existing = nearestExisting(folder);
    if (existing.isEmpty())
        return {};
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(existing).constData(), &fs) == 0) {
        QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
        const QByteArray table = mountinfo.open(QIODevice::ReadOnly) ? mountinfo.readAll() : QByteArray();
        // f_type is a signed word whose width differs between systems; every magic fits in 32 bits.
        const QString network = networkFileSystemName(quint64(fs.f_type) & 0xFFFFFFFFu, mountTypeIn(table, existing));
        if (!network.isEmpty())
            return {FolderProblem::Kind::NetworkFileSystem, network, {}};
    }
    for (QString p = existing;;) {
        FolderProblem marker = syncMarkerIn(p);
        if (!marker.isNone())
            return marker;
        const QString up = QFileInfo(p).absolutePath();
        if (up == p)
            return {};
        p = up;
    }
}

QString folderProblemMessage(const FolderProblem& problem, FolderUse use, const QString& folder)
{
    const QString where = QDir::toNativeSeparators(folder);
    const QString marker = QDir::toNativeSeparators(problem.marker);
    switch (problem.kind) {
    case FolderProblem::Kind::None:
        return {};
    case FolderProblem::Kind::NetworkFileSystem:
        return use == FolderUse::Vault
                   ? QCoreApplication::translate(
                         "FolderSafety",
                         "%1 is on a network file system (%2). A vault must be on a disk of this computer: file locks "
                         "and SQLite's write-ahead log do not hold on a network file system, so two computers could "
                         "change the vault at once and damage it. Move the vault folder to a local disk.")
                         .arg(where, problem.what)
                   : QCoreApplication::translate(
                         "FolderSafety",
                         "The backup folder %1 is on a network file system (%2). File locks and SQLite's write-ahead "
                         "log do not hold there, so a backup written there may be damaged. Choose a folder on a local "
                         "disk, or, as the owner, accept the risk for this folder.")
                         .arg(where, problem.what);
    case FolderProblem::Kind::SyncedFolder:
        return use == FolderUse::Vault
                   ? QCoreApplication::translate(
                         "FolderSafety",
                         "%1 is inside a folder that %2 synchronises (it keeps %3). A vault must stay outside the "
                         "folders a sync client manages: the vault's lock does not hold across computers, and the "
                         "client copies the database while it changes, which can damage it or bring erased data "
                         "back. Move the vault folder out of it.")
                         .arg(where, problem.what, marker)
                   : QCoreApplication::translate(
                         "FolderSafety",
                         "The backup folder %1 is inside a folder that %2 synchronises (it keeps %3). The client "
                         "copies backups while they are written and keeps versions of its own that Coffer cannot "
                         "erase. Choose a folder that no sync client manages, or, as the owner, accept the risk for "
                         "this folder.")
                         .arg(where, problem.what, marker);
    }
    return {};
}

void requireLocalFolder(const QString& folder, FolderUse use)
{
    const FolderProblem problem = inspectFolder(folder);
    if (!problem.isNone())
        throw Error(ErrorCode::Failed, folderProblemMessage(problem, use, folder));
}

bool onSameFileSystem(const QString& a, const QString& b)
{
    struct stat first = {};
    struct stat second = {};
    const QString left = nearestExisting(a);
    const QString right = nearestExisting(b);
    if (left.isEmpty() || right.isEmpty() || ::stat(QFile::encodeName(left).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(right).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev;
}

} // namespace coffer
