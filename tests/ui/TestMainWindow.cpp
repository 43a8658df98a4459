// The main window as each role sees it, and its locking: Lock and auto-lock return to the unlock
// screen for the same vault, and the auto-lock setting takes effect at once.
#include "AdminFixtures.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TaskFixtures.h"
#include "UiTestSupport.h"
#include "session/DesktopSession.h"
#include "session/IdleWatcher.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "start/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace coffer;
using namespace coffer::test;

namespace {
constexpr int kTimeout = 30000;
} // namespace

class TestMainWindow : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void lockAndUnlockThroughMainWindow();
    void autoLockAfterIdle();
    void autoLockSettingAppliesAtOnce();
    void ownerSeesEverything();
    void adminHasNoDangerZone();
    void editorHasNoAdminPagesNorDangerZone();
    void viewerHasNoAdminPagesNorExportNorDangerZone();
    void changeMyPasswordFromTheBadgeAndSettings();

private:
    void unlockThroughDialog();
    MainWindow* openAs(const QString& user);

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<DesktopSession> m_session;
    QPointer<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
    m_folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Workshop"));
}

void TestMainWindow::cleanup()
{
    GuiTestCase::cleanup();
    delete m_window.data();
    m_session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

MainWindow* TestMainWindow::openAs(const QString& user)
{
    m_window = new MainWindow(signIn(m_folder, user));
    m_window->show();
    return m_window;
}

void TestMainWindow::unlockThroughDialog()
{
    QPointer<UnlockDialog> dialog = m_session->unlockDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->vaultFolder(), m_folder);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "passwordEdit"), QString::fromLatin1(kOwnerPassword));
    QTest::mouseClick(findNamed<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow(), kTimeout);
}

void TestMainWindow::lockAndUnlockThroughMainWindow()
{
    m_session = std::make_unique<DesktopSession>();
    m_session->start();
    m_session->showUnlock(m_folder);
    unlockThroughDialog();
    QPointer<MainWindow> main = m_session->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    QVERIFY(main->isUnlocked());

    // Ctrl+L locks: the window goes, the unlock dialog for the same vault comes.
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!main);
    QVERIFY(m_session->unlockDialog());
    QCOMPARE(m_session->unlockDialog()->vaultFolder(), m_folder);
    // The vault is really released: it can be opened again from here.
    unlockThroughDialog();
    QVERIFY(m_session->mainWindow()->isUnlocked());
}

void TestMainWindow::autoLockAfterIdle()
{
    m_session = std::make_unique<DesktopSession>();
    m_session->start();
    m_session->showUnlock(m_folder);
    unlockThroughDialog();
    QPointer<MainWindow> main = m_session->mainWindow();
    QCOMPARE(main->idleWatcher()->timeout(), std::chrono::milliseconds(std::chrono::minutes(10)));

    main->idleWatcher()->setTimeout(std::chrono::milliseconds(300));
    QTRY_VERIFY_WITH_TIMEOUT(!main, 5000);
    QVERIFY(m_session->unlockDialog());
    QCOMPARE(m_session->unlockDialog()->vaultFolder(), m_folder);
    // It says why it appeared.
    auto* notice = findNamed<QLabel>(m_session->unlockDialog(), "lockNoticeLabel");
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("without use")), qPrintable(notice->text()));
    screenshot(m_session->unlockDialog(), QStringLiteral("admin-auto-locked"));
}

void TestMainWindow::autoLockSettingAppliesAtOnce()
{
    MainWindow* main = openAs({});
    auto* minutes = findNamed<QSpinBox>(main->settingsPage(), "autoLockSpinBox");
    QVERIFY(minutes);
    minutes->setValue(3);
    QCOMPARE(main->idleWatcher()->timeout(), std::chrono::milliseconds(std::chrono::minutes(3)));
    minutes->setValue(0); // never
    QCOMPARE(main->idleWatcher()->timeout().count(), 0);
    QCOMPARE(AppSettings::autoLockMinutes(), 0);
    minutes->setValue(AppSettings::kDefaultAutoLockMinutes);
}

void TestMainWindow::ownerSeesEverything()
{
    MainWindow* main = openAs({});
    QVERIFY(main->usersPage());
    QVERIFY(main->auditPage());
    QVERIFY(main->findChild<QAction*>(QStringLiteral("exportAllAction")));
    QVERIFY(findNamed<QWidget>(main->settingsPage(), "dangerZone"));
    QVERIFY(findNamed<QPushButton>(main->settingsPage(), "cancelAccountButton"));
    QVERIFY(findNamed<QWidget>(main->settingsPage(), "exportDefaultsGroup"));
    QVERIFY(!main->demoBanner());
}

