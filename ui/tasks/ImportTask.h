// "Import…" from the choice to the report: the ImportDialog, the import on a worker thread behind its
// progress, and the report of what came in and what was kept out, and why. Kept apart from VaultTasks,
// which starts it, because a CSV import's report (skipped lines, ignored columns) is a story of its own.
#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace coffer {

class Vault;
struct CsvImportReport;
struct ImportReport;
class ReportDialog;

class ImportTask
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ImportTask)
public:
    // Opens the dialog; after an import that stored anything, calls imported(). Editors and above.
    static void start(Vault& vault, QWidget* window, std::function<void()> imported);

    static ReportDialog* exportImported(QWidget* parent, const ImportReport& report, const QString& fileName);
    static ReportDialog* csvImported(QWidget* parent, const CsvImportReport& report, const QString& fileName);
};

} // namespace coffer
