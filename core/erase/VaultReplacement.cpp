#include "VaultReplacement.h"

#include "Error.h"
#include "KeySlotEraser.h"
#include "backup/BackupFile.h"
#include "store/FileSafety.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace coffer {

ReplaceResult VaultReplacement::replace(const QString& backupFile, const QString& vaultFolder, const QString& userName,
                                        const Secret& password, const RestoreOptions& options)
{
    const QString current = QDir::cleanPath(QFileInfo(Vault::resolveFolder(vaultFolder)).absoluteFilePath());
    const QString headerPath = QDir(current).filePath(QStringLiteral("header"));
    const BackupFile backup(backupFile);
    if (KeySlotEraser::vaultIdAt(headerPath, 0) != backup.manifest().vaultId)
        throw Error(ErrorCode::Usage, tr("The backup is not a backup of this vault; nothing was changed."));
    VaultLock lock = VaultLock::acquire(current); // Error(InUse) while the vault is open

    ReplaceResult result;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString staging = current;
    if (staging.endsWith(QStringLiteral(".coffer")))
        staging.chop(int(QStringLiteral(".coffer").size()));
    staging += QStringLiteral(".restoring-") + stamp; // the restore adds ".coffer"
    result.restore = Restorer::restore(backupFile, staging, userName, password, options);
    const QString restored = result.restore.folder;

    // Verified: now the current vault goes, key slots first, as in a cancellation.
    for (const QFileInfo& entry :
         QDir(current).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
        SecureOverwrite::checkDestroyable(entry.absoluteFilePath());
    KeySlotEraser::destroyKeySlots(headerPath);
    QStringList order;
    for (const QFileInfo& entry :
         QDir(current).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
        if (entry.fileName() != QStringLiteral("header"))
            order << entry.absoluteFilePath();
    order << headerPath;
    for (const QString& path : order) {
        CancelledFile f;
        f.file.path = path;
        f.file.kind = QStringLiteral("vault");
        f.file.size = QFileInfo(path).size();
        f.file.sha256 = QString::fromLatin1(SecureOverwrite::destroy(path, &f.stage).toHex());
        result.replaced.push_back(f);
    }
    lock.release();
    if (!QDir().rmdir(current) ||
        ::rename(QFile::encodeName(restored).constData(), QFile::encodeName(current).constData()) != 0)
        throw Error(ErrorCode::Failed, tr("The restored vault is whole in %1, but it could not take the place of %2.")
                                           .arg(QDir::toNativeSeparators(restored), QDir::toNativeSeparators(current)));
    fsyncFolder(QFileInfo(current).absolutePath());
    // It is the vault now, not a copy of it.
    KnownVaults::removeVaultFolder(backup.manifest().vaultId, restored);
    result.restore.folder = current;
    return result;
}

} // namespace coffer
