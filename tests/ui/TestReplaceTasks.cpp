// Restore → "Replace this vault" through the real session: asked how, then the password; the window
// locks, the replacement runs with progress over the start window, its report says what happened, and
// the unlock dialog comes for the same vault, which now holds the backup's day. A wrong password leaves
// the vault as it was. At the next opening, what an interrupted replacement left is dealt with first: a
// decided one is finished, an undecided restore is offered for deletion or kept.
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TaskFixtures.h"
#include "UiTestSupport.h"
#include "backup/BackupListModel.h"
#include "backup/BackupsPage.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "erase/VaultReplacement.h"
#include "records/ClientStore.h"
#include "session/DesktopSession.h"
#include "start/UnlockDialog.h"
#include "tasks/ReportDialog.h"
#include "vault/KnownVaults.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestReplaceTasks : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replaceThroughTheSession();
    void wrongPasswordLeavesTheVault();
    void decidedReplacementIsFinishedAtOpening();
    void undecidedRestoreIsDeletedOrKept();

private:
    MainWindow* unlockThroughDialog();
    void startReplace(const QString& password);
    // What replace() leaves when the process stops after the restore: marked when decided.
    QString leaveRestoreBeside(bool decided);
    ReportDialog* waitForReport(const char* objectName);
    // Locks the open window and looks in the vault itself.
    bool holds(const QString& clientId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
    QString m_folder;
    QString m_backup;
    QString m_before; // a client in the backup
    QString m_after;  // a client added after it
};

void TestReplaceTasks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    VaultCreation created = createClientsVault(m_dir->path());
    m_before = addSampleClient(*created.vault);
    m_backup = ManagedBackups(*created.vault).backUpNow().path;
    Client later;
    later.givenName = QStringLiteral("Later");
    later.familyName = QStringLiteral("Client");
    m_after = ClientStore(*created.vault).add(later);
    m_folder = created.vault->path();
    created.vault->lock();
    m_session = std::make_unique<DesktopSession>();
    m_session->start();
}

void TestReplaceTasks::cleanup()
{
    GuiTestCase::cleanup();
    m_session.reset();
    closeAllWindows();
    m_dir.reset();
}

ReportDialog* TestReplaceTasks::waitForReport(const char* objectName)
{
    ReportDialog* report = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((report = visibleWindow<ReportDialog>(objectName)), kTaskTimeout); }();
    return report;
}

MainWindow* TestReplaceTasks::unlockThroughDialog()
{
    QPointer<UnlockDialog> dialog;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = m_session->unlockDialog()), kTaskTimeout); }();
    if (!dialog || dialog->vaultFolder() != m_folder)
        return nullptr;
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "passwordEdit"), QString::fromLatin1(kOwnerPassword));
    QTest::mouseClick(findNamed<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow(), kTaskTimeout); }();
    return m_session->mainWindow();
}

void TestReplaceTasks::startReplace(const QString& password)
{
    m_session->showUnlock(m_folder);
    MainWindow* main = unlockThroughDialog();
    QVERIFY(main);
    main->showPage(main->backupsPage());
    BackupsPage* page = main->backupsPage();
    QTRY_VERIFY(page->model()->rowCount() >= 2); // locking after the later client made the newer one
    for (int row = 0; row < page->model()->rowCount(); ++row)
        if (page->model()->pathAt(row) == m_backup)
            page->view()->selectRow(row);
    click(page, "restoreButton");
    auto* how = visibleWindow<QMessageBox>("keepSeparateBox");
    QVERIFY(how);
    click(how, "replaceVaultButton");
    auto* ask = visibleWindow<QDialog>("replaceDialog");
    QVERIFY(ask);
    QVERIFY(!findNamed<QLineEdit>(ask, "restoreFolderEdit")); // no new folder: this one is replaced
    setText(ask, "passwordEdit", password);
    screenshot(ask, QStringLiteral("tasks-30-replace-dialog"));
    click(ask, "replaceButton");
}

bool TestReplaceTasks::holds(const QString& clientId)
{
    MainWindow* main = m_session->mainWindow();
    if (main && main->isUnlocked()) {
        main->lock();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_session->unlockDialog(), kTaskTimeout); }();
        if (UnlockDialog* dialog = m_session->unlockDialog())
            dialog->reject();
        [&] { QTRY_VERIFY(!m_session->unlockDialog()); }();
    }
    return ClientStore(*Vault::unlock(m_folder, {}, secret(kOwnerPassword))).exists(clientId);
}

