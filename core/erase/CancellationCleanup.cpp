#include "CancellationCleanup.h"

#include "CancellationPlan.h"
#include "Error.h"
#include "SecureOverwrite.h"
#include "backup/BackupFile.h"
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

ErasureCheck backupFolderCheck(const CancellationPlan& plan)
{
    int ours = 0, others = 0;
    const bool kept = pathExists(plan.backupFolder);
    if (kept) {
        for (const QFileInfo& f : QDir(plan.backupFolder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            QByteArray id;
            QString taken;
            const bool mine = f.fileName().startsWith(plan.vaultIdHex) ||
                              (BackupFile::peek(f.absoluteFilePath(), &id, &taken) && id.toHex() == plan.vaultIdHex);
            ++(mine ? ours : others);
        }
    }
    return {QStringLiteral("backup-folder"),
            QCoreApplication::translate("AccountCancellation", "No file of the vault remains in its backup folder"),
            ours == 0,
            kept ? QCoreApplication::translate("AccountCancellation",
                                               "folder kept: %1 file(s) of this vault, %2 other file(s)")
                       .arg(ours)
                       .arg(others)
                 : QCoreApplication::translate("AccountCancellation", "folder removed")};
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
    const bool backupGone = !pathExists(plan.backupFolder);
    QSettings s = programSettings();
    for (const QString& key : s.allKeys()) {
        const QStringList values = s.value(key).toStringList() << s.value(key).toString();
        if (key.contains(plan.vaultIdHex) ||
            std::any_of(values.begin(), values.end(), [&](const QString& v) { return plan.namesVault(v, backupGone); }))
            ++naming;
    }
    return {QStringLiteral("settings"),
            QCoreApplication::translate("AccountCancellation", "No settings entry names the vault"), naming == 0,
            QCoreApplication::translate("AccountCancellation", "%1 entries name it").arg(naming)};
}

} // namespace

void CancellationCleanup::removeFolders(const CancellationPlan& plan)
{
    if (!QDir().rmdir(plan.vaultFolder))
        throw Error(ErrorCode::Failed,
                    tr("The vault folder %1 could not be removed.").arg(QDir::toNativeSeparators(plan.vaultFolder)));
    SecureOverwrite::syncFolder(QFileInfo(plan.vaultFolder).absolutePath());
    // A backup folder that other vaults share, or that holds anything else, stays.
    if (QFileInfo(plan.backupFolder).isDir() &&
        QDir(plan.backupFolder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!QDir().rmdir(plan.backupFolder))
            throw Error(
                ErrorCode::Failed,
                tr("The backup folder %1 could not be removed.").arg(QDir::toNativeSeparators(plan.backupFolder)));
        SecureOverwrite::syncFolder(QFileInfo(plan.backupFolder).absolutePath());
    }
}

void CancellationCleanup::removeSettings(const CancellationPlan& plan)
{
    KnownVaults::forget(plan.vaultFolder);
    KnownVaults::forgetBackupFolder(QByteArray::fromHex(plan.vaultIdHex.toLatin1()));
    const bool backupGone = !pathExists(plan.backupFolder);
    QSettings s = programSettings();
    for (const QString& key : s.allKeys()) {
        const QVariant value = s.value(key);
        const bool isList = value.typeId() == QMetaType::QStringList;
        if (key.contains(plan.vaultIdHex) || (!isList && plan.namesVault(value.toString(), backupGone))) {
            s.remove(key);
        } else if (isList) {
            QStringList list = value.toStringList();
            if (list.removeIf([&](const QString& v) { return plan.namesVault(v, backupGone); }) > 0)
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
        backupFolderCheck(plan),
        reopenCheck(plan),
        settingsCheck(plan),
    };
}

} // namespace coffer
