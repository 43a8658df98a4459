// init, passwd, recover, recovery-key rotate: creating a vault and the ways a person gets (back) to their own password.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "crypto/Argon2Kdf.h"

#include <QDir>
#include <QJsonObject>

namespace coffer::cli {

namespace {

QString secretText(const Secret& s)
{
    return QString::fromUtf8(s.view().data(), qsizetype(s.size()));
}

class InitCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("init")}; }
    QString synopsis() const override
    {
        return QStringLiteral("--vault PATH --user OWNER [--kdf-memory MIB] [--kdf-ops N]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Create a new vault; prints the recovery key once.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("kdf-memory"),
                 QCoreApplication::translate("coffer-cli", "Argon2id memory in MiB (default: calibrated)."),
                 QStringLiteral("MIB")},
                {QStringLiteral("kdf-ops"),
                 QCoreApplication::translate("coffer-cli", "Argon2id passes (default: calibrated)."),
                 QStringLiteral("N")}};
    }

    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, synopsis());
        const QString owner = ctx.userName();
        if (owner.trimmed().isEmpty())
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Name the owner: --user OWNER."));
        const KdfParams kdf = kdfParams(ctx);
        Secret password = ctx.password(QCoreApplication::translate("coffer-cli", "Password for the owner: "), true);
        VaultCreation created = Vault::create(ctx.vaultPath(), owner, password, kdf);
        password.clear();
        const QString key = secretText(created.recoveryKey);
        if (ctx.json()) {
            ctx.printJson(QJsonObject{
                {QStringLiteral("vault"), created.vault->path()},
                {QStringLiteral("id"), QString::fromLatin1(created.vault->id().toHex())},
                {QStringLiteral("owner"), created.vault->currentUser().name},
                {QStringLiteral("recoveryKey"), key},
                {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("memoryMiB"), int(kdf.memoryKiB / 1024)},
                                                    {QStringLiteral("ops"), int(kdf.opsLimit)}}}});
        } else {
            ctx.io().out << QCoreApplication::translate("coffer-cli", "Recovery key: %1").arg(key) << '\n' << Qt::flush;
            ctx.io().err
                << QCoreApplication::translate(
                       "coffer-cli",
                       "Created %1 for %2. Write the recovery key down and keep it apart from the computer: "
                       "it is shown only this once, and it is the only way back in if the owner's password is lost.")
                       .arg(QDir::toNativeSeparators(created.vault->path()), created.vault->currentUser().name)
                << '\n'
                << Qt::flush;
        }
        return 0;
    }

private:
    static KdfParams kdfParams(CliContext& ctx)
    {
        const bool memorySet = ctx.parser().isSet(QStringLiteral("kdf-memory"));
        const bool opsSet = ctx.parser().isSet(QStringLiteral("kdf-ops"));
        if (!memorySet && !opsSet) {
            if (ctx.io().errIsTerminal)
                ctx.io().err << QCoreApplication::translate(
                                    "coffer-cli", "Measuring this computer to choose the key derivation cost…")
                             << '\n'
                             << Qt::flush;
            return Argon2Kdf::calibrate();
        }
        KdfParams p = Argon2Kdf::kFloor;
        if (memorySet)
            p.memoryKiB =
                positiveNumber(ctx.parser().value(QStringLiteral("kdf-memory")), QStringLiteral("--kdf-memory")) * 1024;
        if (opsSet)
            p.opsLimit = positiveNumber(ctx.parser().value(QStringLiteral("kdf-ops")), QStringLiteral("--kdf-ops"));
        if (!Argon2Kdf::isAcceptable(p))
            throw Error(
                ErrorCode::Usage,
                QCoreApplication::translate("coffer-cli", "--kdf-memory must be 1 to 2048 MiB and --kdf-ops 1 to 64."));
        if (Argon2Kdf::isBelowOwaspFloor(p))
            ctx.warn(QCoreApplication::translate(
                "coffer-cli", "warning: these key derivation parameters are below OWASP's minimum (19 MiB, 2 passes); "
                              "a stolen vault would be cheap to attack. Use them for tests only."));
        return p;
    }
};

class PasswdCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("passwd")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override { return QCoreApplication::translate("coffer-cli", "Change your own password."); }

    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("passwd"));
        Vault& vault = ctx.unlock(true);
        vault.changePassword(ctx.newPassword());
        if (!ctx.json())
            ctx.io().err
                << QCoreApplication::translate("coffer-cli", "Password changed for %1.").arg(vault.currentUser().name)
                << '\n'
                << Qt::flush;
        else
            ctx.printJson(
                QJsonObject{{QStringLiteral("user"), vault.currentUser().name}, {QStringLiteral("changed"), true}});
        return 0;
    }
};

class RecoverCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("recover")}; }
    QString synopsis() const override { return QStringLiteral("[--recovery-key-file FILE]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Set a new password for --user with the recovery key.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("recovery-key-file"),
                 QCoreApplication::translate("coffer-cli", "Read the recovery key from the first line of FILE (else "
                                                           "COFFER_RECOVERY_KEY, else it is asked without echo)."),
                 QStringLiteral("FILE")}};
    }

    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("recover [--recovery-key-file FILE]"));
        // Never from the command line: other accounts on the machine can read it there (ps).
        const Secret key = ctx.secret(QStringLiteral("recovery-key-file"), QStringLiteral("COFFER_RECOVERY_KEY"),
                                      QCoreApplication::translate("coffer-cli", "Recovery key: "), false);
        auto vault = Vault::recover(ctx.vaultPath(), ctx.userName(), key, ctx.newPassword());
        const QString name = vault->currentUser().name;
        ctx.adoptVault(std::move(vault));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("recovered"), true}});
        else
            ctx.io().err << QCoreApplication::translate("coffer-cli", "New password set for %1.").arg(name) << '\n'
                         << Qt::flush;
        return 0;
    }
};

// The owner replaces the recovery key; the new one is printed once, as init prints the first.
class RecoveryKeyRotate : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("recovery-key"), QStringLiteral("rotate")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "Owner: a new recovery key, printed once; the old one stops working.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("recovery-key rotate"));
        const Secret key = ctx.unlock().rotateRecoveryKey();
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("recoveryKey"), secretText(key)}});
        } else {
            ctx.io().out << QCoreApplication::translate("coffer-cli", "Recovery key: %1").arg(secretText(key)) << '\n'
                         << Qt::flush;
            ctx.io().err << QCoreApplication::translate(
                                "coffer-cli",
                                "The old recovery key no longer works. Write the new one down and keep it "
                                "apart from the computer: it is shown only this once.")
                         << '\n'
                         << Qt::flush;
        }
        return 0;
    }
};

} // namespace

void addVaultCommands(CommandTable& table)
{
    table.push_back(std::make_unique<InitCommand>());
    table.push_back(std::make_unique<PasswdCommand>());
    table.push_back(std::make_unique<RecoverCommand>());
    table.push_back(std::make_unique<RecoveryKeyRotate>());
}

} // namespace coffer::cli
