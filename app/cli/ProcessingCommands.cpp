// processing show | edit | export — the record of processing activities, Art. 30
// (privacy/ProcessingRecord.h; the PDF by ui/privacy/ProcessingDocument).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "privacy/ProcessingDocument.h"
#include "privacy/ProcessingRecord.h"
#include "privacy/Purposes.h"
#include "store/OutputPath.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace coffer::cli {

namespace {

class ProcessingShow : public Command
{
public:
    QStringList words() const override { return {opt("processing"), opt("show")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The record of processing activities (GDPR Art. 30), one "
                                                         "entry per purpose.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("processing show"));
        const ProcessingRecordDocument record = ProcessingRecord::build(ctx.unlock());
        if (ctx.json()) {
            ctx.printJson(record.toJson());
            return 0;
        }
        QTextStream& out = ctx.io().out;
        out << QCoreApplication::translate("coffer-cli", "Controller: %1").arg(record.controller.name) << '\n';
        for (const ProcessingEntry& e : record.entries)
            out << '\n'
                << e.purpose.name << " (" << basisArticle(e.purpose.basis) << ")\n"
                << "  subjects:   " << e.subjects.simplified() << '\n'
                << "  data:       " << e.data.simplified() << '\n'
                << "  recipients: " << e.recipients.simplified() << '\n'
                << "  transfers:  " << e.transfers.simplified() << '\n'
                << "  retention:  " << e.retention << '\n';
        out << '\n' << record.security << '\n' << Qt::flush;
        return 0;
    }
};

class ProcessingEdit : public Command
{
public:
    QStringList words() const override { return {opt("processing"), opt("edit")}; }
    QString synopsis() const override
    {
        return opt("PURPOSE [--subjects TEXT] [--data TEXT] [--recipients TEXT] [--transfers TEXT]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "What the record says of a purpose that only the business "
                                                         "knows (admins and the owner); what is not given stays.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("subjects"), QCoreApplication::translate("coffer-cli", "Categories of people."), opt("TEXT")},
                {opt("data"), QCoreApplication::translate("coffer-cli", "Categories of personal data."), opt("TEXT")},
                {opt("recipients"), QCoreApplication::translate("coffer-cli", "Who receives the data."), opt("TEXT")},
                {opt("transfers"),
                 QCoreApplication::translate("coffer-cli", "Transfers outside the EEA and their safeguards, or none."),
                 opt("TEXT")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("processing edit PURPOSE [--subjects TEXT] …"));
        Vault& vault = ctx.unlock();
        const ProcessingRecordDocument record = ProcessingRecord::build(vault);
        const auto it = std::find_if(record.entries.begin(), record.entries.end(), [&](const ProcessingEntry& e) {
            return e.purpose.name.compare(args[0].trimmed(), Qt::CaseInsensitive) == 0;
        });
        const QCommandLineParser& p = ctx.parser();
        const auto value = [&](const char* name, const QString& before) {
            return p.isSet(opt(name)) ? p.value(opt(name)) : before;
        };
        const ProcessingEntry before = it == record.entries.end() ? ProcessingEntry{} : *it;
        ProcessingRecord::setEntry(vault, args[0], value("subjects", before.subjects), value("data", before.data),
                                   value("recipients", before.recipients), value("transfers", before.transfers));
        return 0;
    }
};

class ProcessingExport : public Command
{
public:
    QStringList words() const override { return {opt("processing"), opt("export")}; }
    QString synopsis() const override { return opt("--out FILE.pdf|FILE.json|FILE.csv"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Write the record of processing activities as PDF, JSON or "
                                                         "CSV (by the file's name); never over an existing file.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("out"), QCoreApplication::translate("coffer-cli", "The file to write."), opt("FILE")}};
    }
    bool writesDocuments() const override { return true; }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("processing export --out FILE"));
        const QString out = ctx.parser().value(opt("out"));
        const QString suffix = out.section(u'.', -1).toLower();
        if (out.isEmpty() ||
            (suffix != QLatin1String("pdf") && suffix != QLatin1String("json") && suffix != QLatin1String("csv")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say where: --out FILE.pdf, "
                                                                                    "FILE.json or FILE.csv."));
        Vault& vault = ctx.unlock();
        const QString target = checkOutputPath(out, {Overwrite::Refuse, vault.path(), vault.backupFolder()});
        const ProcessingRecordDocument record = ProcessingRecord::build(vault);
        if (suffix == QLatin1String("pdf"))
            ProcessingDocument(record).savePdf(target);
        else
            writeWholeFile(target,
                           suffix == QLatin1String("json") ? QJsonDocument(record.toJson()).toJson() : record.toCsv(),
                           Overwrite::Refuse);
        ctx.io().out << QDir::toNativeSeparators(target) << '\n' << Qt::flush;
        return 0;
    }
};

} // namespace

void addProcessingCommands(CommandTable& table)
{
    table.push_back(std::make_unique<ProcessingShow>());
    table.push_back(std::make_unique<ProcessingEdit>());
    table.push_back(std::make_unique<ProcessingExport>());
}

} // namespace coffer::cli