QString TestReplaceTasks::leaveRestoreBeside(bool decided)
{
    const QString base = QFileInfo(m_folder).fileName().section(u'.', 0, 0);
    const QString restored =
        Restorer::restore(m_backup, QDir(m_dir->path()).filePath(base + QStringLiteral(".restoring-20260101-000000")),
                          {}, secret(kOwnerPassword))
            .folder;
    if (decided) {
        QFile mark(QDir(restored).filePath(QString::fromLatin1(VaultReplacement::kReplacingMark)));
        if (!mark.open(QIODevice::WriteOnly))
            return {};
    }
    return restored;
}

void TestReplaceTasks::replaceThroughTheSession()
{
    startReplace(QString::fromLatin1(kOwnerPassword));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->mainWindow(), kTaskTimeout); // locked for it
    ReportDialog* report = waitForReport("replaceDoneDialog");
    QVERIFY(report);
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    screenshot(report, QStringLiteral("tasks-31-replace-done"));
    QVERIFY(!m_session->unlockDialog()); // not over the report
    report->accept();
    MainWindow* main = unlockThroughDialog();
    QVERIFY(main);
    QVERIFY(!main->restoredCopyBanner()); // it is the vault, not a copy of it
    QVERIFY(!KnownVaults::isRestoredCopy(m_folder));
    QVERIFY(holds(m_before));
    QVERIFY(!holds(m_after)); // the backup's day
    QVERIFY(VaultReplacement::interrupted(m_folder).empty());
}

void TestReplaceTasks::wrongPasswordLeavesTheVault()
{
    startReplace(QStringLiteral("not the password"));
    ReportDialog* report = waitForReport("failureDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-32-replace-wrong-password"));
    report->accept();
    QVERIFY(unlockThroughDialog());
    QVERIFY(holds(m_after)); // as it was
    QVERIFY(VaultReplacement::interrupted(m_folder).empty());
}

void TestReplaceTasks::decidedReplacementIsFinishedAtOpening()
{
    const QString restored = leaveRestoreBeside(true);
    QVERIFY(!restored.isEmpty());
    m_session->showUnlock(m_folder);
    auto* ask = visibleWindow<QMessageBox>("interruptedReplaceBox");
    QVERIFY(ask);
    QVERIFY(!m_session->unlockDialog()); // not before it is finished
    screenshot(ask, QStringLiteral("tasks-33-replace-interrupted"));
    click(ask, "finishReplaceButton");
    ReportDialog* report = waitForReport("replaceDoneDialog");
    QVERIFY(report);
    report->accept();
    QVERIFY(unlockThroughDialog());
    QVERIFY(!holds(m_after));
    QVERIFY(!QFileInfo::exists(restored));
}

void TestReplaceTasks::undecidedRestoreIsDeletedOrKept()
{
    const QString restored = leaveRestoreBeside(false);
    QVERIFY(!restored.isEmpty());
    m_session->showUnlock(m_folder);
    auto* ask = visibleWindow<QMessageBox>("interruptedReplaceBox");
    QVERIFY(ask);
    QVERIFY(ask->informativeText().contains(QDir::toNativeSeparators(restored)));
    screenshot(ask, QStringLiteral("tasks-34-replace-undecided"));
    click(ask, "keepRestoredButton");
    QTRY_VERIFY(m_session->unlockDialog());
    QVERIFY(QFileInfo::exists(restored));
    m_session->unlockDialog()->reject();
    QTRY_VERIFY(!m_session->unlockDialog());

    m_session->showUnlock(m_folder);
    ask = visibleWindow<QMessageBox>("interruptedReplaceBox");
    QVERIFY(ask);
    click(ask, "discardReplaceButton");
    QTRY_VERIFY_WITH_TIMEOUT(m_session->unlockDialog(), kTaskTimeout);
    QVERIFY(!QFileInfo::exists(restored));
    QVERIFY(unlockThroughDialog());
    QVERIFY(holds(m_after)); // the vault is as it was
}

QTEST_MAIN(TestReplaceTasks)
#include "TestReplaceTasks.moc"
