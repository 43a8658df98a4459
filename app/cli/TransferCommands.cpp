// export, decrypt, import: the customer's data out in standard formats, and back in.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"
#include "ProgressBar.h"

#include "backup/ManagedBackups.h"
#include "transfer/ExportHistory.h"
#include "transfer/Exporter.h"
#include "transfer/Importer.h"
#include "vault/KnownVaults.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

Secret exportPassphrase(CliContext& ctx, bool confirm)
{
    return ctx.secret({}, opt("COFFER_EXPORT_PASSWORD"),
                      QCoreApplication::translate("coffer-cli", "Export passphrase: "), confirm);
}

Overwrite overwriteOption(CliContext& ctx)
{
    return ctx.parser().isSet(opt("force")) ? Overwrite::Replace : Overwrite::Refuse;
}

QCommandLineOption forceOption()
{
    return {opt("force"), QCoreApplication::translate(
                              "coffer-cli", "Replace an existing file (never a folder, never through a link).")};
}

// decrypt needs no vault; when one is named (--vault, COFFER_VAULT), the copy stays out of its folder and
// out of its backup folder as the program knows it (recorded for the vault's id, else the default).
OutputRules decryptRules(CliContext& ctx)
{
    OutputRules rules;
    rules.overwrite = overwriteOption(ctx);
    try {
        rules.vaultFolder = Vault::resolveFolder(ctx.vaultPath());
    } catch (const Error&) {
        return rules;
    }
    rules.backupFolder = ManagedBackups::defaultFolder(rules.vaultFolder);
    QFile header(QDir(rules.vaultFolder).filePath(QStringLiteral("header")));
    try {
        if (header.open(QIODevice::ReadOnly)) {
            const QStringList recorded = KnownVaults::backupFolders(VaultHeader::parse(header.read(1 << 20)).vaultId);
            const QString known = recorded.isEmpty() ? QString() : recorded.constLast();
            if (!known.isEmpty())
                rules.backupFolder = known;
        }
    } catch (const Error&) {
        // Not a vault's header: the rules above stand.
    }
    return rules;
}

