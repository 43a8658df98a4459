// What an account cancellation works on, fixed before anything is destroyed, and the journal that makes it
// resumable: every copy of the vault's data that Coffer can find — the vault folder, the copies restored
// from its backups, every managed backup (whole or partial, found by content) and tombstone file in every
// backup folder it has recorded — each with the step it has reached; the folders that could not be
// reached; where the certificate goes and what it will say. The journal is this plan as JSON, written
// outside the vault (beside the program's settings, `cancellations/<vault id>.json`) after every step, so
// that a cancellation stopped by a crash, a full disk or a removed drive resumes where it stopped. It
// holds paths, sizes and SHA-256 sums only, never client data.
#pragma once

#include "DeletionCertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QStringList>
#include <sys/stat.h>
#include <vector>

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

struct CancellationTarget
{
    QString path;
    QString kind;             // "vault", "copy", "backup", "partial-backup", "tombstones", "snapshot"
    qint64 headerOffset = -1; // where key slots are in the file: 0 a header, 4096 a backup's copy; -1 none
    qint64 size = 0;
    QString sha256; // of the file as it was (the header: before its slots were destroyed)
    bool slotsDestroyed = false;
    int stage = 0; // SecureOverwrite::Stage
    QString readBack;
};

struct CancellationPlan
{
    QString vaultFolder;
    QString vaultName;
    QString vaultIdHex;
    QStringList backupFolders;      // every folder searched (recorded by the vault or this machine)
    QStringList unreachableFolders; // recorded, but absent or unreadable now: not sanitised
    QStringList abandonedFolders;   // unreachable ones the user declared gone for good: named, not sanitised
    QStringList copyFolders;        // restored copies destroyed with the vault
    QStringList keptCopies;         // restored copies the user chose to keep: not sanitised
    std::vector<CancellationTarget> targets;
    QString certificateJson;
    DeletionCertificate certificate;
    bool slotsPhaseDone = false; // every target's key slots destroyed

    // Whether a settings value names the vault: its id, or a path in its folder or a copy's, or in a
    // backup folder once that is gone (while it stays, other vaults may share it).
    bool namesVault(const QString& value) const
    {
        const auto under = [&](const QString& folder) { return value == folder || isInsideFolder(value, folder); };
        if (under(vaultFolder) || value.contains(vaultIdHex))
            return true;
        for (const QString& f : copyFolders)
            if (under(f))
                return true;
        for (const QString& f : backupFolders)
            if (!pathExists(f) && under(f))
                return true;
        return false;
    }

    QJsonObject toJson() const;
    static CancellationPlan fromJson(const QJsonObject& o); // throws Error(Damaged)
};

} // namespace coffer
