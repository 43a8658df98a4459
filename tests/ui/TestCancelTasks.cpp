// Cancellation where it reaches beyond the vault folder. A vault restored from a backup and kept as a
// separate vault is listed in the cancel dialog and left alone unless the box is ticked; the report names
// it either way. A backup folder whose drive is not connected stops the cancellation short of the
// certificate: the report names the folder and says Coffer will offer to finish, and the start window
// then does, with "Finish Cancelling", once the drive is back.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "backup/ManagedBackups.h"
#include "backup/Restorer.h"
#include "erase/AccountCancellation.h"
#include "start/StartWindow.h"
#include "tasks/ReportDialog.h"
#include "tasks/VaultTasks.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

class TestCancelTasks : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void restoredCopyIsKeptOrDestroyed_data();
    void restoredCopyIsKeptOrDestroyed();
    void interruptedCancellationIsFinishedFromTheStartWindow();
    void lostDriveIsAbandonedFromTheStartWindow();

private:
    MainWindow* openWindow();
    QDialog* fillCancelDialog(MainWindow* main);
    ReportDialog* waitForReport(const char* objectName);
    QString listedText(const QWidget* window) const;
    // A cancellation that stops because a backup drive (drive, renamed to unplugged) is not there.
    void cancelWithUnpluggedDrive(const QString& drive, const QString& unplugged);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_certificates;
    Vault* m_vault = nullptr;
    std::unique_ptr<UrlRecorder> m_urls;
};

void TestCancelTasks::init()
{
    m_urls = std::make_unique<UrlRecorder>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    VaultCreation created = createClientsVault(m_dir->path());
    (void)addSampleClient(*created.vault);
    m_folder = created.vault->path();
    created.vault->lock(); // an automatic backup in the default folder
    m_certificates = QDir(m_dir->path()).filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(m_certificates));
}

void TestCancelTasks::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    for (const QString& journal : AccountCancellation::pendingJournals())
        QFile::remove(journal); // a failed test must not leave the next one a notice
    m_dir.reset();
    m_urls.reset();
}

MainWindow* TestCancelTasks::openWindow()
{
    std::unique_ptr<Vault> vault = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
    m_vault = vault.get();
    auto* main = new MainWindow(std::move(vault));
    main->show();
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

QDialog* TestCancelTasks::fillCancelDialog(MainWindow* main)
{
    main->tasks()->cancelAccount();
    auto* dialog = visibleWindow<QDialog>("cancelAccountDialog");
    if (!dialog)
        return nullptr;
    setText(dialog, "passwordEdit", QString::fromLatin1(kOwnerPassword));
    setText(dialog, "confirmNameEdit", QStringLiteral("Clients"));
    setText(dialog, "certificateFolderEdit", m_certificates);
    return dialog;
}

ReportDialog* TestCancelTasks::waitForReport(const char* objectName)
{
    ReportDialog* report = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((report = visibleWindow<ReportDialog>(objectName)), kTaskTimeout); }();
    return report;
}

// The labels and lists of a window, as one text.
QString TestCancelTasks::listedText(const QWidget* window) const
{
    QStringList texts;
    for (const QLabel* label : window->findChildren<QLabel*>())
        texts << label->text();
    for (const QPlainTextEdit* list : window->findChildren<QPlainTextEdit*>())
        texts << list->toPlainText();
    return texts.join(u'\n');
}

void TestCancelTasks::restoredCopyIsKeptOrDestroyed_data()
{
    QTest::addColumn<bool>("destroy");
    QTest::newRow("kept") << false;
    QTest::newRow("destroyed") << true;
}

