// The whole course of a new user, in the app alone, as issue #6 asks it to work: start Coffer, try the
// sample data, create their own vault from the demo's banner, add a client with a note, export everything
// (asked once, then one click), erase the client and read the report, and cancel the account. Each step
// is a picture of the window at 1280×800 when COFFER_SCREENSHOTS names a folder.
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "clients/ClientListModel.h"
#include "clients/ClientListPanel.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "clients/NotesPanel.h"
#include "clients/ValueListEdit.h"
#include "session/DesktopSession.h"
#include "settings/SettingsPage.h"
#include "start/CreateVaultWizard.h"
#include "start/StartWindow.h"
#include "tasks/ReportDialog.h"
#include "vault/KnownVaults.h"

#include <QAction>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

namespace {
const QString kPassword = QStringLiteral("a long walk through the vault");
} // namespace

class TestWalkthrough : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void newUserFromSampleDataToCancellation();

private:
    MainWindow* tryTheSample();
    MainWindow* createOwnVault(MainWindow* demo);
    QString addClient(MainWindow* main);
    void exportEverything(MainWindow* main);
    void eraseClient(MainWindow* main, const QString& id);
    void cancelAccount(MainWindow* main);
    ReportDialog* report(const char* objectName);

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopSession> m_session;
    int m_step = 0;
    void shot(QWidget* widget, const char* what)
    {
        screenshot(widget,
                   QStringLiteral("walk-%1-%2").arg(++m_step, 2, 10, QLatin1Char('0')).arg(QLatin1String(what)));
    }
};

void TestWalkthrough::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestWalkthrough::cleanup()
{
    GuiTestCase::cleanup();
    QTRY_VERIFY_WITH_TIMEOUT(!LongTask::anyRunning(), kTaskTimeout);
    m_session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

ReportDialog* TestWalkthrough::report(const char* objectName)
{
    ReportDialog* found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = visibleWindow<ReportDialog>(objectName)), kTaskTimeout); }();
    return found;
}

MainWindow* TestWalkthrough::tryTheSample()
{
    m_session = std::make_unique<DesktopSession>();
    m_session->setKdfParams(kCheapKdf);
    m_session->setDemoClientCount(60);
    m_session->start();
    StartWindow* start = m_session->startWindow();
    if (!start || !QTest::qWaitForWindowExposed(start))
        return nullptr;
    shot(start, "start");
    QTest::mouseClick(findNamed<QPushButton>(start, "trySampleButton"), Qt::LeftButton);
    MainWindow* demo = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((demo = m_session->mainWindow()), kTaskTimeout); }();
    if (!demo || !QTest::qWaitForWindowExposed(demo))
        return nullptr;
    shot(demo, "demo");
    return demo;
}

MainWindow* TestWalkthrough::createOwnVault(MainWindow* demo)
{
    const QString demoFolder = m_session->demoFolder();
    QTest::mouseClick(findNamed<QPushButton>(demo, "createOwnVaultButton"), Qt::LeftButton);
    CreateVaultWizard* wizard = nullptr;
    [&] { QTRY_VERIFY((wizard = m_session->createWizard())); }();
    if (!wizard)
        return nullptr;
    [&] { QTRY_VERIFY(!QFileInfo::exists(demoFolder)); }(); // the demo is gone
    findNamed<QLineEdit>(wizard, "folderEdit")->setText(m_dir.path());
    typeText(findNamed<QLineEdit>(wizard, "vaultNameEdit"), QStringLiteral("Ozoliņš Garden"));
    shot(wizard, "wizard-name");
    QTest::mouseClick(findNamed<QPushButton>(wizard, "nextButton"), Qt::LeftButton);
    typeText(findNamed<QLineEdit>(wizard, "ownerNameEdit"), QStringLiteral("Ēriks"));
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "newPasswordEdit"), kPassword);
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "repeatPasswordEdit"), kPassword);
    shot(wizard, "wizard-owner");
    QTest::mouseClick(findNamed<QPushButton>(wizard, "createButton"), Qt::LeftButton);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateVaultWizard::RecoveryKeyPageId), kTaskTimeout); }();
    shot(wizard, "wizard-recovery-key");
    auto* stored = findNamed<QCheckBox>(wizard, "storedCheckBox");
    QTest::mouseClick(stored, Qt::LeftButton, {}, QPoint(8, stored->height() / 2));
    QTest::mouseClick(findNamed<QPushButton>(wizard, "finishButton"), Qt::LeftButton);
    MainWindow* main = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((main = m_session->mainWindow()) && !main->demoBanner(), kTaskTimeout); }();
    if (!main || !QTest::qWaitForWindowExposed(main))
        return nullptr;
    shot(main, "own-vault-empty");
    return main;
}

