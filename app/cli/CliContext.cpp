#include "CliContext.h"

#include "Error.h"
#include "erase/VaultReplacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdlib>
#include <cstring>
#include <map>
#include <termios.h>
#include <unistd.h>

namespace coffer::cli {

namespace {

constexpr size_t kMaxSecretBytes = 4096;

// The first line of a file, without its line ending, straight into secure memory.
Secret firstLineOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Cannot read the password file %1: %2")
                                          .arg(path, file.errorString()));
    QByteArray line = file.readLine(kMaxSecretBytes);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return Secret::takeFrom(line);
}

Secret fromEnv(const QProcessEnvironment& env, const QString& variable)
{
    QByteArray value = env.value(variable).toUtf8();
    return Secret::takeFrom(value);
}

// Reads one line from the terminal with echo off, byte by byte into secure memory.
Secret readTerminalLine()
{
    termios saved{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    Secret buffer(kMaxSecretBytes);
    size_t n = 0;
    char c = 0;
    while (n < buffer.size() && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        buffer.data()[n++] = static_cast<unsigned char>(c);
    c = 0;
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return Secret::fromBytes(buffer.data(), n);
}

} // namespace

namespace {
std::map<QString, Secret>& environmentSecrets()
{
    static std::map<QString, Secret> secrets;
    return secrets;
}
} // namespace

void EnvironmentSecrets::takeFromProcess()
{
    for (const char* name :
         {"COFFER_PASSWORD", "COFFER_NEW_PASSWORD", "COFFER_RECOVERY_KEY", "COFFER_EXPORT_PASSWORD"}) {
        char* value = ::getenv(name);
        if (!value)
            continue;
        const std::size_t size = std::strlen(value);
        environmentSecrets()[QString::fromLatin1(name)] = Secret::fromBytes(value, size);
        memzero(value, size); // the bytes of the environment block itself
        ::unsetenv(name);
    }
}

void EnvironmentSecrets::clear()
{
    environmentSecrets().clear(); // each Secret's sodium_free wipes its bytes
}

const Secret* EnvironmentSecrets::find(const QString& variable)
{
    const auto it = environmentSecrets().find(variable);
    return it == environmentSecrets().end() ? nullptr : &it->second;
}

CliContext::CliContext(CliIo& io, const QProcessEnvironment& env, const QCommandLineParser& parser)
    : m_io(io)
    , m_env(env)
    , m_parser(parser)
{
}

bool CliContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CliContext::vaultPath() const
{
    const QString path = m_parser.isSet(QStringLiteral("vault")) ? m_parser.value(QStringLiteral("vault"))
                                                                 : m_env.value(QStringLiteral("COFFER_VAULT"));
    if (path.isEmpty())
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("coffer-cli", "Say which vault: --vault PATH or COFFER_VAULT."));
    return path;
}

QString CliContext::userName() const
{
    return m_parser.isSet(QStringLiteral("user")) ? m_parser.value(QStringLiteral("user"))
                                                  : m_env.value(QStringLiteral("COFFER_USER"));
}

Secret CliContext::readSecretLine(const QString& prompt)
{
    if (m_io.inIsTerminal) {
        m_io.err << prompt << Qt::flush;
        Secret s = readTerminalLine();
        m_io.err << '\n' << Qt::flush;
        return s;
    }
    if (m_io.in.atEnd())
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate(
                        "coffer-cli", "No password given: use --password-file, the environment or a terminal."));
    QString line = m_io.in.readLine();
    QByteArray utf8 = line.toUtf8();
    std::fill(line.begin(), line.end(), QChar(u'\0'));
    return Secret::takeFrom(utf8);
}

Secret CliContext::password(const QString& prompt, bool confirm)
{
    return secret(QStringLiteral("password-file"), QStringLiteral("COFFER_PASSWORD"), prompt, confirm);
}

Secret CliContext::newPassword()
{
    return secret(QStringLiteral("new-password-file"), QStringLiteral("COFFER_NEW_PASSWORD"),
                  QCoreApplication::translate("coffer-cli", "New password: "), true);
}

Secret CliContext::secret(const QString& fileOption, const QString& variable, const QString& prompt, bool confirm)
{
    if (!fileOption.isEmpty() && m_parser.isSet(fileOption))
        return firstLineOf(m_parser.value(fileOption));
    if (const Secret* taken = EnvironmentSecrets::find(variable))
        return taken->copy();
    if (m_env.contains(variable))
        return fromEnv(m_env, variable);
    Secret first = readSecretLine(prompt);
    if (confirm) {
        const Secret second = readSecretLine(QCoreApplication::translate("coffer-cli", "Repeat it: "));
        if (!first.equals(second))
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "The two entries differ; nothing was changed."));
    }
    return first;
}

Vault& CliContext::unlock(bool allowOneTimePassword)
{
    for (const InterruptedReplacement& left : VaultReplacement::interrupted(vaultPath())) {
        if (left.replacing)
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("coffer-cli",
                                                    "Coffer was replacing this vault with a backup when it stopped, "
                                                    "and the restored vault is whole in %1. Finish the replacement "
                                                    "first: coffer-cli restore --finish-replace")
                            .arg(QDir::toNativeSeparators(left.folder)));
        warn(QCoreApplication::translate("coffer-cli",
                                         "A restore meant to replace this vault stopped before it changed the vault; "
                                         "what it left is in %1 (coffer-cli restore --discard-replace removes it).")
                 .arg(QDir::toNativeSeparators(left.folder)));
    }
    m_vault = Vault::unlock(vaultPath(), userName(), password(QCoreApplication::translate("coffer-cli", "Password: ")));
    if (const QString rolledBack = m_vault->rollbackWarning(); !rolledBack.isEmpty())
        warn(rolledBack);
    if (const QString changed = m_vault->integrityWarning(); !changed.isEmpty())
        warn(changed);
    const Role role = m_vault->currentUser().role;
    if (role == Role::Owner && !m_vault->hasRecoveryKey())
        warn(QCoreApplication::translate("coffer-cli", "This vault has no recovery key: make one now with "
                                                       "`coffer-cli recovery-key rotate`, and keep it apart from "
                                                       "the computer."));
    if ((role == Role::Owner || role == Role::Admin) && m_vault->rekeyDue())
        warn(QCoreApplication::translate("coffer-cli", "Access was taken away since the data key last changed, so a "
                                                       "copy of the vault's header made before still opens it: run "
                                                       "`coffer-cli rekey`."));
    if (m_vault->currentUser().mustChangePassword && !allowOneTimePassword)
        throw Error(ErrorCode::Auth,
                    QCoreApplication::translate(
                        "coffer-cli", "You signed in with a one-time password. Choose your own password first: "
                                      "coffer-cli passwd"));
    return *m_vault;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_io.out << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

void CliContext::warn(const QString& message)
{
    m_io.err << "coffer-cli: " << message << '\n' << Qt::flush;
}

} // namespace coffer::cli
