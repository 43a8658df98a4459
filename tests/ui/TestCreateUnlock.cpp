// The first screens end to end, through the real widgets: create a vault with the wizard (the recovery
// key gates Finish), reach the main window, lock, fail to unlock with a wrong password or name, and
// unlock again.
#include "Error.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "session/DesktopSession.h"
#include "start/CreateVaultWizard.h"
#include "start/CreateVaultWizardRecoveryKeyPage.h"
#include "start/StartWindow.h"
#include "start/UnlockDialog.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace coffer;
using namespace coffer::test;

namespace {
constexpr int kTimeout = 30000; // argon2 is cheap here, but sanitizers make everything slower
const QString kPassword = QStringLiteral("plum orchard lantern 42");
} // namespace

class TestCreateUnlock : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createUnlockAndLock();
    void locationPageRefusesExistingVault();
    void vaultInUseSaysSo();
    void forgottenPasswordThroughTheRecoveryKey();

private:
    void createThroughWizard(const QString& parentFolder, const QString& name);
    void unlockWith(const QString& user, const QString& password);

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopSession> m_session;
    QString m_recoveryKey;
};

void TestCreateUnlock::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestCreateUnlock::init()
{
    m_session = std::make_unique<DesktopSession>();
    m_session->setKdfParams(kCheapKdf);
    m_session->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->startWindow()));
}

void TestCreateUnlock::cleanup()
{
    GuiTestCase::cleanup();
    m_session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestCreateUnlock::createThroughWizard(const QString& parentFolder, const QString& name)
{
    screenshot(m_session->startWindow(), QStringLiteral("01-start-empty"));
    auto* createButton = findNamed<QPushButton>(m_session->startWindow(), "createVaultButton");
    QVERIFY(createButton);
    QTest::mouseClick(createButton, Qt::LeftButton);
    CreateVaultWizard* wizard = m_session->createWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));

    // Name and place.
    auto* next = findNamed<QPushButton>(wizard, "nextButton");
    QVERIFY(next);
    QVERIFY(!next->isEnabled()); // no name yet
    findNamed<QLineEdit>(wizard, "folderEdit")->setText(parentFolder);
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "vaultNameEdit"), name);
    QVERIFY(findNamed<QLabel>(wizard, "locationPreview")->text().contains(name + QStringLiteral(".coffer")));
    screenshot(wizard, QStringLiteral("02-wizard-location"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CreateVaultWizard::OwnerPageId));

    // Owner and password: Create stays disabled until the password is long enough and repeated.
    auto* create = findNamed<QPushButton>(wizard, "createButton");
    QVERIFY(create);
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "ownerNameEdit"), QStringLiteral("Anna Ozola"));
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "newPasswordEdit"), QStringLiteral("short"));
    QVERIFY(!create->isEnabled());
    // Long enough but among the first guesses: refused in plain words, even typed twice.
    findNamed<QLineEdit>(wizard, "newPasswordEdit")->clear();
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "newPasswordEdit"), QStringLiteral("password1"));
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "repeatPasswordEdit"), QStringLiteral("password1"));
    QVERIFY(!create->isEnabled());
    QVERIFY(findNamed<QLabel>(wizard, "passwordHint")->text().contains(QStringLiteral("too easy to guess")));
    screenshot(wizard, QStringLiteral("03a-wizard-weak-password"));
    findNamed<QLineEdit>(wizard, "repeatPasswordEdit")->clear();
    findNamed<QLineEdit>(wizard, "newPasswordEdit")->clear();
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "newPasswordEdit"), kPassword);
    QVERIFY(!findNamed<QLabel>(wizard, "strengthLabel")->text().isEmpty());
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "repeatPasswordEdit"), kPassword + QStringLiteral("x"));
    QVERIFY(!create->isEnabled());
    QTest::keyClick(findNamed<QLineEdit>(wizard, "repeatPasswordEdit"), Qt::Key_Backspace);
    screenshot(wizard, QStringLiteral("03-wizard-owner"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateVaultWizard::RecoveryKeyPageId), kTimeout);
    QVERIFY(findNamed<QLineEdit>(wizard, "newPasswordEdit")->text().isEmpty()); // not left in the widget

    // The recovery key: shown, copyable, savable; Finish waits for the checkbox.
    m_recoveryKey = findNamed<QLabel>(wizard, "recoveryKeyLabel")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4})+$")).match(m_recoveryKey).hasMatch(),
             qPrintable(m_recoveryKey));
    auto* finish = findNamed<QPushButton>(wizard, "finishButton");
    QVERIFY(finish && finish->isVisible());
    QVERIFY(!finish->isEnabled());
    QTest::mouseClick(findNamed<QPushButton>(wizard, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_recoveryKey);
    QGuiApplication::clipboard()->clear();
    auto* page = wizard->findChild<CreateVaultWizardRecoveryKeyPage*>();
    const QString keyFile = QDir(m_dir.path()).filePath(QStringLiteral("recovery key.txt"));
    QString why;
    QVERIFY2(page->saveTo(keyFile, &why), qPrintable(why));
    QVERIFY(readAll(keyFile).contains(m_recoveryKey.toUtf8()));
    QCOMPARE(QFile(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    screenshot(wizard, QStringLiteral("04-wizard-recovery-key"));
    auto* stored = findNamed<QCheckBox>(wizard, "storedCheckBox");
    QTest::mouseClick(stored, Qt::LeftButton, {}, QPoint(8, stored->height() / 2)); // on the box, not the row's end
    QVERIFY(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
}

void TestCreateUnlock::unlockWith(const QString& user, const QString& password)
{
    // The dialog deletes itself once it has unlocked.
    QPointer<UnlockDialog> dialog = m_session->unlockDialog();
    QVERIFY(dialog);
    auto* userEdit = findNamed<QLineEdit>(dialog, "userNameEdit");
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "passwordEdit"), password);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isBusy(), kTimeout);
}