QString TestWalkthrough::addClient(MainWindow* main)
{
    main->findChild<QAction*>(QStringLiteral("newClientAction"))->trigger();
    ClientsPage* page = main->clientsPage();
    typeText(findNamed<QLineEdit>(page, "givenNameEdit"), QStringLiteral("Jūratė"));
    typeText(findNamed<QLineEdit>(page, "familyNameEdit"), QStringLiteral("Žemaitytė"));
    typeText(findNamed<ValueListEdit>(page, "emailsEdit")->editAt(0), QStringLiteral("jurate@example.lt"));
    click(findNamed<QPushButton>(page, "saveButton"));
    const QString id = page->view()->clientId();
    if (id.isEmpty())
        return {};
    findNamed<QTabWidget>(page, "clientTabs")->setCurrentWidget(page->view()->notes());
    typeText(findNamed<QPlainTextEdit>(page, "noteTextEdit"), QStringLiteral("Wants the spring catalogue."));
    click(findNamed<QPushButton>(page, "addNoteButton"));
    shot(main, "client-added");

    // Found without the accents, by the start of her family name.
    auto* search = findNamed<QLineEdit>(page, "clientSearchEdit");
    if (search) {
        typeText(search, QStringLiteral("zemai"));
        [&] { QTRY_COMPARE(page->list()->model()->rowCount(), 1); }();
        shot(main, "client-found");
    }
    return id;
}

void TestWalkthrough::exportEverything(MainWindow* main)
{
    const QString exports = QDir(m_dir.path()).filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    auto* dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    setText(dialog, "exportFolderEdit", exports);
    // Saved without encryption, as a spreadsheet user might: the dialog asks for her own password first.
    auto* encrypt = findNamed<QCheckBox>(dialog, "encryptCheckBox");
    QTest::mouseClick(encrypt, Qt::LeftButton, {}, QPoint(8, encrypt->height() / 2));
    setText(dialog, "ownPasswordEdit", kPassword);
    shot(dialog, "export-asks-once");
    click(dialog, "exportButton");
    ReportDialog* done = report("exportDoneDialog");
    QVERIFY(done);
    shot(done, "export-done");
    done->accept();
    // The second time is one click: no dialog, a second file.
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    QVERIFY(!visibleWindow<QDialog>("exportDialog"));
    done = report("exportDoneDialog");
    QVERIFY(done);
    done->accept();
    QTRY_COMPARE(QDir(exports).entryList(QDir::Files).size(), 2);
}

void TestWalkthrough::eraseClient(MainWindow* main, const QString& id)
{
    ClientsPage* page = main->clientsPage();
    QCOMPARE(page->view()->clientId(), id);
    click(findNamed<QPushButton>(page, "eraseClientButton"));
    auto* confirm = visibleWindow<QDialog>("eraseClientDialog");
    QVERIFY(confirm);
    auto* understood = findNamed<QCheckBox>(confirm, "understoodCheckBox");
    QTest::mouseClick(understood, Qt::LeftButton, {}, QPoint(8, understood->height() / 2));
    shot(confirm, "erase-confirm");
    click(confirm, "eraseButton");
    ReportDialog* done = report("erasureReportDialog");
    QVERIFY(done);
    shot(done, "erase-report");
    QCOMPARE(done->outcome(), ReportDialog::Outcome::Success);
    done->accept();
    QTRY_COMPARE(page->list()->model()->rowCount(), 0);
}

void TestWalkthrough::cancelAccount(MainWindow* main)
{
    const QString folder = main->vaultFolder();
    const QString certificates = QDir(m_dir.path()).filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(certificates));
    main->showPage(main->settingsPage());
    auto* zone = findNamed<QWidget>(main->settingsPage(), "dangerZone");
    QVERIFY(zone && zone->isVisible());
    QPointer<MainWindow> window = main;
    QTest::mouseClick(findNamed<QPushButton>(zone, "cancelAccountButton"), Qt::LeftButton);
    auto* dialog = visibleWindow<QDialog>("cancelAccountDialog");
    QVERIFY(dialog);
    setText(dialog, "passwordEdit", kPassword);
    typeText(findNamed<QLineEdit>(dialog, "confirmNameEdit"),
             QStringLiteral("Ozoliņš Garden")); // keyClicks: Latin-1 only
    setText(dialog, "certificateFolderEdit", certificates);
    shot(dialog, "cancel-account");
    click(dialog, "cancelAccountButton");
    ReportDialog* done = report("certificateDialog");
    QVERIFY(done);
    shot(done, "certificate");
    for (const ReportCheck& c : done->checks())
        QVERIFY2(c.passed, qPrintable(c.name));
    QTRY_VERIFY(!window);
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!KnownVaults::recent().contains(folder));
    QCOMPARE(QDir(certificates).entryList(QDir::Files).size(), 2);
    done->accept();
    QTRY_VERIFY(m_session->startWindow() && m_session->startWindow()->isVisible());
    shot(m_session->startWindow(), "start-again");
}

void TestWalkthrough::newUserFromSampleDataToCancellation()
{
    MainWindow* demo = tryTheSample();
    QVERIFY(demo);
    QVERIFY(demo->clientsPage()->list()->model()->rowCount() > 0);
    MainWindow* main = createOwnVault(demo);
    QVERIFY(main);
    QCOMPARE(main->clientsPage()->list()->model()->rowCount(), 0);
    const QString id = addClient(main);
    QVERIFY(!id.isEmpty());
    exportEverything(main);
    if (QTest::currentTestFailed())
        return;
    eraseClient(main, id);
    if (QTest::currentTestFailed())
        return;
    cancelAccount(main);
}

QTEST_MAIN(TestWalkthrough)
#include "TestWalkthrough.moc"
