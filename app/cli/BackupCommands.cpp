// backup --out | backup verify | backup settings | restore. The work is in core/backup; these parse
// arguments, show progress on a terminal and print what was done (paths, sizes, counts; no client data).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"
#include "ProgressBar.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "erase/RemainingCopies.h"
#include "erase/VaultReplacement.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace coffer::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("coffer-cli", text);
}

QJsonObject manifestJson(const BackupManifest& m)
{
    return {{QStringLiteral("vaultId"), QString::fromLatin1(m.vaultId.toHex())},
            {QStringLiteral("taken"), m.taken},
            {QStringLiteral("schemaVersion"), m.schemaVersion},
            {QStringLiteral("headerSize"), double(m.header.size)},
            {QStringLiteral("snapshotSize"), double(m.snapshot.size)},
            {QStringLiteral("snapshotSha256"), QString::fromLatin1(m.snapshot.sha256.toHex())}};
}

class BackupCreate : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("backup")}; }
    QString synopsis() const override { return QStringLiteral("--out FILE [--force]"); }
    QString summary() const override { return tr("Back the vault up into one encrypted file."); }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("out"), tr("The backup file to write (outside the vault folder)."), QStringLiteral("FILE")},
            {QStringLiteral("force"), tr("Replace an existing file (never a folder, never a link).")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("backup --out FILE [--force]"));
        if (!ctx.parser().isSet(QStringLiteral("out")))
            throw Error(ErrorCode::Usage, tr("Say where to write the backup: --out FILE."));
        Vault& vault = ctx.unlock();
        ProgressBar bar(ctx.io(), tr("Backing up"));
        const BackupInfo info = BackupWriter::write(
            vault, ctx.parser().value(QStringLiteral("out")), bar.reporter(), SnapshotMethod::Automatic,
            ctx.parser().isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse);
        bar.finish();
        if (ctx.json()) {
            QJsonObject o = manifestJson(info.manifest);
            o.insert(QStringLiteral("file"), info.path);
            ctx.printJson(o);
        } else {
            ctx.io().out << info.path << '\n' << Qt::flush;
        }
        return 0;
    }
};

class BackupVerify : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("backup"), QStringLiteral("verify")}; }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return tr("Check a backup: sums, password, integrity; with --vault the check is audited there.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("backup verify FILE"));
        const Secret password = ctx.password(tr("Password: "));
        // A backup is verified without its vault (which may be lost); when one is named, the check is
        // recorded in its audit log.
        QString vaultPath;
        try {
            vaultPath = ctx.vaultPath();
        } catch (const Error&) {
        }
        std::unique_ptr<Vault> vault;
        if (!vaultPath.isEmpty())
            vault = Vault::unlock(vaultPath, ctx.userName(), password);
        ProgressBar bar(ctx.io(), tr("Verifying"));
        const BackupReport report =
            BackupVerifier::verify(args[0], ctx.userName(), password, vault.get(), bar.reporter());
        bar.finish();
        if (ctx.json()) {
            QJsonArray checks;
            for (const BackupCheck& c : report.checks)
                checks.append(QJsonObject{{QStringLiteral("check"), c.name}, {QStringLiteral("detail"), c.detail}});
            QJsonObject o = manifestJson(report.manifest);
            o.insert(QStringLiteral("ok"), true);
            o.insert(QStringLiteral("clients"), double(report.clients));
            o.insert(QStringLiteral("checks"), checks);
            ctx.printJson(o);
            return 0;
        }
        for (const BackupCheck& c : report.checks)
            ctx.io().out << QStringLiteral("ok  ") << c.name
                         << (c.detail.isEmpty() ? QString() : QStringLiteral(" (") + c.detail + u')') << '\n';
        ctx.io().out
            << tr("The backup of %1 is whole and opens (%2 clients).").arg(report.manifest.taken).arg(report.clients)
            << '\n'
            << Qt::flush;
        return 0;
    }
};

