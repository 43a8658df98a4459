// Erasure and cancellation through the real dialogs: erasing a client names what goes, waits for a
// deliberate tick, and ends with a report whose checks all pass; cancelling the account checks the
// password first, then deletes the vault and its backups and shows the certificate; an editor is
// never offered it.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "backup/ManagedBackups.h"
#include "tasks/ReportDialog.h"
#include "tasks/VaultTasks.h"

#include <QCheckBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

class TestEraseTasks : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eraseClientShowsTheReport();
    void cancelAccountEndToEnd();
    void editorIsNotOfferedCancelAccount();

private:
    MainWindow* openWindow(const QString& user = {}, const QString& password = QString::fromLatin1(kOwnerPassword));
    ReportDialog* waitForReport(const char* objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_clientId;
    QString m_editorPassword;
    Vault* m_vault = nullptr;
    std::unique_ptr<UrlRecorder> m_urls;
};

void TestEraseTasks::initTestCase()
{
    GuiTestCase::initTestCase();
    m_urls = std::make_unique<UrlRecorder>();
}

void TestEraseTasks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    VaultCreation created = createClientsVault(m_dir->path());
    m_clientId = addSampleClient(*created.vault);
    const Secret once = created.vault->addUser(QStringLiteral("Editor"), Role::Editor);
    m_folder = created.vault->path();
    created.vault->lock();
    std::unique_ptr<Vault> editor = Vault::unlock(m_folder, QStringLiteral("Editor"), once.copy());
    m_editorPassword = QStringLiteral("editor password 1");
    editor->changePassword(Secret::fromUtf8(m_editorPassword.toStdString()));
}

void TestEraseTasks::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    m_dir.reset();
}

MainWindow* TestEraseTasks::openWindow(const QString& user, const QString& password)
{
    std::unique_ptr<Vault> vault = Vault::unlock(m_folder, user, Secret::fromUtf8(password.toStdString()));
    m_vault = vault.get();
    auto* main = new MainWindow(std::move(vault));
    main->show();
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

ReportDialog* TestEraseTasks::waitForReport(const char* objectName)
{
    ReportDialog* report = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((report = visibleWindow<ReportDialog>(objectName)), kTaskTimeout); }();
    return report;
}

void TestEraseTasks::eraseClientShowsTheReport()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    QSignalSpy changed(main->tasks(), &VaultTasks::clientsChanged);
    main->tasks()->eraseClient(m_clientId);
    auto* confirm = visibleWindow<QDialog>("eraseClientDialog");
    QVERIFY(confirm);
    const QString contents = findNamed<QLabel>(confirm, "eraseContents")->text();
    for (const char* expected : {"Anna Ozola", "notes: 2", "attached files: 1", "history: 2"})
        QVERIFY2(contents.contains(QLatin1String(expected)), expected);
    auto* erase = findNamed<QPushButton>(confirm, "eraseButton");
    QVERIFY(!erase->isEnabled());
    QVERIFY(!erase->isDefault());
    screenshot(confirm, QStringLiteral("tasks-20-erase-confirm"));
    auto* understood = findNamed<QCheckBox>(confirm, "understoodCheckBox");
    QTest::mouseClick(understood, Qt::LeftButton, {}, QPoint(8, understood->height() / 2));
    QVERIFY(erase->isEnabled());
    screenshot(confirm, QStringLiteral("tasks-21-erase-confirm-armed"));
    QTest::mouseClick(erase, Qt::LeftButton);

    ReportDialog* report = waitForReport("erasureReportDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-22-erase-report"));
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    QVERIFY(report->checks().size() >= 4);
    for (const ReportCheck& c : report->checks())
        QVERIFY2(c.passed, qPrintable(c.name + QStringLiteral(": ") + c.detail));
    const QList<QLabel*> marks = report->findChildren<QLabel*>(QStringLiteral("checkMark"));
    QCOMPARE(marks.size(), int(report->checks().size()));
    QVERIFY(std::all_of(marks.begin(), marks.end(), [](QLabel* m) { return m->text() == QStringLiteral("✓"); }));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!ClientStore(*m_vault).exists(m_clientId));
}

