// How each long task's outcome is told: the ReportDialog that ends an export, a backup, a verify, a
// restore, an erasure or a cancellation, and the failure of each with what to do next. Kept apart from
// VaultTasks, which runs the work, so that the wording of all endings can be read in one place.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace coffer {

class Error;
class ReportDialog;
struct BackupInfo;
struct BackupReport;
struct CancellationResult;
struct ErasureReport;
struct ExportResult;
struct OutputRules;
struct PruneResult;
struct RestoreResult;

class TaskReports
{
    Q_DECLARE_TR_FUNCTIONS(coffer::TaskReports)
public:
    // clientName empty: a full export. Not encrypted: a warning line says what that means, every time.
    // explainOneClick: say that the next "Export all" saves the same way at once.
    static ReportDialog* exportDone(QWidget* parent, const ExportResult& result, const QString& clientName,
                                    bool encrypted, bool explainOneClick);
    static ReportDialog* backupDone(QWidget* parent, const BackupInfo& info, int kept);
    static ReportDialog* verifyDone(QWidget* parent, const BackupReport& report, const QString& takenText);
    static ReportDialog* restoreDone(QWidget* parent, const RestoreResult& result, const QString& takenText);
    // The vault was replaced by a backup (takenText empty when an interrupted replacement was finished).
    static ReportDialog* replaceDone(QWidget* parent, const RestoreResult& result, const QString& takenText);
    // Besides the checks: the copies that may still hold the person and what to do with them, and the
    // buttons to save (saveRules: where it may go) or print the report, naming the person only when the
    // user ticks the box. pruneBackups, when set and a backup still holds the person, is what "Prune
    // Backups…" calls, with the report as the parent of what it opens.
    static ReportDialog* erasureDone(QWidget* parent, const ErasureReport& report, const QString& clientName,
                                     const OutputRules& saveRules,
                                     const std::function<void(ReportDialog*)>& pruneBackups = {});
    static ReportDialog* pruneDone(QWidget* parent, const PruneResult& result);
    // Without a parent it is shown on its own: the vault's window closes behind it. Also the ending of a
    // cancellation resumed from the start window; there, abandon (when given) is offered for folders that
    // could not be reached: "Finish Without These Folders…", asked once more, then called with them.
    static ReportDialog* cancellationDone(const CancellationResult& result, const QString& vaultName,
                                          QWidget* parent = nullptr,
                                          const std::function<void(const QStringList&)>& abandon = {});

    // A failed task: its headline, core's message and advice that fits the kind of error.
    enum class Task {
        Export,
        Import,
        Decrypt,
        Backup,
        Verify,
        Restore,
        Replace,
        FinishReplace,
        Erase,
        Prune,
        CancelAccount,
        ResumeCancel
    };
    static ReportDialog* failed(QWidget* parent, Task task, const Error& error);
};

} // namespace coffer
