#include "RemainingCopies.h"

#include "Error.h"
#include "SecureOverwrite.h"
#include "backup/BackupVerifier.h"
#include "backup/Tombstones.h"
#include "transfer/ExportHistory.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

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
    for (const BackupFolder& f : managed.folders())
        if (!f.reachable)
            result.unreachable << f.path;
    if (stale.empty())
        return result;
    const QDateTime latest = latestErasure(vault);
    const std::vector<ManagedBackup> all = managed.everywhere(); // newest first
    if (all.empty() || all.front().taken <= latest) {
        result.verifiedBackup = managed.backUpNow().path;
        result.madeNewBackup = true;
    } else {
        result.verifiedBackup = all.front().path;
    }
    (void)BackupVerifier::verifyWithKey(result.verifiedBackup, vault.id(), vault.dataKey());
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
    Transaction tx(vault.database());
    vault.audit(QStringLiteral("backup.prune"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                QStringLiteral("destroyed=%1 failed=%2").arg(result.destroyed.size()).arg(result.failed.size()));
    tx.commit();
    return result;
}

} // namespace coffer
