// Backups through the real page and dialogs: the empty state, Back up now, Verify (each check shown, a
// wrong password said plainly), Restore to a new folder (never over an existing one, and only once the
// user agrees to keep it as a separate vault) whose vault unlocks and holds the client, the settings box
// read-only for an editor, the warning while backups are on the vault's own disk (and the chooser it
// offers), every backup folder the vault has used (one unplugged), the export history, and the models.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "backup/BackupFolderModel.h"
#include "backup/BackupListModel.h"
#include "backup/BackupSettingsGroup.h"
#include "backup/BackupsPage.h"
#include "backup/ManagedBackups.h"
#include "clients/ClientsPage.h"
#include "erase/ClientEraser.h"
#include "tasks/ReportDialog.h"
#include "tasks/VaultTasks.h"
#include "transfer/ExportHistoryDialog.h"
#include "transfer/ExportHistoryModel.h"
#include "transfer/Exporter.h"
#include "vault/KnownVaults.h"

#include <QAbstractItemModelTester>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

class TestBackupTasks : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backUpVerifyAndRestore();
    void editorSeesBackupsReadOnly();
    void ownerIsAskedAboutASyncedFolder();
    void backupsOnTheVaultsDiskAreWarnedOf();
    void newVaultBannerLeadsToTheChooser();
    void everyBackupFolderIsListed();
    void exportHistoryIsShown();
    void modelTester();

private:
    MainWindow* openWindow(const QString& user = {});
    ReportDialog* waitForReport(const char* objectName);
    static QFileDialog* visibleFolderDialog(QWidget* parent);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_clientId;
    Vault* m_vault = nullptr;
    std::unique_ptr<UrlRecorder> m_urls;
};

void TestBackupTasks::initTestCase()
{
    GuiTestCase::initTestCase();
    m_urls = std::make_unique<UrlRecorder>();
}

void TestBackupTasks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    VaultCreation created = createClientsVault(m_dir->path());
    m_clientId = addSampleClient(*created.vault);
    (void)created.vault->addUser(QStringLiteral("Editor"), Role::Editor);
    m_folder = created.vault->path();
    created.vault->lock();
    // Locking after the changes above made an automatic backup; these tests start without any.
    QVERIFY(QDir(ManagedBackups::defaultFolder(m_folder)).removeRecursively());
}

void TestBackupTasks::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    m_dir.reset();
}

MainWindow* TestBackupTasks::openWindow(const QString& user)
{
    std::unique_ptr<Vault> vault = Vault::unlock(m_folder, user, secret(kOwnerPassword));
    m_vault = vault.get();
    auto* main = new MainWindow(std::move(vault));
    main->show();
    main->showPage(main->backupsPage());
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

ReportDialog* TestBackupTasks::waitForReport(const char* objectName)
{
    ReportDialog* report = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((report = visibleWindow<ReportDialog>(objectName)), kTaskTimeout); }();
    return report;
}

QFileDialog* TestBackupTasks::visibleFolderDialog(QWidget* parent)
{
    for (QFileDialog* d : parent->findChildren<QFileDialog*>(QStringLiteral("backupFolderDialog")))
        if (d->isVisible())
            return d;
    return nullptr;
}