void TestMainWindow::adminHasNoDangerZone()
{
    MainWindow* main = openAs(QStringLiteral("Admin"));
    QVERIFY(main->usersPage());
    QVERIFY(main->auditPage());
    QVERIFY(main->findChild<QAction*>(QStringLiteral("exportAllAction")));
    QVERIFY(!findNamed<QWidget>(main->settingsPage(), "dangerZone"));
}

void TestMainWindow::editorHasNoAdminPagesNorDangerZone()
{
    MainWindow* main = openAs(QStringLiteral("Editor"));
    QVERIFY(!main->usersPage());
    QVERIFY(!main->auditPage());
    QVERIFY(!main->findChild<QAction*>(QStringLiteral("exportAllAction")));
    QVERIFY(!findNamed<QWidget>(main->settingsPage(), "dangerZone"));
    QVERIFY(!findNamed<QPushButton>(main->settingsPage(), "cancelAccountButton"));
}

void TestMainWindow::viewerHasNoAdminPagesNorExportNorDangerZone()
{
    MainWindow* main = openAs(QStringLiteral("Viewer"));
    QVERIFY(!main->usersPage());
    QVERIFY(!main->auditPage());
    QVERIFY(!main->findChild<QAction*>(QStringLiteral("exportAllAction")));
    QVERIFY(!main->findChild<QAction*>(QStringLiteral("backUpNowAction")));
    QVERIFY(!findNamed<QWidget>(main->settingsPage(), "dangerZone"));
    QVERIFY(!findNamed<QWidget>(main->settingsPage(), "exportDefaultsGroup"));
    QVERIFY(!main->findChild<QAction*>(QStringLiteral("newClientAction"))->isEnabled());
    // The viewer still has their own preferences.
    QVERIFY(findNamed<QSpinBox>(main->settingsPage(), "autoLockSpinBox"));
    main->showPage(main->settingsPage());
    screenshot(main, QStringLiteral("admin-viewer-settings"));
}

// Any user changes their own password: from the menu under their name and from Settings, the current
// password first (a wrong one changes nothing), then a new one that is not too easy to guess.
void TestMainWindow::changeMyPasswordFromTheBadgeAndSettings()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Passwords"));
    m_window = new MainWindow(signIn(folder, QStringLiteral("Editor")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto* badge = findNamed<QToolButton>(m_window, "userMenuButton");
    QVERIFY(badge && badge->menu());
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("changeMyPasswordAction"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = visibleWindow<QDialog>("changePasswordDialog");
    QVERIFY(dialog);
    auto* save = findNamed<QPushButton>(dialog, "saveButton");
    const QString fresh = QStringLiteral("Editor keeps a better one");
    const auto fill = [&](const QString& current, const QString& next) {
        for (const auto& [name, text] : {std::pair{"currentPasswordEdit", current}, std::pair{"newPasswordEdit", next},
                                         std::pair{"repeatPasswordEdit", next}}) {
            findNamed<QLineEdit>(dialog, name)->clear();
            QTest::keyClicks(findNamed<QLineEdit>(dialog, name), text);
        }
    };
    fill(QStringLiteral("Editor password 1"), QStringLiteral("password1"));
    QVERIFY(!save->isEnabled()); // too easy to guess
    fill(QStringLiteral("not my password"), fresh);
    QVERIFY(save->isEnabled());
    screenshot(dialog, QStringLiteral("admin-change-my-password"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findNamed<QLabel>(dialog, "errorLabel")->isVisible(), kTimeout);
    QVERIFY(findNamed<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("current password")));
    fill(QStringLiteral("Editor password 1"), fresh);
    QTest::mouseClick(save, Qt::LeftButton);
    QMessageBox* done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<QMessageBox>("passwordChangedBox")), kTimeout);
    QVERIFY(done->text().contains(QStringLiteral("password is changed")));
    done->accept();

    // Settings has the same.
    m_window->showPage(m_window->settingsPage());
    QTest::mouseClick(findNamed<QPushButton>(m_window->settingsPage(), "changePasswordButton"), Qt::LeftButton);
    dialog = visibleWindow<QDialog>("changePasswordDialog");
    QVERIFY(dialog);
    dialog->reject();
    delete m_window.data();
    QVERIFY(Vault::unlock(folder, QStringLiteral("Editor"), Secret::fromUtf8(fresh.toStdString()))->isUnlocked());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
