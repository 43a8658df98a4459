// "Try with sample data": the generator writes a few hundred realistic clients in four languages, and
// the start window opens them as a demo vault — no password asked, a banner saying what it is — which
// is deleted when it is locked or when the app quits.
#include "AdminFixtures.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "admin/AuditPage.h"
#include "admin/UsersModel.h"
#include "admin/UsersPage.h"
#include "clients/ClientLabels.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "session/DesktopSession.h"
#include "settings/SettingsPage.h"
#include "start/DemoVault.h"
#include "start/SampleData.h"
#include "start/SampleNames.h"
#include "start/StartWindow.h"
#include "start/TrySampleBox.h"
#include "vault/KnownVaults.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
constexpr int kTimeout = 60000; // a few hundred clients under the sanitizers

int countMatching(ClientStore& clients, const QString& search)
{
    ClientQuery query;
    query.search = search;
    return clients.count(query);
}
} // namespace

class TestSampleData : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void slugsDropDiacritics();
    void sampleIsRealisticAndEncrypted();
    void demoOpensFromStartWindowAndIsDeletedOnLock();
    void demoIsDeletedWhenTheAppQuits();

private:
    MainWindow* openDemo();

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestSampleData::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestSampleData::cleanup()
{
    GuiTestCase::cleanup();
    m_session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestSampleData::slugsDropDiacritics()
{
    QCOMPARE(asciiSlug(QStringLiteral("Jānis Ozoliņš"), u'.'), QStringLiteral("janis.ozolins"));
    QCOMPARE(asciiSlug(QStringLiteral("Žukauskienė"), u'-'), QStringLiteral("zukauskiene"));
    QCOMPARE(asciiSlug(QStringLiteral("Dřevo Šumava s.r.o."), u'-'), QStringLiteral("drevo-sumava-sro"));
    QCOMPARE(asciiSlug(QStringLiteral("O'Brien"), u'-'), QStringLiteral("obrien"));
}

void TestSampleData::sampleIsRealisticAndEncrypted()
{
    VaultCreation created = Vault::create(QDir(m_dir.path()).filePath(QStringLiteral("Sample")),
                                          QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
    Vault& vault = *created.vault;
    const SampleData::Counts counts = SampleData::fill(vault);
    QCOMPARE(counts.clients, SampleData::kDefaultClients);
    QVERIFY(counts.notes > 100);
    QVERIFY(counts.consents > 100);
    QCOMPARE(counts.files, 1);
    QCOMPARE(counts.users, 3);

    ClientStore clients(vault);
    QCOMPARE(clients.count({}), SampleData::kDefaultClients);
    // Every language, with its diacritics, found with and without them.
    QCOMPARE(countMatching(clients, QString::fromUtf8(SampleData::kFirstClientName)),
             countMatching(clients, QStringLiteral("janis ozolins")));
    QVERIFY(countMatching(clients, QStringLiteral("Ozoliņš")) >= 1);
    for (const char* name : {"Ozoli", "Kazlausk", "Dvořák", "Nováková", "Thompson", "Žukausk", "Bērziņ"})
        QVERIFY2(countMatching(clients, QString::fromUtf8(name)) > 0, name);
    ClientQuery organisations;
    int orgs = 0, withTags = 0, withEmail = 0;
    QSet<QString> names;
    for (const ClientSummary& c : clients.list(organisations, 0, 1000)) {
        QVERIFY2(!names.contains(c.displayName), qPrintable(c.displayName));
        names.insert(c.displayName);
        orgs += c.kind == ClientKind::Organisation;
        withTags += !c.tags.isEmpty();
        withEmail += c.firstEmail.contains(u'@');
        QVERIFY(QStringList({"GB", "LV", "LT", "CZ"}).contains(c.country));
    }
    QVERIFY(orgs >= 15); // each organisation once
    QVERIFY(withTags > 100);
    QCOMPARE(withEmail, SampleData::kDefaultClients);

    // The first client has the file, and a search finds them by their ASCII spelling.
    ClientQuery ozolins;
    ozolins.search = QStringLiteral("ozolins");
    const std::vector<ClientSummary> found = clients.list(ozolins, 0, 50);
    bool hasFile = false;
    for (const ClientSummary& c : found)
        hasFile |= !FileStore(vault).list(c.id).empty();
    QVERIFY(hasFile);

    // Consents in the consent dialog's words, so that the demo's purposes are the ones it offers.
    const QStringList purposes = ConsentStore(vault).purposes();
    QVERIFY(!purposes.isEmpty());
    for (const QString& p : purposes)
        QVERIFY2(ClientLabels::commonPurposes().contains(p), qPrintable(p));
    QSet<QString> sources;
    for (const ClientSummary& c : found)
        for (const Consent& k : ConsentStore(vault).history(c.id))
            sources.insert(k.source);
    for (const ClientSummary& c : clients.list(organisations, 0, 60))
        for (const Consent& k : ConsentStore(vault).history(c.id))
            sources.insert(k.source);
    QVERIFY(!sources.isEmpty());
    for (const QString& source : std::as_const(sources))
        QVERIFY2(ClientLabels::consentSources().contains(source), qPrintable(source));

    // Encrypted like any vault: no name in any file of it.
    const QString folder = vault.path();
    created.vault->lock();
    QVERIFY(filesContaining(folder, QByteArray("Ozoli\xc5\x86\xc5\xa1")).isEmpty());
    QVERIFY(filesContaining(folder, QByteArray("janis.ozolins")).isEmpty());
}

MainWindow* TestSampleData::openDemo()
{
    m_session = std::make_unique<DesktopSession>();
    m_session->setDemoClientCount(120);
    m_session->start();
    StartWindow* start = m_session->startWindow();
    if (!QTest::qWaitForWindowExposed(start))
        return nullptr;
    screenshot(start, QStringLiteral("admin-start-sample"));
    auto* box = findNamed<TrySampleBox>(start, "trySampleBox");
    QTest::mouseClick(findNamed<QPushButton>(box, "trySampleButton"), Qt::LeftButton);
    if (!box->isBusy() && !m_session->mainWindow())
        return nullptr;
    (void)QTest::qWaitFor([this] { return m_session->mainWindow() != nullptr; }, kTimeout);
    return m_session->mainWindow();
}

void TestSampleData::demoOpensFromStartWindowAndIsDeletedOnLock()
{
    const QStringList recentBefore = KnownVaults::recent();
    QPointer<MainWindow> main = openDemo();
    QVERIFY(main);
    QVERIFY(QTest::qWaitForWindowExposed(main));
    const QString folder = m_session->demoFolder();
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(folder.startsWith(QDir::tempPath()));
    QVERIFY(!m_session->startWindow()->isVisible());
    QVERIFY(!m_session->unlockDialog()); // no password asked
    // The banner says what this is, and the demo is not listed among the user's vaults.
    QVERIFY(main->demoBanner() && main->demoBanner()->isVisible());
    QVERIFY(findNamed<QLabel>(main, "demoBannerText")->text().contains(QLatin1String("deleted")));
    QCOMPARE(KnownVaults::recent(), recentBefore);
    // The sample's colleagues, with their diacritics, are on the Users page.
    QVERIFY(main->usersPage()->selectUser(QStringLiteral("Līga Kalniņa")));
    QCOMPARE(main->usersPage()->model()->rowCount(), 4);
    screenshot(main, QStringLiteral("admin-demo-main"));
    main->showPage(main->usersPage());
    screenshot(main, QStringLiteral("admin-demo-users"));
    main->showPage(main->auditPage());
    screenshot(main, QStringLiteral("admin-demo-audit"));
    main->showPage(main->settingsPage());
    screenshot(main, QStringLiteral("admin-demo-settings"));

    // Lock: back to the start window (there is nothing to unlock), and the demo is gone.
    main->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    QTRY_VERIFY(!main);
    QVERIFY(!m_session->unlockDialog());
    QVERIFY(m_session->startWindow()->isVisible());
    QTRY_VERIFY(!QFileInfo::exists(folder));
    QVERIFY(!QFileInfo::exists(QFileInfo(folder).absolutePath()));
    QVERIFY(m_session->demoFolder().isEmpty());
}

void TestSampleData::demoIsDeletedWhenTheAppQuits()
{
    QVERIFY(openDemo());
    const QString folder = m_session->demoFolder();
    QVERIFY(QFileInfo(folder).isDir());
    m_session.reset();
    QVERIFY(!QFileInfo::exists(QFileInfo(folder).absolutePath()));
}

QTEST_MAIN(TestSampleData)
#include "TestSampleData.moc"