void TestBackupTasks::backUpVerifyAndRestore()
{
    KnownVaults::remember(m_folder); // the vault the user works in
    MainWindow* main = openWindow();
    QVERIFY(main);
    BackupsPage* page = main->backupsPage();
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(findNamed<QWidget>(page, "backupsEmptyState")->isVisible());
    screenshot(main, QStringLiteral("tasks-10-backups-empty"));

    // Back up now.
    click(page, "backUpNowButton");
    ReportDialog* report = waitForReport("backupDoneDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-11-backup-done"));
    report->accept();
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->view()->isVisible());
    const QString backup = page->model()->pathAt(0);
    QVERIFY(QFileInfo(backup).isFile());
    screenshot(main, QStringLiteral("tasks-12-backups-list"));

    // Verify with a wrong password, then the right one.
    click(page, "verifyButton");
    auto* ask = visibleWindow<QDialog>("verifyDialog");
    QVERIFY(ask);
    setText(ask, "passwordEdit", QStringLiteral("not the password"));
    click(ask, "verifyButton");
    report = waitForReport("failureDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-13-verify-wrong-password"));
    report->accept();
    click(page, "verifyButton");
    ask = visibleWindow<QDialog>("verifyDialog");
    QVERIFY(ask);
    setText(ask, "passwordEdit", QString::fromLatin1(kOwnerPassword));
    screenshot(ask, QStringLiteral("tasks-14-verify-dialog"));
    click(ask, "verifyButton");
    report = waitForReport("verifyDoneDialog");
    QVERIFY(report);
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    QVERIFY(report->checks().size() >= 3);
    for (const ReportCheck& c : report->checks())
        QVERIFY2(c.passed, qPrintable(c.name));
    screenshot(report, QStringLiteral("tasks-15-verify-done"));
    report->accept();

    // Restore: asked first how (a separate vault, which cancelling the account covers too, or in place of
    // this one); Cancel writes nothing.
    click(page, "restoreButton");
    auto* keep = visibleWindow<QMessageBox>("keepSeparateBox");
    QVERIFY(keep);
    QVERIFY(keep->informativeText().contains(QStringLiteral("cancelling the account covers it too")));
    QVERIFY(keep->informativeText().contains(QStringLiteral("is lost")));
    screenshot(keep, QStringLiteral("tasks-16b-restore-keep-separate"));
    keep->reject();
    QTRY_VERIFY(!visibleWindow<QMessageBox>("keepSeparateBox"));
    QVERIFY(!visibleWindow<QDialog>("restoreDialog"));

    // Never over an existing folder, then into a new one.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("Taken.coffer")));
    const QString restored = QDir(m_dir->path()).filePath(QStringLiteral("Restored.coffer"));
    click(page, "restoreButton");
    keep = visibleWindow<QMessageBox>("keepSeparateBox");
    QVERIFY(keep);
    click(keep, "keepSeparateButton");
    ask = visibleWindow<QDialog>("restoreDialog");
    QVERIFY(ask);
    // Plainly a copy by its suggested name, not the original's name and a date.
    QVERIFY(findNamed<QLineEdit>(ask, "restoreNameEdit")->text().contains(QStringLiteral("restored copy of")));
    setText(ask, "restoreFolderEdit", m_dir->path());
    setText(ask, "restoreNameEdit", QStringLiteral("Taken"));
    setText(ask, "passwordEdit", QString::fromLatin1(kOwnerPassword));
    QVERIFY(!findNamed<QPushButton>(ask, "restoreButton")->isEnabled());
    QVERIFY(findNamed<QLabel>(ask, "restorePreview")->text().contains(QStringLiteral("already exists")));
    setText(ask, "restoreNameEdit", QStringLiteral("Restored"));
    screenshot(ask, QStringLiteral("tasks-16-restore-dialog"));
    click(ask, "restoreButton");
    report = waitForReport("restoreDoneDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-17-restore-done"));
    QCOMPARE(QDir::fromNativeSeparators(findNamed<QLineEdit>(report, "pathEdit")->text()), restored);
    QVERIFY(KnownVaults::recent().contains(restored));
    QCOMPARE(KnownVaults::recent().value(0), QFileInfo(m_folder).absoluteFilePath()); // never above this vault
    QVERIFY(KnownVaults::isRestoredCopy(restored));
    QVERIFY(!KnownVaults::isRestoredCopy(m_folder));
    report->accept();
    QVERIFY(!main->restoredCopyBanner());
    main->close();

    std::unique_ptr<Vault> copy = Vault::unlock(restored, {}, secret(kOwnerPassword));
    QVERIFY(ClientStore(*copy).exists(m_clientId));
    QCOMPARE(ClientStore(*copy).get(m_clientId).displayName, QStringLiteral("Anna Ozola"));
    // The copy's window says what it is.
    auto* copyWindow = new MainWindow(std::move(copy));
    copyWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(copyWindow));
    QVERIFY(copyWindow->restoredCopyBanner() && copyWindow->restoredCopyBanner()->isVisible());
    screenshot(copyWindow, QStringLiteral("tasks-17b-restored-copy-window"));
    copyWindow->close();
}

