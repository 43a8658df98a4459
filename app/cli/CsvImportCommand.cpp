// import-csv FILE [--map COLUMN=FIELD]...: clients from another system's CSV export, over
// core/transfer/CsvImporter. The report names skipped rows by line and reason, never by content.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "transfer/CsvImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("coffer-cli", text);
}

QString separatorName(char separator)
{
    switch (separator) {
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    case ',':
        return tr("comma");
    }
    return QString(QLatin1Char(separator));
}

QJsonObject toJson(const CsvImportReport& report)
{
    QJsonArray skipped;
    for (const CsvSkippedRow& row : report.skipped)
        skipped.append(QJsonObject{{opt("line"), row.line}, {opt("reason"), row.reason}});
    return QJsonObject{{opt("imported"), report.imported},
                       {opt("notes"), report.notes},
                       {opt("skipped"), skipped},
                       {opt("ignoredColumns"), QJsonArray::fromStringList(report.ignoredColumns)},
                       {opt("separator"), QString(QLatin1Char(report.separator))},
                       {opt("encoding"), CsvImporter::encodingName(report.encoding)}};
}

void printReport(QTextStream& out, const CsvImportReport& report)
{
    out << tr("Imported %1 clients; skipped %2").arg(report.imported).arg(report.skipped.size())
        << (report.skipped.empty() ? '.' : ':') << '\n';
    for (const CsvSkippedRow& row : report.skipped)
        out << "  " << tr("line %1: %2").arg(row.line).arg(row.reason) << '\n';
    if (report.notes > 0)
        out << tr("Notes added: %1").arg(report.notes) << '\n';
    if (!report.ignoredColumns.isEmpty())
        out << tr("Ignored columns: %1 (to keep one, --map \"COLUMN=field:KEY\")")
                   .arg(report.ignoredColumns.join(QStringLiteral(", ")))
            << '\n';
    out << tr("Read as %1, separated by %2.")
               .arg(CsvImporter::encodingName(report.encoding), separatorName(report.separator))
        << '\n';
    if (report.encoding != CsvReader::Encoding::Utf8 && report.encoding != CsvReader::Encoding::Utf8WithBom)
        out << tr("Some rows were not UTF-8 and were read as %1; check their accented letters.")
                   .arg(CsvImporter::encodingName(report.encoding))
            << '\n';
    out << Qt::flush;
}

class ImportCsv : public Command
{
public:
    QStringList words() const override { return {opt("import-csv")}; }
    QString synopsis() const override { return opt("FILE [--map COLUMN=FIELD]..."); }
    QString summary() const override { return tr("Import clients from another system's CSV file."); }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("map"),
                 tr("Where a column goes; FIELD is name, given, family, email, phone, org, address, country, tags, "
                    "kind, note, field:KEY or ignore. Repeat for more."),
                 opt("COLUMN=FIELD")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("import-csv FILE [--map COLUMN=FIELD]..."));
        std::vector<CsvColumnMap> map;
        for (const QString& spec : ctx.parser().values(opt("map")))
            map.push_back(CsvImporter::parseMap(spec));
        QFile file(args[0]);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(args[0], file.errorString()));
        CliIo& io = ctx.io();
        CsvImporter::Progress progress;
        if (io.errIsTerminal)
            progress = [&io, last = -1](qint64 done, qint64 total) mutable {
                const int percent = total > 0 ? int(done * 100 / total) : -1;
                if (percent != last && percent >= 0)
                    io.err << '\r' << tr("Reading… %1%").arg(percent) << Qt::flush;
                last = percent;
                return true;
            };
        const CsvImportReport report = CsvImporter(ctx.unlock()).import(file, map, progress);
        if (io.errIsTerminal)
            io.err << '\r' << QString(20, u' ') << '\r' << Qt::flush;
        if (ctx.json())
            ctx.printJson(toJson(report));
        else
            printReport(io.out, report);
        return 0;
    }
};

} // namespace

void addCsvImportCommand(CommandTable& table)
{
    table.push_back(std::make_unique<ImportCsv>());
}

} // namespace coffer::cli
