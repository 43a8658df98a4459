// What an account cancellation works on, fixed before anything is destroyed: the vault's folders and id,
// its managed backups and tombstones, where the certificate goes and what it will say. AccountCancellation
// makes it; CancellationCleanup uses it for the steps after the files are gone.
#pragma once

#include "DeletionCertificate.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <sys/stat.h>

namespace coffer {

inline bool isInsideFolder(const QString& path, const QString& folder)
{
    return QDir::cleanPath(path).startsWith(QDir::cleanPath(folder) + u'/');
}

// lstat(2): a dangling link exists too, and makes SecureOverwrite::checkDestroyable refuse the vault.
inline bool pathExists(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

struct CancellationPlan
{
    QString vaultFolder;
    QString backupFolder;
    QString vaultIdHex;
    QStringList backups;
    QString tombstones; // empty when the vault has no tombstone file
    QString certificateJson;
    DeletionCertificate certificate;

    // Whether a settings value names the vault: its id, or a path in its folder, or in its backup folder
    // once that is gone (while it stays, other vaults may share it).
    bool namesVault(const QString& value, bool backupFolderRemoved) const
    {
        const auto under = [&](const QString& folder) { return value == folder || isInsideFolder(value, folder); };
        return under(vaultFolder) || (backupFolderRemoved && under(backupFolder)) || value.contains(vaultIdHex);
    }
};

} // namespace coffer