void TestCreateUnlock::createUnlockAndLock()
{
    createThroughWizard(m_dir.path(), QStringLiteral("Clients"));
    const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("Clients.coffer"));
    QTRY_VERIFY(m_session->mainWindow());
    MainWindow* main = m_session->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    QVERIFY(main->windowTitle().contains(QStringLiteral("Clients")));
    QCOMPARE(findNamed<QLabel>(main, "roleLabel")->text(), roleDisplayName(Role::Owner));
    QVERIFY(findNamed<QToolButton>(main, "userMenuButton")->text().contains(QStringLiteral("Anna Ozola")));
    QVERIFY(!m_session->startWindow()->isVisible());
    QCOMPARE(KnownVaults::recent().value(0), QFileInfo(folder).absoluteFilePath());
    screenshot(main, QStringLiteral("05-main-window"));
    // Its backups go beside it, on the same disk: said once, now, with the way to another disk.
    QVERIFY(main->sameDiskBanner() && main->sameDiskBanner()->isVisible());
    QVERIFY(findNamed<QPushButton>(main->sameDiskBanner(), "sameDiskChooseButton"));

    // Lock: the vault object is gone (its process lock is free again) and the unlock screen is up.
    main->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    QTRY_VERIFY(!m_session->mainWindow());
    QVERIFY(m_session->unlockDialog());
    QCOMPARE(m_session->unlockDialog()->vaultFolder(), folder);
    QVERIFY(m_session->startWindow()->isVisible());
    QCOMPARE(findNamed<QListWidget>(m_session->startWindow(), "recentList")->count(), 1);
    screenshot(m_session->unlockDialog(), QStringLiteral("06-unlock"));
    screenshot(m_session->startWindow(), QStringLiteral("06-start-recent"));

    // Wrong password and unknown user: the same message, from core, and the dialog stays.
    QString expected;
    try {
        (void)Vault::unlock(folder, QString(), secret("not the password"));
    } catch (const Error& e) {
        expected = e.message();
    }
    QVERIFY(!expected.isEmpty());
    unlockWith(QString(), QStringLiteral("not the password"));
    UnlockDialog* dialog = m_session->unlockDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(findNamed<QLabel>(dialog, "errorLabel")->isVisible());
    QCOMPARE(findNamed<QLabel>(dialog, "errorLabel")->text(), expected);
    QVERIFY(findNamed<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    screenshot(dialog, QStringLiteral("07-unlock-wrong-password"));
    unlockWith(QStringLiteral("Nobody"), kPassword);
    QCOMPARE(findNamed<QLabel>(dialog, "errorLabel")->text(), expected);
    QVERIFY(!m_session->mainWindow());

    // The owner by name, then by the empty name.
    unlockWith(QStringLiteral("Anna Ozola"), kPassword);
    QTRY_VERIFY(m_session->mainWindow());
    m_session->mainWindow()->lock();
    QTRY_VERIFY(m_session->unlockDialog());
    unlockWith(QString(), kPassword);
    QTRY_VERIFY(m_session->mainWindow());
    QCOMPARE(findNamed<QLabel>(m_session->mainWindow(), "roleLabel")->text(), roleDisplayName(Role::Owner));
    QVERIFY(!m_session->mainWindow()->sameDiskBanner()); // once: the Backups page says it from now on

    // The key shown by the wizard is the vault's recovery key.
    m_session->mainWindow()->lock();
    QTRY_VERIFY(!m_session->mainWindow());
    QByteArray key = m_recoveryKey.toUtf8();
    QVERIFY(Vault::recover(folder, QString(), Secret::takeFrom(key), secret("a brand new password")));
}

void TestCreateUnlock::locationPageRefusesExistingVault()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Taken.coffer/inside")));
    QTest::mouseClick(findNamed<QPushButton>(m_session->startWindow(), "createVaultButton"), Qt::LeftButton);
    CreateVaultWizard* wizard = m_session->createWizard();
    QVERIFY(wizard);
    findNamed<QLineEdit>(wizard, "folderEdit")->setText(m_dir.path());
    QTest::keyClicks(findNamed<QLineEdit>(wizard, "vaultNameEdit"), QStringLiteral("Taken"));
    QVERIFY(!findNamed<QPushButton>(wizard, "nextButton")->isEnabled());
    QVERIFY(findNamed<QLabel>(wizard, "locationPreview")->text().contains(QStringLiteral("Taken")));
    screenshot(wizard, QStringLiteral("08-wizard-name-taken"));
    wizard->reject();
    QTRY_VERIFY(!m_session->createWizard());
}

