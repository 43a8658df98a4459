#include "VaultReplacementTasks.h"

#include "Error.h"
#include "erase/VaultReplacement.h"
#include "tasks/LongTask.h"
#include "tasks/ReportDialog.h"
#include "tasks/TaskReports.h"
#include "tasks/VaultTasks.h"
#include "widgets/TaskWidgets.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace coffer {

namespace {

using Task = TaskReports::Task;

QString vaultLabel(const QString& vaultFolder)
{
    QString name = QFileInfo(vaultFolder).fileName();
    if (name.endsWith(QLatin1String(".coffer")))
        name.chop(7);
    return name;
}

// then() once the report is closed, so the next window does not open over it.
void afterReport(ReportDialog* report, const std::function<void()>& then)
{
    if (!then)
        return;
    if (!report) {
        then();
        return;
    }
    QObject::connect(report, &QDialog::finished, report, [then] { then(); });
}

// Finishes the decided replacement (if any) after discarding every other leftover.
void clearLeftovers(QWidget* parent, const QString& vaultFolder, const std::function<void()>& then)
{
    runLongTask<ReplaceResult>(
        parent, VaultReplacementTasks::tr("Replace This Vault"),
        VaultReplacementTasks::tr("Finishing with what the interrupted replacement of “%1” left. Please do not "
                                  "switch the computer off.")
            .arg(vaultLabel(vaultFolder)),
        [vaultFolder](const TaskProgress&) {
            ReplaceResult result;
            QString decided;
            for (const InterruptedReplacement& left : VaultReplacement::interrupted(vaultFolder)) {
                if (left.replacing)
                    decided = left.folder;
                else
                    VaultReplacement::discard(left.folder);
            }
            if (!decided.isEmpty())
                result = VaultReplacement::finish(vaultFolder, decided);
            return result;
        },
        [parent, then](Outcome<ReplaceResult>& outcome, bool) {
            if (outcome.error) {
                TaskReports::failed(parent, Task::FinishReplace, *outcome.error);
                return;
            }
            if (outcome.value->restore.folder.isEmpty()) { // only discarded
                then();
                return;
            }
            afterReport(TaskReports::replaceDone(parent, outcome.value->restore, {}), then);
        },
        Cancellable::No);
}

} // namespace

void VaultReplacementTasks::replace(QWidget* parent, const QString& vaultFolder, const ReplaceRequest& request,
                                    const std::function<void()>& then)
{
    runLongTask<ReplaceResult>(
        parent, tr("Replace This Vault"),
        tr("Restoring the backup of %1 and checking it; then “%2” is replaced. Please do not switch the computer "
           "off.")
            .arg(request.takenText, vaultLabel(vaultFolder)),
        [vaultFolder, request](const TaskProgress& progress) {
            RestoreOptions options = request.options;
            options.progress = [progress](qint64 done, qint64 total) { progress(done, total); };
            return VaultReplacement::replace(request.backupFile, vaultFolder, request.userName, *request.password,
                                             options);
        },
        [parent, vaultFolder, taken = request.takenText, then](Outcome<ReplaceResult>& outcome, bool) {
            if (!outcome.error) {
                afterReport(TaskReports::replaceDone(parent, outcome.value->restore, taken), then);
                return;
            }
            // Stopped after it was decided: the vault is partly gone, and the next opening finishes it.
            bool decided = false;
            for (const InterruptedReplacement& left : VaultReplacement::interrupted(vaultFolder))
                decided = decided || left.replacing;
            afterReport(TaskReports::failed(parent, decided ? Task::FinishReplace : Task::Replace, *outcome.error),
                        then);
        },
        // Once the current vault's keys go, the work must run to the end.
        Cancellable::No);
}

bool VaultReplacementTasks::resolveInterrupted(QWidget* parent, const QString& vaultFolder,
                                               const std::function<void()>& then)
{
    const std::vector<InterruptedReplacement> left = VaultReplacement::interrupted(vaultFolder);
    if (left.empty())
        return false;
    const bool decided = std::any_of(left.begin(), left.end(), [](const auto& r) { return r.replacing; });
    const auto whole = std::find_if(left.begin(), left.end(), [](const auto& r) { return r.restored; });
    if (!decided && whole == left.end()) { // only what a restore cut short: nothing to ask
        clearLeftovers(parent, vaultFolder, then);
        return true;
    }
    auto* ask =
        new QMessageBox(QMessageBox::Warning, tr("Replace This Vault"), QString(), QMessageBox::NoButton, parent);
    ask->setObjectName(QStringLiteral("interruptedReplaceBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* go = nullptr;
    if (decided) {
        ask->setText(tr("Coffer was replacing “%1” with a backup when it stopped").arg(vaultLabel(vaultFolder)));
        ask->setInformativeText(tr("The restored backup had passed every check, and the previous vault was being "
                                   "destroyed. Finish the replacement to open the vault again; you then sign in "
                                   "with a password of the backup's day."));
        go = ask->addButton(tr("&Finish Replacing"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("finishReplaceButton"));
        ask->addButton(tr("Not Now"), QMessageBox::RejectRole);
    } else {
        ask->setText(tr("A replacement of “%1” stopped before it changed the vault").arg(vaultLabel(vaultFolder)));
        ask->setInformativeText(tr("The vault is as it was. The backup restored for the replacement is still beside "
                                   "it, in %1, and is not needed: delete it, or keep it for now and decide later.")
                                    .arg(QDir::toNativeSeparators(whole->folder)));
        go = ask->addButton(tr("&Delete the Restored Copy"), QMessageBox::DestructiveRole);
        go->setObjectName(QStringLiteral("discardReplaceButton"));
        QPushButton* keep = ask->addButton(tr("&Keep It for Now"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepRestoredButton"));
        QObject::connect(keep, &QPushButton::clicked, ask, [then] { then(); });
    }
    ask->setDefaultButton(go);
    QObject::connect(go, &QPushButton::clicked, ask,
                     [parent, vaultFolder, then] { clearLeftovers(parent, vaultFolder, then); });
    ask->open();
    return true;
}

} // namespace coffer
