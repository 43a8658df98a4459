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

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

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
    QString synopsis() const override { return QStringLiteral("FILE --to PATH [--tombstones FILE]"); }
    QString summary() const override
    {
        return tr("Restore a backup into a new vault folder; later erasures are re-applied.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("to"), tr("The new vault folder (must not exist or be empty)."), QStringLiteral("PATH")},
            {QStringLiteral("tombstones"), tr("The vault's erasure tombstone file, if not the known one."),
             QStringLiteral("FILE")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("restore FILE --to PATH [--tombstones FILE]"));
        if (!ctx.parser().isSet(QStringLiteral("to")))
            throw Error(ErrorCode::Usage, tr("Say where to restore to: --to PATH (a new folder)."));
        const Secret password = ctx.password(tr("Password: "));
        ProgressBar bar(ctx.io(), tr("Restoring"));
        const RestoreResult r =
            Restorer::restore(args[0], ctx.parser().value(QStringLiteral("to")), ctx.userName(), password,
                              ctx.parser().value(QStringLiteral("tombstones")), bar.reporter());
        bar.finish();
        if (r.tombstoneFile.isEmpty())
            ctx.warn(tr("No erasure tombstone file was found for this vault, so erasures made after %1 could not be "
                        "re-applied. If any were made, restore again with --tombstones FILE.")
                         .arg(r.manifest.taken));
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("folder"), r.folder},
                                      {QStringLiteral("taken"), r.manifest.taken},
                                      {QStringLiteral("tombstoneFile"), r.tombstoneFile},
                                      {QStringLiteral("tombstonesRead"), r.tombstonesRead},
                                      {QStringLiteral("tombstonesApplied"), r.tombstonesApplied}});
            return 0;
        }
        ctx.io().out << r.folder << '\n' << Qt::flush;
        if (!r.tombstoneFile.isEmpty())
            ctx.io().err << tr("Re-applied %1 of %2 erasures from %3 (those made after the backup).")
                                .arg(r.tombstonesApplied)
                                .arg(r.tombstonesRead)
                                .arg(QDir::toNativeSeparators(r.tombstoneFile))
                         << '\n'
                         << Qt::flush;
        return 0;
    }
};

class BackupSettings : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("backup"), QStringLiteral("settings")}; }
    QString synopsis() const override { return QStringLiteral("[--folder DIR [--accept-risk]] [--keep N]"); }
    QString summary() const override
    {
        return tr("Show or change where automatic backups go and how many are kept (0: none).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("folder"), tr("The backup folder (\"\" for the default beside the vault)."),
                 QStringLiteral("DIR")},
                {QStringLiteral("accept-risk"),
                 tr("Owner only: use --folder even on a network file system or in a synchronised folder.")},
                {QStringLiteral("keep"), tr("How many automatic backups to keep."), QStringLiteral("N")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("backup settings [--folder DIR [--accept-risk]] [--keep N]"));
        if (ctx.parser().isSet(QStringLiteral("accept-risk")) && !ctx.parser().isSet(QStringLiteral("folder")))
            throw Error(ErrorCode::Usage, tr("--accept-risk goes with --folder DIR."));
        int keep = -1;
        if (ctx.parser().isSet(QStringLiteral("keep"))) {
            bool ok = false;
            keep = ctx.parser().value(QStringLiteral("keep")).toInt(&ok);
            if (!ok || keep < 0)
                throw Error(ErrorCode::Usage, tr("--keep needs a whole number, 0 or more."));
        }
        Vault& vault = ctx.unlock();
        ManagedBackups managed(vault);
        if (ctx.parser().isSet(QStringLiteral("folder")))
            managed.setFolder(ctx.parser().value(QStringLiteral("folder")),
                              ctx.parser().isSet(QStringLiteral("accept-risk")) ? FolderRisk::Accept
                                                                                : FolderRisk::Refuse);
        if (keep >= 0)
            vault.setKeepBackups(keep);
        vault.require(Permission::Backup);
        const QStringList backups = vault.managedBackups();
        const FolderProblem risk = managed.acceptedRisk();
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("folder"), vault.backupFolder()},
                          {QStringLiteral("keep"), vault.keepBackups()},
                          {QStringLiteral("backups"), QJsonArray::fromStringList(backups)}};
            if (!risk.isNone())
                o.insert(QStringLiteral("acceptedRisk"), risk.summary());
            ctx.printJson(o);
            return 0;
        }
        ctx.io().out << tr("Folder: %1").arg(QDir::toNativeSeparators(vault.backupFolder())) << '\n';
        if (!risk.isNone())
            ctx.io().out << tr("Risk accepted by the owner: the folder is %1.").arg(risk.summary()) << '\n';
        ctx.io().out << tr("Keep: %1").arg(vault.keepBackups()) << '\n';
        for (const QString& b : backups)
            ctx.io().out << QDir::toNativeSeparators(b) << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

} // namespace

void addBackupCommands(CommandTable& table)
{
    table.push_back(std::make_unique<BackupCreate>());
    table.push_back(std::make_unique<BackupVerify>());
    table.push_back(std::make_unique<BackupSettings>());
    table.push_back(std::make_unique<Restore>());
}

} // namespace coffer::cli