class ExportCommand : public Command
{
public:
    QStringList words() const override { return {opt("export")}; }
    QString synopsis() const override
    {
        return opt("--out PATH [--format zip|dir|json|csv] [--client ID] [--encrypt] [--bom] [--include-restricted] "
                   "[--force]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Export everything, or one client, in standard formats.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("out"),
                 QCoreApplication::translate("coffer-cli",
                                             "Where to write (must not exist yet, unless --force; never a link)."),
                 opt("PATH")},
                forceOption(),
                {opt("format"), QCoreApplication::translate("coffer-cli", "zip (default), dir, json or csv."),
                 opt("FORMAT")},
                {opt("client"),
                 QCoreApplication::translate("coffer-cli", "Only this client's data (right of access, portability)."),
                 opt("ID")},
                {opt("encrypt"), QCoreApplication::translate(
                                     "coffer-cli", "Encrypt with a passphrase (asked, or COFFER_EXPORT_PASSWORD).")},
                {opt("bom"),
                 QCoreApplication::translate("coffer-cli", "Start CSV files with a UTF-8 BOM, for spreadsheets.")},
                {opt("include-restricted"),
                 QCoreApplication::translate("coffer-cli", "Include the clients whose processing is restricted "
                                                           "(left out of a whole-vault export otherwise).")},
                {opt("kdf-memory"),
                 QCoreApplication::translate("coffer-cli", "Argon2id memory in MiB for --encrypt (default 64)."),
                 opt("MIB")},
                {opt("kdf-ops"),
                 QCoreApplication::translate("coffer-cli", "Argon2id passes for --encrypt (default 3)."), opt("N")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("export --out PATH [options]"));
        const QCommandLineParser& p = ctx.parser();
        if (!p.isSet(opt("out")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say where to write: --out PATH."));
        ExportOptions options;
        if (p.isSet(opt("format"))) {
            const auto format = exportFormatFromName(p.value(opt("format")));
            if (!format)
                throw Error(ErrorCode::Usage,
                            QCoreApplication::translate("coffer-cli", "--format is zip, dir, json or csv."));
            options.format = *format;
        }
        options.clientId = p.value(opt("client"));
        options.byteOrderMark = p.isSet(opt("bom"));
        options.includeRestricted = p.isSet(opt("include-restricted"));
        options.overwrite = overwriteOption(ctx);
        if (p.isSet(opt("kdf-memory")))
            options.kdf.memoryKiB = positiveNumber(p.value(opt("kdf-memory")), opt("--kdf-memory")) * 1024;
        if (p.isSet(opt("kdf-ops")))
            options.kdf.opsLimit = positiveNumber(p.value(opt("kdf-ops")), opt("--kdf-ops"));
        Vault& vault = ctx.unlock();
        Secret passphrase;
        if (p.isSet(opt("encrypt"))) {
            passphrase = exportPassphrase(ctx, true);
            if (passphrase.size() < size_t(Vault::kMinPasswordLength))
                throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                                  "coffer-cli", "The passphrase must be at least %1 characters long.")
                                                  .arg(Vault::kMinPasswordLength));
            options.passphrase = &passphrase;
        }
        ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Exporting"));
        options.progress = bar.reporter();
        const ExportResult result = Exporter(vault).run(p.value(opt("out")), options);
        bar.finish();
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{opt("path"), result.path},
                                      {opt("clients"), result.counts.clients},
                                      {opt("notes"), result.counts.notes},
                                      {opt("files"), result.counts.files},
                                      {opt("consents"), result.counts.consents},
                                      {opt("restrictedLeftOut"), result.counts.restrictedLeftOut}});
        } else {
            ctx.io().err << QCoreApplication::translate(
                                "coffer-cli", "Exported %1 clients, %2 notes, %3 files and %4 consents to %5.")
                                .arg(result.counts.clients)
                                .arg(result.counts.notes)
                                .arg(result.counts.files)
                                .arg(result.counts.consents)
                                .arg(QDir::toNativeSeparators(result.path))
                         << '\n'
                         << Qt::flush;
        }
        if (result.counts.restrictedLeftOut > 0)
            ctx.io().err << QCoreApplication::translate("coffer-cli",
                                                        "Left out %1 client(s) whose processing is restricted (GDPR "
                                                        "Art. 18), with their records; --include-restricted exports "
                                                        "them too.")
                                .arg(result.counts.restrictedLeftOut)
                         << '\n'
                         << Qt::flush;
        return 0;
    }
};

class DecryptCommand : public Command
{
public:
    QStringList words() const override { return {opt("decrypt")}; }
    QString synopsis() const override { return opt("IN OUT [--force]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "An encrypted export back to its plain form.");
    }
    QList<QCommandLineOption> options() const override { return {forceOption()}; }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, opt("decrypt IN OUT [--force]"));
        const OutputRules rules = decryptRules(ctx);
        decryptExport(args[0], args[1], exportPassphrase(ctx, false), rules);
        ctx.io().err
            << QCoreApplication::translate("coffer-cli", "Decrypted to %1.").arg(QDir::toNativeSeparators(args[1]))
            << '\n'
            << Qt::flush;
        return 0;
    }
};

class ExportListCommand : public Command
{
public:
    QStringList words() const override { return {opt("export"), opt("list")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "The exports made from this vault (time, scope, format, path, hash).");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("export list"));
        Vault& vault = ctx.unlock();
        vault.require(Permission::ExportClient);
        const std::vector<ExportRecord> list = ExportHistory::list(vault.database());
        if (ctx.json()) {
            QJsonArray out;
            for (const ExportRecord& e : list)
                out.append(QJsonObject{{opt("time"), e.time.toString(Qt::ISODateWithMs)},
                                       {opt("scope"), e.wholeVault() ? opt("all") : opt("client")},
                                       {opt("client"), e.clientPseudonym},
                                       {opt("format"), e.format},
                                       {opt("encrypted"), e.encrypted},
                                       {opt("path"), e.path},
                                       {opt("clients"), e.clients},
                                       {opt("manifestSha256"), e.manifestSha256}});
            ctx.printJson(out);
            return 0;
        }
        QTextStream& out = ctx.io().out;
        if (list.empty())
            out << QCoreApplication::translate("coffer-cli", "No export was made from this vault.") << '\n';
        for (const ExportRecord& e : list)
            out << e.time.toString(Qt::ISODate) << "  "
                << (e.wholeVault() ? QCoreApplication::translate("coffer-cli", "all clients")
                                   : QCoreApplication::translate("coffer-cli", "one client"))
                << "  " << e.format
                << (e.encrypted ? QCoreApplication::translate("coffer-cli", ", encrypted") : QString()) << "  "
                << (e.path.isEmpty()
                        ? QCoreApplication::translate("coffer-cli", "(path removed at the client's erasure)")
                        : QDir::toNativeSeparators(e.path))
                << "  " << e.manifestSha256 << '\n';
        out << Qt::flush;
        return 0;
    }
};

