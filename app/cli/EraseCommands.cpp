// client erase, cancel-account: verified erasure of one client and the cancellation of the whole account,
// over core/erase. Both print every check with its result and exit 1 when any fails.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "erase/AccountCancellation.h"
#include "erase/ClientEraser.h"
#include "privacy/RequestErasure.h"
#include "store/FileSafety.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

void printChecks(QTextStream& out, const std::vector<ErasureCheck>& checks)
{
    for (const ErasureCheck& c : checks)
        out << (c.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) << c.name << QStringLiteral(" — ") << c.detail
            << '\n';
}

QString stageName(SecureOverwrite::Stage stage)
{
    switch (stage) {
    case SecureOverwrite::Stage::Untouched:
        return opt("untouched");
    case SecureOverwrite::Stage::Overwriting:
        return opt("partly overwritten");
    case SecureOverwrite::Stage::Overwritten:
        return opt("overwritten");
    case SecureOverwrite::Stage::Deleted:
        return opt("deleted");
    }
    return {};
}

class ClientErase : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("erase")}; }
    QString synopsis() const override { return opt("ID [--report FILE] [--request REQUEST_ID]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "Erase a client and everything of theirs, then verify; exit 1 if a "
                                           "check fails.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("report"),
                 QCoreApplication::translate("coffer-cli", "Also save the report as text (no personal data in it)."),
                 opt("FILE")},
                {opt("request"),
                 QCoreApplication::translate("coffer-cli",
                                             "The erasure request it answers: its report is linked as evidence."),
                 opt("REQUEST_ID")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client erase ID [--report FILE]"));
        const QString requestId = ctx.parser().value(opt("request"));
        const ErasureReport report = requestId.isEmpty() ? ClientEraser(ctx.unlock()).erase(args[0])
                                                         : RequestErasure::carryOut(ctx.unlock(), requestId, args[0]);
        if (ctx.parser().isSet(opt("report")))
            writeFileAtomically(ctx.parser().value(opt("report")), report.toText().toUtf8());
        if (ctx.json()) {
            QJsonObject o = report.toJson(true);
            o.insert(opt("sha256"), report.sha256);
            ctx.printJson(o);
        } else {
            QTextStream& out = ctx.io().out;
            out << QCoreApplication::translate("coffer-cli", "Erased client %1: %n row(s) removed.", nullptr,
                                               int(report.rowsRemoved))
                       .arg(report.clientId)
                << '\n';
            printChecks(out, report.checks);
            for (const RemainingCopy& c : report.remaining) {
                const QString path = QDir::toNativeSeparators(c.path);
                switch (c.kind) {
                case RemainingCopy::Kind::Backup:
                    out << QCoreApplication::translate("coffer-cli", "still in the backup of %1: %2")
                               .arg(c.time.toString(Qt::ISODate), path);
                    break;
                case RemainingCopy::Kind::Export:
                    out << QCoreApplication::translate("coffer-cli", "may be in the export of %1 (%2): %3")
                               .arg(c.time.toString(Qt::ISODate), c.detail, path);
                    break;
                case RemainingCopy::Kind::UnreachableFolder:
                    out << QCoreApplication::translate("coffer-cli", "not searched, folder not reachable: %1")
                               .arg(path);
                    break;
                case RemainingCopy::Kind::RestoredCopy:
                    out << QCoreApplication::translate("coffer-cli", "restored copy kept as a separate vault: %1")
                               .arg(path);
                    break;
                }
                out << '\n';
            }
            for (const QString& a : report.advice())
                out << a << '\n';
            if (!requestId.isEmpty())
                out << QCoreApplication::translate("coffer-cli", "Linked to request %1 as its evidence; close it with "
                                                                 "request close %1 --outcome done.")
                           .arg(requestId)
                    << '\n';
            out << Qt::flush;
        }
        if (report.passed())
            return 0;
        ctx.warn(QCoreApplication::translate("coffer-cli", "The erasure is done, but not every check passed."));
        return 1;
    }
};

class CancelAccount : public Command
{
public:
    QStringList words() const override { return {opt("cancel-account")}; }
    QString synopsis() const override
    {
        return opt("--confirm VAULT_NAME [--certificate PATH] [--include-copies|--keep-copies] | --resume");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Owner only: destroy the vault and every copy of it Coffer "
                                                         "made, verify, and write a deletion certificate.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("confirm"), QCoreApplication::translate("coffer-cli", "The vault's name, typed as confirmation."),
                 opt("VAULT_NAME")},
                {opt("certificate"),
                 QCoreApplication::translate("coffer-cli", "Where to write the certificate (JSON; the text beside "
                                                           "it as .txt). Default: beside the vault folder."),
                 opt("PATH")},
                {opt("include-copies"),
                 QCoreApplication::translate("coffer-cli", "Destroy the restored copies kept as separate vaults too.")},
                {opt("keep-copies"),
                 QCoreApplication::translate("coffer-cli", "Leave the restored copies kept as separate vaults (the "
                                                           "certificate names them).")},
                {opt("resume"), QCoreApplication::translate("coffer-cli", "Finish a cancellation that was "
                                                                          "interrupted.")},
                {opt("abandon"),
                 QCoreApplication::translate("coffer-cli", "With --resume: a backup folder that cannot be reached "
                                                           "and is gone for good (named in the certificate)."),
                 opt("DIR")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("cancel-account --confirm VAULT_NAME [--certificate PATH] | --resume"));
        const QCommandLineParser& p = ctx.parser();
        if (p.isSet(opt("resume")))
            return resume(ctx);
        if (!p.isSet(opt("confirm")))
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "Type the vault's name with --confirm VAULT_NAME."));
        if (p.isSet(opt("include-copies")) && p.isSet(opt("keep-copies")))
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "Say --include-copies or --keep-copies, not both."));
        Vault& vault = ctx.unlock();
        vault.require(Permission::CancelAccount); // before anything is asked
        const QStringList kept = AccountCancellation::keptCopies(vault);
        if (!kept.isEmpty() && !p.isSet(opt("include-copies")) && !p.isSet(opt("keep-copies"))) {
            QString list;
            for (const QString& k : kept)
                list += QStringLiteral("\n  ") + QDir::toNativeSeparators(k);
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli",
                                                    "These restored copies of the vault were kept as separate vaults "
                                                    "and still open:%1\nSay --include-copies to destroy them too, or "
                                                    "--keep-copies to leave them (the certificate names them).")
                            .arg(list));
        }
        AccountCancellation cancellation(vault);
        cancellation.setTool(opt("coffer-cli"));
        cancellation.setDestroyKeptCopies(p.isSet(opt("include-copies")));
        if (p.isSet(opt("certificate")))
            cancellation.setCertificatePath(p.value(opt("certificate")));
        return finish(ctx, cancellation.cancel(p.value(opt("confirm"))));
    }

