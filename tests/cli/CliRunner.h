// Runs coffer-cli commands in-process with the streams swapped for buffers.
#pragma once

#include "CliIo.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
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

} // namespace coffer::test