void TestBackupTasks::editorSeesBackupsReadOnly()
{
    // The editor's one-time password is changed first, as at their first sign-in.
    {
        std::unique_ptr<Vault> owner = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
        QString once;
        {
            Secret s = owner->resetUser(QStringLiteral("Editor"));
            once = QString::fromUtf8(s.view().data(), qsizetype(s.size()));
        }
        owner->lock();
        QDir(ManagedBackups::defaultFolder(m_folder)).removeRecursively();
        std::unique_ptr<Vault> editor =
            Vault::unlock(m_folder, QStringLiteral("Editor"), Secret::fromUtf8(once.toStdString()));
        editor->changePassword(secret(kOwnerPassword));
    }
    MainWindow* main = openWindow(QStringLiteral("Editor"));
    QVERIFY(main);
    BackupsPage* page = main->backupsPage();
    QVERIFY(!findNamed<QPushButton>(page, "backUpNowButton"));
    QVERIFY(!findNamed<QPushButton>(page, "restoreButton"));
    auto* group = page->findChild<BackupSettingsGroup*>();
    QVERIFY(group);
    QVERIFY(findNamed<QSpinBox>(group, "keepBackupsSpinBox")->isReadOnly());
    QVERIFY(!findNamed<QPushButton>(group, "changeBackupFolderButton"));
    // The editor is told of the same disk too, and who can choose another.
    QVERIFY(findNamed<QWidget>(group, "sameDiskWarning")->isVisible());
    QVERIFY(findNamed<QLabel>(group, "sameDiskWarning")->text().contains(QStringLiteral("administrator")));
    QVERIFY(!findNamed<QPushButton>(group, "chooseAnotherDiskButton"));
    screenshot(main, QStringLiteral("tasks-18-backups-editor"));
    main->tasks()->backUpNow(); // the role may not: nothing starts
    QVERIFY(!LongTask::anyRunning());
}