private:
    static int resume(CliContext& ctx)
    {
        const QStringList journals = AccountCancellation::pendingJournals();
        if (journals.isEmpty())
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("coffer-cli", "There is no interrupted cancellation to resume."));
        int code = 0;
        for (const QString& journal : journals)
            code =
                qMax(code, finish(ctx, AccountCancellation::resume(journal, {}, ctx.parser().values(opt("abandon")))));
        return code;
    }

    static int finish(CliContext& ctx, const CancellationResult& r)
    {
        if (ctx.json())
            printJson(ctx, r);
        else
            printText(ctx.io().out, r);
        if (r.completed)
            return 0;
        ctx.warn(r.failure);
        if (!r.journal.isEmpty())
            ctx.warn(QCoreApplication::translate("coffer-cli", "Run coffer-cli cancel-account --resume to finish it."));
        return 1;
    }

private:
    static void printJson(CliContext& ctx, const CancellationResult& r)
    {
        QJsonArray files;
        for (const CancelledFile& f : r.files)
            files.append(QJsonObject{{opt("path"), f.file.path},
                                     {opt("kind"), f.file.kind},
                                     {opt("size"), f.file.size},
                                     {opt("sha256"), f.file.sha256},
                                     {opt("state"), stageName(f.stage)}});
        ctx.printJson(QJsonObject{
            {opt("completed"), r.completed},
            {opt("unreachableFolders"), QJsonArray::fromStringList(r.unreachableFolders)},
            {opt("abandonedFolders"), QJsonArray::fromStringList(r.abandonedFolders)},
            {opt("restoredCopiesDestroyed"), QJsonArray::fromStringList(r.copyFolders)},
            {opt("restoredCopiesKept"), QJsonArray::fromStringList(r.keptCopies)},
            {opt("journal"), r.journal},
            {opt("keySlotsDestroyed"), r.keySlotsDestroyed},
            {opt("failure"), r.failure},
            {opt("files"), files},
            {opt("verification"), checksToJson(r.verification)},
            {opt("certificate"), QJsonObject{{opt("json"), r.certificateJson}, {opt("text"), r.certificateText}}}});
    }

    static void printText(QTextStream& out, const CancellationResult& r)
    {
        out << (r.keySlotsDestroyed
                    ? QCoreApplication::translate("coffer-cli", "Key slots destroyed (cryptographic erase): yes")
                    : QCoreApplication::translate("coffer-cli", "Key slots destroyed (cryptographic erase): NO"))
            << '\n';
        for (const CancelledFile& f : r.files) {
            const bool deleted = f.stage == SecureOverwrite::Stage::Deleted;
            out << (deleted ? QCoreApplication::translate("coffer-cli", "deleted      ")
                            : QCoreApplication::translate("coffer-cli", "NOT deleted  "))
                << QDir::toNativeSeparators(f.file.path) << "  (" << f.file.size << " bytes"
                << (deleted ? QString() : QStringLiteral(", ") + stageName(f.stage)) << ")\n";
        }
        printChecks(out, r.verification);
        for (const QString& f : r.copyFolders)
            out << QCoreApplication::translate("coffer-cli", "restored copy destroyed  %1")
                       .arg(QDir::toNativeSeparators(f))
                << '\n';
        for (const QString& f : r.keptCopies)
            out << QCoreApplication::translate("coffer-cli", "restored copy KEPT (still opens)  %1")
                       .arg(QDir::toNativeSeparators(f))
                << '\n';
        for (const QString& f : r.abandonedFolders)
            out << QCoreApplication::translate("coffer-cli", "NOT sanitised, folder declared gone  %1")
                       .arg(QDir::toNativeSeparators(f))
                << '\n';
        for (const QString& f : r.unreachableFolders)
            out << QCoreApplication::translate("coffer-cli", "NOT sanitised, folder not reachable  %1")
                       .arg(QDir::toNativeSeparators(f))
                << '\n';
        if (r.completed)
            out << QCoreApplication::translate("coffer-cli", "Certificate: %1\n             %2\n")
                       .arg(QDir::toNativeSeparators(r.certificateJson), QDir::toNativeSeparators(r.certificateText));
        else
            out << QCoreApplication::translate("coffer-cli", "Not completed; no certificate was written.") << '\n';
        out << Qt::flush;
    }
};

} // namespace

void addEraseCommands(CommandTable& table)
{
    table.push_back(std::make_unique<ClientErase>());
    table.push_back(std::make_unique<CancelAccount>());
}

} // namespace coffer::cli
