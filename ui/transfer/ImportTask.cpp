#include "ImportTask.h"

#include "ImportDialog.h"
#include "tasks/LongTask.h"
#include "tasks/ReportDialog.h"
#include "tasks/TaskReports.h"
#include "transfer/CsvImporter.h"
#include "transfer/Importer.h"
#include "vault/Vault.h"
#include "widgets/UserFiles.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>

namespace coffer {

namespace {

QString separatorName(char separator)
{
    switch (separator) {
    case ';':
        return ImportTask::tr("semicolons");
    case '\t':
        return ImportTask::tr("tabs");
    default:
        return ImportTask::tr("commas");
    }
}

// The CSV is read on the worker thread; a file that cannot be opened is an error like any other.
CsvImportReport importCsv(Vault& vault, const QString& path, const std::vector<CsvColumnMap>& map,
                          std::optional<CsvReader::Encoding> eightBit, const TaskProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed, ImportTask::tr("The file cannot be read: %1").arg(file.errorString()));
    CsvImporter importer(vault);
    if (eightBit)
        importer.setEightBitEncoding(*eightBit);
    return importer.import(file, map, progress);
}

} // namespace

void ImportTask::start(Vault& vault, QWidget* window, const std::function<void()>& imported)
{
    if (!roleAllows(vault.currentUser().role, Permission::WriteRecords))
        return;
    auto* dialog = new ImportDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ImportDialog::decryptRequested, window, [&vault, window, dialog] {
        const QString encrypted = dialog->path();
        QString plain = encrypted;
        if (plain.endsWith(QLatin1String(".encrypted")))
            plain.chop(int(qstrlen(".encrypted")));
        if (plain == encrypted || QFileInfo::exists(plain))
            plain = UserFiles::uniquePath(QFileInfo(plain).absolutePath(), QFileInfo(plain).completeBaseName(),
                                          QStringLiteral(".") + QFileInfo(plain).suffix());
        const QString target = QFileDialog::getSaveFileName(dialog, tr("Save the Decrypted Copy As"), plain);
        if (target.isEmpty())
            return;
        auto password = std::make_shared<Secret>(dialog->takePassword());
        dialog->reject();
        // The file dialog asked before a file is replaced; links and the vault's folders core refuses.
        decryptCopy(window, encrypted, password, target, {Overwrite::Replace, vault.path(), vault.backupFolder()});
    });
    QObject::connect(dialog, &QDialog::accepted, window, [&vault, window, dialog, imported] {
        const QString path = dialog->path(), name = QFileInfo(path).fileName();
        Vault* v = &vault;
        if (dialog->kind() == ImportDialog::Kind::Csv) {
            const std::vector<CsvColumnMap> map = dialog->columnMap();
            const std::optional<CsvReader::Encoding> eightBit = dialog->eightBitEncoding();
            runLongTask<CsvImportReport>(
                window, tr("Import"), tr("Importing clients from “%1”…").arg(name),
                [v, path, map, eightBit](const TaskProgress& progress) {
                    return importCsv(*v, path, map, eightBit, progress);
                },
                [window, name, imported](Outcome<CsvImportReport>& outcome, bool cancelled) {
                    if (cancelled && outcome.error)
                        return; // one transaction: nothing was stored
                    if (outcome.error) {
                        TaskReports::failed(window, TaskReports::Task::Import, *outcome.error);
                        return;
                    }
                    if (outcome.value->imported > 0)
                        imported();
                    csvImported(window, *outcome.value, name);
                });
            return;
        }
        auto password = std::make_shared<Secret>(dialog->takePassword());
        runLongTask<ImportReport>(
            window, tr("Import"), tr("Importing “%1”…").arg(name),
            [v, path, password](const TaskProgress&) {
                return Importer(*v).run(path, password->isEmpty() ? nullptr : password.get());
            },
            [window, name, imported](Outcome<ImportReport>& outcome, bool) {
                if (outcome.error) {
                    TaskReports::failed(window, TaskReports::Task::Import, *outcome.error);
                    return;
                }
                imported();
                exportImported(window, *outcome.value, name);
            },
            // One transaction that checks everything before it stores: it cannot stop halfway.
            Cancellable::No);
    });
    dialog->open();
}

