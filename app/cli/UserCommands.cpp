// user add | list | remove | role | reset, and settings erase-by (who may erase clients). The rules of who
// may do what live in Vault; these only translate arguments and print results.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace coffer::cli {

namespace {

Role parseRole(const QString& text)
{
    const auto role = roleFromName(text);
    if (!role)
        throw Error(
            ErrorCode::Usage,
            QCoreApplication::translate("coffer-cli", "Unknown role \"%1\": use admin, editor or viewer.").arg(text));
    return *role;
}

void printOneTimePassword(CliContext& ctx, const QString& user, const Secret& oneTime, const QString& role = {})
{
    const QString otp = QString::fromUtf8(oneTime.view().data(), qsizetype(oneTime.size()));
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("user"), user}, {QStringLiteral("oneTimePassword"), otp}};
        if (!role.isEmpty())
            o.insert(QStringLiteral("role"), role);
        ctx.printJson(o);
        return;
    }
    ctx.io().out << QCoreApplication::translate("coffer-cli", "One-time password for %1: %2").arg(user, otp) << '\n'
                 << Qt::flush;
    ctx.io().err << QCoreApplication::translate(
                        "coffer-cli",
                        "Give it to %1 in person; they must choose their own password when they first sign in.")
                        .arg(user)
                 << '\n'
                 << Qt::flush;
}

class UserAdd : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("add")}; }
    QString synopsis() const override { return QStringLiteral("NAME --role admin|editor|viewer"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Add a user; prints a one-time password.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("role"), QCoreApplication::translate("coffer-cli", "admin, editor or viewer."),
                 QStringLiteral("ROLE")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("user add NAME --role admin|editor|viewer"));
        if (!ctx.parser().isSet(QStringLiteral("role")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                              "coffer-cli", "Give the new user a role: --role admin|editor|viewer."));
        const Role role = parseRole(ctx.parser().value(QStringLiteral("role")));
        Vault& vault = ctx.unlock();
        const Secret oneTime = vault.addUser(args[0], role);
        printOneTimePassword(ctx, args[0].trimmed(), oneTime, roleName(role));
        return 0;
    }
};

class UserList : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("list")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "List the users and their roles.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("user list"));
        const auto users = ctx.unlock().users();
        if (ctx.json()) {
            QJsonArray list;
            for (const UserInfo& u : users)
                list.append(QJsonObject{{QStringLiteral("id"), u.id},
                                        {QStringLiteral("name"), u.name},
                                        {QStringLiteral("role"), roleName(u.role)},
                                        {QStringLiteral("mustChangePassword"), u.mustChangePassword},
                                        {QStringLiteral("created"), u.created.toString(Qt::ISODate)}});
            ctx.printJson(list);
            return 0;
        }
        for (const UserInfo& u : users)
            ctx.io().out << u.name.leftJustified(24) << ' ' << roleName(u.role).leftJustified(8)
                         << (u.mustChangePassword
                                 ? QStringLiteral(" ") +
                                       QCoreApplication::translate("coffer-cli", "(one-time password not yet changed)")
                                 : QString())
                         << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class UserRemove : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("remove")}; }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Remove a user; their key slot is destroyed.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("user remove NAME"));
        ctx.unlock().removeUser(args[0]);
        ctx.io().err << QCoreApplication::translate("coffer-cli", "Removed %1.").arg(args[0].trimmed()) << '\n'
                     << Qt::flush;
        return 0;
    }
};

class UserRole : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("role")}; }
    QString synopsis() const override { return QStringLiteral("NAME ROLE"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Change a user's role (owner: hand ownership over).");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, QStringLiteral("user role NAME admin|editor|viewer|owner"));
        const Role role = parseRole(args[1]);
        ctx.unlock().setRole(args[0], role);
        ctx.io().err
            << QCoreApplication::translate("coffer-cli", "%1 is now %2.").arg(args[0].trimmed(), roleName(role)) << '\n'
            << Qt::flush;
        return 0;
    }
};

class UserReset : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("reset")}; }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Give a user a new one-time password.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("user reset NAME"));
        const Secret oneTime = ctx.unlock().resetUser(args[0]);
        printOneTimePassword(ctx, args[0].trimmed(), oneTime);
        return 0;
    }
};

// Prints the vault's rule, `editors` or `admins`, on stdout; with an argument the owner changes it first.
class SettingsEraseBy : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("erase-by")}; }
    QString synopsis() const override { return QStringLiteral("[editors|admins]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Show who may erase clients; the owner may change it.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        if (args.size() > 1)
            expectArgs(args, 1, QStringLiteral("settings erase-by [editors|admins]"));
        std::optional<WhoMayErase> wanted;
        if (!args.isEmpty()) {
            wanted = whoMayEraseFromName(args[0]);
            if (!wanted)
                throw Error(ErrorCode::Usage,
                            QCoreApplication::translate("coffer-cli", "Unknown choice \"%1\": use editors or admins.")
                                .arg(args[0]));
        }
        Vault& vault = ctx.unlock();
        vault.require(Permission::ReadRecords);
        if (wanted) {
            vault.setWhoMayErase(*wanted);
            ctx.io().err << QCoreApplication::translate("coffer-cli", "Who may erase clients: %1.")
                                .arg(whoMayEraseDisplayName(*wanted).toLower())
                         << '\n'
                         << Qt::flush;
        }
        const QString rule = whoMayEraseName(vault.whoMayErase());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("eraseBy"), rule}});
        else
            ctx.io().out << rule << '\n' << Qt::flush;
        return 0;
    }
};

} // namespace

void addUserCommands(CommandTable& table)
{
    table.push_back(std::make_unique<UserAdd>());
    table.push_back(std::make_unique<UserList>());
    table.push_back(std::make_unique<UserRemove>());
    table.push_back(std::make_unique<UserRole>());
    table.push_back(std::make_unique<UserReset>());
    table.push_back(std::make_unique<SettingsEraseBy>());
}

} // namespace coffer::cli