class Restore : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("restore")}; }
    QString synopsis() const override
    {
        return QStringLiteral("FILE --to PATH|--replace [--tombstones FILE] [--no-tombstones] | "
                              "restore --finish-replace|--discard-replace");
    }
    QString summary() const override
    {
        return tr("Restore a backup into a new vault folder; later erasures are re-applied.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("to"), tr("The new vault folder (must not exist or be empty)."), QStringLiteral("PATH")},
            {QStringLiteral("tombstones"), tr("An erasure tombstone file to read besides those Coffer finds."),
             QStringLiteral("FILE")},
            {QStringLiteral("no-tombstones"),
             tr("Restore even when no tombstone file is found (only if no client was erased since).")},
            {QStringLiteral("replace"),
             tr("Instead of --to: replace the vault named by --vault with the backup, once the restore is "
                "verified (the current vault is destroyed).")},
            {QStringLiteral("finish-replace"),
             tr("Without FILE: finish a --replace of the vault named by --vault that was interrupted.")},
            {QStringLiteral("discard-replace"),
             tr("Without FILE: delete what a --replace that stopped before changing the vault left beside it.")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        if (ctx.parser().isSet(QStringLiteral("finish-replace")) ||
            ctx.parser().isSet(QStringLiteral("discard-replace")))
            return afterInterruption(ctx, args);
        expectArgs(args, 1, QStringLiteral("restore FILE --to PATH [--tombstones FILE] [--no-tombstones]"));
        const bool replace = ctx.parser().isSet(QStringLiteral("replace"));
        if (replace == ctx.parser().isSet(QStringLiteral("to")))
            throw Error(ErrorCode::Usage,
                        tr("Say where to restore to: --to PATH (a new folder), or --replace with --vault."));
        const QString current = replace ? ctx.vaultPath() : QString(); // before the password is asked
        const Secret password = ctx.password(tr("Password: "));
        ProgressBar bar(ctx.io(), tr("Restoring"));
        RestoreOptions options;
        options.tombstoneFile = ctx.parser().value(QStringLiteral("tombstones"));
        options.withoutTombstones = ctx.parser().isSet(QStringLiteral("no-tombstones"));
        options.progress = bar.reporter();
        ReplaceResult replaced;
        if (replace)
            replaced = VaultReplacement::replace(args[0], current, ctx.userName(), password, options);
        const RestoreResult r = replace ? replaced.restore
                                        : Restorer::restore(args[0], ctx.parser().value(QStringLiteral("to")),
                                                            ctx.userName(), password, options);
        if (replace)
            ctx.io().err << tr("The vault was replaced by the backup of %1; its previous files were destroyed (%2).")
                                .arg(r.manifest.taken)
                                .arg(replaced.replaced.size())
                         << '\n'
                         << Qt::flush;
        bar.finish();
        bool passed = true;
        for (const ErasureCheck& c : r.checks)
            passed = passed && c.passed;
        if (r.tombstoneFiles.isEmpty())
            ctx.warn(tr("No erasure tombstone file was found for this vault (--no-tombstones), so erasures made "
                        "after %1 could not be re-applied.")
                         .arg(r.manifest.taken));
        if (ctx.json()) {
            QJsonArray checks;
            for (const ErasureCheck& c : r.checks)
                checks.append(QJsonObject{{QStringLiteral("check"), c.key},
                                          {QStringLiteral("passed"), c.passed},
                                          {QStringLiteral("detail"), c.detail}});
            ctx.printJson(QJsonObject{{QStringLiteral("folder"), r.folder},
                                      {QStringLiteral("taken"), r.manifest.taken},
                                      {QStringLiteral("tombstoneFiles"), QJsonArray::fromStringList(r.tombstoneFiles)},
                                      {QStringLiteral("lookedIn"), QJsonArray::fromStringList(r.lookedIn)},
                                      {QStringLiteral("tombstonesRead"), r.tombstonesRead},
                                      {QStringLiteral("tombstonesApplied"), r.tombstonesApplied},
                                      {QStringLiteral("checks"), checks}});
            return passed ? 0 : 1;
        }
        ctx.io().out << r.folder << '\n' << Qt::flush;
        for (const QString& f : r.tombstoneFiles)
            ctx.io().err << tr("Read erasure tombstones from %1").arg(QDir::toNativeSeparators(f)) << '\n';
        ctx.io().err << tr("Re-applied %1 of %2 known erasures (those made after the backup).")
                            .arg(r.tombstonesApplied)
                            .arg(r.tombstonesRead)
                     << '\n';
        for (const ErasureCheck& c : r.checks)
            ctx.io().err << (c.passed ? QStringLiteral("ok  ") : QStringLiteral("FAILED  ")) << c.name
                         << QStringLiteral(" — ") << c.detail << '\n';
        ctx.io().err << Qt::flush;
        return passed ? 0 : 1;
    }

private:
    // --finish-replace and --discard-replace: the folders an interrupted --replace left beside the vault.
    static int afterInterruption(CliContext& ctx, const QStringList& args)
    {
        const bool finish = ctx.parser().isSet(QStringLiteral("finish-replace"));
        if (finish == ctx.parser().isSet(QStringLiteral("discard-replace")) ||
            ctx.parser().isSet(QStringLiteral("to")) || ctx.parser().isSet(QStringLiteral("replace")))
            throw Error(ErrorCode::Usage, tr("Use --finish-replace or --discard-replace alone, with --vault."));
        expectArgs(args, 0, QStringLiteral("restore --finish-replace|--discard-replace --vault PATH"));
        const QString vault = ctx.vaultPath();
        const std::vector<InterruptedReplacement> left = VaultReplacement::interrupted(vault);
        if (left.empty()) {
            ctx.io().err << tr("No interrupted replacement was found beside %1; nothing was changed.")
                                .arg(QDir::toNativeSeparators(vault))
                         << '\n'
                         << Qt::flush;
            return 1;
        }
        const auto decided =
            std::find_if(left.begin(), left.end(), [](const InterruptedReplacement& r) { return r.replacing; });
        if (finish && decided == left.end())
            throw Error(ErrorCode::Failed,
                        tr("The replacement stopped before it changed the vault, so the vault is as it was. Remove "
                           "what it left with --discard-replace, and run restore --replace again."));
        if (!finish && decided != left.end())
            throw Error(ErrorCode::Failed, tr("The replacement had begun to destroy the vault; it can only be finished "
                                              "(--finish-replace)."));
        for (const InterruptedReplacement& r : left) {
            if (r.replacing)
                continue;
            VaultReplacement::discard(r.folder);
            ctx.io().err << tr("Deleted %1").arg(QDir::toNativeSeparators(r.folder)) << '\n';
        }
        if (finish) {
            const ReplaceResult done = VaultReplacement::finish(vault, decided->folder);
            ctx.io().err << tr("The replacement is finished: the restored vault is %1 (%2 previous files destroyed).")
                                .arg(QDir::toNativeSeparators(done.restore.folder))
                                .arg(done.replaced.size())
                         << '\n';
        }
        ctx.io().err << Qt::flush;
        return 0;
    }
};

class BackupSettings : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("backup"), QStringLiteral("settings")}; }
    QString synopsis() const override
    {
        return QStringLiteral("[--folder DIR [--move|--leave] [--accept-risk]] [--keep N]");
    }
    QString summary() const override
    {
        return tr("Show or change where automatic backups go and how many are kept (0: none).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("folder"), tr("The backup folder (\"\" for the default beside the vault)."),
                 QStringLiteral("DIR")},
                {QStringLiteral("move"), tr("Move the existing backups and tombstones to the new folder (default).")},
                {QStringLiteral("leave"), tr("Leave the existing backups where they are.")},
                {QStringLiteral("accept-risk"),
                 tr("Owner only: use --folder even on a network file system or in a synchronised folder.")},
                {QStringLiteral("keep"), tr("How many automatic backups to keep."), QStringLiteral("N")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0,
                   QStringLiteral("backup settings [--folder DIR [--move|--leave] [--accept-risk]] [--keep N]"));
        const QCommandLineParser& p = ctx.parser();
        if (p.isSet(QStringLiteral("move")) && p.isSet(QStringLiteral("leave")))
            throw Error(ErrorCode::Usage, tr("Say --move or --leave, not both."));
        if ((p.isSet(QStringLiteral("move")) || p.isSet(QStringLiteral("leave")) ||
             p.isSet(QStringLiteral("accept-risk"))) &&
            !p.isSet(QStringLiteral("folder")))
            throw Error(ErrorCode::Usage, tr("--move, --leave and --accept-risk go with --folder DIR."));
        int keep = -1;
        if (p.isSet(QStringLiteral("keep"))) {
            bool ok = false;
            keep = p.value(QStringLiteral("keep")).toInt(&ok);
            if (!ok || keep < 0)
                throw Error(ErrorCode::Usage, tr("--keep needs a whole number, 0 or more."));
        }
        Vault& vault = ctx.unlock();
        ManagedBackups managed(vault);
        FolderChangeResult change;
        if (p.isSet(QStringLiteral("folder")))
            change =
                managed.setFolder(p.value(QStringLiteral("folder")),
                                  p.isSet(QStringLiteral("leave")) ? FolderChange::Leave : FolderChange::Move,
                                  p.isSet(QStringLiteral("accept-risk")) ? FolderRisk::Accept : FolderRisk::Refuse);
        if (keep >= 0)
            managed.setKeep(keep);
        vault.require(Permission::Backup);
        const QStringList backups = managed.list();
        const std::vector<BackupFolder> folders = managed.folders();
        const FolderProblem risk = managed.acceptedRisk();
        if (ctx.json()) {
            QJsonArray folderArray;
            for (const BackupFolder& f : folders)
                folderArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                               {QStringLiteral("firstUsed"), f.firstUsed.toString(Qt::ISODateWithMs)},
                                               {QStringLiteral("lastUsed"), f.lastUsed.toString(Qt::ISODateWithMs)},
                                               {QStringLiteral("current"), f.current},
                                               {QStringLiteral("reachable"), f.reachable}});
            QJsonObject o{{QStringLiteral("folder"), managed.folder()},
                          {QStringLiteral("keep"), managed.keep()},
                          {QStringLiteral("backups"), QJsonArray::fromStringList(backups)},
                          {QStringLiteral("folders"), folderArray},
                          {QStringLiteral("moved"), QJsonArray::fromStringList(change.moved)},
                          {QStringLiteral("left"), QJsonArray::fromStringList(change.left)}};
            if (!risk.isNone())
                o.insert(QStringLiteral("acceptedRisk"), risk.summary());
            ctx.printJson(o);
            return 0;
        }
        QTextStream& out = ctx.io().out;
        out << tr("Folder: %1").arg(QDir::toNativeSeparators(managed.folder())) << '\n';
        if (!risk.isNone())
            out << tr("Risk accepted by the owner: the folder is %1.").arg(risk.summary()) << '\n';
        out << tr("Keep: %1").arg(managed.keep()) << '\n';
        for (const QString& b : backups)
            out << QDir::toNativeSeparators(b) << '\n';
        if (folders.size() > 1) {
            out << tr("Backup folders this vault has used:") << '\n';
            for (const BackupFolder& f : folders)
                out << "  " << QDir::toNativeSeparators(f.path) << "  "
                    << tr("%1 to %2").arg(f.firstUsed.toString(Qt::ISODate), f.lastUsed.toString(Qt::ISODate))
                    << (f.current ? tr(" (current)") : QString()) << (f.reachable ? QString() : tr(" (not reachable)"))
                    << '\n';
        }
        out << Qt::flush;
        if (!change.moved.isEmpty())
            ctx.io().err << tr("Moved %1 file(s) to the new folder.").arg(change.moved.size()) << '\n' << Qt::flush;
        if (!change.left.isEmpty())
            ctx.io().err
                << tr("Left %1 file(s) in the previous folder; it stays on the vault's list of backup folders.")
                       .arg(change.left.size())
                << '\n'
                << Qt::flush;
        return 0;
    }
};

