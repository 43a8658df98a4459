// Backups through the real page and dialogs: the empty state, Back up now, Verify (each check shown, a
// wrong password said plainly), Restore to a new folder (never over an existing one) whose vault
// unlocks and holds the client, the settings box read-only for an editor, and the list's model.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "backup/BackupListModel.h"
#include "backup/BackupSettingsGroup.h"
#include "backup/BackupsPage.h"
#include "backup/ManagedBackups.h"
#include "tasks/ReportDialog.h"
#include "tasks/VaultTasks.h"
#include "vault/KnownVaults.h"

#include <QAbstractItemModelTester>
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
    void modelTester();

private:
    MainWindow* openWindow(const QString& user = {});
    ReportDialog* waitForReport(const char* objectName);

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
    VaultCreation created = Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("Clients")),
                                          QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
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

void TestBackupTasks::backUpVerifyAndRestore()
{
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

    // Restore: never over an existing folder, then into a new one.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("Taken.coffer")));
    click(page, "restoreButton");
    ask = visibleWindow<QDialog>("restoreDialog");
    QVERIFY(ask);
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
    const QString restored = QDir(m_dir->path()).filePath(QStringLiteral("Restored.coffer"));
    QCOMPARE(QDir::fromNativeSeparators(findNamed<QLineEdit>(report, "pathEdit")->text()), restored);
    QVERIFY(KnownVaults::recent().contains(restored));
    report->accept();

    std::unique_ptr<Vault> copy = Vault::unlock(restored, {}, secret(kOwnerPassword));
    QVERIFY(ClientStore(*copy).exists(m_clientId));
    QCOMPARE(ClientStore(*copy).get(m_clientId).displayName, QStringLiteral("Anna Ozola"));
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
