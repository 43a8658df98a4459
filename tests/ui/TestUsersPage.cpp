// The Users page through its real widgets: add a user (the one-time password shown once opens the
// vault and forces a change), change a role, reset a password, remove a user, and core's refusals shown
// in core's words.
#include "AdminFixtures.h"
#include "Error.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TaskFixtures.h"
#include "UiTestSupport.h"
#include "admin/AddUserDialog.h"
#include "admin/OneTimePasswordDialog.h"
#include "admin/UsersModel.h"
#include "admin/UsersPage.h"
#include "settings/SettingsPage.h"
#include "tasks/VaultTasks.h"
#include "widgets/NoticeLabel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace coffer;
using namespace coffer::test;

class TestUsersPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelIsSound();
    void addUserShowsOneTimePasswordOnce();
    void changeRole();
    void resetPassword();
    void removeUser();
    void coreRefusalsAreShown();
    void adminCannotHandOwnershipOver();
    void handOverUpdatesTheWorkspaceAtOnce();
    void roleDescriptionsSayWhoMayErase();

private:
    QString addThroughDialog(const QString& name, Role role); // returns the one-time password shown
    void confirm(const char* boxName);
    void chooseRole(Role role);
    UsersPage* page() const { return m_window->usersPage(); }

    QTemporaryDir m_dir;
    QString m_folder;
    QPointer<MainWindow> m_window;
};

void TestUsersPage::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestUsersPage::init()
{
    static int n = 0;
    m_folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Team%1").arg(++n));
    m_window = new MainWindow(signIn(m_folder));
    m_window->show();
    m_window->showPage(page());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestUsersPage::cleanup()
{
    GuiTestCase::cleanup();
    delete m_window.data();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestUsersPage::modelIsSound()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<Vault> vault = signIn(makeVaultWithUsers(m_dir.path(), QStringLiteral("Model")));
    model.setUsers(vault->users());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0, UsersModel::RoleColumn)).toString(), roleDisplayName(Role::Owner));
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.userAt(0));
    // The page's own model, as the view drives it.
    QAbstractItemModelTester pageTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page()->reload();
}

QString TestUsersPage::addThroughDialog(const QString& name, Role role)
{
    QTest::mouseClick(findNamed<QPushButton>(page(), "addUserButton"), Qt::LeftButton);
    QPointer<AddUserDialog> dialog = page()->findChild<AddUserDialog*>();
    if (!dialog)
        return {};
    auto* add = findNamed<QPushButton>(dialog, "addButton");
    if (add->isEnabled())
        return {}; // no name yet: Add must wait
    // keyClicks types ASCII only; a name with diacritics arrives as an input method would put it.
    findNamed<QLineEdit>(dialog, "userNameEdit")->insert(name);
    auto* roles = findNamed<QComboBox>(dialog, "roleCombo");
    roles->setCurrentIndex(roles->findData(int(role)));
    screenshot(dialog, QStringLiteral("admin-add-user"));
    QTest::mouseClick(add, Qt::LeftButton);
    (void)QTest::qWaitFor([&] { return !dialog; }, 5000);
    auto* shown = page()->findChild<OneTimePasswordDialog*>();
    return shown ? shown->password() : QString();
}

