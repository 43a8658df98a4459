// What a command can reach while it runs: the streams, the global options (each also read from its
// environment variable), password input and the unlocked vault.
#pragma once

#include "CliIo.h"
#include "crypto/Secret.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <memory>

namespace coffer::cli {

// The secrets a script may give in the environment — COFFER_PASSWORD, COFFER_NEW_PASSWORD,
// COFFER_RECOVERY_KEY, COFFER_EXPORT_PASSWORD — taken out of the process's environment into secure
// memory by main(), before anything copies the environment (QProcessEnvironment holds QStrings for the
// whole run): the environment's own bytes are overwritten and the variable removed, so neither this
// process's heap nor a child process keeps them; runCli wipes them when the command returns.
// CliContext::secret() looks here first, then in the
// QProcessEnvironment it was given (the tests' way in).
class EnvironmentSecrets
{
public:
    static void takeFromProcess();
    static const Secret* find(const QString& variable); // null when it was not set
    static void clear();                                // wipes them (runCli, when the command returns)
};

class CliContext
{
public:
    CliContext(CliIo& io, const QProcessEnvironment& env, const QCommandLineParser& parser);

    CliIo& io() { return m_io; }
    const QCommandLineParser& parser() const { return m_parser; }
    bool json() const;

    QString vaultPath() const; // --vault or COFFER_VAULT; Error(Usage) when neither is given
    QString userName() const;  // --user or COFFER_USER; empty means the owner
    // --password-file, COFFER_PASSWORD, or asked on the terminal (twice when confirm).
    Secret password(const QString& prompt, bool confirm = false);
    // --new-password-file, COFFER_NEW_PASSWORD, or asked twice on the terminal.
    Secret newPassword();
    // The first line of the file named by fileOption (when set), else the environment variable, else
    // asked on the terminal (twice when confirm).
    Secret secret(const QString& fileOption, const QString& variable, const QString& prompt, bool confirm);

    // Unlocks --vault as --user with password(); a user still on a one-time password gets exit 3 with
    // a hint unless allowOneTimePassword.
    Vault& unlock(bool allowOneTimePassword = false);
    void adoptVault(std::unique_ptr<Vault> vault) { m_vault = std::move(vault); }

    void printJson(const QJsonValue& value);
    void warn(const QString& message); // "coffer-cli: …" on stderr

private:
    Secret readSecretLine(const QString& prompt);

    CliIo& m_io;
    QProcessEnvironment m_env;
    const QCommandLineParser& m_parser;
    std::unique_ptr<Vault> m_vault;
};

} // namespace coffer::cli
