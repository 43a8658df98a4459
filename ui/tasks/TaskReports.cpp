#include "TaskReports.h"

#include "Error.h"
#include "ReportDialog.h"
#include "backup/BackupListModel.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "backup/Restorer.h"
#include "erase/AccountCancellation.h"
#include "erase/ErasureReportDocument.h"
#include "erase/RemainingCopies.h"
#include "transfer/Exporter.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <algorithm>

namespace coffer {

namespace {

std::vector<ReportCheck> toChecks(const std::vector<ErasureCheck>& checks)
{
    std::vector<ReportCheck> out;
    out.reserve(checks.size());
    for (const ErasureCheck& c : checks)
        out.push_back({c.passed, c.name, c.detail});
    return out;
}

// Paths as the lines of a list, each with its mark: they wrap at the slashes, so a long one never widens
// the report.
std::vector<ReportEntry> pathEntries(const QStringList& paths)
{
    std::vector<ReportEntry> out;
    out.reserve(size_t(paths.size()));
    for (const QString& p : paths)
        out.push_back({QDir::toNativeSeparators(p), {}});
    return out;
}

// Copies the certificate (text and JSON) to where the user wants it; the original stays.
void saveCertificateAs(QWidget* parent, const QString& textPath, const QString& jsonPath)
{
    const QString chosen =
        QFileDialog::getSaveFileName(parent, TaskReports::tr("Save the Deletion Certificate As"),
                                     QDir(UserFiles::documentsFolder()).filePath(QFileInfo(textPath).fileName()),
                                     TaskReports::tr("Text files (*.txt)"));
    if (chosen.isEmpty())
        return;
    const QString chosenText = chosen.endsWith(QLatin1String(".txt")) ? chosen : chosen + QStringLiteral(".txt");
    const QString chosenJson = chosenText.chopped(4) + QStringLiteral(".json");
    for (const QString& target : {chosenText, chosenJson})
        if (QFileInfo::exists(target))
            QFile::remove(target); // the file dialog asked before overwriting
    if (!QFile::copy(textPath, chosenText) || !QFile::copy(jsonPath, chosenJson))
        ReportDialog::showFailure(
            parent, TaskReports::tr("Save the Deletion Certificate"), TaskReports::tr("The copy could not be saved"),
            TaskReports::tr("Coffer could not write %1.").arg(QDir::toNativeSeparators(chosenText)),
            TaskReports::tr("Choose a folder you may write in. The certificate is still at %1.")
                .arg(QDir::toNativeSeparators(textPath)));
}

} // namespace

ReportDialog* TaskReports::exportDone(QWidget* parent, const ExportResult& result, const QString& clientName,
                                      bool encrypted, bool explainOneClick)
{
    auto* dialog = new ReportDialog(
        tr("Export"), ReportDialog::Outcome::Success,
        clientName.isEmpty() ? tr("The export is ready") : tr("The export of %1 is ready").arg(clientName), parent);
    dialog->setObjectName(QStringLiteral("exportDoneDialog"));
    const RecordSource::Counts& c = result.counts;
    dialog->addPath(tr("Saved as:"), result.path);
    // Labelled numbers rather than sentences: "1 client" and "5 clients" need no plural forms this way.
    dialog->addText(tr("Clients: %1 · Notes: %2 · Files: %3 · Consents: %4")
                        .arg(c.clients)
                        .arg(c.notes)
                        .arg(c.files)
                        .arg(c.consents));
    if (c.restrictedLeftOut > 0)
        dialog
            ->addText(tr("Left out: %n client(s) whose processing is restricted, with their records. To export them "
                         "too, tick “Include…” in Export all.",
                         nullptr, int(c.restrictedLeftOut)))
            ->setObjectName(QStringLiteral("restrictedLeftOutNote"));
    if (encrypted)
        dialog->addText(tr("It is encrypted. Keep the password somewhere safe: without it nobody can open the "
                           "export, Coffer's makers included."));
    else
        dialog
            ->addNotice(clientName.isEmpty()
                            ? tr("This export is not encrypted: anyone who gets a copy of it can read every client.")
                            : tr("This export is not encrypted: anyone who gets a copy of it can read everything "
                                 "in it about %1.")
                                  .arg(clientName),
                        ColorRole::Warning)
            ->setObjectName(QStringLiteral("plainExportWarning"));
    if (explainOneClick)
        dialog
            ->addText(tr("Next time, Export all saves the same way in one click. To change how, go to "
                         "Settings."))
            ->setObjectName(QStringLiteral("oneClickNote"));
    dialog->addShowInFolder(result.path);
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::backupDone(QWidget* parent, const BackupInfo& info, int kept)
{
    auto* dialog = new ReportDialog(tr("Back Up"), ReportDialog::Outcome::Success, tr("The backup is made"), parent);
    dialog->setObjectName(QStringLiteral("backupDoneDialog"));
    dialog->addText(tr("An encrypted copy of the vault as it is now (%1) is in:")
                        .arg(UserFiles::sizeText(QFileInfo(info.path).size())));
    dialog->addPath(QString(), info.path);
    dialog->addText(kept > 0
                        ? tr("Coffer keeps the newest backups — how many is set on the Backups page (now %1) — and "
                             "removes older ones.")
                              .arg(kept)
                        : tr("Automatic backups are off, so Coffer removes none."));
    dialog->addShowInFolder(info.path);
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::verifyDone(QWidget* parent, const BackupReport& report, const QString& takenText)
{
    // BackupVerifier throws at the first check that fails, so a report holds passed checks only; one that
    // holds none proves nothing and says so.
    const bool checked = !report.checks.empty();
    auto* dialog = new ReportDialog(
        tr("Verify a Backup"), checked ? ReportDialog::Outcome::Success : ReportDialog::Outcome::Failure,
        checked ? tr("The backup is whole and opens") : tr("The backup was not checked"), parent);
    dialog->setObjectName(QStringLiteral("verifyDoneDialog"));
    dialog->addSummary(
        checked ? tr("The backup of %1 is complete and opens with your password: it can bring back "
                     "the vault as it was then. Clients in it: %2.")
                      .arg(takenText)
                      .arg(report.clients)
                : tr("Do not rely on the backup of %1 until it has been checked. Try again.").arg(takenText));
    std::vector<ReportCheck> checks;
    for (const BackupCheck& c : report.checks)
        checks.push_back({true, c.name, c.detail});
    if (checked)
        dialog->setChecks(tr("What was checked"), checks);
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::restoreDone(QWidget* parent, const RestoreResult& result, const QString& takenText)
{
    auto* dialog = new ReportDialog(tr("Restore a Backup"), ReportDialog::Outcome::Success,
                                    tr("The backup is restored as a new vault"), parent);
    dialog->setObjectName(QStringLiteral("restoreDoneDialog"));
    dialog->addText(tr("The backup of %1 is now the vault:").arg(takenText));
    dialog->addPath(QString(), result.folder);
    if (result.tombstoneFiles.isEmpty())
        dialog->addText(tr("Coffer found no record of erasures for this vault. If you erased a client after %1, "
                           "check that they are not back in the new vault, and erase them again if they are.")
                            .arg(takenText));
    else if (result.tombstonesApplied > 0)
        dialog->addText(tr("Clients erased after the backup was made were erased again in the new vault, so they "
                           "do not come back (%1 in all).")
                            .arg(result.tombstonesApplied));
    else
        dialog->addText(tr("No client was erased after the backup was made, so nothing had to be erased again."));
    dialog->addText(tr("This vault is unchanged. To open the new one, lock this vault: it is in the list on the "
                       "start window, and it opens with the passwords of the backup's day."));
    dialog->addShowInFolder(result.folder);
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::replaceDone(QWidget* parent, const RestoreResult& result, const QString& takenText)
{
    auto* dialog = new ReportDialog(tr("Replace This Vault"), ReportDialog::Outcome::Success,
                                    tr("The vault is replaced by the backup"), parent);
    dialog->setObjectName(QStringLiteral("replaceDoneDialog"));
    if (takenText.isEmpty())
        dialog->addText(tr("The replacement that was interrupted is finished: the restored backup is now the vault, "
                           "and what was left of the previous one is destroyed."));
    else
        dialog->addText(tr("The backup of %1 passed every check and is now the vault; the previous one is "
                           "destroyed.")
                            .arg(takenText));
    dialog->addPath(QString(), result.folder);
    if (!takenText.isEmpty()) {
        if (result.tombstoneFiles.isEmpty())
            dialog->addText(tr("Coffer found no record of erasures for this vault. If you erased a client after %1, "
                               "check that they are not back, and erase them again if they are.")
                                .arg(takenText));
        else if (result.tombstonesApplied > 0)
            dialog->addText(tr("Clients erased after the backup was made were erased again, so they do not come "
                               "back (%1 in all).")
                                .arg(result.tombstonesApplied));
    }
    dialog->addText(tr("Sign in again with a user name and password of the backup's day."));
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::erasureDone(QWidget* parent, const ErasureReport& report, const QString& clientName,
                                       const OutputRules& saveRules,
                                       const std::function<void(ReportDialog*)>& pruneBackups)
{
    const bool passed = report.passed();
    auto* dialog = new ReportDialog(
        tr("Erase Client"), passed ? ReportDialog::Outcome::Success : ReportDialog::Outcome::Failure,
        passed ? tr("%1 is erased").arg(clientName) : tr("%1 is erased, but a check failed").arg(clientName), parent);
    dialog->setObjectName(QStringLiteral("erasureReportDialog"));
    dialog->addSummary(ErasureReportDocument::summary(report, clientName));
    if (!passed)
        dialog->addText(tr("Keep this report, do not restore older backups for now, and ask whoever supports your "
                           "computer to look at it with you."));

    bool backupsHold = false;
    std::vector<ReportEntry> copies;
    for (const RemainingCopy& c : report.remaining) {
        const ErasureReportDocument::CopyLine line = ErasureReportDocument::copyLine(c);
        copies.push_back({line.name, line.detail});
        backupsHold = backupsHold || c.kind == RemainingCopy::Kind::Backup;
    }
    if (!copies.empty())
        dialog->addEntries(tr("Copies made earlier that may still hold them"), copies, QStringLiteral("!"),
                           ColorRole::Warning);
    for (const QString& advice : report.advice())
        dialog->addText(advice);

    dialog->addDetailText(tr("Records deleted: %1. Then Coffer searched the whole vault file for anything left "
                             "of them:")
                              .arg(report.rowsRemoved));
    dialog->setChecks(QString(), toChecks(report.checks));

    auto* includeName = new QCheckBox(tr("&Name %1 in the saved or printed report").arg(clientName));
    includeName->setObjectName(QStringLiteral("includeNameCheckBox"));
    includeName->setToolTip(tr("Without it, the report names them only by the pseudonym %1, as the audit log "
                               "does. Tick it for a report you hand to the person themselves.")
                                .arg(report.pseudonym));
    dialog->addWidget(includeName);
    const auto label = [includeName, clientName] { return includeName->isChecked() ? clientName : QString(); };

    if (pruneBackups && backupsHold) {
        QPushButton* prune = dialog->addAction(tr("&Prune Backups…"), QStringLiteral("pruneBackupsButton"),
                                               [dialog, pruneBackups] { pruneBackups(dialog); });
        prune->setToolTip(tr("Destroy the backups made before this erasure, once a newer backup is checked."));
    }
    dialog->addAction(tr("&Print…"), QStringLiteral("printReportButton"),
                      [dialog, report, label] { ErasureReportDocument::printWithDialog(dialog, report, label()); });
    dialog->addAction(tr("&Save Report…"), QStringLiteral("saveReportButton"), [dialog, report, label, saveRules] {
        ErasureReportDocument::saveWithDialog(dialog, report, label(), saveRules);
    });
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::pruneDone(QWidget* parent, const PruneResult& result)
{
    const bool failed = !result.failed.isEmpty();
    auto* dialog =
        new ReportDialog(tr("Prune Backups"), failed ? ReportDialog::Outcome::Failure : ReportDialog::Outcome::Success,
                         result.destroyed.isEmpty() && !failed
                             ? tr("No backup had to be destroyed")
                             : tr("%n older backup(s) destroyed", nullptr, int(result.destroyed.size())),
                         parent);
    dialog->setObjectName(QStringLiteral("pruneDoneDialog"));
    if (!result.verifiedBackup.isEmpty()) {
        dialog->addText(result.madeNewBackup
                            ? tr("Coffer first made a new backup and checked that it is whole and opens:")
                            : tr("Coffer first checked that the newest backup is whole and opens:"));
        dialog->addPath(QString(), result.verifiedBackup);
    }
    if (!result.destroyed.isEmpty())
        dialog->addEntries(tr("Overwritten and deleted, since they held erased clients:"),
                           pathEntries(result.destroyed), QStringLiteral("✓"), ColorRole::Success);
    if (failed) {
        dialog->addList(tr("Could not be destroyed:"), result.failed);
        dialog->addText(tr("These backups still hold erased clients. Put right what is said above, then prune "
                           "again."));
    }
    if (!result.unreachable.isEmpty()) {
        dialog->addEntries(tr("Backup folders that could not be searched:"), pathEntries(result.unreachable),
                           QStringLiteral("!"), ColorRole::Warning);
        dialog->addText(tr("Connect the drives they are on and prune again: backups there may still hold erased "
                           "clients."));
    }
    dialog->addText(tr("Backups made after the latest erasure are kept."));
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::cancellationDone(const CancellationResult& result, const QString& vaultName, QWidget* parent,
                                            const std::function<void(const QStringList&)>& abandon)
{
    const std::vector<ReportEntry> kept = pathEntries(result.keptCopies), copies = pathEntries(result.copyFolders),
                                   unreachable = pathEntries(result.unreachableFolders);
    const bool verified =
        !result.verification.empty() && std::all_of(result.verification.begin(), result.verification.end(),
                                                    [](const ErasureCheck& c) { return c.passed; });
    if (result.completed && verified) {
        auto* dialog = new ReportDialog(tr("Cancel Account"), ReportDialog::Outcome::Success,
                                        tr("The vault “%1” is deleted").arg(vaultName), parent);
        dialog->setObjectName(QStringLiteral("certificateDialog"));
        // Gone for good only where Coffer reached: a kept copy or a folder declared lost still opens.
        dialog->addSummary(kept.empty() && result.abandonedFolders.isEmpty()
                               ? tr("The vault “%1” and all its backups are gone for good: nobody can open them "
                                    "any more, with any password.")
                                     .arg(vaultName)
                               : tr("The vault “%1” and the backups Coffer could reach are gone for good. The "
                                    "copies listed below were not deleted: any of them that still exists opens "
                                    "with the passwords of its day.")
                                     .arg(vaultName));
        dialog->addText(tr("Its keys were destroyed first. Then every file of it — %1 in all, backups included — "
                           "was overwritten with random data, read back and removed.")
                            .arg(result.files.size()));
        if (!copies.empty())
            dialog->addEntries(tr("Restored copies destroyed with it:"), copies, QStringLiteral("✓"),
                               ColorRole::Success);
        if (!kept.empty()) {
            dialog->addEntries(tr("Restored copies kept, as you chose:"), kept, QStringLiteral("•"), ColorRole::Muted);
            dialog->addText(tr("They still open with the passwords of their backup's day. The certificate names "
                               "them as kept."));
        }
        if (!result.abandonedFolders.isEmpty()) {
            dialog->addEntries(tr("Backup folders never reached, which you declared lost:"),
                               pathEntries(result.abandonedFolders), QStringLiteral("!"), ColorRole::Warning);
            dialog->addText(tr("Nothing in them was deleted. Any backup still in them opens with the passwords of "
                               "its day; the certificate names each of these folders as not sanitised."));
        }
        dialog->setChecks(tr("Checks afterwards"), toChecks(result.verification));
        dialog->addPath(tr("The deletion certificate:"), result.certificateText);
        dialog->addText(tr("Keep the certificate: it records what was deleted, when and how. The JSON file beside "
                           "it says the same for other programs."));
        const QString text = result.certificateText, json = result.certificateJson;
        dialog->addAction(tr("&Open"), QStringLiteral("openCertificateButton"),
                          [text] { QDesktopServices::openUrl(QUrl::fromLocalFile(text)); });
        dialog->addAction(tr("&Save As…"), QStringLiteral("saveCertificateButton"),
                          [dialog, text, json] { saveCertificateAs(dialog, text, json); });
        return dialog->openSelfDeleting();
    }
    auto* dialog = new ReportDialog(tr("Cancel Account"), ReportDialog::Outcome::Failure,
                                    tr("The cancellation did not finish"), parent);
    dialog->setObjectName(QStringLiteral("cancellationFailedDialog"));
    dialog->addSummary(result.keySlotsDestroyed
                           ? tr("Nobody can open the vault “%1” any more: its keys are destroyed. But the "
                                "cancellation did not finish, so files of it may still be on the disk.")
                                 .arg(vaultName)
                           : tr("Nothing was deleted: the vault “%1” is as it was.").arg(vaultName));
    dialog->addText(result.failure);
    std::vector<ReportCheck> files;
    for (const CancelledFile& f : result.files) {
        const bool deleted = f.stage == SecureOverwrite::Stage::Deleted;
        files.push_back({deleted, QDir::toNativeSeparators(f.file.path), deleted ? tr("deleted") : tr("not deleted")});
    }
    // The files stay in view: the ones marked ✗ are what the user may have to delete.
    if (!files.empty())
        dialog->setChecks(tr("The files"), files, ReportDialog::Placement::Body);
    if (!result.verification.empty())
        dialog->setChecks(tr("Checks afterwards"), toChecks(result.verification));
    if (!unreachable.empty())
        dialog->addEntries(tr("Backup folders that could not be reached, so nothing in them was deleted:"), unreachable,
                           QStringLiteral("!"), ColorRole::Warning);
    if (!copies.empty())
        dialog->addEntries(tr("Restored copies to be destroyed:"), copies, QStringLiteral("•"), ColorRole::Muted);
    if (!kept.empty())
        dialog->addEntries(tr("Restored copies kept, as you chose:"), kept, QStringLiteral("•"), ColorRole::Muted);
    const bool resumable = !result.journal.isEmpty() && QFileInfo::exists(result.journal);
    if (resumable)
        dialog->addText(tr("Coffer has noted where it stopped: the next time it starts, it offers to finish the "
                           "cancellation, deleting what is left and writing the certificate. Connect the drives "
                           "named above first."));
    else
        dialog->addText(result.keySlotsDestroyed ? tr("Delete the files marked ✗ yourself; no certificate was written.")
                                                 : tr("The vault was closed. Open it again, put right what the "
                                                      "message says, and try once more."));
    if (resumable && abandon && !result.unreachableFolders.isEmpty()) {
        const QStringList folders = result.unreachableFolders;
        dialog->addAction(tr("Finish &Without These Folders…"), QStringLiteral("abandonFoldersButton"),
                          [dialog, folders, abandon] {
                              auto* ask = new QMessageBox(QMessageBox::Warning, tr("Cancel Account"),
                                                          tr("Finish the cancellation without these folders?"),
                                                          QMessageBox::NoButton, dialog);
                              ask->setObjectName(QStringLiteral("abandonFoldersBox"));
                              ask->setAttribute(Qt::WA_DeleteOnClose);
                              ask->setInformativeText(
                                  tr("Do this only if the drives are lost or broken, or the folders were deleted "
                                     "some other way. Coffer cannot delete the backups in them: any that still "
                                     "exist open with the passwords of their day. The certificate names each folder "
                                     "as not reached and not sanitised:\n\n%1")
                                      .arg(QDir::toNativeSeparators(folders.join(u'\n'))));
                              QPushButton* go = ask->addButton(tr("Finish Without Them"), QMessageBox::AcceptRole);
                              go->setObjectName(QStringLiteral("abandonFoldersConfirmButton"));
                              TaskWidgets::makeDanger(go);
                              ask->addButton(QMessageBox::Cancel);
                              ask->setDefaultButton(QMessageBox::Cancel);
                              QObject::connect(go, &QPushButton::clicked, dialog, [dialog, folders, abandon] {
                                  abandon(folders);
                                  dialog->accept();
                              });
                              ask->open();
                          });
    }
    return dialog->openSelfDeleting();
}

ReportDialog* TaskReports::failed(QWidget* parent, Task task, const Error& error)
{
    QString title, headline, advice;
    QString plain; // when set, what core's message means for the user, which then goes behind Details
    switch (task) {
    case Task::Export:
        title = tr("Export");
        headline = tr("The export could not be made");
        advice = tr("Nothing was written. Check that the folder exists, that you may write there and that the "
                    "disk has room, then try again.");
        break;
    case Task::Import:
    case Task::Decrypt: {
        const bool import = task == Task::Import;
        title = import ? tr("Import") : tr("Decrypt");
        headline = import ? tr("Nothing was imported") : tr("The export could not be decrypted");
        advice = error.code() == ErrorCode::Auth
                     ? tr("Type the password that was chosen when the export was made, and try again.")
                 : import ? tr("The vault is unchanged. Put right what the message says, or choose another file, "
                               "and try again.")
                          : tr("Nothing was written. Put right what the message says and try again.");
        break;
    }
    case Task::Backup:
        title = tr("Back Up");
        headline = tr("The backup could not be made");
        advice = tr("Nothing was written and your earlier backups are unchanged. Check the backup folder on the "
                    "Backups page and that its disk has room, then try again.");
        break;
    case Task::Verify:
    case Task::Restore:
        title = task == Task::Verify ? tr("Verify a Backup") : tr("Restore a Backup");
        headline =
            task == Task::Verify ? tr("The backup could not be verified") : tr("The backup could not be restored");
        if (error.code() == ErrorCode::Auth)
            advice = tr("A backup opens with the user names and passwords of the day it was made. If you have "
                        "changed your password since, try the old one.");
        else if (error.code() == ErrorCode::Damaged) {
            plain = tr("This backup cannot be trusted to bring back your vault: a part of it is damaged, or was "
                       "changed after it was made.");
            advice = tr("Do not rely on this backup. Make a new one now with Back up now, and try an older "
                        "backup if you need to restore.");
        } else
            advice = task == Task::Restore ? tr("Nothing was created. Put right what the message says and try "
                                                "again.")
                                           : tr("Put right what the message says and try again.");
        break;
    case Task::Replace:
        title = tr("Replace This Vault");
        headline = tr("The vault was not replaced");
        advice = error.code() == ErrorCode::Auth
                     ? tr("A backup opens with the user names and passwords of the day it was made. If you have "
                          "changed your password since, try the old one. This vault is as it was.")
                     : tr("This vault is as it was. Put right what the message says and try again.");
        break;
    case Task::FinishReplace:
        title = tr("Replace This Vault");
        headline = tr("The replacement could not be finished");
        advice = tr("The restored backup is still whole beside the vault. Put right what the message says and "
                    "open the vault again to finish.");
        break;
    case Task::Erase:
        title = tr("Erase Client");
        headline = tr("The client could not be erased");
        advice = tr("Nothing was deleted: the vault is as it was. Try again in a moment.");
        break;
    case Task::Prune:
        title = tr("Prune Backups");
        headline = tr("No backup was destroyed");
        advice = error.code() == ErrorCode::Damaged
                     ? tr("The newest backup did not pass its check, so the older ones are kept. Make a new backup "
                          "with Back up now, then prune again.")
                     : tr("Put right what the message says and try again.");
        break;
    case Task::CancelAccount:
        title = tr("Cancel Account");
        headline = error.code() == ErrorCode::Auth ? tr("Wrong password") : tr("The account was not cancelled");
        advice = tr("Nothing was deleted, and the vault is still open.");
        break;
    case Task::ResumeCancel:
        title = tr("Cancel Account");
        headline = tr("The cancellation could not be finished");
        advice = tr("Nothing more was deleted. Put right what the message says and try again.");
        break;
    }
    if (!plain.isEmpty())
        return ReportDialog::showFailure(parent, title, headline, plain, advice, error.message());
    const QString message = error.code() == ErrorCode::Auth && task == Task::CancelAccount
                                ? tr("The password is not the owner's password of this vault.")
                                : error.message();
    return ReportDialog::showFailure(parent, title, headline, message, advice);
}

} // namespace coffer
