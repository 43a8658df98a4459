// coffer-cli: the command line over coffer_core. See CLI.md for the contract.
#include "CliIo.h"
#include "ProcessHardening.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

int main(int argc, char** argv)
{
    coffer::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coffer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Coffer"));
    QTextStream in(stdin), out(stdout), err(stderr);
    coffer::cli::CliIo io{in, out, err, isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1};
    return coffer::cli::runCli(app.arguments().mid(1), io, QProcessEnvironment::systemEnvironment());
}
