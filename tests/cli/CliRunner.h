// Runs coffer-cli commands in-process with the streams swapped for buffers.
#pragma once

#include "CliIo.h"
#include "TestSupport.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

namespace coffer::test {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    QProcessEnvironment env;

    CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        QByteArray in = input, out, err;
        QTextStream inStream(&in), outStream(&out), errStream(&err);
        cli::CliIo io{inStream, outStream, errStream, false, false};
        CliResult r;
        r.code = cli::runCli(args, io, env);
        outStream.flush();
        errStream.flush();
        r.out = QString::fromUtf8(out);
        r.err = QString::fromUtf8(err);
        return r;
    }
};

// A vault made by coffer-cli itself in a temporary folder, owned by "anna" (kOwnerPassword), and the
// commands run against it. Every line a command printed on stderr is kept, so that a test can check
// that no client data ever reached it.
class CliVault
{
public:
    QTemporaryDir dir;
    QString path;
    QStringList stderrLines;

    // init dir/<name> with cheap argon2 parameters (kdfMemory MiB, one pass); returns init's exit code.
    int create(const QString& name, const QString& kdfMemory = QStringLiteral("1"))
    {
        path = dir.filePath(name);
        CliRunner r;
        r.env.insert(QStringLiteral("COFFER_PASSWORD"), QString::fromUtf8(kOwnerPassword));
        return r
            .run({QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                  QStringLiteral("anna"), QStringLiteral("--kdf-memory"), kdfMemory, QStringLiteral("--kdf-ops"),
                  QStringLiteral("1")})
            .code;
    }
    CliResult as(const QString& user, const QString& password, const QStringList& args)
    {
        CliRunner r;
        r.env.insert(QStringLiteral("COFFER_VAULT"), path);
        r.env.insert(QStringLiteral("COFFER_USER"), user);
        r.env.insert(QStringLiteral("COFFER_PASSWORD"), password);
        const CliResult res = r.run(args);
        stderrLines << res.err;
        return res;
    }
    CliResult owner(const QStringList& args)
    {
        return as(QStringLiteral("anna"), QString::fromUtf8(kOwnerPassword), args);
    }
    // Adds a user with role and has them choose "<name>'s own password" in place of the one-time password;
    // returns that password, or nothing when a step failed.
    QString addUser(const QString& name, const QString& role)
    {
        const CliResult r = owner({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                                   QStringLiteral("--json")});
        const QString otp =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("oneTimePassword")).toString();
        const QString chosen = name + QStringLiteral("'s own password");
        CliRunner p;
        p.env.insert(QStringLiteral("COFFER_VAULT"), path);
        p.env.insert(QStringLiteral("COFFER_PASSWORD"), otp);
        p.env.insert(QStringLiteral("COFFER_NEW_PASSWORD"), chosen);
        return p.run({QStringLiteral("passwd"), QStringLiteral("--user"), name}).code == 0 ? chosen : QString();
    }
};

} // namespace coffer::test
