// client erase, cancel-account: verified erasure of one client and the cancellation of the whole account,
// over core/erase. Both print every check with its result and exit 1 when any fails.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "erase/AccountCancellation.h"
#include "erase/ClientEraser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

QJsonArray checksJson(const std::vector<ErasureCheck>& checks)
{
    QJsonArray out;
    for (const ErasureCheck& c : checks)
        out.append(QJsonObject{
            {opt("check"), c.key}, {opt("name"), c.name}, {opt("passed"), c.passed}, {opt("detail"), c.detail}});
    return out;
}

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
    QString synopsis() const override { return opt("ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "Erase a client and everything of theirs, then verify; exit 1 if a "
                                           "check fails.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client erase ID"));
        const ErasureReport report = ClientEraser(ctx.unlock()).erase(args[0]);
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{opt("clientId"), report.clientId},
                                      {opt("rowsRemoved"), report.rowsRemoved},
                                      {opt("passed"), report.passed()},
                                      {opt("checks"), checksJson(report.checks)}});
        } else {
            ctx.io().out << QCoreApplication::translate("coffer-cli", "Erased client %1: %n row(s) removed.", nullptr,
                                                        int(report.rowsRemoved))
                                .arg(report.clientId)
                         << '\n';
            printChecks(ctx.io().out, report.checks);
            ctx.io().out << Qt::flush;
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
    QString synopsis() const override { return opt("--confirm VAULT_NAME [--certificate PATH]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Owner only: delete the vault and its managed backups, "
                                                         "verify, and write a deletion certificate.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("confirm"), QCoreApplication::translate("coffer-cli", "The vault's name, typed as confirmation."),
                 opt("VAULT_NAME")},
                {opt("certificate"),
                 QCoreApplication::translate("coffer-cli", "Where to write the certificate (JSON; the text beside "
                                                           "it as .txt). Default: beside the vault folder."),
                 opt("PATH")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("cancel-account --confirm VAULT_NAME [--certificate PATH]"));
        if (!ctx.parser().isSet(opt("confirm")))
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "Type the vault's name with --confirm VAULT_NAME."));
        AccountCancellation cancellation(ctx.unlock());
        cancellation.setTool(opt("coffer-cli"));
        if (ctx.parser().isSet(opt("certificate")))
            cancellation.setCertificatePath(ctx.parser().value(opt("certificate")));
        const CancellationResult r = cancellation.cancel(ctx.parser().value(opt("confirm")));
        if (ctx.json())
            printJson(ctx, r);
        else
            printText(ctx.io().out, r);
        if (r.completed)
            return 0;
        ctx.warn(r.failure);
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
            {opt("keySlotsDestroyed"), r.keySlotsDestroyed},
            {opt("failure"), r.failure},
            {opt("files"), files},
            {opt("verification"), checksJson(r.verification)},
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