// A backup folder inside a Dropbox folder (its marker made by hand): the owner is told what was found
// and why it matters, and may go on; the box then says which risk was accepted. Cancel keeps the folder.
void TestBackupTasks::ownerIsAskedAboutASyncedFolder()
{
    const QString dropbox = QDir(m_dir->path()).filePath(QStringLiteral("Dropbox"));
    QVERIFY(QDir().mkpath(dropbox + QStringLiteral("/backups")));
    QFile marker(dropbox + QStringLiteral("/.dropbox"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    const QString synced = dropbox + QStringLiteral("/backups");
    MainWindow* main = openWindow();
    QVERIFY(main);
    auto* group = main->backupsPage()->findChild<BackupSettingsGroup*>();
    QVERIFY(group);
    auto* riskLabel = findNamed<QLabel>(group, "backupFolderRiskLabel");
    QVERIFY(riskLabel && !riskLabel->isVisible());
    auto visibleBox = [group]() -> QMessageBox* {
        for (QMessageBox* b : group->findChildren<QMessageBox*>(QStringLiteral("backupFolderRiskBox")))
            if (b->isVisible())
                return b;
        return nullptr;
    };

    group->setFolder(synced);
    QPointer<QMessageBox> box = visibleBox();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("Dropbox")), qPrintable(box->text()));
    QTest::mouseClick(findNamed<QPushButton>(box, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!box || !box->isVisible());
    QCOMPARE(m_vault->backupFolder(), ManagedBackups::defaultFolder(m_folder));

    group->setFolder(synced);
    box = visibleBox();
    QVERIFY(box);
    screenshot(box, QStringLiteral("tasks-19-backup-folder-risk"));
    QTest::mouseClick(findNamed<QPushButton>(box, "acceptRiskButton"), Qt::LeftButton);
    QTRY_VERIFY(!box || !box->isVisible());
    QCOMPARE(m_vault->backupFolder(), synced);
    QVERIFY(riskLabel->isVisible());
    QVERIFY(riskLabel->text().contains(QStringLiteral("Dropbox")));
    QCOMPARE(ManagedBackups(*m_vault).acceptedRisk().what, QStringLiteral("Dropbox"));

    group->setFolder(QString()); // the default is local: nothing to ask, and the risk goes
    QVERIFY(!visibleBox());
    QVERIFY(!riskLabel->isVisible());
}

// The default folder beside the vault is on the vault's disk: the Backups page says so, and Choose Another
// Disk… opens the folder chooser. A folder on another file system (tmpfs in /dev/shm, say) ends the
// warning; the default brings it back.
void TestBackupTasks::backupsOnTheVaultsDiskAreWarnedOf()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    auto* group = main->backupsPage()->findChild<BackupSettingsGroup*>();
    auto* warning = findNamed<QWidget>(group, "sameDiskWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(findNamed<QLabel>(group, "sameDiskWarning")->text().contains(QStringLiteral("same disk")));
    screenshot(main, QStringLiteral("tasks-19c-backups-same-disk"));

    click(group, "chooseAnotherDiskButton");
    QPointer<QFileDialog> chooser = visibleFolderDialog(group);
    QVERIFY(chooser);
    QCOMPARE(chooser->fileMode(), QFileDialog::Directory);
    const QString other = folderOnAnotherFileSystem(m_dir->path());
    if (other.isEmpty()) {
        chooser->reject();
        QSKIP("No writable folder on a second file system here (/dev/shm, the runtime folder, /var/tmp).");
    }
    QTemporaryDir usb(other + QStringLiteral("/coffer-usb-XXXXXX"));
    QVERIFY(usb.isValid());
    chooser->selectFile(usb.path());
    static_cast<QDialog*>(chooser.data())->accept(); // QFileDialog makes it protected; Choose calls it
    QTRY_COMPARE(m_vault->backupFolder(), usb.path());
    QVERIFY(!warning->isVisible());
    QCoreApplication::sendPostedEvents(); // the layout closes the row up
    screenshot(main, QStringLiteral("tasks-19d-backups-other-disk"));

    group->setFolder(QString()); // back beside the vault
    QCOMPARE(m_vault->backupFolder(), ManagedBackups::defaultFolder(m_folder));
    QVERIFY(warning->isVisible());
}

// Right after a vault is made (DesktopSession shows it then, once), a banner says where its backups go,
// and its button leads to the Backups page and the folder chooser.
void TestBackupTasks::newVaultBannerLeadsToTheChooser()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    main->showPage(main->clientsPage());
    QVERIFY(!main->sameDiskBanner());
    main->showSameDiskBanner();
    QPointer<QWidget> banner = main->sameDiskBanner();
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible()); // a widget added to a shown window appears with the next events
    screenshot(main, QStringLiteral("tasks-19e-new-vault-same-disk-banner"));
    click(banner, "sameDiskChooseButton");
    QCOMPARE(findNamed<QStackedWidget>(main, "pages")->currentWidget(), main->backupsPage());
    QPointer<QFileDialog> chooser = visibleFolderDialog(main->backupsPage());
    QVERIFY(chooser);
    chooser->reject();
    QVERIFY(!banner->isVisible()); // said once; the Backups page goes on saying it
    QVERIFY(findNamed<QWidget>(main->backupsPage(), "sameDiskWarning")->isVisible());
}

