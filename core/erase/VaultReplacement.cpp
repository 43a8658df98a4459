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
#include <algorithm>
#include <cstdio>
#include <optional>

namespace coffer {

namespace {

const QString kSuffix = QStringLiteral(".coffer");
const QString kRestoring = QStringLiteral(".restoring-");

QString cleanFolder(const QString& folder)
{
    return QDir::cleanPath(QFileInfo(Vault::resolveFolder(folder)).absoluteFilePath());
}

QString headerIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("header"));
}

QString markIn(const QString& folder)
{
    return QDir(folder).filePath(QString::fromLatin1(VaultReplacement::kReplacingMark));
}

QString baseName(const QString& folder)
{
    QString name = QFileInfo(folder).fileName();
    if (name.endsWith(kSuffix))
        name.chop(int(kSuffix.size()));
    return name;
}

QFileInfoList entriesOf(const QString& folder)
{
    return QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                      QDir::Name);
}

// A vault folder destroyed as a cancellation destroys one: the key slots first (when the header still has
// them), then every other file, the header last, each overwritten and deleted; then the folder itself.
std::vector<CancelledFile> destroyFolder(const QString& folder, const VaultReplacement::StepHook& hook)
{
    std::vector<CancelledFile> destroyed;
    if (!QFileInfo(folder).isDir())
        return destroyed;
    for (const QFileInfo& entry : entriesOf(folder))
        SecureOverwrite::checkDestroyable(entry.absoluteFilePath());
    const QString header = headerIn(folder);
    if (!KeySlotEraser::vaultIdAt(header, 0).isEmpty()) {
        if (hook)
            hook(header);
        KeySlotEraser::destroyKeySlots(header);
    }
    QStringList order;
    for (const QFileInfo& entry : entriesOf(folder))
        if (entry.absoluteFilePath() != header)
            order << entry.absoluteFilePath();
    if (QFileInfo::exists(header))
        order << header;
    for (const QString& path : order) {
        if (hook)
            hook(path);
        CancelledFile f;
        f.file.path = path;
        f.file.kind = QStringLiteral("vault");
        f.file.size = QFileInfo(path).size();
        f.file.sha256 = QString::fromLatin1(SecureOverwrite::destroy(path, &f.stage).toHex());
        destroyed.push_back(f);
    }
    if (!QDir().rmdir(folder))
        throw Error(ErrorCode::Failed,
                    VaultReplacement::tr("The folder %1 could not be removed.").arg(QDir::toNativeSeparators(folder)));
    fsyncFolder(QFileInfo(folder).absolutePath());
    return destroyed;
}

// The current vault goes and the restored folder, marked first so that a crash from here on is finished
// and never undone, takes its place.
std::vector<CancelledFile> swapIn(const QString& current, const QString& restored, const QByteArray& vaultId,
                                  const VaultReplacement::StepHook& hook)
{
    writeFileAtomically(markIn(restored), QByteArray("replacing ") + current.toUtf8() + '\n');
    fsyncFolder(restored);
    std::vector<CancelledFile> destroyed;
    {
        std::optional<VaultLock> lock;
        if (QFileInfo(current).isDir())
            lock.emplace(VaultLock::acquire(current)); // Error(InUse) while the vault is open
        destroyed = destroyFolder(current, hook);
    }
    if (hook)
        hook(restored);
    if (::rename(QFile::encodeName(restored).constData(), QFile::encodeName(current).constData()) != 0)
        throw Error(ErrorCode::Failed,
                    VaultReplacement::tr("The restored vault is whole in %1, but it could not take the place of %2.")
                        .arg(QDir::toNativeSeparators(restored), QDir::toNativeSeparators(current)));
    fsyncFolder(QFileInfo(current).absolutePath());
    QFile::remove(markIn(current));
    // It is the vault now, not a copy of it, and its generation is the backup's: this machine's record of
    // the one it replaced would call it a rollback.
    KnownVaults::removeVaultFolder(vaultId, restored);
    KnownVaults::forgetGeneration(vaultId, current);
    return destroyed;
}

void requireWhole(const RestoreResult& restored)
{
    QStringList failed;
    for (const ErasureCheck& c : restored.checks)
        if (!c.passed)
            failed << c.name;
    if (!failed.isEmpty())
        throw Error(ErrorCode::Failed,
                    VaultReplacement::tr("The restored vault did not pass every check (%1), so it was discarded and "
                                         "the current vault was not changed.")
                        .arg(failed.join(QStringLiteral("; "))));
}

} // namespace