void TestEraseTasks::cancelAccountEndToEnd()
{
    {
        std::unique_ptr<Vault> owner = Vault::unlock(m_folder, {}, secret(kOwnerPassword));
        (void)ManagedBackups(*owner).backUpNow();
        owner->lock();
    }
    const QString certificates = QDir(m_dir->path()).filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(certificates));
    QPointer<MainWindow> main = openWindow();
    QVERIFY(main);
    const QString backupFolder = m_vault->backupFolder();
    const QString vaultId = QString::fromLatin1(m_vault->id().toHex());
    QVERIFY(!m_vault->managedBackups().isEmpty());
    QSignalSpy cancelled(main.data(), &MainWindow::accountCancelled);

    // A wrong password stops it before anything is touched.
    main->tasks()->cancelAccount();
    auto* dialog = visibleWindow<QDialog>("cancelAccountDialog");
    QVERIFY(dialog);
    auto* go = findNamed<QPushButton>(dialog, "cancelAccountButton");
    setText(dialog, "passwordEdit", QStringLiteral("not the password"));
    setText(dialog, "confirmNameEdit", QStringLiteral("Clients"));
    setText(dialog, "certificateFolderEdit", certificates);
    QVERIFY(go->isEnabled());
    click(dialog, "cancelAccountButton");
    ReportDialog* report = waitForReport("failureDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-23-cancel-wrong-password"));
    report->accept();
    QVERIFY(QFileInfo(m_folder).isDir());
    QVERIFY(m_vault->isUnlocked());
    QCOMPARE(cancelled.count(), 0);

    // The name must be typed exactly.
    main->tasks()->cancelAccount();
    dialog = visibleWindow<QDialog>("cancelAccountDialog");
    QVERIFY(dialog);
    go = findNamed<QPushButton>(dialog, "cancelAccountButton");
    setText(dialog, "passwordEdit", QString::fromLatin1(kOwnerPassword));
    setText(dialog, "confirmNameEdit", QStringLiteral("clients"));
    setText(dialog, "certificateFolderEdit", certificates);
    QVERIFY(!go->isEnabled());
    setText(dialog, "confirmNameEdit", QStringLiteral("Clients"));
    QVERIFY(go->isEnabled());
    screenshot(dialog, QStringLiteral("tasks-24-cancel-account"));
    click(dialog, "cancelAccountButton");

    report = waitForReport("certificateDialog");
    QVERIFY(report);
    screenshot(report, QStringLiteral("tasks-25-certificate"));
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);
    for (const ReportCheck& c : report->checks())
        QVERIFY2(c.passed, qPrintable(c.name));
    QCOMPARE(cancelled.count(), 1);
    QTRY_VERIFY(!main); // the window closed (and released what was left of the vault)
    QVERIFY(!QFileInfo::exists(m_folder));
    QVERIFY(!QFileInfo::exists(backupFolder));

    const QStringList written = QDir(certificates).entryList(QDir::Files);
    QCOMPARE(written.size(), 2);
    const QString text = QDir::fromNativeSeparators(findNamed<QLineEdit>(report, "pathEdit")->text());
    QVERIFY(text.endsWith(QStringLiteral(".txt")));
    QVERIFY(readAll(text).contains(vaultId.toLatin1()));
    QVERIFY(readAll(text.chopped(4) + QStringLiteral(".json")).contains(vaultId.toLatin1()));

    click(report, "openCertificateButton");
    QCOMPARE(m_urls->urls.value(0), QUrl::fromLocalFile(text));
}

void TestEraseTasks::editorIsNotOfferedCancelAccount()
{
    MainWindow* main = openWindow(QStringLiteral("Editor"), m_editorPassword);
    QVERIFY(main);
    auto* button = findNamed<QPushButton>(main, "cancelAccountButton");
    QVERIFY(!button || !button->isVisible());
    main->tasks()->cancelAccount(); // even when asked directly, nothing opens
    QVERIFY(!visibleWindow<QDialog>("cancelAccountDialog"));
    QVERIFY(QFileInfo(m_folder).isDir());

    // An editor may erase a client, though.
    main->tasks()->eraseClient(m_clientId);
    QVERIFY(visibleWindow<QDialog>("eraseClientDialog"));
}

QTEST_MAIN(TestEraseTasks)
#include "TestEraseTasks.moc"
