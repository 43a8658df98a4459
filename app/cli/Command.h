// A coffer-cli command: its words ("user add"), its options, and execute(). Every command is a small
// class registered in one table (commandTable()), so help, parsing and the tests see the same set.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

namespace coffer::cli {

class CliContext;

class Command
{
public:
    virtual ~Command() = default;
    virtual QStringList words() const = 0;
    virtual QString synopsis() const = 0; // arguments after the words, for help
    virtual QString summary() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Lays out a letter (Qt Gui): main() then runs a QGuiApplication on the offscreen platform.
    virtual bool writesDocuments() const { return false; }
    // Positional arguments after the words; returns the exit code. Throws coffer::Error on failure.
    virtual int execute(CliContext& ctx, const QStringList& args) = 0;
};

using CommandTable = std::vector<std::unique_ptr<Command>>;
const CommandTable& commandTable();

// Each file of commands adds its own to the table.
void addVaultCommands(CommandTable& table);
void addUserCommands(CommandTable& table);
void addClientCommands(CommandTable& table);
void addFileCommands(CommandTable& table);
void addAuditCommands(CommandTable& table);
void addTransferCommands(CommandTable& table);
void addCsvImportCommand(CommandTable& table);
void addBackupCommands(CommandTable& table);
void addEraseCommands(CommandTable& table);
void addRequestCommands(CommandTable& table);
void addLetterCommands(CommandTable& table);
void addContactCommands(CommandTable& table);
void addPurposeCommands(CommandTable& table);
void addRetentionCommands(CommandTable& table);
void addPrivacyCheckCommand(CommandTable& table);
void addBreachCommands(CommandTable& table);
void addProcessingCommands(CommandTable& table);

// Whether the command line names a command that writesDocuments().
bool writesDocuments(const QStringList& arguments);

} // namespace coffer::cli