class ImportCommand : public Command
{
public:
    QStringList words() const override { return {opt("import")}; }
    QString synopsis() const override { return opt("PATH [--allow-erased]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Import a Coffer export (zip, dir, json, encrypted).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("allow-erased"),
                 QCoreApplication::translate("coffer-cli", "Re-create clients that were erased from this vault "
                                                           "(audited).")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("import PATH [--allow-erased]"));
        Vault& vault = ctx.unlock();
        Secret passphrase;
        if (Importer::isEncrypted(args[0]))
            passphrase = exportPassphrase(ctx, false);
        const ImportReport r = Importer(vault).run(args[0], passphrase.isEmpty() ? nullptr : &passphrase,
                                                   ctx.parser().isSet(opt("allow-erased")));
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{opt("clients"), r.clients},
                                      {opt("notes"), r.notes},
                                      {opt("files"), r.files},
                                      {opt("consents"), r.consents},
                                      {opt("requests"), r.requests},
                                      {opt("erasedNotImported"), r.erasedNotImported},
                                      {opt("erasedReimported"), r.erasedReimported},
                                      {opt("skipped"), QJsonArray::fromStringList(r.skipped)},
                                      {opt("invalid"), QJsonArray::fromStringList(r.invalid)}});
            return 0;
        }
        QTextStream& out = ctx.io().out;
        out << QCoreApplication::translate("coffer-cli", "Imported %1 clients, %2 notes, %3 files and %4 consents.")
                   .arg(r.clients)
                   .arg(r.notes)
                   .arg(r.files)
                   .arg(r.consents)
            << '\n';
        if (r.requests > 0)
            out << QCoreApplication::translate("coffer-cli", "Imported %1 data-subject requests with their evidence.")
                       .arg(r.requests)
                << '\n';
        if (!r.skipped.isEmpty())
            out << QCoreApplication::translate("coffer-cli", "Kept what this vault already had (%1 records):")
                       .arg(r.skipped.size())
                << '\n';
        for (const QString& s : r.skipped)
            out << "  " << s << '\n';
        if (!r.invalid.isEmpty())
            out << QCoreApplication::translate(
                       "coffer-cli",
                       "Not imported, with their notes, files and consents, because a value breaks Coffer's rules "
                       "(%n client(s)); put it right where the export came from and import again:",
                       nullptr, int(r.invalid.size()))
                << '\n';
        for (const QString& s : r.invalid)
            out << "  " << s << '\n';
        if (r.erasedNotImported > 0)
            out << QCoreApplication::translate("coffer-cli",
                                               "%n erased client(s) not re-imported (they were erased from this "
                                               "vault; --allow-erased brings them back deliberately).",
                                               nullptr, r.erasedNotImported)
                << '\n';
        if (r.erasedReimported > 0)
            out << QCoreApplication::translate("coffer-cli",
                                               "%n client(s) re-imported that had been erased from this vault "
                                               "(recorded in the audit log).",
                                               nullptr, r.erasedReimported)
                << '\n';
        if (r.usersNotImported || r.auditEntriesNotImported)
            out << QCoreApplication::translate("coffer-cli",
                                               "Not imported: %1 users (they have no passwords in an export; add them "
                                               "with user add) and %2 audit entries (this vault keeps its own log).")
                       .arg(r.usersNotImported)
                       .arg(r.auditEntriesNotImported)
                << '\n';
        out << Qt::flush;
        return 0;
    }
};

} // namespace

void addTransferCommands(CommandTable& table)
{
    table.push_back(std::make_unique<ExportCommand>());
    table.push_back(std::make_unique<ExportListCommand>());
    table.push_back(std::make_unique<DecryptCommand>());
    table.push_back(std::make_unique<ImportCommand>());
}

} // namespace coffer::cli
