// The reports that end a verify, an erasure and a cancellation speak in the user's terms first: a sentence
// or two of what the outcome means, drawn from the real checks, so that a failed check never reads as
// reassurance; the technical checks sit behind "Details", closed until it is pressed. Each outcome comes
// from real work on a real vault (a backup verified, and one damaged; a client erased; a vault
// cancelled); the failures of an erasure and a cancellation, which a healthy disk does not produce, are
// those real results with one check turned to failed.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "backup/BackupVerifier.h"
#include "backup/ManagedBackups.h"
#include "erase/AccountCancellation.h"
#include "erase/ClientEraser.h"
#include "erase/ErasureReportDocument.h"
#include "store/OutputPath.h"
#include "tasks/ReportDialog.h"
#include "tasks/TaskReports.h"
#include "tasks/VaultTasks.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QToolButton>

using namespace coffer;
using namespace coffer::test;

class TestTaskReports : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void verifiedBackupIsSaidToOpen();
    void damagedBackupIsNeverCalledGood();
    void erasureSaysWhatIsLeft();
    void cancellationSaysTheVaultIsGone();

private:
    // The report's lead sentences.
    static QString summary(const ReportDialog* report);
    // The checks are behind Details until it is pressed; then they show.
    static void detailsOpenOnlyWhenPressed(ReportDialog* report, const char* shot);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_clientId;
    QPointer<QWidget> m_window; // what the reports open over; closeAllWindows() deletes it
};

void TestTaskReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    VaultCreation created = createClientsVault(m_dir->path());
    m_vault = std::move(created.vault);
    m_clientId = addSampleClient(*m_vault);
    m_window = new QWidget;
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTaskReports::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    m_vault.reset();
    m_dir.reset();
}

QString TestTaskReports::summary(const ReportDialog* report)
{
    const auto* label = findNamed<QLabel>(report, "reportSummary");
    return label ? label->text() : QString();
}

void TestTaskReports::detailsOpenOnlyWhenPressed(ReportDialog* report, const char* shot)
{
    QTRY_VERIFY(report->isVisible());
    auto* button = findNamed<QToolButton>(report, "detailsButton");
    auto* panel = findNamed<QWidget>(report, "detailsPanel");
    QVERIFY(button && panel);
    QVERIFY(button->isVisible());
    QVERIFY(!report->detailsShown());
    for (const QLabel* check : panel->findChildren<QLabel*>(QStringLiteral("checkText")))
        QVERIFY(!check->isVisible());
    screenshot(report, QString::fromLatin1(shot));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(report->detailsShown());
    QVERIFY(!panel->findChildren<QLabel*>().isEmpty());
    for (const QLabel* label : panel->findChildren<QLabel*>())
        QVERIFY2(label->isVisible(), qPrintable(label->text()));
    screenshot(report, QString::fromLatin1(shot) + QStringLiteral("-details"));
    QTest::mouseClick(button, Qt::LeftButton); // and closed again
    QTRY_VERIFY(!report->detailsShown());
}

void TestTaskReports::verifiedBackupIsSaidToOpen()
{
    const BackupInfo backup = ManagedBackups(*m_vault).backUpNow();
    const BackupReport checked =
        BackupVerifier::verify(backup.path, QStringLiteral("Owner"), secret(kOwnerPassword), m_vault.get());
    ReportDialog* report = TaskReports::verifyDone(m_window, checked, QStringLiteral("Monday"));
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    QVERIFY2(summary(report).contains(QStringLiteral("is complete and opens with your password")),
             qPrintable(summary(report)));
    QVERIFY(summary(report).contains(QStringLiteral("Clients in it: 1.")));
    // The technical words are in the checks, behind Details, not in the lead.
    QVERIFY(!summary(report).contains(QStringLiteral("SQLite")));
    QCOMPARE(report->checks().size(), checked.checks.size());
    detailsOpenOnlyWhenPressed(report, "reports-01-verify");
    QStringList checks;
    for (const QLabel* label : report->findChildren<QLabel*>(QStringLiteral("checkText")))
        checks << label->text();
    QVERIFY2(checks.join(u' ').contains(QStringLiteral("integrity check")), qPrintable(checks.join(u' ')));
}

