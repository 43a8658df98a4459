// The vault's keys in the app, through the real widgets: a removal's rekey offers to destroy the older
// backups (and keeping them destroys nothing), Settings → Security changes the data key and replaces the
// recovery key (shown once, not closable before it is stored), an owner who took the vault over is asked
// for a recovery key of their own, and a vault whose key change was left for later says so at unlock.
#include "AdminFixtures.h"
#include "Error.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TaskFixtures.h"
#include "UiTestSupport.h"
#include "admin/AuditPage.h"
#include "admin/UsersPage.h"
#include "backup/BackupVerifier.h"
#include "backup/ManagedBackups.h"
#include "erase/RemainingCopies.h"
#include "settings/SettingsPage.h"
#include "store/Database.h"
#include "vault/OldKeyBackupsDialog.h"
#include "vault/RecoveryKeyDialog.h"
#include "vault/RecoveryKeyPanel.h"
#include "vault/SecurityGroup.h"
#include "widgets/NoticeLabel.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestSecurity : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aRemovalOffersToDestroyTheOlderBackups();
    void keepingThemDestroysNothing();
    void settingsChangesTheDataKey();
    void theRecoveryKeyIsReplacedAndShownOnce();
    void othersSeeNoSecuritySection();
    void aNewOwnerIsAskedForARecoveryKey();
    void aKeyChangeLeftForLaterIsAnnounced();
    void anOutsideChangeOfTheUsersIsAnnounced();

private:
    void openWindow(const QString& user = {});
    void confirm(QWidget* parent, const char* boxName);
    SecurityGroup* security() const { return findNamed<SecurityGroup>(m_window->settingsPage(), "securityGroup"); }
    // Removes Viewer through the Users page, which changes the data key.
    void removeViewer();

    QTemporaryDir m_dir;
    QString m_folder;
    QStringList m_oldBackups; // taken before the test's key change
    QPointer<MainWindow> m_window;
};

void TestSecurity::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestSecurity::init()
{
    static int n = 0;
    m_folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Keys%1").arg(++n));
    std::unique_ptr<Vault> vault = signIn(m_folder);
    (void)ManagedBackups(*vault).backUpNow();
    m_oldBackups.clear();
    for (const ManagedBackup& b : ManagedBackups(*vault).everywhere())
        m_oldBackups << b.path;
    QVERIFY(!m_oldBackups.isEmpty());
}

void TestSecurity::cleanup()
{
    GuiTestCase::cleanup();
    delete m_window.data();
}

