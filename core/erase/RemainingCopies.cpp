#include "RemainingCopies.h"

#include "Error.h"
#include "KeySlotEraser.h"
#include "SecureOverwrite.h"
#include "backup/BackupVerifier.h"
#include "backup/Tombstones.h"
#include "backup/VaultCopies.h"
#include "transfer/ExportHistory.h"
#include "vault/Vault.h"
#include "vault/VaultHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <functional>

namespace coffer {

namespace {

QDateTime latestErasure(Vault& vault)
{
    QDateTime latest;
    for (const Tombstone& t : Tombstones::inDatabase(vault.database()))
        if (!latest.isValid() || t.erasedAt > latest)
            latest = t.erasedAt;
    return latest;
}

bool within(const QDateTime& time, const QDateTime& since, const QDateTime& until)
{
    return time.isValid() && (!since.isValid() || time >= since) && (!until.isValid() || time <= until);
}

bool underCurrentKey(Vault& vault, const ManagedBackup& b)
{
    try {
        return BackupFile(b.path).verifyMac(vault.dataKey());
    } catch (const Error&) {
        return false;
    }
}

// Before anything is destroyed: the newest backup is one that `fresh` accepts (one is taken when it is
// not), and it verifies with the vault's key. Error(Damaged) from the verifier stops the caller.
void verifyFreshBackup(Vault& vault, ManagedBackups& managed, const std::function<bool(const ManagedBackup&)>& fresh,
                       PruneResult& result)
{
    const std::vector<ManagedBackup> all = managed.everywhere(); // newest first
    if (all.empty() || !fresh(all.front())) {
        result.verifiedBackup = managed.backUpNow().path;
        result.madeNewBackup = true;
    } else {
        result.verifiedBackup = all.front().path;
    }
    (void)BackupVerifier::verifyWithKey(result.verifiedBackup, vault.id(), vault.dataKey());
}

bool headerUnderKey(const QString& folder, const Secret& dataKey)
{
    QFile file(QDir(folder).filePath(QStringLiteral("header")));
    return file.open(QIODevice::ReadOnly) && VaultHeader::verifyMac(file.readAll(), dataKey);
}

void unreachableFolders(ManagedBackups& managed, PruneResult& result)
{
    for (const BackupFolder& f : managed.folders())
        if (!f.reachable)
            result.unreachable << f.path;
}

void auditPrune(Vault& vault, const QString& which, const PruneResult& result)
{
    Transaction tx(vault.database());
    vault.audit(QStringLiteral("backup.prune"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                QStringLiteral("%1destroyed=%2 failed=%3")
                    .arg(which.isEmpty() ? QString() : which + u' ')
                    .arg(result.destroyed.size())
                    .arg(result.failed.size()));
    tx.commit();
}

} // namespace

std::vector<RemainingCopy> RemainingCopies::holding(Vault& vault, const QString& pseudonym, const QDateTime& since,
                                                    const QDateTime& until)
{
    std::vector<RemainingCopy> out;
    const ManagedBackups managed(vault);
    for (const ManagedBackup& b : managed.everywhere())
        if (within(b.taken, since, until))
            out.push_back({RemainingCopy::Kind::Backup, b.path, b.taken, {}});
    for (const ExportRecord& e : ExportHistory::list(vault.database()))
        if ((e.wholeVault() || e.clientPseudonym == pseudonym) && within(e.time, since, until))
            out.push_back({RemainingCopy::Kind::Export, e.path, e.time,
                           e.encrypted ? tr("%1, encrypted").arg(e.format) : e.format});
    for (const BackupFolder& f : managed.folders())
        if (!f.reachable)
            out.push_back({RemainingCopy::Kind::UnreachableFolder, f.path, {}, {}});
    return out;
}

std::vector<ManagedBackup> RemainingCopies::backupsBeforeErasures(Vault& vault)
{
    std::vector<ManagedBackup> out;
    const QDateTime latest = latestErasure(vault);
    if (!latest.isValid())
        return out;
    for (const ManagedBackup& b : ManagedBackups(vault).everywhere())
        if (b.taken <= latest)
            out.push_back(b);
    return out;
}

PruneResult RemainingCopies::pruneBeforeErasures(Vault& vault)
{
    vault.require(Permission::Backup);
    PruneResult result;
    ManagedBackups managed(vault);
    const std::vector<ManagedBackup> stale = backupsBeforeErasures(vault);
    unreachableFolders(managed, result);
    if (stale.empty())
        return result;
    const QDateTime latest = latestErasure(vault);
    verifyFreshBackup(
        vault, managed, [&](const ManagedBackup& b) { return b.taken > latest && underCurrentKey(vault, b); }, result);
    for (const ManagedBackup& b : stale) {
        if (b.path == result.verifiedBackup)
            continue;
        SecureOverwrite::Stage stage = SecureOverwrite::Stage::Untouched;
        try {
            (void)SecureOverwrite::destroy(b.path, &stage);
            result.destroyed << b.path;
        } catch (const Error& e) {
            result.failed << e.message();
        }
    }
    auditPrune(vault, {}, result);
    return result;
}

std::vector<ManagedBackup> RemainingCopies::backupsUnderOldKeys(Vault& vault, QStringList* unreadable)
{
    std::vector<ManagedBackup> out;
    const QDateTime changed = vault.keyChanged();
    if (!changed.isValid())
        return out;
    for (const ManagedBackup& b : ManagedBackups(vault).everywhere()) {
        try {
            const BackupFile file(b.path);
            // A backup under the current key that fails its MAC is damaged or forged, not old: it is left
            // for `backup verify` to report, never destroyed here.
            if (!file.verifyMac(vault.dataKey()) && b.taken < changed)
                out.push_back(b);
        } catch (const Error& e) {
            if (unreadable)
                *unreadable << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(b.path), e.message());
        }
    }
    return out;
}

std::vector<RemainingCopy> RemainingCopies::outOfReachAfterKeyChange(Vault& vault)
{
    std::vector<RemainingCopy> out;
    const QDateTime changed = vault.keyChanged();
    if (!changed.isValid())
        return out;
    for (const ExportRecord& e : ExportHistory::list(vault.database()))
        if (e.time < changed)
            out.push_back({RemainingCopy::Kind::Export, e.path, e.time,
                           e.encrypted ? tr("%1, encrypted").arg(e.format) : e.format});
    // A copy's own header tells: its MAC holds under the current key only when it was restored from a
    // backup taken after the change (when it was learnt of says nothing: that can be any later unlock).
    for (const VaultCopy& c : VaultCopies::list(vault))
        if (c.exists && !headerUnderKey(c.folder, vault.dataKey()))
            out.push_back({RemainingCopy::Kind::RestoredCopy, c.folder, c.made, {}});
    for (const BackupFolder& f : ManagedBackups(vault).folders())
        if (!f.reachable)
            out.push_back({RemainingCopy::Kind::UnreachableFolder, f.path, {}, {}});
    return out;
}

PruneResult RemainingCopies::pruneOldKeys(Vault& vault)
{
    vault.require(Permission::Backup);
    PruneResult result;
    ManagedBackups managed(vault);
    unreachableFolders(managed, result);
    const std::vector<ManagedBackup> old = backupsUnderOldKeys(vault, &result.unreadable);
    if (old.empty())
        return result;
    verifyFreshBackup(
        vault, managed, [&](const ManagedBackup& b) { return underCurrentKey(vault, b); }, result);
    for (const ManagedBackup& b : old) {
        try {
            KeySlotEraser::destroyKeySlots(b.path, BackupFile::kPrefixSize);
            // Nothing in it opens any more; the file goes too, so that no list offers it for a restore.
            QFile file(b.path);
            if (!file.remove())
                throw Error(ErrorCode::Failed,
                            tr("%1: its key slots were destroyed, but the file could not be removed: %2")
                                .arg(QDir::toNativeSeparators(b.path), file.errorString()));
            result.destroyed << b.path;
        } catch (const Error& e) {
            result.failed << e.message();
        }
    }
    auditPrune(vault, QStringLiteral("old-keys"), result);
    return result;
}

QString RemainingCopies::kindName(RemainingCopy::Kind kind)
{
    switch (kind) {
    case RemainingCopy::Kind::Backup:
        return QStringLiteral("backup");
    case RemainingCopy::Kind::Export:
        return QStringLiteral("export");
    case RemainingCopy::Kind::UnreachableFolder:
        return QStringLiteral("unreachable-folder");
    case RemainingCopy::Kind::RestoredCopy:
        return QStringLiteral("restored-copy");
    }
    return {};
}

QString RemainingCopies::outOfReachLine(const RemainingCopy& copy)
{
    const QString path = QDir::toNativeSeparators(copy.path);
    const QString time = copy.time.toUTC().toString(Qt::ISODate);
    switch (copy.kind) {
    case RemainingCopy::Kind::Export:
        return path.isEmpty() ? tr("The export of %1 (%2): where it was saved is not recorded; it is not encrypted "
                                   "with the data key, so whoever has it can read it.")
                                    .arg(time, copy.detail)
                              : tr("The export of %1 (%2) at %3: not encrypted with the data key, so whoever has it "
                                   "can read it; delete it if nobody needs it.")
                                    .arg(time, copy.detail, path);
    case RemainingCopy::Kind::RestoredCopy:
        return tr("The vault restored from a backup at %1: it still opens with the old key and the passwords of "
                  "that time; cancel it (coffer-cli cancel-account in that vault) if nobody needs it.")
            .arg(path);
    case RemainingCopy::Kind::UnreachableFolder:
        return tr("The backup folder %1 cannot be reached now: its backups were not searched; run this again "
                  "when it is back.")
            .arg(path);
    case RemainingCopy::Kind::Backup:
        break;
    }
    return tr("The backup at %1.").arg(path);
}

QString RemainingCopies::outsideCoffer()
{
    return tr("Copies made outside Coffer, such as a copied vault folder or a backup file copied elsewhere, are "
              "unknown to it and still open with the old key and the passwords of their time.");
}

} // namespace coffer
