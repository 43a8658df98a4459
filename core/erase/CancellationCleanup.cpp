#include "CancellationCleanup.h"

#include "CancellationPlan.h"
#include "Error.h"
#include "KeySlotEraser.h"
#include "SecureOverwrite.h"
#include "backup/BackupFile.h"
#include "backup/Tombstones.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace coffer {

namespace {

// The settings file KnownVaults keeps; other parts of the program may name the vault there too.
QSettings programSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"), QStringLiteral("coffer"));
}

// A file of the vault, by what it holds (a backup, a partial backup, a tombstone file) or by its name.
bool isVaultFile(const QFileInfo& f, const CancellationPlan& plan)
{
    const QByteArray id = QByteArray::fromHex(plan.vaultIdHex.toLatin1());
    QByteArray peeked;
    QString taken;
    return f.fileName().startsWith(plan.vaultIdHex) || Tombstones::belongsTo(f.absoluteFilePath(), id) ||
           (BackupFile::peek(f.absoluteFilePath(), &peeked, &taken) && peeked == id) ||
           KeySlotEraser::vaultIdAt(f.absoluteFilePath(), BackupFile::kPrefixSize) == id;
}

ErasureCheck backupFolderCheck(const CancellationPlan& plan)
{
    int ours = 0, others = 0, kept = 0, removed = 0, lost = 0;
    for (const QString& folder : plan.backupFolders) {
        if (plan.abandonedFolders.contains(folder)) {
            ++lost; // never reached: its absence proves nothing, and it is not counted as removed
            continue;
        }
        if (!pathExists(folder)) {
            ++removed;
            continue;
        }
        ++kept;
        for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
            ++(isVaultFile(f, plan) ? ours : others);
    }
    QString detail =
        QCoreApplication::translate("AccountCancellation",
                                    "%1 folder(s) removed, %2 kept: %3 file(s) of this vault, %4 other file(s)")
            .arg(removed)
            .arg(kept)
            .arg(ours)
            .arg(others);
    if (lost > 0)
        detail +=
            QStringLiteral("; ") +
            QCoreApplication::translate("AccountCancellation", "%1 folder(s) not reached, declared lost").arg(lost);
    return {QStringLiteral("backup-folder"),
            lost > 0 ? QCoreApplication::translate("AccountCancellation",
                                                   "No file of the vault remains in the backup folders it could reach")
                     : QCoreApplication::translate("AccountCancellation",
                                                   "No file of the vault remains in its backup folders"),
            ours == 0, detail};
}

ErasureCheck reopenCheck(const CancellationPlan& plan)
{
    ErasureCheck reopen{
        QStringLiteral("reopen"),
        QCoreApplication::translate("AccountCancellation", "The vault path no longer opens (“not a vault”)"),
        false,
        {}};
    try {
        (void)Vault::unlock(plan.vaultFolder, {}, Secret::fromUtf8("not a password"));
        reopen.detail = QCoreApplication::translate("AccountCancellation", "it opened");
    } catch (const Error& e) {
        reopen.passed = e.code() == ErrorCode::Damaged;
        reopen.detail = e.message();
    }
    return reopen;
}

ErasureCheck settingsCheck(const CancellationPlan& plan)
{
    int naming = 0;
    QSettings s = programSettings();
    for (const QString& key : s.allKeys()) {
        const QStringList values = s.value(key).toStringList() << s.value(key).toString();
        if (key.contains(plan.vaultIdHex) ||
            std::any_of(values.begin(), values.end(), [&](const QString& v) { return plan.namesVault(v); }))
            ++naming;
    }
    return {QStringLiteral("settings"),
            QCoreApplication::translate("AccountCancellation", "No settings entry names the vault"), naming == 0,
            QCoreApplication::translate("AccountCancellation", "%1 entries name it").arg(naming)};
}

} // namespace

void CancellationCleanup::removeFolders(const CancellationPlan& plan)
{
    QStringList vaultFolders = plan.copyFolders;
    vaultFolders << plan.vaultFolder;
    for (const QString& folder : vaultFolders) {
        if (!pathExists(folder))
            continue; // removed before an interruption
        if (!QDir().rmdir(folder))
            throw Error(ErrorCode::Failed,
                        tr("The vault folder %1 could not be removed.").arg(QDir::toNativeSeparators(folder)));
        SecureOverwrite::syncFolder(QFileInfo(folder).absolutePath());
    }
    // A backup folder that other vaults share, or that holds anything else, stays; so does one the user
    // chose (a disk, a share, the folder of a `backup --out`): only the default folders Coffer made beside
    // a vault go when empty.
    for (const QString& folder : plan.backupFolders) {
        if (!folder.endsWith(QStringLiteral(".coffer-backups")) || !QFileInfo(folder).isDir() ||
            !QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            continue;
        if (!QDir().rmdir(folder))
            throw Error(ErrorCode::Failed,
                        tr("The backup folder %1 could not be removed.").arg(QDir::toNativeSeparators(folder)));
        SecureOverwrite::syncFolder(QFileInfo(folder).absolutePath());
    }
}

void CancellationCleanup::removeSettings(const CancellationPlan& plan)
{
    KnownVaults::forget(plan.vaultFolder);
    for (const QString& copy : plan.copyFolders)
        KnownVaults::forget(copy);
    // A copy the user kept stays known by its path; the id's lists go (they would name the vault).
    KnownVaults::forgetVaultId(QByteArray::fromHex(plan.vaultIdHex.toLatin1()));
    QSettings s = programSettings();
    for (const QString& key : s.allKeys()) {
        const QVariant value = s.value(key);
        const bool isList = value.typeId() == QMetaType::QStringList;
        if (key.contains(plan.vaultIdHex) || (!isList && plan.namesVault(value.toString()))) {
            s.remove(key);
        } else if (isList) {
            QStringList list = value.toStringList();
            if (list.removeIf([&](const QString& v) { return plan.namesVault(v); }) > 0)
                s.setValue(key, list);
        }
    }
    s.sync();
    if (s.status() != QSettings::NoError)
        throw Error(ErrorCode::Failed, tr("The settings file %1 could not be written.").arg(s.fileName()));
}

std::vector<ErasureCheck> CancellationCleanup::verify(const CancellationPlan& plan, const QStringList& destroyedFiles)
{
    const auto left = std::count_if(destroyedFiles.begin(), destroyedFiles.end(), pathExists);
    return {
        {QStringLiteral("files"), tr("None of the files exists any more"), left == 0,
         tr("%1 of %2 files left").arg(left).arg(destroyedFiles.size())},
        {QStringLiteral("vault-folder"), tr("The vault folder is gone"), !pathExists(plan.vaultFolder),
         QDir::toNativeSeparators(plan.vaultFolder)},
        {QStringLiteral("copies"), tr("The restored copies are gone"),
         std::none_of(plan.copyFolders.begin(), plan.copyFolders.end(), pathExists),
         tr("%n copy(ies) destroyed", nullptr, int(plan.copyFolders.size())) +
             (plan.keptCopies.isEmpty() ? QString()
                                        : tr("; %n kept at the user's request", nullptr, int(plan.keptCopies.size())))},
        backupFolderCheck(plan),
        reopenCheck(plan),
        settingsCheck(plan),
    };
}

} // namespace coffer