void TestUsersPage::confirm(const char* boxName)
{
    QPointer<QMessageBox> box = findNamed<QMessageBox>(page(), boxName);
    QVERIFY(box);
    screenshot(box, QString::fromLatin1(boxName));
    QTest::mouseClick(findNamed<QPushButton>(box, "confirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!box || !box->isVisible());
}

void TestUsersPage::chooseRole(Role role)
{
    auto* action = page()->findChild<QAction*>(QStringLiteral("role_") + roleName(role));
    QVERIFY(action);
    action->trigger();
}

void TestUsersPage::addUserShowsOneTimePasswordOnce()
{
    screenshot(m_window, QStringLiteral("admin-users"));
    const QString name = QStringLiteral("Ērika Zālīte");
    const QString oneTime = addThroughDialog(name, Role::Editor);
    QVERIFY(!oneTime.isEmpty());
    QPointer<OneTimePasswordDialog> shown = page()->findChild<OneTimePasswordDialog*>();
    QVERIFY(shown && shown->isVisible());
    screenshot(shown, QStringLiteral("admin-one-time-password"));

    QTest::mouseClick(findNamed<QPushButton>(shown, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), oneTime);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(findNamed<QPushButton>(shown, "doneButton"), Qt::LeftButton);
    QTRY_VERIFY(!shown);
    // Gone for good: nothing in the page still holds it.
    for (QLabel* label : m_window->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(oneTime));

    UsersModel* model = page()->model();
    QVERIFY(page()->selectUser(name));
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->userAt(r)->name != name)
            continue;
        found = true;
        QCOMPARE(model->data(model->index(r, UsersModel::RoleColumn)).toString(), roleDisplayName(Role::Editor));
        QCOMPARE(model->data(model->index(r, UsersModel::PasswordColumn)).toString(),
                 UsersModel::tr("One-time, to be changed"));
    }
    QVERIFY(found);

    // The password works, once, and only to choose a new one.
    delete m_window.data();
    std::unique_ptr<Vault> vault = Vault::unlock(m_folder, name, secretOf(oneTime));
    QVERIFY(vault->currentUser().mustChangePassword);
    QCOMPARE(vault->currentUser().role, Role::Editor);
    QCOMPARE(thrownCode([&] { vault->require(Permission::ReadRecords); }), ErrorCode::Auth);
    vault->changePassword(secret("her very own password"));
    vault->lock();
    QVERIFY(Vault::unlock(m_folder, name, secret("her very own password")));
}

void TestUsersPage::changeRole()
{
    QVERIFY(page()->selectUser(QStringLiteral("Viewer")));
    chooseRole(Role::Editor);
    auto* notice = findNamed<NoticeLabel>(page(), "usersNotice");
    QVERIFY(notice->isVisible() && !notice->isError());
    screenshot(m_window, QStringLiteral("admin-users-role-changed"));
    delete m_window.data();
    std::unique_ptr<Vault> vault = signIn(m_folder);
    for (const UserInfo& user : vault->users())
        if (user.name == QLatin1String("Viewer"))
            QCOMPARE(user.role, Role::Editor);
}

void TestUsersPage::resetPassword()
{
    QVERIFY(page()->selectUser(QStringLiteral("Editor")));
    QTest::mouseClick(findNamed<QPushButton>(page(), "resetPasswordButton"), Qt::LeftButton);
    confirm("confirmResetBox");
    QPointer<OneTimePasswordDialog> shown = page()->findChild<OneTimePasswordDialog*>();
    QVERIFY(shown);
    const QString oneTime = shown->password();
    shown->accept();
    delete m_window.data();
    // The old password is gone, the new one-time password works and forces a change.
    QVERIFY_THROWS_EXCEPTION(Error, signIn(m_folder, QStringLiteral("Editor")));
    std::unique_ptr<Vault> vault = Vault::unlock(m_folder, QStringLiteral("Editor"), secretOf(oneTime));
    QVERIFY(vault->currentUser().mustChangePassword);
}

