// file add | get — see FileStore. Checks, streaming and atomic output live in core; these commands
// translate arguments, show progress on a terminal and print the file's id.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"
#include "ProgressBar.h"

#include "records/FileStore.h"

#include <QJsonObject>

namespace coffer::cli {

namespace {

QJsonObject fileJson(const StoredFile& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("clientId"), f.clientId},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("type"), f.type},
            {QStringLiteral("size"), double(f.size)},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("created"), f.created.toString(Qt::ISODateWithMs)}};
}

class FileAdd : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("file"), QStringLiteral("add")}; }
    QString synopsis() const override { return QStringLiteral("CLIENT_ID PATH"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Attach a file to a client; prints the file's id.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, QStringLiteral("file add CLIENT_ID PATH"));
        Vault& vault = ctx.unlock();
        ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Adding"));
        const StoredFile file = FileStore(vault).addFromPath(args[0].trimmed(), args[1], bar.reporter());
        bar.finish();
        if (ctx.json())
            ctx.printJson(fileJson(file));
        else
            ctx.io().out << file.id << '\n' << Qt::flush;
        return 0;
    }
};

class FileGet : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("file"), QStringLiteral("get")}; }
    QString synopsis() const override { return QStringLiteral("FILE_ID OUT [--force]"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli", "Write a file's contents to OUT, checking every part; nothing is written if a check fails.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("force"),
             QCoreApplication::translate("coffer-cli", "Replace an existing file (never a folder, never a link).")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, QStringLiteral("file get FILE_ID OUT [--force]"));
        Vault& vault = ctx.unlock();
        ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Writing"));
        const StoredFile file = FileStore(vault).saveTo(
            args[0].trimmed(), args[1], bar.reporter(),
            ctx.parser().isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse);
        bar.finish();
        if (ctx.json())
            ctx.printJson(fileJson(file));
        else
            ctx.io().err << QCoreApplication::translate("coffer-cli",
                                                        "Wrote %1 bytes; every part and the SHA-256 checked.")
                                .arg(file.size)
                         << '\n'
                         << Qt::flush;
        return 0;
    }
};

} // namespace

void addFileCommands(CommandTable& table)
{
    table.push_back(std::make_unique<FileAdd>());
    table.push_back(std::make_unique<FileGet>());
}

} // namespace coffer::cli