void TestCancelTasks::restoredCopyIsKeptOrDestroyed()
{
    QFETCH(bool, destroy);
    const QString copy = QDir(m_dir->path()).filePath(QStringLiteral("Restored.coffer"));
    {
        std::unique_ptr<Vault> owner = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
        const std::vector<ManagedBackup> backups = ManagedBackups(*owner).everywhere();
        QVERIFY(!backups.empty());
        owner->lock();
        RestoreOptions options;
        options.withoutTombstones = true;
        (void)Restorer::restore(backups.front().path, copy, {}, secret(kOwnerPassword), options);
    }
    QPointer<MainWindow> main = openWindow();
    QVERIFY(main);
    QDialog* dialog = fillCancelDialog(main);
    QVERIFY(dialog);
    auto* kept = findNamed<QLabel>(dialog, "keptCopiesLabel");
    QVERIFY(kept);
    QVERIFY2(kept->text().contains(QDir::toNativeSeparators(copy)), qPrintable(kept->text()));
    auto* box = findNamed<QCheckBox>(dialog, "destroyKeptCopiesCheckBox");
    QVERIFY(box && !box->isChecked());
    if (destroy)
        box->setChecked(true);
    screenshot(dialog, QStringLiteral("cancel-40-kept-copies-%1").arg(QLatin1String(QTest::currentDataTag())));
    click(dialog, "cancelAccountButton");

    ReportDialog* report = waitForReport("certificateDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("cancel-41-certificate-%1").arg(QLatin1String(QTest::currentDataTag())));
    QTRY_VERIFY(!main);
    const QString text = listedText(report);
    QVERIFY2(text.contains(QDir::toNativeSeparators(copy)), qPrintable(text));
    QVERIFY(text.contains(destroy ? QStringLiteral("destroyed with it") : QStringLiteral("kept, as you chose")));
    QCOMPARE(QFileInfo::exists(copy), !destroy);
    QVERIFY(!QFileInfo::exists(m_folder));
    if (!destroy) // the copy still opens: it was the user's choice
        QVERIFY(Vault::unlock(copy, {}, secret(kOwnerPassword)));
}

void TestCancelTasks::cancelWithUnpluggedDrive(const QString& drive, const QString& unplugged)
{
    // Backups went to a drive for a while, then back to the default folder; the drive is unplugged.
    QVERIFY(QDir().mkpath(drive));
    {
        std::unique_ptr<Vault> owner = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
        ManagedBackups managed(*owner);
        (void)managed.setFolder(drive, FolderChange::Move);
        (void)managed.backUpNow();
        (void)managed.setFolder(QString(), FolderChange::Leave);
        (void)managed.backUpNow();
        owner->lock();
    }
    QVERIFY(!QDir(drive).entryList(QDir::Files).isEmpty());
    QVERIFY(QDir().rename(drive, unplugged));

    QPointer<MainWindow> main = openWindow();
    QVERIFY(main);
    QDialog* dialog = fillCancelDialog(main);
    QVERIFY(dialog);
    click(dialog, "cancelAccountButton");
    ReportDialog* report = waitForReport("cancellationFailedDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("cancel-42-not-finished"));
    QTRY_VERIFY(!main); // the keys are gone: the vault's window closes
    const QString text = listedText(report);
    QVERIFY2(text.contains(QDir::toNativeSeparators(drive)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("offers to finish the cancellation")));
    QVERIFY(!findNamed<QPushButton>(report, "abandonFoldersButton")); // offered only when finishing
    const QStringList journals = AccountCancellation::pendingJournals();
    QCOMPARE(journals.size(), 1);
    QCOMPARE(StartWindow::journalVaultName(journals.first()), QStringLiteral("Clients"));
    report->accept();
}

void TestCancelTasks::interruptedCancellationIsFinishedFromTheStartWindow()
{
    const QString drive = QDir(m_dir->path()).filePath(QStringLiteral("Drive"));
    const QString unplugged = QDir(m_dir->path()).filePath(QStringLiteral("Drive (unplugged)"));
    cancelWithUnpluggedDrive(drive, unplugged);
    if (QTest::currentTestFailed())
        return;
    ReportDialog* report = nullptr;

    // The drive is back; Coffer starts again.
    QVERIFY(QDir().rename(unplugged, drive));
    auto* start = new StartWindow;
    start->show();
    QVERIFY(QTest::qWaitForWindowExposed(start));
    auto* notice = findNamed<QWidget>(start, "pendingCancellationNotice");
    QVERIFY(notice && notice->isVisible());
    QVERIFY(findNamed<QLabel>(start, "pendingCancellationTitle")->text().contains(QStringLiteral("“Clients”")));
    screenshot(start, QStringLiteral("cancel-43-start-window-notice"));
    click(start, "finishCancellingButton");
    report = waitForReport("certificateDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("cancel-44-finished"));
    QVERIFY(AccountCancellation::pendingJournals().isEmpty());
    QVERIFY(!QFileInfo::exists(drive) || QDir(drive).isEmpty());
    QVERIFY(QFileInfo::exists(QDir::fromNativeSeparators(findNamed<QLineEdit>(report, "pathEdit")->text())));
    QTRY_VERIFY(!findNamed<QWidget>(start, "pendingCancellationNotice"));
    QVERIFY(!findNamed<QWidget>(start, "pendingCancellations")->isVisible());
}

// The drive is lost for good: finishing from the start window still cannot reach it, and the user may
// finish without it, asked once more; the certificate then names it as not reached and not sanitised.
void TestCancelTasks::lostDriveIsAbandonedFromTheStartWindow()
{
    const QString drive = QDir(m_dir->path()).filePath(QStringLiteral("Drive"));
    const QString lost = QDir(m_dir->path()).filePath(QStringLiteral("Drive (lost)"));
    cancelWithUnpluggedDrive(drive, lost);
    if (QTest::currentTestFailed())
        return;
    auto* start = new StartWindow;
    start->show();
    QVERIFY(QTest::qWaitForWindowExposed(start));
    click(start, "finishCancellingButton");
    ReportDialog* report = waitForReport("cancellationFailedDialog");
    QVERIFY(report);
    click(report, "abandonFoldersButton");
    auto* ask = visibleWindow<QMessageBox>("abandonFoldersBox");
    QVERIFY(ask);
    QVERIFY(ask->informativeText().contains(QDir::toNativeSeparators(drive)));
    screenshot(ask, QStringLiteral("cancel-45-abandon-folder"));
    ask->reject(); // Cancel: nothing happens
    QTRY_VERIFY(!visibleWindow<QMessageBox>("abandonFoldersBox"));
    QCOMPARE(AccountCancellation::pendingJournals().size(), 1);
    click(report, "abandonFoldersButton");
    ask = visibleWindow<QMessageBox>("abandonFoldersBox");
    QVERIFY(ask);
    click(ask, "abandonFoldersConfirmButton");
    report = waitForReport("certificateDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("cancel-46-finished-without-folder"));
    QVERIFY(listedText(report).contains(QDir::toNativeSeparators(drive))); // named, not glossed over
    bool folderCheckSaysSo = false;
    for (const ReportCheck& c : report->checks())
        folderCheckSaysSo = folderCheckSaysSo || (c.name.contains(QStringLiteral("could reach")) &&
                                                  c.detail.contains(QStringLiteral("1 folder(s) not reached")));
    QVERIFY(folderCheckSaysSo);
    QVERIFY(AccountCancellation::pendingJournals().isEmpty());
    const QString certificate = QDir::fromNativeSeparators(findNamed<QLineEdit>(report, "pathEdit")->text());
    QFile file(certificate);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(QDir::toNativeSeparators(drive).toUtf8()), bytes.constData());
    QVERIFY(!QDir(lost).entryList(QDir::Files).isEmpty()); // Coffer never reached it, and says so
}

QTEST_MAIN(TestCancelTasks)
#include "TestCancelTasks.moc"
