#include "VaultTasks.h"

#include "LongTask.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "TaskReports.h"
#include "backup/BackupAccessDialog.h"
#include "backup/BackupFile.h"
#include "backup/BackupListModel.h"
#include "backup/BackupVerifier.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "backup/SnapshotAccess.h"
#include "backup/Tombstones.h"
#include "erase/AccountCancellation.h"
#include "erase/CancelAccountDialog.h"
#include "erase/ClientEraser.h"
#include "erase/EraseClientDialog.h"
#include "erase/RemainingCopies.h"
#include "privacy/RequestErasure.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/OutputPath.h"
#include "transfer/ExportDialog.h"
#include "transfer/Exporter.h"
#include "transfer/ImportTask.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"
#include "widgets/TaskWidgets.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace coffer {

using Task = TaskReports::Task;

VaultTasks::VaultTasks(Vault& vault, QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_window(window)
{
}

VaultTasks::~VaultTasks() = default;

QString VaultTasks::exportBaseName(const QString& clientName) const
{
    //: The name of an export file, before its time stamp; %1 is the vault's or the client's name.
    return tr("%1 export").arg(clientName.isEmpty() ? m_vault.name() : clientName);
}

void VaultTasks::exportAll()
{
    if (!m_window || !roleAllows(m_vault.currentUser().role, Permission::ExportAll))
        return;
    int restricted = 0;
    try {
        restricted = ClientStore(m_vault).countRestricted();
    } catch (const Error& e) {
        TaskReports::failed(m_window, Task::Export, e);
        return;
    }
    // With restricted clients in the vault the user chooses each time whether they go along.
    if (AppSettings::hasExportChoice() && restricted == 0) {
        const AppSettings::ExportChoice choice = AppSettings::exportChoice();
        // A plain choice is one click only once the user has confirmed it with their password.
        if (!choice.encrypt && AppSettings::plainExportConfirmed() && QFileInfo(choice.folder).isDir()) {
            startExport({}, {}, choice, nullptr);
            return;
        }
    }
    askAndExport({}, {}, restricted);
}

void VaultTasks::exportClient(const QString& clientId)
{
    if (!m_window || !roleAllows(m_vault.currentUser().role, Permission::ExportClient))
        return;
    try {
        askAndExport(clientId, ClientStore(m_vault).get(clientId).displayName);
    } catch (const Error& e) {
        TaskReports::failed(m_window, Task::Export, e);
    }
}

void VaultTasks::importData()
{
    if (m_window)
        ImportTask::start(m_vault, m_window, [this] { emit clientsChanged(); });
}

void VaultTasks::askAndExport(const QString& clientId, const QString& clientName, int restricted)
{
    const QString intro =
        clientName.isEmpty()
            ? tr("A complete copy of this vault — every client, note, file and consent, and the audit log — in "
                 "standard formats (JSON and CSV) that other programs can read. The vault itself does not change.")
            : tr("Everything this vault holds about %1 — profile, notes, files and consents — for an access or "
                 "portability request. The vault itself does not change.")
                  .arg(clientName);
    const QString heading = clientName.isEmpty() ? tr("Export everything in “%1”").arg(m_vault.name())
                                                 : tr("Export the data of %1").arg(clientName);
    auto* dialog = new ExportDialog(exportBaseName(clientName), heading, intro, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (clientId.isEmpty())
        dialog->requirePasswordWhenPlain(m_vault);
    dialog->setChoice(AppSettings::exportChoice());
    if (clientId.isEmpty())
        dialog->offerRestricted(restricted);
    connect(dialog, &QDialog::accepted, this, [this, dialog, clientId, clientName] {
        const AppSettings::ExportChoice choice = dialog->choice();
        // The remembered choice is what "Export all" makes; one client's export (often a JSON file for a
        // portability request) does not change it. A plain one was confirmed with the password just now.
        if (clientId.isEmpty()) {
            AppSettings::setExportChoice(choice);
            if (!choice.encrypt)
                AppSettings::setPlainExportConfirmed();
        }
        startExport(clientId, clientName, choice, std::make_shared<Secret>(dialog->takePassword()),
                    dialog->includeRestricted());
    });
    dialog->open();
}

void VaultTasks::startExport(const QString& clientId, const QString& clientName,
                             const AppSettings::ExportChoice& choice, const std::shared_ptr<Secret>& password,
                             bool includeRestricted)
{
    const QString target = ExportDialog::targetPath(choice, exportBaseName(clientName), QDateTime::currentDateTime());
    ExportOptions options;
    options.format = exportFormatFromName(choice.format).value_or(ExportFormat::Zip);
    options.clientId = clientId;
    options.byteOrderMark = choice.bom;
    options.includeRestricted = includeRestricted;
    // The export's password is as costly to guess as the vault's own: the same calibrated parameters.
    options.kdf = m_vault.kdfParams();
    const bool encrypted = password && !password->isEmpty();
    Vault* vault = &m_vault;
    runLongTask<ExportResult>(
        m_window, tr("Export"), tr("Exporting to “%1”…").arg(QFileInfo(target).fileName()),
        [vault, target, options, password, encrypted](const TaskProgress& progress) {
            ExportOptions o = options;
            o.passphrase = encrypted ? password.get() : nullptr;
            o.progress = progress;
            return Exporter(*vault).run(target, o);
        },
        [this, clientName, encrypted](Outcome<ExportResult>& outcome, bool cancelled) {
            if (cancelled && outcome.error)
                return; // core removed what it had written; the user knows they stopped it
            if (outcome.error) {
                TaskReports::failed(m_window, Task::Export, *outcome.error);
                return;
            }
            // That the next "Export all" is one click is news once; said every time, it is noise.
            const bool explainOneClick = clientName.isEmpty() && !encrypted && !AppSettings::oneClickExplained();
            TaskReports::exportDone(m_window, *outcome.value, clientName, encrypted, explainOneClick);
            if (explainOneClick)
                AppSettings::setOneClickExplained();
        });
}

void VaultTasks::backUpNow()
{
    if (!m_window || !roleAllows(m_vault.currentUser().role, Permission::Backup))
        return;
    Vault* vault = &m_vault;
    runLongTask<BackupInfo>(
        m_window, tr("Back Up"), tr("Making an encrypted backup of “%1”…").arg(m_vault.name()),
        [vault](const TaskProgress& progress) {
            return ManagedBackups(*vault).backUpNow([progress](qint64 done, qint64 total) { progress(done, total); });
        },
        [this](Outcome<BackupInfo>& outcome, bool) {
            if (outcome.error) {
                TaskReports::failed(m_window, Task::Backup, *outcome.error);
                return;
            }
            emit backupsChanged();
            TaskReports::backupDone(m_window, *outcome.value, m_vault.keepBackups());
        },
        // A backup through SQLite's backup API cannot be interrupted cleanly; it is as fast as a copy.
        Cancellable::No);
}

QString VaultTasks::takenText(const QString& backupFile)
{
    QByteArray id;
    QString taken;
    return BackupFile::peek(backupFile, &id, &taken)
               ? BackupListModel::displayTime(QDateTime::fromString(taken, Qt::ISODateWithMs))
               : QFileInfo(backupFile).fileName();
}

QDate VaultTasks::takenDate(const QString& backupFile)
{
    QByteArray id;
    QString taken;
    return BackupFile::peek(backupFile, &id, &taken)
               ? QDateTime::fromString(taken, Qt::ISODateWithMs).toLocalTime().date()
               : QDate::currentDate();
}

void VaultTasks::verifyBackup(const QString& backupFile)
{
    if (!m_window || backupFile.isEmpty() || !roleAllows(m_vault.currentUser().role, Permission::Backup))
        return;
    const QString taken = takenText(backupFile);
    auto* dialog = new BackupAccessDialog(BackupAccessDialog::Purpose::Verify, taken, m_vault.currentUser().name,
                                          m_vault.name(), m_vault.path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, backupFile, taken] {
        const QString user = dialog->userName();
        auto password = std::make_shared<Secret>(dialog->takePassword());
        Vault* vault = &m_vault;
        runLongTask<BackupReport>(
            m_window, tr("Verify a Backup"), tr("Checking the backup of %1…").arg(taken),
            [vault, backupFile, user, password](const TaskProgress& progress) {
                return BackupVerifier::verify(backupFile, user, *password, vault, LongTask::stoppingProgress(progress));
            },
            [this, taken](Outcome<BackupReport>& outcome, bool cancelled) {
                if (cancelled && outcome.error)
                    return;
                if (outcome.error)
                    TaskReports::failed(m_window, Task::Verify, *outcome.error);
                else
                    TaskReports::verifyDone(m_window, *outcome.value, taken);
            });
    });
    dialog->open();
}

void VaultTasks::restoreBackup(const QString& backupFile)
{
    if (!m_window || backupFile.isEmpty() || !roleAllows(m_vault.currentUser().role, Permission::Restore))
        return;
    const QString taken = takenText(backupFile);
    askHowToRestore(taken, [this, backupFile, taken](bool replace) {
        auto* dialog = new BackupAccessDialog(
            replace ? BackupAccessDialog::Purpose::Replace : BackupAccessDialog::Purpose::Restore, taken,
            m_vault.currentUser().name, m_vault.name(), m_vault.path(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, backupFile, taken, replace] {
            const QString user = dialog->userName(), target = dialog->target();
            auto password = std::make_shared<Secret>(dialog->takePassword());
            const std::optional<RestoreOptions> options = tombstoneOptions(backupFile, taken);
            if (!options)
                return;
            if (replace)
                emit replaceRequested({backupFile, taken, user, password, *options});
            else
                startRestore(backupFile, target, user, password, taken, *options);
        });
        dialog->open();
    });
}

void VaultTasks::askHowToRestore(const QString& taken, const std::function<void(bool replace)>& then)
{
    // The consequence of each way is plain before anything is asked or written: a second vault that opens
    // with the old passwords and that cancellation covers too, or this vault gone and the backup's day back.
    auto* ask =
        new QMessageBox(QMessageBox::Question, tr("Restore a Backup"),
                        tr("How should the backup of %1 be restored?").arg(taken), QMessageBox::NoButton, m_window);
    ask->setObjectName(QStringLiteral("keepSeparateBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(
        tr("<p><b>As a separate vault:</b> the backup becomes a second vault beside this one, with the clients and "
           "the passwords of the backup's day. This vault is not changed. Coffer lists the new vault as a copy of "
           "this one: cancelling the account covers it too, and asks you then whether to destroy it.</p>"
           "<p><b>In place of this vault:</b> once the restored backup has passed every check, this vault is "
           "destroyed and the backup takes its place. Everything added or changed since %1 is lost.</p>")
            .arg(taken.toHtmlEscaped()));
    QPushButton* keep = ask->addButton(tr("&Restore as a Separate Vault"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepSeparateButton"));
    QPushButton* replace = ask->addButton(tr("Re&place This Vault…"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceVaultButton"));
    TaskWidgets::makeDanger(replace);
    ask->addButton(QMessageBox::Cancel);
    ask->setDefaultButton(keep);
    connect(keep, &QPushButton::clicked, this, [then] { then(false); });
    connect(replace, &QPushButton::clicked, this, [then] { then(true); });
    ask->open();
}

std::optional<RestoreOptions> VaultTasks::tombstoneOptions(const QString& backupFile, const QString& taken)
{
    RestoreOptions options;
    try {
        const TombstoneSources sources = Restorer::findTombstones(backupFile);
        if (!sources.files.isEmpty())
            return options;
        // Asked, never assumed: without tombstones an erased client could come back.
        QMessageBox ask(QMessageBox::Warning, tr("Restore a Backup"),
                        tr("Coffer cannot find this vault's record of erasures"), QMessageBox::NoButton, m_window);
        ask.setInformativeText(
            tr("It looked in %1. If a client was erased after %2, they would come back in the restored "
               "vault. Restore anyway only if you are sure no client was erased since, or if the backup "
               "folder's drive is not connected, connect it first.")
                .arg(QDir::toNativeSeparators(sources.lookedIn.join(QStringLiteral(", "))), taken));
        QPushButton* restore = ask.addButton(tr("Restore Anyway"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != restore)
            return std::nullopt;
        options.withoutTombstones = true;
    } catch (const Error&) {
        // A damaged backup: the restore itself says so.
    }
    return options;
}

void VaultTasks::startRestore(const QString& backupFile, const QString& target, const QString& user,
                              const std::shared_ptr<Secret>& password, const QString& taken,
                              const RestoreOptions& options)
{
    if (!m_window)
        return;
    runLongTask<RestoreResult>(
        m_window, tr("Restore a Backup"), tr("Restoring the backup of %1 into a new vault…").arg(taken),
        [backupFile, target, user, password, options](const TaskProgress& progress) {
            RestoreOptions withProgress = options;
            withProgress.progress = LongTask::stoppingProgress(progress);
            return Restorer::restore(backupFile, target, user, *password, withProgress);
        },
        [this, taken](Outcome<RestoreResult>& outcome, bool cancelled) {
            if (cancelled && outcome.error)
                return; // core removed the new folder again
            if (outcome.error) {
                TaskReports::failed(m_window, Task::Restore, *outcome.error);
                return;
            }
            // Listed on the start window, but below this vault: the next unlock never opens the copy unnoticed.
            KnownVaults::rememberCopy(outcome.value->folder);
            TaskReports::restoreDone(m_window, *outcome.value, taken);
        });
}

void VaultTasks::eraseClient(const QString& clientId, const QString& requestId)
{
    if (!m_window || !roleAllows(m_vault.currentUser().role, Permission::WriteRecords))
        return;
    EraseClientDialog::Contents contents;
    try {
        m_vault.requireErase(); // the vault's rule may keep erasure to admins: say so before asking anything
        contents.name = ClientStore(m_vault).get(clientId).displayName;
        contents.notes = int(NoteStore(m_vault).list(clientId).size());
        contents.files = int(FileStore(m_vault).list(clientId).size());
        contents.consents = int(ConsentStore(m_vault).history(clientId).size());
    } catch (const Error& e) {
        TaskReports::failed(m_window, Task::Erase, e);
        return;
    }
    auto* dialog = new EraseClientDialog(contents, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, clientId, requestId, name = contents.name] {
        Vault* vault = &m_vault;
        runLongTask<ErasureReport>(
            m_window, tr("Erase Client"), tr("Erasing %1 and checking that nothing of theirs is left…").arg(name),
            [vault, clientId, requestId](const TaskProgress&) {
                return requestId.isEmpty() ? ClientEraser(*vault).erase(clientId)
                                           : RequestErasure::carryOut(*vault, requestId, clientId);
            },
            [this, name](Outcome<ErasureReport>& outcome, bool) {
                if (outcome.error) {
                    TaskReports::failed(m_window, Task::Erase, *outcome.error);
                    return;
                }
                emit clientsChanged();
                std::function<void(ReportDialog*)> prune;
                if (roleAllows(m_vault.currentUser().role, Permission::Backup))
                    prune = [this](ReportDialog* report) { pruneBackups(report); };
                TaskReports::erasureDone(m_window, *outcome.value, name, outputRules(), prune);
            },
            // Once the rows go, the checks must run to the end: a half-checked erasure proves nothing.
            Cancellable::No);
    });
    dialog->open();
}

OutputRules VaultTasks::outputRules() const
{
    OutputRules rules;
    rules.vaultFolder = m_vault.path();
    try {
        rules.backupFolder = m_vault.backupFolder();
    } catch (const Error&) {
        // Without it only the vault folder is protected; the backup folder is not where a user saves.
    }
    return rules;
}

void VaultTasks::pruneBackups(ReportDialog* over)
{
    QWidget* parent = over ? static_cast<QWidget*>(over) : m_window.data();
    if (!parent || !roleAllows(m_vault.currentUser().role, Permission::Backup))
        return;
    int stale = 0;
    try {
        stale = int(RemainingCopies::backupsBeforeErasures(m_vault).size());
    } catch (const Error& e) {
        TaskReports::failed(parent, Task::Prune, e);
        return;
    }
    auto* ask = new QMessageBox(QMessageBox::Warning, tr("Prune Backups"),
                                tr("Destroy the %n backup(s) made before the latest erasure?", nullptr, stale),
                                QMessageBox::NoButton, parent);
    ask->setObjectName(QStringLiteral("pruneBackupsBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(tr("They were made while an erased client was still in the vault, so they still hold "
                               "that client. Coffer first makes sure a newer backup exists and opens, then "
                               "overwrites these and deletes them. This cannot be undone."));
    QPushButton* destroy = ask->addButton(tr("&Destroy Them"), QMessageBox::DestructiveRole);
    destroy->setObjectName(QStringLiteral("destroyBackupsButton"));
    TaskWidgets::makeDanger(destroy);
    QPushButton* keep = ask->addButton(tr("Keep Them"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelButton"));
    ask->setDefaultButton(keep);
    QPointer<QWidget> target = parent;
    connect(destroy, &QPushButton::clicked, this, [this, target] {
        if (!target)
            return;
        Vault* vault = &m_vault;
        runLongTask<PruneResult>(
            target, tr("Prune Backups"),
            tr("Checking a newer backup, then destroying the backups made before the latest erasure…"),
            [vault](const TaskProgress&) { return RemainingCopies::pruneBeforeErasures(*vault); },
            [this, target](Outcome<PruneResult>& outcome, bool) {
                if (!target)
                    return;
                emit backupsChanged(); // a new backup may have been made even when pruning failed
                if (outcome.error) {
                    TaskReports::failed(target, Task::Prune, *outcome.error);
                    return;
                }
                if (auto* button = target->findChild<QPushButton*>(QStringLiteral("pruneBackupsButton")))
                    button->setEnabled(!outcome.value->failed.isEmpty());
                TaskReports::pruneDone(target, *outcome.value);
            },
            // Each backup is overwritten and read back whole; stopping halfway would leave one half-destroyed.
            Cancellable::No);
    });
    ask->open();
}

void VaultTasks::cancelAccount()
{
    if (!m_window || !roleAllows(m_vault.currentUser().role, Permission::CancelAccount))
        return;
    CancelAccountDialog::Contents contents;
    contents.vaultName = m_vault.name();
    try {
        const ManagedBackups managed(m_vault);
        contents.backups = int(managed.everywhere().size());
        for (const BackupFolder& f : managed.folders())
            contents.backupFolders << f.path;
        if (contents.backupFolders.isEmpty())
            contents.backupFolders << m_vault.backupFolder();
        contents.keptCopies = AccountCancellation::keptCopies(m_vault);
    } catch (const Error& e) {
        TaskReports::failed(m_window, Task::CancelAccount, e);
        return;
    }
    auto* dialog = new CancelAccountDialog(contents, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        runCancellation(std::make_shared<Secret>(dialog->takePassword()), dialog->typedName(),
                        dialog->certificatePath(), dialog->destroyKeptCopies());
    });
    dialog->open();
}

void VaultTasks::runCancellation(const std::shared_ptr<Secret>& password, const QString& typedName,
                                 const QString& certificate, bool destroyKeptCopies)
{
    // Progress counts the files as they are destroyed: the vault's own, its backups and its tombstones.
    const qint64 files =
        QDir(m_vault.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).size() +
        m_vault.managedBackups().size() +
        (QFileInfo::exists(Tombstones::filePath(m_vault.backupFolder(), m_vault.id())) ? 1 : 0);
    Vault* vault = &m_vault;
    runLongTask<CancellationResult>(
        m_window, tr("Cancel Account"),
        tr("Deleting the vault “%1” and its backups. Please do not switch the computer off.").arg(m_vault.name()),
        [vault, password, typedName, certificate, files, destroyKeptCopies](const TaskProgress& progress) {
            // AccountCancellation trusts that its caller has the owner's word: the window has been open
            // for a while, so the password is asked again and checked against the owner's key slot.
            QFile header(vault->headerFilePath());
            if (!header.open(QIODevice::ReadOnly))
                throw Error(ErrorCode::Failed, tr("The vault's header file cannot be read, so the password cannot "
                                                  "be checked."));
            (void)SnapshotAccess::open(header.readAll(), {}, *password);
            AccountCancellation cancellation(*vault);
            cancellation.setCertificatePath(certificate);
            cancellation.setDestroyKeptCopies(destroyKeptCopies);
            qint64 done = 0;
            cancellation.setBeforeEachFile([&](const QString&) { progress(++done, qMax(done, files)); });
            return cancellation.cancel(typedName);
        },
        [this](Outcome<CancellationResult>& outcome, bool) {
            if (outcome.error)
                TaskReports::failed(m_window, Task::CancelAccount, *outcome.error); // nothing was touched
            else
                cancellationFinished(*outcome.value);
        },
        Cancellable::No);
}

void VaultTasks::cancellationFinished(const CancellationResult& result)
{
    const QString name = m_vault.name();
    TaskReports::cancellationDone(result, name);
    if (result.keySlotsDestroyed) {
        emit accountCancelled();
    } else if (auto* window = qobject_cast<MainWindow*>(m_window.data())) {
        // Nothing was deleted but core has closed the vault: back to the unlock screen, as a lock would.
        window->lock();
    }
}

} // namespace coffer
