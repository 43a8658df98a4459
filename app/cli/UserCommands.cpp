// user add | list | remove | role | reset, and settings erase-by (who may erase clients). The rules of who
// may do what live in Vault; these only translate arguments and print results.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"
#include "ProgressBar.h"

#include "backup/ManagedBackups.h"
#include "erase/RemainingCopies.h"

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

const QString kNoRekey = QStringLiteral("no-rekey");

QCommandLineOption noRekeyOption()
{
    return {kNoRekey, QCoreApplication::translate("coffer-cli", "Leave the data key as it is, for a batch of changes "
                                                                "followed by one `coffer-cli rekey`.")};
}

// After a rekey: a backup under the new key, so that the newest backup is not one the old key opens.
void backUpAfterRekey(CliContext& ctx, Vault& vault)
{
    if (!ManagedBackups::backUpAutomatically(vault, QStringLiteral("after-rekey")))
        ctx.warn(QCoreApplication::translate("coffer-cli", "No backup under the new data key could be made; make "
                                                           "one with `coffer-cli backup` when the backup folder is "
                                                           "reachable."));
    const std::size_t old = RemainingCopies::backupsUnderOldKeys(vault).size();
    if (old > 0)
        ctx.warn(QCoreApplication::translate("coffer-cli",
                                             "%n managed backup(s) taken before this change still open with the old "
                                             "data key, and with the passwords of that time: destroy their key slots "
                                             "with `coffer-cli backup prune --old-keys`.",
                                             nullptr, int(old)));
}

// The data key changes after access was taken away (unless --no-rekey): with a progress bar, and a clear
// message when it cannot, after the change itself, which stays made.
int rekeyAfter(CliContext& ctx, Vault& vault, const QString& done)
{
    if (ctx.parser().isSet(kNoRekey)) {
        ctx.io().err << done << ' '
                     << QCoreApplication::translate("coffer-cli",
                                                    "The data key was not changed (--no-rekey): until `coffer-cli "
                                                    "rekey` runs, a copy of the vault's header made before still "
                                                    "opens it.")
                     << '\n'
                     << Qt::flush;
        return 0;
    }
    try {
        {
            ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Changing the data key"));
            vault.rekey(bar.reporter());
        }
        backUpAfterRekey(ctx, vault);
    } catch (const Error& e) {
        ctx.io().err << done << ' '
                     << QCoreApplication::translate("coffer-cli",
                                                    "But the data key could not be changed, so a copy of the "
                                                    "vault's header made before still opens it: %1")
                            .arg(e.message())
                     << '\n'
                     << Qt::flush;
        return 1;
    }
    ctx.io().err << done << ' '
                 << QCoreApplication::translate("coffer-cli",
                                                "The data key was changed: copies of the vault's header made "
                                                "before open nothing written from now on.")
                 << '\n'
                 << Qt::flush;
    return 0;
}

class RekeyCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("rekey")}; }
    QString synopsis() const override { return QStringLiteral("[--no-backup]"); }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("no-backup"),
                 QCoreApplication::translate("coffer-cli", "Make no backup under the new key afterwards.")}};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli", "Admin/owner: a new data key; vault.db re-encrypted, every member re-sealed.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("rekey"));
        Vault& vault = ctx.unlock();
        {
            ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Changing the data key"));
            vault.rekey(bar.reporter());
        }
        if (!ctx.parser().isSet(QStringLiteral("no-backup")))
            backUpAfterRekey(ctx, vault);
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("rekeyed"), true}});
        else
            ctx.io().err << QCoreApplication::translate(
                                "coffer-cli", "The data key was changed and every member's key re-sealed to it: "
                                              "copies of the vault's header made before open nothing written from "
                                              "now on.")
                         << '\n'
                         << Qt::flush;
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
        return QCoreApplication::translate("coffer-cli",
                                           "Remove a user; their key slot is destroyed and the data key changed.");
    }
    QList<QCommandLineOption> options() const override { return {noRekeyOption()}; }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("user remove NAME [--no-rekey]"));
        Vault& vault = ctx.unlock();
        vault.removeUser(args[0]);
        return rekeyAfter(ctx, vault, QCoreApplication::translate("coffer-cli", "Removed %1.").arg(args[0].trimmed()));
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
    QList<QCommandLineOption> options() const override { return {noRekeyOption()}; }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, QStringLiteral("user role NAME admin|editor|viewer|owner [--no-rekey]"));
        const Role role = parseRole(args[1]);
        Vault& vault = ctx.unlock();
        vault.setRole(args[0], role);
        const QString done =
            QCoreApplication::translate("coffer-cli", "%1 is now %2.").arg(args[0].trimmed(), roleName(role));
        if (role != Role::Owner) {
            ctx.io().err << done << '\n' << Qt::flush;
            return 0;
        }
        return rekeyAfter(ctx, vault,
                          done + u' ' +
                              QCoreApplication::translate(
                                  "coffer-cli", "The recovery key was destroyed with the ownership: %1 makes a "
                                                "new one with `coffer-cli recovery-key rotate`.")
                                  .arg(args[0].trimmed()));
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
    QList<QCommandLineOption> options() const override { return {noRekeyOption()}; }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, QStringLiteral("user reset NAME [--no-rekey]"));
        Vault& vault = ctx.unlock();
        const Secret oneTime = vault.resetUser(args[0]);
        printOneTimePassword(ctx, args[0].trimmed(), oneTime); // first: a failed rekey must not lose it
        return rekeyAfter(ctx, vault,
                          QCoreApplication::translate("coffer-cli", "%1's old password no longer opens the "
                                                                    "vault's header.")
                              .arg(args[0].trimmed()));
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
    table.push_back(std::make_unique<RekeyCommand>());
    table.push_back(std::make_unique<SettingsEraseBy>());
}

} // namespace coffer::cli