void TestUsersPage::removeUser()
{
    // What the viewer could have kept: a copy of the header while they were a member.
    const QByteArray keptHeader = readAll(m_folder + QStringLiteral("/header"));
    QVERIFY(page()->selectUser(QStringLiteral("Viewer")));
    QTest::mouseClick(findNamed<QPushButton>(page(), "removeUserButton"), Qt::LeftButton);
    confirm("confirmRemoveBox");
    QVERIFY(!page()->selectUser(QStringLiteral("Viewer")));
    QCOMPARE(page()->model()->rowCount(), 3);
    // The removal changed the data key, and the page says so.
    auto* notice = findNamed<NoticeLabel>(page(), "usersNotice");
    QVERIFY(notice->isVisible() && !notice->isError());
    QVERIFY2(notice->text().contains(QStringLiteral("data key was changed")), qPrintable(notice->text()));
    screenshot(m_window.data(), QStringLiteral("admin-users-removed-rekeyed"));
    delete m_window.data();
    QVERIFY_THROWS_EXCEPTION(Error, signIn(m_folder, QStringLiteral("Viewer")));
    // The kept header with the viewer's password still gives a key, but it no longer opens vault.db.
    const VaultHeader old = VaultHeader::parse(keptHeader);
    const Secret oldKey = old.findByLookup(old.lookupFor(QStringLiteral("Viewer")))
                              ->open(secretOf(QStringLiteral("Viewer password 1")), old.vaultId);
    Database db;
    QVERIFY_THROWS_EXCEPTION(Error, db.open(m_folder + QStringLiteral("/vault.db"), oldKey, old.cipher, false));
    QVERIFY(!signIn(m_folder)->rekeyDue());
}

void TestUsersPage::coreRefusalsAreShown()
{
    // The owner cannot be removed: core says so, the page shows it, nothing changes.
    QString expected;
    {
        delete m_window.data();
        std::unique_ptr<Vault> vault = signIn(m_folder);
        try {
            vault->removeUser(QStringLiteral("Owner"));
        } catch (const Error& e) {
            expected = e.message();
        }
    }
    QVERIFY(!expected.isEmpty());
    m_window = new MainWindow(signIn(m_folder));
    m_window->show();
    m_window->showPage(page());
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(page()->selectUser(QStringLiteral("Owner")));
    // What core would refuse is not offered: the buttons are disabled and say why.
    auto* remove = findNamed<QPushButton>(page(), "removeUserButton");
    auto* reset = findNamed<QPushButton>(page(), "resetPasswordButton");
    QVERIFY(!remove->isEnabled() && !reset->isEnabled());
    QCOMPARE(remove->toolTip(), expected);
    QVERIFY(reset->toolTip().contains(QStringLiteral("Change your own password"))); // the owner is me here
    QVERIFY(page()->selectUser(QStringLiteral("Editor")));
    QVERIFY(remove->isEnabled() && reset->isEnabled());
    QVERIFY(page()->selectUser(QStringLiteral("Owner")));
    // Delete on the list says the same at once, and asks nothing.
    page()->view()->setFocus();
    QTest::keyClick(page()->view(), Qt::Key_Delete);
    QVERIFY(!visibleWindow<QMessageBox>("confirmRemoveBox"));
    auto* notice = findNamed<NoticeLabel>(page(), "usersNotice");
    QVERIFY(notice->isVisible() && notice->isError());
    QCOMPARE(notice->text(), expected);
    QCOMPARE(page()->model()->rowCount(), 4);
    screenshot(m_window, QStringLiteral("admin-users-refused"));
}

void TestUsersPage::adminCannotHandOwnershipOver()
{
    delete m_window.data();
    m_window = new MainWindow(signIn(m_folder, QStringLiteral("Admin")));
    m_window->show();
    m_window->showPage(page());
    QVERIFY(page()->selectUser(QStringLiteral("Editor")));
    emit page()->findChild<QMenu*>(QStringLiteral("roleMenu"))->aboutToShow();
    QVERIFY(!page()->findChild<QAction*>(QStringLiteral("role_owner")));
    // An admin changing the owner's role: refused by core, in core's words.
    QVERIFY(page()->selectUser(QStringLiteral("Owner")));
    // Nobody resets the owner; the tooltip says where the owner gets back in.
    QVERIFY(!findNamed<QPushButton>(page(), "resetPasswordButton")->isEnabled());
    QVERIFY(findNamed<QPushButton>(page(), "resetPasswordButton")
                ->toolTip()
                .contains(QStringLiteral("Forgot your password?")));
    QVERIFY(!findNamed<QPushButton>(page(), "changeRoleButton")->isEnabled());
    chooseRole(Role::Viewer);
    auto* notice = findNamed<NoticeLabel>(page(), "usersNotice");
    QVERIFY(notice->isError());
    QVERIFY(!notice->text().isEmpty());
}