ReplaceResult VaultReplacement::replace(const QString& backupFile, const QString& vaultFolder, const QString& userName,
                                        const Secret& password, const RestoreOptions& options,
                                        const StepHook& beforeEachStep)
{
    const QString current = cleanFolder(vaultFolder);
    const BackupFile backup(backupFile);
    const QByteArray vaultId = backup.manifest().vaultId;
    if (KeySlotEraser::vaultIdAt(headerIn(current), 0) != vaultId)
        throw Error(ErrorCode::Usage, tr("The backup is not a backup of this vault; nothing was changed."));
    for (const InterruptedReplacement& left : interrupted(current))
        if (left.replacing)
            throw Error(ErrorCode::Usage, tr("An earlier replacement of this vault was interrupted; finish it first "
                                             "(the app offers it when the vault is opened, or restore "
                                             "--finish-replace)."));
    {
        VaultLock lock = VaultLock::acquire(current); // Error(InUse) while the vault is open: nothing written yet
    }

    ReplaceResult result;
    const QString staging = QDir(QFileInfo(current).absolutePath())
                                .filePath(baseName(current) + kRestoring +
                                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    RestoreOptions inPlace = options;
    inPlace.inPlace = true;
    result.restore = Restorer::restore(backupFile, staging, userName, password, inPlace); // adds ".coffer"
    const QString restored = result.restore.folder;
    try {
        requireWhole(result.restore);
    } catch (const Error&) {
        discard(restored);
        throw;
    }
    result.replaced = swapIn(current, restored, vaultId, beforeEachStep);
    result.restore.folder = current;
    return result;
}

std::vector<InterruptedReplacement> VaultReplacement::interrupted(const QString& vaultFolder)
{
    const QString current = cleanFolder(vaultFolder);
    std::vector<InterruptedReplacement> out;
    const QDir parent(QFileInfo(current).absolutePath());
    QFileInfoList found = parent.entryInfoList({baseName(current) + kRestoring + QStringLiteral("*") + kSuffix},
                                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& f : found) {
        if (f.isSymLink())
            continue; // Coffer never made a link; it is not ours to destroy or rename
        InterruptedReplacement r;
        r.folder = QDir::cleanPath(f.absoluteFilePath());
        r.restored = QFileInfo::exists(headerIn(r.folder));
        r.replacing = r.restored && QFileInfo::exists(markIn(r.folder));
        out.push_back(r);
    }
    return out; // the time stamp in the name sorts them oldest first
}

ReplaceResult VaultReplacement::finish(const QString& vaultFolder, const QString& restoredFolder,
                                       const StepHook& beforeEachStep)
{
    const QString current = cleanFolder(vaultFolder);
    const QString restored = QDir::cleanPath(QFileInfo(restoredFolder).absoluteFilePath());
    const auto left = interrupted(current);
    const auto it =
        std::find_if(left.begin(), left.end(), [&](const InterruptedReplacement& r) { return r.folder == restored; });
    if (it == left.end() || !it->replacing)
        throw Error(ErrorCode::Failed, tr("%1 is not an interrupted replacement of this vault; it cannot replace it.")
                                           .arg(QDir::toNativeSeparators(restored)));
    const QByteArray vaultId = KeySlotEraser::vaultIdAt(headerIn(restored), 0);
    const QByteArray currentId = KeySlotEraser::vaultIdAt(headerIn(current), 0);
    if (vaultId.isEmpty() || (!currentId.isEmpty() && currentId != vaultId))
        throw Error(
            ErrorCode::Usage,
            tr("%1 is not a restore of this vault; nothing was changed.").arg(QDir::toNativeSeparators(restored)));
    {
        VaultLock lock = VaultLock::acquire(restored); // nobody has the restored vault open
    }
    ReplaceResult result;
    result.replaced = swapIn(current, restored, vaultId, beforeEachStep);
    result.restore.folder = current;
    return result;
}

void VaultReplacement::discard(const QString& restoredFolder)
{
    const QString restored = QDir::cleanPath(QFileInfo(restoredFolder).absoluteFilePath());
    if (QFileInfo::exists(markIn(restored)) && QFileInfo::exists(headerIn(restored)))
        throw Error(ErrorCode::Usage, tr("%1 was already taking the vault's place; it can only be finished.")
                                          .arg(QDir::toNativeSeparators(restored)));
    const QByteArray vaultId = KeySlotEraser::vaultIdAt(headerIn(restored), 0);
    {
        std::optional<VaultLock> lock;
        if (QFileInfo::exists(headerIn(restored)))
            lock.emplace(VaultLock::acquire(restored));
        (void)destroyFolder(restored, {});
    }
    if (!vaultId.isEmpty())
        KnownVaults::removeVaultFolder(vaultId, restored);
}

} // namespace coffer