void TestSecurity::openWindow(const QString& user)
{
    m_window = new MainWindow(signIn(m_folder, user));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSecurity::confirm(QWidget* parent, const char* boxName)
{
    QPointer<QMessageBox> box = findNamed<QMessageBox>(parent, boxName);
    QVERIFY2(box, boxName);
    QTest::mouseClick(findNamed<QPushButton>(box, "confirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!box || !box->isVisible());
}

void TestSecurity::removeViewer()
{
    UsersPage* page = m_window->usersPage();
    m_window->showPage(page);
    QVERIFY(page->selectUser(QStringLiteral("Viewer")));
    QTest::mouseClick(findNamed<QPushButton>(page, "removeUserButton"), Qt::LeftButton);
    confirm(page, "confirmRemoveBox");
}

void TestSecurity::aRemovalOffersToDestroyTheOlderBackups()
{
    openWindow();
    removeViewer();
    QPointer<OldKeyBackupsDialog> offer = visibleWindow<OldKeyBackupsDialog>("oldKeyBackupsDialog");
    QVERIFY(offer);
    const QString text = findNamed<QLabel>(offer, "oldKeyBackupsText")->text();
    QVERIFY2(text.contains(QStringLiteral("%1 backups").arg(m_oldBackups.size())) ||
                 (m_oldBackups.size() == 1 && text.contains(QStringLiteral("1 backup"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Out of Coffer's reach")) && text.contains(QStringLiteral("outside Coffer")),
             qPrintable(text));
    // Keep is the default: a stray Enter destroys nothing.
    QVERIFY(findNamed<QPushButton>(offer, "keepButton")->isDefault());
    screenshot(offer, QStringLiteral("security-older-backups-offer"));

    QTest::mouseClick(findNamed<QPushButton>(offer, "destroyButton"), Qt::LeftButton);
    auto* notice = findNamed<NoticeLabel>(offer, "oldKeyBackupsNotice");
    QVERIFY2(notice->isVisible() && !notice->isError(), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("destroyed")), qPrintable(notice->text()));
    QVERIFY(!findNamed<QPushButton>(offer, "destroyButton")->isEnabled());
    screenshot(offer, QStringLiteral("security-older-backups-destroyed"));
    for (const QString& path : m_oldBackups)
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    QTest::mouseClick(findNamed<QPushButton>(offer, "keepButton"), Qt::LeftButton); // "Close" now
    QTRY_VERIFY(!offer);

    delete m_window.data();
    std::unique_ptr<Vault> vault = signIn(m_folder);
    QVERIFY(RemainingCopies::backupsUnderOldKeys(*vault).empty());
    const std::vector<ManagedBackup> left = ManagedBackups(*vault).everywhere();
    QVERIFY(!left.empty());
    (void)BackupVerifier::verifyWithKey(left.front().path, vault->id(), vault->dataKey());
}

void TestSecurity::keepingThemDestroysNothing()
{
    openWindow();
    removeViewer();
    QPointer<OldKeyBackupsDialog> offer = visibleWindow<OldKeyBackupsDialog>("oldKeyBackupsDialog");
    QVERIFY(offer);
    QTest::keyClick(offer, Qt::Key_Escape);
    QTRY_VERIFY(!offer);
    for (const QString& path : m_oldBackups)
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    // Settings → Security offers it again, for as long as they are there.
    m_window->showPage(m_window->settingsPage());
    auto* again = findNamed<QPushButton>(security(), "olderBackupsButton");
    QVERIFY(again->isVisible());
    again->click(); // below the fold of the scrolled page: a mouse click would miss it
    offer = visibleWindow<OldKeyBackupsDialog>("oldKeyBackupsDialog");
    QVERIFY(offer);
    QTest::mouseClick(findNamed<QPushButton>(offer, "destroyButton"), Qt::LeftButton);
    offer->reject();
    QTRY_VERIFY(!offer);
    QVERIFY(!again->isVisible());
}

void TestSecurity::settingsChangesTheDataKey()
{
    openWindow();
    m_window->showPage(m_window->settingsPage());
    SecurityGroup* group = security();
    QVERIFY(group && group->isVisible());
    auto* state = findNamed<QLabel>(group, "keyStateLabel");
    QVERIFY2(state->text().contains(QStringLiteral("has not changed")), qPrintable(state->text()));
    screenshot(m_window, QStringLiteral("security-settings"));
    QTest::mouseClick(findNamed<QPushButton>(group, "changeDataKeyButton"), Qt::LeftButton);
    confirm(group, "confirmRekeyBox");
    auto* notice = findNamed<NoticeLabel>(group, "securityNotice");
    QVERIFY2(notice->isVisible() && !notice->isError(), qPrintable(notice->text()));
    QVERIFY2(state->text().contains(QStringLiteral("last changed on")), qPrintable(state->text()));
    // The backups from before still open with the old key: the offer came with the change.
    QPointer<OldKeyBackupsDialog> offer = visibleWindow<OldKeyBackupsDialog>("oldKeyBackupsDialog");
    QVERIFY(offer);
    offer->reject();
    delete m_window.data();
    std::unique_ptr<Vault> vault = signIn(m_folder);
    QVERIFY(vault->keyChanged().isValid());
    QCOMPARE(RemainingCopies::backupsUnderOldKeys(*vault).size(), size_t(m_oldBackups.size()));
}

void TestSecurity::theRecoveryKeyIsReplacedAndShownOnce()
{
    openWindow();
    m_window->showPage(m_window->settingsPage());
    auto* button = findNamed<QPushButton>(security(), "recoveryKeyButton");
    QVERIFY(button->isVisible());
    QVERIFY2(button->text().contains(QStringLiteral("Replace")), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    confirm(security(), "confirmRecoveryKeyBox");
    QPointer<RecoveryKeyDialog> shown = visibleWindow<RecoveryKeyDialog>("recoveryKeyDialog");
    QVERIFY(shown);
    const QString key = findNamed<QLabel>(shown, "recoveryKeyLabel")->text();
    QCOMPARE(key.size(), 39);
    screenshot(shown, QStringLiteral("security-recovery-key-replaced"));
    // Not to be closed before the owner says it is stored.
    auto* done = findNamed<QPushButton>(shown, "doneButton");
    QVERIFY(!done->isEnabled());
    shown->reject();
    QVERIFY(shown && shown->isVisible());
    findNamed<QCheckBox>(shown, "storedCheckBox")->setChecked(true);
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!shown);

    delete m_window.data();
    QVERIFY(Vault::recover(m_folder, {}, secretOf(key), secretOf(QStringLiteral("a brand new owner password")))
                ->isUnlocked());
}

void TestSecurity::othersSeeNoSecuritySection()
{
    openWindow(QStringLiteral("Editor"));
    QVERIFY(!security()->isVisibleTo(m_window->settingsPage()));
    delete m_window.data();
    openWindow(QStringLiteral("Admin"));
    m_window->showPage(m_window->settingsPage());
    QVERIFY(security()->isVisible());
    QVERIFY(findNamed<QPushButton>(security(), "changeDataKeyButton")->isVisible());
    QVERIFY(!findNamed<QPushButton>(security(), "recoveryKeyButton")->isVisible()); // the owner's alone
}

void TestSecurity::aNewOwnerIsAskedForARecoveryKey()
{
    {
        std::unique_ptr<Vault> vault = signIn(m_folder);
        vault->setRole(QStringLiteral("Admin"), Role::Owner);
        vault->rekey();
    }
    openWindow(QStringLiteral("Admin"));
    QPointer<QFrame> banner = findNamed<QFrame>(m_window, "noRecoveryKeyBanner");
    QVERIFY(banner && banner->isVisible());
    screenshot(m_window, QStringLiteral("security-no-recovery-key-banner"));
    QTest::mouseClick(findNamed<QPushButton>(banner, "makeRecoveryKeyButton"), Qt::LeftButton);
    QPointer<RecoveryKeyDialog> shown = visibleWindow<RecoveryKeyDialog>("recoveryKeyDialog");
    QVERIFY(shown);
    QVERIFY(findNamed<QLabel>(shown, "recoveryKeyIntro")->text().contains(QStringLiteral("owner of this vault now")));
    const QString key = findNamed<QLabel>(shown, "recoveryKeyLabel")->text();
    findNamed<QCheckBox>(shown, "storedCheckBox")->setChecked(true);
    QTest::mouseClick(findNamed<QPushButton>(shown, "doneButton"), Qt::LeftButton);
    QTRY_VERIFY(!shown);
    QVERIFY(!banner->isVisible());
    delete m_window.data();
    QVERIFY(Vault::recover(m_folder, QStringLiteral("Admin"), secretOf(key),
                           secretOf(QStringLiteral("the new owner's second password")))
                ->isUnlocked());
}

void TestSecurity::aKeyChangeLeftForLaterIsAnnounced()
{
    {
        std::unique_ptr<Vault> vault = signIn(m_folder);
        vault->removeUser(QStringLiteral("Viewer")); // as `user remove --no-rekey` leaves it
    }
    openWindow(QStringLiteral("Editor"));
    QVERIFY(!findNamed<QFrame>(m_window, "keyDueBanner")); // nothing an editor could do about it
    delete m_window.data();
    openWindow();
    QPointer<QFrame> banner = findNamed<QFrame>(m_window, "keyDueBanner");
    QVERIFY(banner && banner->isVisible());
    m_window->showPage(m_window->settingsPage());
    QVERIFY(findNamed<QLabel>(security(), "keyStateLabel")->text().contains(QStringLiteral("change it now")));
    screenshot(m_window, QStringLiteral("security-key-due-banner"));
    QTest::mouseClick(findNamed<QPushButton>(banner, "keyDueChangeButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    if (auto* offer = visibleWindow<OldKeyBackupsDialog>("oldKeyBackupsDialog"))
        offer->reject();
    delete m_window.data();
    QVERIFY(!signIn(m_folder)->rekeyDue());
}

// A member edits vault.db around Coffer with the data key: the owner's window says so first thing, and
// the audit page's verification says what and where.
void TestSecurity::anOutsideChangeOfTheUsersIsAnnounced()
{
    {
        std::unique_ptr<Vault> viewer = signIn(m_folder, QStringLiteral("Viewer"));
        Database db;
        db.open(viewer->databaseFilePath(), viewer->dataKey(), viewer->cipherSettings(), false);
        viewer.reset();
        db.exec("UPDATE users SET role = 'admin' WHERE name = 'Viewer'");
    }
    openWindow();
    QPointer<QFrame> banner = findNamed<QFrame>(m_window, "integrityBanner");
    QVERIFY(banner && banner->isVisible());
    QString text;
    for (const QLabel* label : banner->findChildren<QLabel*>())
        text += label->text();
    QVERIFY2(text.contains(QStringLiteral("changed outside Coffer")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Users page")), qPrintable(text));
    screenshot(m_window, QStringLiteral("security-outside-change-banner"));
    m_window->showPage(m_window->auditPage());
    m_window->auditPage()->verifyChain();
    auto* notice = findNamed<NoticeLabel>(m_window->auditPage(), "auditNotice");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
    QVERIFY(notice->isError());
    QVERIFY2(notice->text().contains(QStringLiteral("found before")), qPrintable(notice->text()));
    screenshot(m_window, QStringLiteral("security-outside-change-verified"));
}

QTEST_MAIN(TestSecurity)
#include "TestSecurity.moc"
