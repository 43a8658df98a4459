// How each long task's outcome is told: the ReportDialog that ends an export, a backup, a verify, a
// restore, an erasure or a cancellation, and the failure of each with what to do next. Kept apart from
// VaultTasks, which runs the work, so that the wording of all endings can be read in one place.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace coffer {

class Error;
class ReportDialog;
struct BackupInfo;
struct BackupReport;
struct CancellationResult;
struct ErasureReport;
struct ExportResult;
struct RestoreResult;

class TaskReports
{
    Q_DECLARE_TR_FUNCTIONS(coffer::TaskReports)
public:
    // clientName empty: a full export. remembered: the choice will be used by the next "Export all" at once.
    static ReportDialog* exportDone(QWidget* parent, const ExportResult& result, const QString& clientName,
                                    bool encrypted, bool remembered);
    static ReportDialog* backupDone(QWidget* parent, const BackupInfo& info, int kept);
    static ReportDialog* verifyDone(QWidget* parent, const BackupReport& report, const QString& takenText);
    static ReportDialog* restoreDone(QWidget* parent, const RestoreResult& result, const QString& takenText);
    static ReportDialog* erasureDone(QWidget* parent, const ErasureReport& report, const QString& clientName);
    // Shown on its own (no parent): the vault's window closes behind it.
    static ReportDialog* cancellationDone(const CancellationResult& result, const QString& vaultName);

    // A failed task: its headline, core's message and advice that fits the kind of error.
    enum class Task { Export, Import, Decrypt, Backup, Verify, Restore, Erase, CancelAccount };
    static ReportDialog* failed(QWidget* parent, Task task, const Error& error);
};

} // namespace coffer