// Backups went to a drive, then to another folder, leaving them behind; the drive is then unplugged.
// Every folder is listed with when it was used, the current one first, and the drive as not reachable.
void TestBackupTasks::everyBackupFolderIsListed()
{
    const QString drive = QDir(m_dir->path()).filePath(QStringLiteral("Drive"));
    const QString nas = QDir(m_dir->path()).filePath(QStringLiteral("NAS"));
    QVERIFY(QDir().mkpath(drive));
    QVERIFY(QDir().mkpath(nas));
    QVERIFY(QDir().mkpath(ManagedBackups::defaultFolder(m_folder)));
    {
        std::unique_ptr<Vault> owner = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
        ManagedBackups managed(*owner);
        (void)managed.setFolder(drive, FolderChange::Move);
        (void)managed.backUpNow();
        (void)managed.setFolder(nas, FolderChange::Leave);
        (void)managed.backUpNow();
        owner->lock();
    }
    QVERIFY(QDir().rename(drive, drive + QStringLiteral(" (unplugged)")));
    MainWindow* main = openWindow();
    QVERIFY(main);
    BackupFolderModel* model = main->backupsPage()->folderModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3); // the default one, the drive, the NAS
    QCOMPARE(model->data(model->index(0, BackupFolderModel::Folder)).toString(), QDir::toNativeSeparators(nas));
    QCOMPARE(model->data(model->index(0, BackupFolderModel::State)).toString(), QStringLiteral("In use now"));
    int driveRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->folderAt(row).path == drive)
            driveRow = row;
    QVERIFY(driveRow > 0);
    QCOMPARE(model->data(model->index(driveRow, BackupFolderModel::State)).toString(), QStringLiteral("Not reachable"));
    QVERIFY(!model->data(model->index(driveRow, BackupFolderModel::LastUsed)).toString().isEmpty());
    QVERIFY(!model->data(model->index(driveRow, BackupFolderModel::State), Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(findNamed<QTableView>(main->backupsPage(), "backupFolderList")->isVisible());
    screenshot(main, QStringLiteral("tasks-19b-backup-folders"));
}

// Two exports, then the client of the one-client export is erased: the history shows both, the erased
// client's without its path, and each manifest's sum shortened with the whole one in the tooltip.
void TestBackupTasks::exportHistoryIsShown()
{
    const QString zip = QDir(m_dir->path()).filePath(QStringLiteral("everything.zip"));
    {
        std::unique_ptr<Vault> owner = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
        (void)Exporter(*owner).run(zip, ExportOptions{});
        ExportOptions hers;
        hers.format = ExportFormat::Json;
        hers.clientId = m_clientId;
        (void)Exporter(*owner).run(QDir(m_dir->path()).filePath(QStringLiteral("anna.json")), hers);
        (void)ClientEraser(*owner).erase(m_clientId);
        owner->lock();
    }
    MainWindow* main = openWindow();
    QVERIFY(main);
    click(main->backupsPage(), "exportHistoryButton");
    auto* dialog = visibleWindow<ExportHistoryDialog>("exportHistoryDialog");
    QVERIFY(dialog);
    ExportHistoryModel* model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    const auto text = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role).toString();
    };
    // Newest first: Anna's own, whose path went with her.
    QCOMPARE(text(0, ExportHistoryModel::Scope), QStringLiteral("One client"));
    QCOMPARE(text(0, ExportHistoryModel::Format), QStringLiteral("JSON file"));
    QCOMPARE(text(0, ExportHistoryModel::Path), QStringLiteral("Path removed at the client's erasure"));
    QCOMPARE(text(1, ExportHistoryModel::Scope), QStringLiteral("All clients (1)"));
    QCOMPARE(text(1, ExportHistoryModel::Format), QStringLiteral("Zip file"));
    QCOMPARE(text(1, ExportHistoryModel::Encrypted), QStringLiteral("No"));
    QCOMPARE(text(1, ExportHistoryModel::Path), QDir::toNativeSeparators(zip));
    QCOMPARE(text(1, ExportHistoryModel::MadeBy), QStringLiteral("Owner"));
    const QString sum = text(1, ExportHistoryModel::Manifest, ExportHistoryModel::SumRole);
    QCOMPARE(sum.size(), 64);
    QCOMPARE(text(1, ExportHistoryModel::Manifest), sum.left(12) + QStringLiteral("…"));
    QVERIFY(text(1, ExportHistoryModel::Manifest, Qt::ToolTipRole).contains(sum));
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(!text(row, column).contains(QStringLiteral("Anna")));
    screenshot(dialog, QStringLiteral("tasks-19c-export-history"));
    click(dialog, "closeButton");
    QTRY_VERIFY(!visibleWindow<ExportHistoryDialog>("exportHistoryDialog"));
}

void TestBackupTasks::modelTester()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 3; ++i)
        (void)ManagedBackups(*m_vault).backUpNow();
    model.setBackups(m_vault->managedBackups());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.takenAt(0) >= model.takenAt(1)); // newest first
    QVERIFY(!model.data(model.index(0, BackupListModel::Size)).toString().isEmpty());
    model.setBackups({});
    QCOMPARE(model.rowCount(), 0);

    // The owner changes how many are kept; the vault has it at once.
    auto* spin = findNamed<QSpinBox>(main->backupsPage(), "keepBackupsSpinBox");
    QVERIFY(!spin->isReadOnly());
    spin->setValue(3);
    QTRY_COMPARE(m_vault->keepBackups(), 3);
}

QTEST_MAIN(TestBackupTasks)
#include "TestBackupTasks.moc"
