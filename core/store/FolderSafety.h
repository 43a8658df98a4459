// Where a vault and its backups may live: on a local file system, outside every folder a sync client
// manages. The vault's lock (flock) and SQLite's write-ahead log (shared memory beside the database) do
// not hold on NFS, SMB/CIFS or sshfs, and a sync client (Dropbox, Nextcloud, OneDrive, Syncthing, Resilio)
// copies files while they change and keeps versions of its own, so a vault there can be damaged, opened
// on two computers at once, or bring erased data back. This unit finds what is wrong with a folder and
// says it in a sentence that names it; the pure functions below are what the tests drive.
#pragma once

#include <QByteArray>
#include <QString>

namespace coffer {

struct FolderProblem
{
    enum class Kind { None, NetworkFileSystem, SyncedFolder };
    Kind kind = Kind::None;
    QString what;   // the file system's type ("nfs4", "cifs", "fuse.sshfs") or the sync client ("Dropbox")
    QString marker; // SyncedFolder: the marker file or folder that gave the client away
    bool isNone() const { return kind == Kind::None; }
    // A short, translated phrase: "on a network file system (nfs4)", "in a folder that Dropbox synchronises
    // (…/.dropbox)".
    QString summary() const;
    // A stable one-line form for the vault's meta table (an accepted risk), and back.
    QString encode() const;
    static FolderProblem decode(const QString& text);
};

enum class FolderUse { Vault, BackupFolder };

// The name of the network file system that statfs(2)'s f_type and the mount's type (the third field
// after " - " in /proc/self/mountinfo; empty when unknown) describe, or empty for a local one. A FUSE
// mount counts as network when its subtype is a known network one (sshfs, rclone, s3fs, …).
QString networkFileSystemName(quint64 statfsType, const QString& mountType);
// The type of the mount that holds canonicalPath, read from text in /proc/self/mountinfo's format
// (the longest mount point above the path; a later mount on the same point wins). Empty if none.
QString mountTypeIn(const QByteArray& mountinfo, const QString& canonicalPath);
// The sync client whose marker is in folder itself (not above it); Kind::None when there is none.
FolderProblem syncMarkerIn(const QString& folder);

// What is wrong with keeping a vault (or backups) in folder: it, or the nearest folder above it that
// exists, is on a network file system, or it or a folder above it holds a sync client's marker.
FolderProblem inspectFolder(const QString& folder);
// The translated explanation of problem for folder: what was found, why it matters, what to do.
QString folderProblemMessage(const FolderProblem& problem, FolderUse use, const QString& folder);
// Throws Error(Failed) with folderProblemMessage() when inspectFolder(folder) finds a problem.
void requireLocalFolder(const QString& folder, FolderUse use);

// Whether two folders (or, for one not made yet, the nearest folder above it that exists) are on the
// same file system: the same st_dev. That is the file system, not the physical disk: two partitions of
// one disk count as different, and so may two btrfs subvolumes; one file system spread over several disks
// counts as one. It answers "would a backup here die with the vault's file system", which is what a
// backup beside the vault does not survive. False when either cannot be examined.
bool onSameFileSystem(const QString& a, const QString& b);

} // namespace coffer
