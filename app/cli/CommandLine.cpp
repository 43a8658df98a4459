// Parsing of a coffer-cli command line: global options may stand before or after the command words,
// command options after them. Errors become exit codes here and nowhere else.
#include "CliContext.h"
#include "CliIo.h"
#include "Command.h"

#include "Error.h"

#include <QCoreApplication>
#include <algorithm>

namespace coffer::cli {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("vault"), QCoreApplication::translate("coffer-cli", "The vault folder (or COFFER_VAULT)."),
         QStringLiteral("PATH")},
        {QStringLiteral("user"),
         QCoreApplication::translate("coffer-cli", "Who acts (or COFFER_USER); default: the vault's owner."),
         QStringLiteral("NAME")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("coffer-cli", "Password from the first line of FILE (or COFFER_PASSWORD)."),
         QStringLiteral("FILE")},
        {QStringLiteral("new-password-file"),
         QCoreApplication::translate("coffer-cli",
                                     "New password from the first line of FILE (or COFFER_NEW_PASSWORD)."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QCoreApplication::translate("coffer-cli", "Machine-readable output on stdout.")},
        {QStringLiteral("help"), QCoreApplication::translate("coffer-cli", "Show help.")},
        {QStringLiteral("version"), QCoreApplication::translate("coffer-cli", "Show the version.")},
    };
}

bool takesValue(const QString& token)
{
    for (const QCommandLineOption& o : globalOptions())
        if (!o.valueName().isEmpty() && token == QStringLiteral("--") + o.names().first())
            return true;
    return false;
}

// Index of the first command word, skipping global options and their values; -1 when there is none.
int firstWord(const QStringList& args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--"))
            return -1;
        if (args[i].startsWith(u'-')) {
            if (takesValue(args[i]))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

Command* findCommand(const QStringList& args, int at, int& wordCount)
{
    Command* best = nullptr;
    wordCount = 0;
    for (const auto& command : commandTable()) {
        const QStringList words = command->words();
        if (words.size() > wordCount && at + words.size() <= args.size() && args.mid(at, words.size()) == words) {
            best = command.get();
            wordCount = int(words.size());
        }
    }
    return best;
}

QString optionLine(const QCommandLineOption& o)
{
    const QString name =
        QStringLiteral("--") + o.names().first() + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
    return QStringLiteral("  ") + name.leftJustified(28) + u' ' + o.description() + u'\n';
}

void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("coffer-cli", "Usage: coffer-cli [global options] COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("coffer-cli", "Commands:") << '\n';
    for (const auto& command : commandTable()) {
        const QString line = command->words().join(u' ') + u' ' + command->synopsis();
        out << "  " << line.trimmed().leftJustified(44) << ' ' << command->summary() << '\n';
    }
    out << '\n' << QCoreApplication::translate("coffer-cli", "Global options:") << '\n';
    for (const QCommandLineOption& o : globalOptions())
        out << optionLine(o);
    out << '\n'
        << QCoreApplication::translate(
               "coffer-cli",
               "Exit codes: 0 done, 1 failed, 2 usage, 3 wrong user or password, 4 not a vault or damaged, "
               "5 not allowed for this role, 6 vault in use elsewhere.")
        << '\n'
        << Qt::flush;
}

void printCommandHelp(QTextStream& out, const Command& command)
{
    out << QCoreApplication::translate("coffer-cli", "Usage: coffer-cli %1 %2")
               .arg(command.words().join(u' '), command.synopsis())
               .trimmed()
        << "\n"
        << command.summary() << '\n';
    for (const QCommandLineOption& o : command.options())
        out << optionLine(o);
    out << Qt::flush;
}

} // namespace

int runCli(const QStringList& arguments, CliIo& io, const QProcessEnvironment& env)
{
    // The command is the only use of the secrets taken from the environment: gone when it returns.
    struct ForgetSecrets
    {
        ~ForgetSecrets() { EnvironmentSecrets::clear(); }
    } forget;
    const int at = firstWord(arguments);
    int wordCount = 0;
    Command* command = at >= 0 ? findCommand(arguments, at, wordCount) : nullptr;
    const bool wantsHelp = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (!command) {
        if (arguments.contains(QStringLiteral("--version"))) {
            io.out << "coffer-cli " << COFFER_VERSION << '\n' << Qt::flush;
            return 0;
        }
        printHelp(wantsHelp ? io.out : io.err);
        if (!wantsHelp && at >= 0)
            io.err << QCoreApplication::translate("coffer-cli", "coffer-cli: unknown command \"%1\"").arg(arguments[at])
                   << '\n'
                   << Qt::flush;
        return wantsHelp ? 0 : int(ErrorCode::Usage);
    }
    if (wantsHelp) {
        printCommandHelp(io.out, *command);
        return 0;
    }

    QStringList rest = arguments;
    rest.erase(rest.begin() + at, rest.begin() + at + wordCount);
    rest.prepend(QStringLiteral("coffer-cli"));
    QCommandLineParser parser;
    // A command's own option wins over a global flag of the same name: `policy add --version V`.
    const QList<QCommandLineOption> own = command->options();
    for (const QCommandLineOption& global : globalOptions())
        if (std::none_of(own.begin(), own.end(),
                         [&](const QCommandLineOption& o) { return o.names() == global.names(); }))
            parser.addOption(global);
    parser.addOptions(own);
    if (!parser.parse(rest)) {
        io.err << "coffer-cli: " << parser.errorText() << '\n' << Qt::flush;
        return int(ErrorCode::Usage);
    }
    CliContext ctx(io, env, parser);
    try {
        return command->execute(ctx, parser.positionalArguments());
    } catch (...) {
        const Error e = Error::current();
        ctx.warn(e.message());
        return int(e.code());
    }
}

const CommandTable& commandTable()
{
    static const CommandTable table = [] {
        CommandTable t;
        addVaultCommands(t);
        addUserCommands(t);
        addClientCommands(t);
        addFileCommands(t);
        addAuditCommands(t);
        addTransferCommands(t);
        addCsvImportCommand(t);
        addBackupCommands(t);
        addEraseCommands(t);
        addRequestCommands(t);
        addLetterCommands(t);
        addContactCommands(t);
        addPurposeCommands(t);
        addRetentionCommands(t);
        addPrivacyCheckCommand(t);
        addBreachCommands(t);
        addProcessingCommands(t);
        return t;
    }();
    return table;
}

bool writesDocuments(const QStringList& arguments)
{
    const int at = firstWord(arguments);
    int wordCount = 0;
    const Command* command = at < 0 ? nullptr : findCommand(arguments, at, wordCount);
    return command && command->writesDocuments();
}

} // namespace coffer::cli