class BackupPrune : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("backup"), QStringLiteral("prune")}; }
    QString synopsis() const override { return QStringLiteral("--before-erasures | --old-keys"); }
    QString summary() const override
    {
        return tr("Destroy the managed backups that still hold erased clients, or that open with an older data "
                  "key, once a newer one is verified.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("before-erasures"), tr("Backups taken before the latest erasure.")},
                {QStringLiteral("old-keys"),
                 tr("Backups taken before the data key last changed: their key slots are destroyed.")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("backup prune --before-erasures | --old-keys"));
        const bool erasures = ctx.parser().isSet(QStringLiteral("before-erasures"));
        const bool oldKeys = ctx.parser().isSet(QStringLiteral("old-keys"));
        if (erasures == oldKeys)
            throw Error(ErrorCode::Usage, tr("Say which backups to prune: --before-erasures or --old-keys."));
        Vault& vault = ctx.unlock();
        const PruneResult r =
            oldKeys ? RemainingCopies::pruneOldKeys(vault) : RemainingCopies::pruneBeforeErasures(vault);
        const std::vector<RemainingCopy> outOfReach =
            oldKeys ? RemainingCopies::outOfReachAfterKeyChange(vault) : std::vector<RemainingCopy>();
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("verifiedBackup"), r.verifiedBackup},
                          {QStringLiteral("madeNewBackup"), r.madeNewBackup},
                          {QStringLiteral("destroyed"), QJsonArray::fromStringList(r.destroyed)},
                          {QStringLiteral("failed"), QJsonArray::fromStringList(r.failed)},
                          {QStringLiteral("unreachable"), QJsonArray::fromStringList(r.unreachable)}};
            if (oldKeys) {
                o.insert(QStringLiteral("unreadable"), QJsonArray::fromStringList(r.unreadable));
                QJsonArray out;
                for (const RemainingCopy& c : outOfReach)
                    out.append(QJsonObject{{QStringLiteral("kind"), RemainingCopies::kindName(c.kind)},
                                           {QStringLiteral("path"), c.path},
                                           {QStringLiteral("time"), c.time.toUTC().toString(Qt::ISODateWithMs)}});
                o.insert(QStringLiteral("outOfReach"), out);
            }
            ctx.printJson(o);
        } else {
            QTextStream& out = ctx.io().out;
            if (r.verifiedBackup.isEmpty())
                out << (oldKeys ? tr("No managed backup opens with an older data key.")
                                : tr("No managed backup holds an erased client."))
                    << '\n';
            else
                out << (r.madeNewBackup ? tr("New backup, verified: %1") : tr("Newest backup, verified: %1"))
                           .arg(QDir::toNativeSeparators(r.verifiedBackup))
                    << '\n';
            for (const QString& d : r.destroyed)
                out << (oldKeys ? tr("key slots destroyed, file removed  %1") : tr("destroyed  %1"))
                           .arg(QDir::toNativeSeparators(d))
                    << '\n';
            for (const QString& f : r.failed)
                out << tr("NOT destroyed  %1").arg(f) << '\n';
            for (const QString& u : r.unreadable)
                out << tr("not a whole backup, left as it is  %1").arg(u) << '\n';
            for (const QString& u : r.unreachable)
                out << tr("not searched (not reachable)  %1").arg(QDir::toNativeSeparators(u)) << '\n';
            if (oldKeys && (!r.verifiedBackup.isEmpty() || !outOfReach.empty())) {
                out << tr("Out of Coffer's reach:") << '\n';
                for (const RemainingCopy& c : outOfReach)
                    out << "  " << RemainingCopies::outOfReachLine(c) << '\n';
                out << "  " << RemainingCopies::outsideCoffer() << '\n';
            }
            out << Qt::flush;
        }
        return r.failed.isEmpty() && r.unreachable.isEmpty() ? 0 : 1;
    }
};

} // namespace

void addBackupCommands(CommandTable& table)
{
    table.push_back(std::make_unique<BackupCreate>());
    table.push_back(std::make_unique<BackupVerify>());
    table.push_back(std::make_unique<BackupSettings>());
    table.push_back(std::make_unique<BackupPrune>());
    table.push_back(std::make_unique<Restore>());
}

} // namespace coffer::cli