void ImportTask::decryptCopy(QWidget* window, const QString& encrypted, const std::shared_ptr<Secret>& password,
                             const QString& target, const OutputRules& rules)
{
    runLongTask<bool>(
        window, tr("Decrypt"), tr("Decrypting “%1”…").arg(QFileInfo(encrypted).fileName()),
        [encrypted, password, target, rules](const TaskProgress&) {
            decryptExport(encrypted, target, *password, rules);
            return true;
        },
        [window, target](Outcome<bool>& outcome, bool) {
            if (outcome.error) {
                TaskReports::failed(window, TaskReports::Task::Decrypt, *outcome.error);
                return;
            }
            auto* dialog = new ReportDialog(tr("Decrypt"), ReportDialog::Outcome::Success,
                                            tr("The decrypted copy is saved"), window);
            dialog->setObjectName(QStringLiteral("decryptDoneDialog"));
            dialog->addPath(tr("Saved as:"), target);
            dialog->addText(tr("This copy is not encrypted: anyone who can read the file can read the data in it. "
                               "Delete it when it is no longer needed."));
            dialog->addShowInFolder(target);
            dialog->openSelfDeleting();
        },
        Cancellable::No);
}

ReportDialog* ImportTask::exportImported(QWidget* parent, const ImportReport& r, const QString& fileName)
{
    const bool all = r.invalid.isEmpty();
    auto* dialog = new ReportDialog(
        tr("Import"), all ? ReportDialog::Outcome::Success : ReportDialog::Outcome::Failure,
        all ? tr("“%1” is imported").arg(fileName)
            : tr("“%1” is imported, except %n client(s)", nullptr, int(r.invalid.size())).arg(fileName),
        parent);
    dialog->setObjectName(QStringLiteral("importDoneDialog"));
    dialog->addText(tr("Clients: %1 · Notes: %2 · Files: %3 · Consents: %4")
                        .arg(r.clients)
                        .arg(r.notes)
                        .arg(r.files)
                        .arg(r.consents));
    if (!r.invalid.isEmpty()) {
        dialog->addList(tr("Left out, with their notes, files and consents:"), r.invalid);
        dialog->addText(tr("Each has a value that Coffer does not store, such as an email address with a comma "
                           "where a dot should be. Put it right where the export came from, export again and "
                           "import that: what is already here is kept as it is."));
    }
    if (!r.skipped.isEmpty())
        dialog->addList(tr("Already in this vault, and kept as they are here (%1):").arg(r.skipped.size()), r.skipped);
    if (r.usersNotImported)
        dialog->addText(tr("%n user(s) of the export were not imported: an export holds no passwords. Add them on "
                           "the Users page.",
                           nullptr, r.usersNotImported));
    if (r.auditEntriesNotImported)
        dialog->addText(tr("%n audit log entry(s) were not imported: this vault keeps its own log.", nullptr,
                           r.auditEntriesNotImported));
    return dialog->openSelfDeleting();
}

ReportDialog* ImportTask::csvImported(QWidget* parent, const CsvImportReport& r, const QString& fileName)
{
    const bool all = r.skipped.empty();
    auto* dialog =
        new ReportDialog(tr("Import"), all ? ReportDialog::Outcome::Success : ReportDialog::Outcome::Failure,
                         all ? tr("“%1” is imported").arg(fileName)
                             : tr("“%1” is imported, except %n row(s)", nullptr, int(r.skipped.size())).arg(fileName),
                         parent);
    dialog->setObjectName(QStringLiteral("csvImportDoneDialog"));
    dialog->addText(tr("Clients added: %1 · Notes: %2").arg(r.imported).arg(r.notes));
    dialog->addText(tr("Read as %1, with values separated by %2.")
                        .arg(ImportDialog::encodingName(r.encoding), separatorName(r.separator)));
    if (!r.skipped.empty()) {
        QStringList lines;
        for (const CsvSkippedRow& s : r.skipped)
            lines << tr("Line %1: %2").arg(s.line).arg(s.reason);
        dialog->addList(tr("Rows not imported — put them right in the file and import those rows again:"), lines);
    }
    if (!r.ignoredColumns.isEmpty())
        dialog->addText(tr("Columns not imported: %1.").arg(r.ignoredColumns.join(QStringLiteral(", "))));
    return dialog->openSelfDeleting();
}

} // namespace coffer
