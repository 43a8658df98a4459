// "Import…" from the choice to the report: the ImportDialog, the import on a worker thread behind its
// progress, and the report of what came in and what was kept out, and why. Kept apart from VaultTasks,
// which starts it, because a CSV import's report (skipped lines, ignored columns) is a story of its own.
#pragma once

#include "store/OutputPath.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class QWidget;

namespace coffer {

class Secret;
class Vault;
struct CsvImportReport;
struct ImportReport;
class ReportDialog;

class ImportTask
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ImportTask)
public:
    // Opens the dialog; after an import that stored anything, calls imported(). Editors and above.
    static void start(Vault& vault, QWidget* window, const std::function<void()>& imported);

    // Writes the plain form of an encrypted export to target (only once every chunk authenticated), on a
    // worker thread, and reports where it is and that it is not encrypted. rules: whether target may be
    // replaced (the file dialog asked), and the vault's folders it must stay out of.
    static void decryptCopy(QWidget* window, const QString& encrypted, const std::shared_ptr<Secret>& password,
                            const QString& target, const OutputRules& rules = {});

    static ReportDialog* exportImported(QWidget* parent, const ImportReport& report, const QString& fileName);
    static ReportDialog* csvImported(QWidget* parent, const CsvImportReport& report, const QString& fileName);
};

} // namespace coffer
