// A user whose one-time password was made by an administrator must choose their own before the main
// window opens; cancelling locks the vault and goes back to the unlock screen.
#include "Error.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "session/ChangePasswordDialog.h"
#include "session/DesktopSession.h"
#include "start/UnlockDialog.h"
#include "vault/Vault.h"
#include "widgets/PasswordStrengthMeter.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace coffer;
using namespace coffer::test;

namespace {
constexpr int kTimeout = 30000;
const QString kNewPassword = QStringLiteral("violet harbour ferry 7");

QString text(const Secret& s)
{
    return QString::fromUtf8(s.view().data(), qsizetype(s.size()));
}
} // namespace

class TestForcedPasswordChange : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneTimePasswordLeadsToChange();
    void cancellingLocksAndReturnsToUnlock();

private:
    // A vault with a viewer who still has the one-time password; returns the vault folder.
    QString makeVaultWithViewer(const QString& name, QString* oneTimePassword);
    void unlockWith(const QString& user, const QString& password);

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestForcedPasswordChange::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestForcedPasswordChange::init()
{
    m_session = std::make_unique<DesktopSession>();
    m_session->start();
}

void TestForcedPasswordChange::cleanup()
{
    GuiTestCase::cleanup();
    m_session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString TestForcedPasswordChange::makeVaultWithViewer(const QString& name, QString* oneTimePassword)
{
    const QString folder = QDir(m_dir.path()).filePath(name);
    VaultCreation created = Vault::create(folder, QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
    *oneTimePassword = text(created.vault->addUser(QStringLiteral("Ben"), Role::Viewer));
    return created.vault->path(); // destroying the vault locks it
}

void TestForcedPasswordChange::unlockWith(const QString& user, const QString& password)
{
    QPointer<UnlockDialog> dialog = m_session->unlockDialog();
    QVERIFY(dialog);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "userNameEdit"), user);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "passwordEdit"), password);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isBusy(), kTimeout);
}

void TestForcedPasswordChange::oneTimePasswordLeadsToChange()
{
    QString oneTime;
    const QString folder = makeVaultWithViewer(QStringLiteral("Shop"), &oneTime);
    m_session->showUnlock(folder);
    unlockWith(QStringLiteral("Ben"), oneTime);
    QTRY_VERIFY(m_session->changePasswordDialog());
    QPointer<ChangePasswordDialog> dialog = m_session->changePasswordDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!m_session->mainWindow());

    auto* save = findNamed<QPushButton>(dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "newPasswordEdit"), kNewPassword);
    QVERIFY(findNamed<PasswordStrengthMeter>(dialog, "strengthMeter")->level() >= PasswordStrength::Level::Fair);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "repeatPasswordEdit"), kNewPassword);
    screenshot(dialog, QStringLiteral("10-forced-password-change"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow(), kTimeout);
    QCOMPARE(findNamed<QLabel>(m_session->mainWindow(), "roleLabel")->text(), roleDisplayName(Role::Viewer));
    QVERIFY(findNamed<QToolButton>(m_session->mainWindow(), "userMenuButton")->text().contains(QStringLiteral("Ben")));
    screenshot(m_session->mainWindow(), QStringLiteral("11-main-window-viewer"));

    // The new password works and no change is asked for any more; the one-time password is dead.
    m_session->mainWindow()->lock();
    QTRY_VERIFY(!m_session->mainWindow());
    unlockWith(QStringLiteral("Ben"), kNewPassword);
    QTRY_VERIFY(m_session->mainWindow());
    QVERIFY(!m_session->changePasswordDialog());
    m_session->mainWindow()->lock();
    QTRY_VERIFY(!m_session->mainWindow());
    QByteArray bytes = oneTime.toUtf8();
    QVERIFY_THROWS_EXCEPTION(Error, Vault::unlock(folder, QStringLiteral("Ben"), Secret::takeFrom(bytes)));
}

void TestForcedPasswordChange::cancellingLocksAndReturnsToUnlock()
{
    QString oneTime;
    const QString folder = makeVaultWithViewer(QStringLiteral("Studio"), &oneTime);
    m_session->showUnlock(folder);
    unlockWith(QStringLiteral("Ben"), oneTime);
    QTRY_VERIFY(m_session->changePasswordDialog());
    QTest::mouseClick(findNamed<QPushButton>(m_session->changePasswordDialog(), "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_session->changePasswordDialog());
    QTRY_VERIFY(m_session->unlockDialog());
    QCOMPARE(m_session->unlockDialog()->vaultFolder(), folder);
    QVERIFY(!m_session->mainWindow());

    // Locked for real: this process can open it again, and the one-time password still applies.
    QByteArray bytes = oneTime.toUtf8();
    std::unique_ptr<Vault> again = Vault::unlock(folder, QStringLiteral("Ben"), Secret::takeFrom(bytes));
    QVERIFY(again->currentUser().mustChangePassword);
}

QTEST_MAIN(TestForcedPasswordChange)
#include "TestForcedPasswordChange.moc"