// After the owner hands ownership over, the window shows them as an administrator at once: the badge
// says so and the Danger zone, which only the owner may use, is gone, without locking first.
void TestUsersPage::handOverUpdatesTheWorkspaceAtOnce()
{
    auto* zone = findNamed<QWidget>(m_window->settingsPage(), "dangerZone");
    QVERIFY(zone);
    QVERIFY(!zone->isHidden());
    QVERIFY(page()->selectUser(QStringLiteral("Admin")));
    chooseRole(Role::Owner);
    confirm("confirmHandOverBox");
    auto* role = findNamed<QLabel>(m_window, "roleLabel");
    QCOMPARE(role->text(), roleDisplayName(Role::Admin));
    // The longer word fits: the badge does not run under the Lock button beside it.
    auto* toolbar = findNamed<QToolBar>(m_window, "mainToolBar");
    QWidget* lock = toolbar->widgetForAction(m_window->findChild<QAction*>(QStringLiteral("lockAction")));
    QTRY_VERIFY(role->mapTo(m_window, QPoint(role->width(), 0)).x() <= lock->mapTo(m_window, QPoint(0, 0)).x());
    QVERIFY(role->width() >= role->sizeHint().width());
    QVERIFY(zone->isHidden());
    m_window->showPage(m_window->settingsPage());
    QVERIFY(!zone->isVisible());
    screenshot(m_window, QStringLiteral("admin-after-hand-over"));
    // Cancel account is not offered to the former owner by any other way either.
    m_window->tasks()->cancelAccount();
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("cancelAccountDialog")));
    delete m_window.data();
    std::unique_ptr<Vault> vault = signIn(m_folder, QStringLiteral("Admin"));
    QCOMPARE(vault->currentUser().role, Role::Owner);
}

void TestUsersPage::roleDescriptionsSayWhoMayErase()
{
    auto* legend = findNamed<QLabel>(page(), "roleLegend");
    QVERIFY(legend->text().contains(QStringLiteral("Adds, changes and erases client data")));

    // The owner keeps erasure to admins in Settings; the Users page says so when it is shown again.
    m_window->showPage(m_window->settingsPage());
    auto* combo = findNamed<QComboBox>(m_window->settingsPage(), "whoMayEraseCombo");
    combo->setCurrentIndex(combo->findData(int(WhoMayErase::Admins)));
    m_window->showPage(page());
    const QString editors = AddUserDialog::roleDescription(Role::Editor, WhoMayErase::Admins);
    QVERIFY(editors.contains(QStringLiteral("only administrators and the owner may erase clients")));
    QVERIFY(legend->text().contains(editors.toHtmlEscaped()));
    QVERIFY(!legend->text().contains(QStringLiteral("Adds, changes and erases client data")));
    screenshot(m_window, QStringLiteral("admin-users-erase-by-admins"));

    // The new user's role hint and the role menu's tooltips follow too.
    QTest::mouseClick(findNamed<QPushButton>(page(), "addUserButton"), Qt::LeftButton);
    QPointer<AddUserDialog> dialog = page()->findChild<AddUserDialog*>();
    QVERIFY(dialog);
    auto* roles = findNamed<QComboBox>(dialog, "roleCombo");
    roles->setCurrentIndex(roles->findData(int(Role::Editor)));
    QCOMPARE(findNamed<QLabel>(dialog, "roleHint")->text(), editors);
    screenshot(dialog, QStringLiteral("admin-add-user-erase-by-admins"));
    dialog->reject();
    QVERIFY(page()->selectUser(QStringLiteral("Viewer")));
    emit findNamed<QMenu>(page(), "roleMenu")->aboutToShow();
    QCOMPARE(page()->findChild<QAction*>(QStringLiteral("role_editor"))->toolTip(), editors);
}

QTEST_MAIN(TestUsersPage)
#include "TestUsersPage.moc"