void TestCreateUnlock::vaultInUseSaysSo()
{
    const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("Busy"));
    VaultCreation created = Vault::create(folder, QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
    m_session->showUnlock(created.vault->path());
    unlockWith(QString(), QString::fromLatin1(kOwnerPassword));
    QLabel* error = findNamed<QLabel>(m_session->unlockDialog(), "errorLabel");
    QVERIFY(error->isVisible());
    QString message;
    QCOMPARE(thrownCode([&] { (void)Vault::unlock(folder, QString(), secret(kOwnerPassword)); }, &message),
             ErrorCode::InUse);
    QCOMPARE(error->text(), message);
    screenshot(m_session->unlockDialog(), QStringLiteral("09-unlock-in-use"));
    created.vault->lock();
    unlockWith(QString(), QString::fromLatin1(kOwnerPassword));
    QTRY_VERIFY(m_session->mainWindow());
}

// "Forgot your password?": the recovery key as read off paper (small letters, spaces, 0 for O, 1 for I,
// 8 for B) is put right as it is typed; a wrong key says so and changes nothing; a weak new password is
// refused; the right key and a good password unlock, and the new password is the owner's from then on.
void TestCreateUnlock::forgottenPasswordThroughTheRecoveryKey()
{
    const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("Forgotten"));
    VaultCreation created = Vault::create(folder, QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
    const QString path = created.vault->path();
    const QString key = QString::fromLatin1(created.recoveryKey.view().data(), qsizetype(created.recoveryKey.size()));
    created.vault->lock();
    created.vault.reset();

    m_session->showUnlock(path);
    QPointer<UnlockDialog> dialog = m_session->unlockDialog();
    QVERIFY(dialog);
    QTest::mouseClick(findNamed<QPushButton>(dialog, "forgotPasswordButton"), Qt::LeftButton);
    QVERIFY(dialog->isRecovering());
    auto* keyEdit = findNamed<QLineEdit>(dialog, "recoveryKeyEdit");
    auto* unlock = findNamed<QPushButton>(dialog, "unlockButton");
    QVERIFY(keyEdit && keyEdit->isVisible());

    // One character wrong first (a different letter in the last group).
    QString wrong = key;
    wrong[wrong.size() - 1] = wrong.back() == u'A' ? u'C' : u'A';
    QTest::keyClicks(keyEdit, wrong.toLower().replace(u'-', u' '));
    QCOMPARE(keyEdit->text(), wrong);
    QVERIFY(findNamed<QLabel>(dialog, "recoveryKeyCount")->text().contains(QStringLiteral("32 of 32")));
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("password1"));
    QTest::keyClicks(findNamed<QLineEdit>(dialog, "repeatPasswordEdit"), QStringLiteral("password1"));
    QVERIFY(!unlock->isEnabled()); // too easy to guess
    QVERIFY(findNamed<QLabel>(dialog, "passwordHint")->text().contains(QStringLiteral("too easy to guess")));
    screenshot(dialog, QStringLiteral("09-recovery-weak-password"));
    const QString fresh = QStringLiteral("a fresh start in spring");
    for (const char* name : {"newPasswordEdit", "repeatPasswordEdit"}) {
        findNamed<QLineEdit>(dialog, name)->clear();
        QTest::keyClicks(findNamed<QLineEdit>(dialog, name), fresh);
    }
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeout);
    QVERIFY(findNamed<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY(findNamed<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("recovery key")));
    screenshot(dialog, QStringLiteral("10-recovery-wrong-key"));

    // Now as printed and misread: O typed as 0, I as 1, B as 8, in small letters with spaces.
    QString misread = key;
    misread.replace(u'O', u'0').replace(u'I', u'1').replace(u'B', u'8').replace(u'-', u' ');
    keyEdit->clear();
    QTest::keyClicks(keyEdit, misread.toLower());
    QCOMPARE(keyEdit->text(), key);
    for (const char* name : {"newPasswordEdit", "repeatPasswordEdit"}) {
        findNamed<QLineEdit>(dialog, name)->clear();
        QTest::keyClicks(findNamed<QLineEdit>(dialog, name), fresh);
    }
    screenshot(dialog, QStringLiteral("11-recovery-key"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow(), kTimeout);
    m_session->mainWindow()->lock();
    QTRY_VERIFY(!m_session->mainWindow());
    QVERIFY(Vault::unlock(path, {}, Secret::fromUtf8(fresh.toStdString()))->isUnlocked());
    QCOMPARE(thrownCode([&] { (void)Vault::unlock(path, {}, secret(kOwnerPassword)); }), ErrorCode::Auth);
}

QTEST_MAIN(TestCreateUnlock)
#include "TestCreateUnlock.moc"