void TestTaskReports::damagedBackupIsNeverCalledGood()
{
    const BackupInfo backup = ManagedBackups(*m_vault).backUpNow();
    // One byte of the snapshot changed: the sums no longer match.
    QByteArray bytes = readAll(backup.path);
    const qint64 at = backup.manifest.snapshot.offset + 100;
    bytes[at] = char(bytes[at] ^ 0x20);
    writeAll(backup.path, bytes);
    const QString folder = m_vault->path();
    m_vault.reset();
    std::unique_ptr<Vault> vault = Vault::unlock(folder, QStringLiteral("Owner"), secret(kOwnerPassword));
    auto* main = new MainWindow(std::move(vault));
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    main->tasks()->verifyBackup(backup.path);
    auto* ask = visibleWindow<QDialog>("verifyDialog");
    QVERIFY(ask);
    setText(ask, "passwordEdit", QString::fromLatin1(kOwnerPassword));
    click(ask, "verifyButton");
    ReportDialog* report = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((report = visibleWindow<ReportDialog>("failureDialog")), kTaskTimeout);
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Failure);
    QVERIFY2(summary(report).contains(QStringLiteral("cannot be trusted")), qPrintable(summary(report)));
    QVERIFY(!summary(report).contains(QStringLiteral("opens with your password")));
    QVERIFY(!visibleWindow<ReportDialog>("verifyDoneDialog"));
    detailsOpenOnlyWhenPressed(report, "reports-02-verify-damaged");
    // Core's own words are kept, behind Details.
    QVERIFY(findNamed<QLabel>(report, "detailText")->text().contains(QStringLiteral("damaged")));
}

void TestTaskReports::erasureSaysWhatIsLeft()
{
    const ErasureReport erased = ClientEraser(*m_vault).erase(m_clientId);
    QVERIFY(erased.passed());
    OutputRules rules;
    rules.vaultFolder = m_vault->path();
    ReportDialog* report = TaskReports::erasureDone(m_window, erased, QStringLiteral("Anna Ozola"), rules);
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    QVERIFY2(summary(report).contains(QStringLiteral("Nothing of Anna Ozola is left in this vault")),
             qPrintable(summary(report)));
    detailsOpenOnlyWhenPressed(report, "reports-03-erasure");
    report->accept();

    // The same erasure with one check failed: no reassurance, in the window or in the document.
    ErasureReport failed = erased;
    failed.checks.back().passed = false;
    report = TaskReports::erasureDone(m_window, failed, QStringLiteral("Anna Ozola"), rules);
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Failure);
    QVERIFY2(summary(report).contains(QStringLiteral("is not complete")), qPrintable(summary(report)));
    QVERIFY(!summary(report).contains(QStringLiteral("Nothing of")));
    detailsOpenOnlyWhenPressed(report, "reports-04-erasure-check-failed");
    int crosses = 0;
    for (const QLabel* mark : report->findChildren<QLabel*>(QStringLiteral("checkMark")))
        crosses += mark->text() == QStringLiteral("✗");
    QCOMPARE(crosses, 1);
    const QString document = ErasureReportDocument(failed, {}).html();
    QVERIFY(document.contains(QStringLiteral("is not complete")));
    QVERIFY(!document.contains(QStringLiteral("Nothing of")));
    for (const ErasureCheck& c : failed.checks) // the document keeps every check
        QVERIFY2(document.contains(c.name.mid(1).toHtmlEscaped()), qPrintable(c.name));
}

void TestTaskReports::cancellationSaysTheVaultIsGone()
{
    AccountCancellation cancellation(*m_vault);
    cancellation.setCertificatePath(QDir(m_dir->path()).filePath(QStringLiteral("certificate.json")));
    const CancellationResult result = cancellation.cancel(QStringLiteral("Clients"));
    QVERIFY2(result.completed, qPrintable(result.failure));
    ReportDialog* report = TaskReports::cancellationDone(result, QStringLiteral("Clients"), m_window);
    QCOMPARE(report->objectName(), QStringLiteral("certificateDialog"));
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    QVERIFY2(summary(report).contains(QStringLiteral("gone for good: nobody can open them")),
             qPrintable(summary(report)));
    detailsOpenOnlyWhenPressed(report, "reports-05-cancellation");
    report->accept();

    // A check afterwards that failed is never reported as a vault gone for good, whatever else says so.
    CancellationResult failed = result;
    failed.verification.front().passed = false;
    failed.failure = QStringLiteral("A check afterwards failed.");
    for (const bool completed : {false, true}) {
        failed.completed = completed;
        report = TaskReports::cancellationDone(failed, QStringLiteral("Clients"), m_window);
        QCOMPARE(report->objectName(), QStringLiteral("cancellationFailedDialog"));
        QCOMPARE(report->outcome(), ReportDialog::Outcome::Failure);
        QVERIFY2(summary(report).contains(QStringLiteral("did not finish, so files of it may still be")),
                 qPrintable(summary(report)));
        QVERIFY(!summary(report).contains(QStringLiteral("gone for good")));
        detailsOpenOnlyWhenPressed(report, completed ? "reports-07-cancellation-contradiction"
                                                     : "reports-06-cancellation-check-failed");
        report->accept();
    }
    // Before the keys were touched: nothing is gone, and the report says so.
    failed.keySlotsDestroyed = false;
    failed.completed = false;
    report = TaskReports::cancellationDone(failed, QStringLiteral("Clients"), m_window);
    QVERIFY2(summary(report).contains(QStringLiteral("Nothing was deleted")), qPrintable(summary(report)));
}

QTEST_MAIN(TestTaskReports)
#include "TestTaskReports.moc"
