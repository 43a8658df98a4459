// The three streams of the command line, as something a test can swap for buffers: coffer-cli's main()
// binds them to the process's stdin, stdout and stderr; the CLI tests bind them to QByteArrays.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace coffer::cli {

struct CliIo
{
    QTextStream& in;
    QTextStream& out;
    QTextStream& err;
    bool inIsTerminal = false;  // then passwords are read from the terminal with echo off
    bool errIsTerminal = false; // then long work shows progress on err
};

// Runs one command line (without the program name); returns the exit code of CLI.md.
int runCli(const QStringList& arguments, CliIo& io, const QProcessEnvironment& env);

} // namespace coffer::cli
