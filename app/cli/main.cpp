// coffer-cli: the command line over coffer_core. See CLI.md for the contract.
#include "CliIo.h"
#include "ProcessHardening.h"

#include "CliContext.h"
#include "Command.h"

#include <QGuiApplication>
#include <cstdio>
#include <memory>
#include <unistd.h>

int main(int argc, char** argv)
{
    coffer::hardenProcess();
    // Before Qt or anything else copies the environment: passwords go straight into secure memory.
    coffer::cli::EnvironmentSecrets::takeFromProcess();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Fonts and page layout need Qt Gui; the command line never shows a window, so no display either.
    std::unique_ptr<QCoreApplication> app;
    if (coffer::cli::writesDocuments(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("coffer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Coffer"));
    QTextStream in(stdin), out(stdout), err(stderr);
    coffer::cli::CliIo io{in, out, err, isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1};
    return coffer::cli::runCli(QCoreApplication::arguments().mid(1), io, QProcessEnvironment::systemEnvironment());
}
