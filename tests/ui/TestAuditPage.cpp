// The Audit log page: sign-ins listed with the user's name in readable words, every detail in words,
// pages fetched lazily as the list scrolls, and "Verify chain" saying plainly whether the log is intact
// or where it broke.
#include "AdminFixtures.h"
#include "GuiTestCase.h"
#include "UiTestSupport.h"
#include "admin/AuditModel.h"
#include "admin/AuditPage.h"
#include "admin/AuditWording.h"
#include "records/ClientStore.h"
#include "store/Database.h"
#include "widgets/NoticeLabel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
constexpr int kTimeout = 30000;
} // namespace

class TestAuditPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void actionsReadAsWords();
    void detailsReadAsWords_data();
    void detailsReadAsWords();
    void listsSignInsWithNames();
    void fetchesLazilyAndRefreshes();
    void verifyChainSaysIntact();
    void verifyChainFindsTheBrokenLink();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
};

void TestAuditPage::initTestCase()
{
    GuiTestCase::initTestCase();
    QVERIFY(m_dir.isValid());
}

void TestAuditPage::cleanup()
{
    GuiTestCase::cleanup();
    m_window.reset();
}

void TestAuditPage::actionsReadAsWords()
{
    QCOMPARE(AuditWording::action(QStringLiteral("client.create")), AuditWording::tr("Created a client"));
    QCOMPARE(AuditWording::action(QStringLiteral("signin")), AuditWording::tr("Signed in"));
    QCOMPARE(AuditWording::action(QStringLiteral("request.escalate")), QStringLiteral("request.escalate"));
    AuditEntry entry;
    entry.action = QStringLiteral("user.add");
    entry.detail = QStringLiteral("viewer");
    QCOMPARE(AuditWording::detail(entry), roleDisplayName(Role::Viewer));
    entry.action = QStringLiteral("export");
    entry.detail = QStringLiteral("format=zip+encrypted clients=3 notes=1 files=0 consents=2");
    const QString words = AuditWording::detail(entry);
    QVERIFY2(words.startsWith(QLatin1String("ZIP, encrypted, 3 client")) && !words.contains(u'='), qPrintable(words));
    entry.action = QStringLiteral("backup.verify");
    entry.detail = QStringLiteral("passed");
    QCOMPARE(AuditWording::detail(entry), entry.detail); // unknown shapes as stored
}

void TestAuditPage::detailsReadAsWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");

    const auto join = [](const QStringList& parts) { return parts.join(QStringLiteral(", ")); };
    QTest::newRow("erasure checks") << "client.erase.verify"
                                    << "4/4" << AuditWording::tr("%1 of %n check(s) passed", nullptr, 4).arg(4);
    QTest::newRow("a check failed") << "client.erase.verify"
                                    << "3/4" << AuditWording::tr("%1 of %n check(s) passed", nullptr, 4).arg(3);
    QTest::newRow("records erased") << "client.erase"
                                    << "57" << AuditWording::tr("%n record(s) deleted", nullptr, 57);
    QTest::newRow("erasures applied again")
        << "restore"
        << "tombstones 1/3" << AuditWording::tr("%1 of %n recorded erasure(s) applied again", nullptr, 3).arg(1);
    QTest::newRow("backup checked") << "backup.verify"
                                    << "ok" << AuditWording::tr("Every check passed");
    QTest::newRow("backup damaged") << "backup.verify"
                                    << "damaged" << AuditWording::tr("The backup is damaged");
    QTest::newRow("backup on lock failed") << "backup.failed"
                                           << "automatic" << AuditWording::tr("Automatic, on lock");
    QTest::newRow("backups moved") << "backup.move"
                                   << "3" << AuditWording::tr("%n file(s) moved", nullptr, 3);
    QTest::newRow("backups destroyed") << "backup.prune"
                                       << "destroyed=2 failed=0"
                                       << AuditWording::tr("%n backup(s) destroyed", nullptr, 2);
    QTest::newRow("import left some out")
        << "import"
        << "clients=3 notes=1 files=0 consents=2 skipped=0 erased-refused=1 invalid=2"
        << join({AuditWording::tr("%n client(s)", nullptr, 3), AuditWording::tr("%n note(s)", nullptr, 1),
                 AuditWording::tr("%n file(s)", nullptr, 0), AuditWording::tr("%n consent(s)", nullptr, 2),
                 AuditWording::tr("%n erased client(s) kept out", nullptr, 1),
                 AuditWording::tr("%n left out for an invalid value", nullptr, 2)});
    QTest::newRow("erased clients imported")
        << "import.erased"
        << "re-imported=1" << AuditWording::tr("%n erased client(s) imported again", nullptr, 1);
    QTest::newRow("spreadsheet import") << "import.csv"
                                        << "imported=5 skipped=0" << AuditWording::tr("%n client(s)", nullptr, 5);
}

// No detail on the page is a code: "4/4", "invalid=2" and "ok" read as words.
void TestAuditPage::detailsReadAsWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");

    const auto join = [](const QStringList& parts) { return parts.join(QStringLiteral(", ")); };
    QTest::newRow("erasure checks") << "client.erase.verify"
                                    << "4/4" << AuditWording::tr("%1 of %n check(s) passed", nullptr, 4).arg(4);
    QTest::newRow("a check failed") << "client.erase.verify"
                                    << "3/4" << AuditWording::tr("%1 of %n check(s) passed", nullptr, 4).arg(3);
    QTest::newRow("records erased") << "client.erase"
                                    << "57" << AuditWording::tr("%n record(s) deleted", nullptr, 57);
    QTest::newRow("erasures applied again")
        << "restore"
        << "tombstones 1/3" << AuditWording::tr("%1 of %n recorded erasure(s) applied again", nullptr, 3).arg(1);
    QTest::newRow("backup checked") << "backup.verify"
                                    << "ok" << AuditWording::tr("Every check passed");
    QTest::newRow("backup damaged") << "backup.verify"
                                    << "damaged" << AuditWording::tr("The backup is damaged");
    QTest::newRow("backup on lock failed") << "backup.failed"
                                           << "automatic" << AuditWording::tr("Automatic, on lock");
    QTest::newRow("backups moved") << "backup.move"
                                   << "3" << AuditWording::tr("%n file(s) moved", nullptr, 3);
    QTest::newRow("backups destroyed") << "backup.prune"
                                       << "destroyed=2 failed=0"
                                       << AuditWording::tr("%n backup(s) destroyed", nullptr, 2);
    QTest::newRow("import left some out")
        << "import"
        << "clients=3 notes=1 files=0 consents=2 skipped=0 erased-refused=1 invalid=2"
        << join({AuditWording::tr("%n client(s)", nullptr, 3), AuditWording::tr("%n note(s)", nullptr, 1),
                 AuditWording::tr("%n file(s)", nullptr, 0), AuditWording::tr("%n consent(s)", nullptr, 2),
                 AuditWording::tr("%n erased client(s) kept out", nullptr, 1),
                 AuditWording::tr("%n left out for an invalid value", nullptr, 2)});
    QTest::newRow("erased clients imported")
        << "import.erased"
        << "re-imported=1" << AuditWording::tr("%n erased client(s) imported again", nullptr, 1);
    QTest::newRow("spreadsheet import") << "import.csv"
                                        << "imported=5 skipped=0" << AuditWording::tr("%n client(s)", nullptr, 5);
}

// No detail on the page is a code: "4/4", "invalid=2" and "ok" read as words.
void TestAuditPage::listsSignInsWithNames()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Signins"));
    std::unique_ptr<Vault> vault = signIn(folder, QStringLiteral("Admin"));
    auto* page = new AuditPage(*vault);
    m_window.reset(page);
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    AuditModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    int adminSignIns = 0;
    bool created = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString action = model->index(row, AuditModel::ActionColumn).data().toString();
        const QString user = model->index(row, AuditModel::UserColumn).data().toString();
        if (action == AuditWording::tr("Signed in") && user == QLatin1String("Admin"))
            ++adminSignIns;
        created |= action == AuditWording::tr("Created the vault") && user == QLatin1String("Owner");
        QVERIFY(!model->index(row, AuditModel::TimeColumn).data().toString().isEmpty());
    }
    // Once to choose the password after the one-time one, once now.
    QCOMPARE(adminSignIns, 2);
    QVERIFY(created);
    // A user object reads as the user's name, not an id.
    bool namedObject = false;
    for (int row = 0; row < model->rowCount(); ++row)
        namedObject |= model->index(row, AuditModel::ObjectColumn).data().toString().endsWith(QLatin1String("Viewer"));
    QVERIFY(namedObject);
    screenshot(page, QStringLiteral("admin-audit"));
    page->hide();
    m_window.reset();
}

void TestAuditPage::fetchesLazilyAndRefreshes()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Busy"));
    std::unique_ptr<Vault> vault = signIn(folder);
    {
        Transaction tx(vault->database());
        ClientStore clients(*vault);
        for (int i = 0; i < 2 * AuditModel::kPageSize + 50; ++i) {
            Client c;
            c.givenName = QStringLiteral("Client");
            c.familyName = QString::number(i);
            clients.add(c);
        }
        tx.commit();
    }
    auto* page = new AuditPage(*vault);
    m_window.reset(page);
    AuditModel* model = page->model();
    QCOMPARE(model->rowCount(), AuditModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    // The tester fetches the next page itself.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->canFetchMore({}))
        model->fetchMore({});
    const int all = model->rowCount();
    QVERIFY(all > 2 * AuditModel::kPageSize + 50);
    // Newest first, every entry once, down to the vault's creation.
    for (int row = 1; row < all; ++row)
        QCOMPARE(model->entryAt(row)->seq, model->entryAt(row - 1)->seq - 1);
    QCOMPARE(model->entryAt(all - 1)->seq, 1);
    QCOMPARE(model->entryAt(all - 1)->action, QStringLiteral("vault.create"));
    // A client row names the object by type and pseudonymous id only.
    const QString object = model->index(0, AuditModel::ObjectColumn).data().toString();
    QVERIFY2(object.startsWith(AuditWording::tr("Client")), qPrintable(object));
    QVERIFY(!object.contains(QLatin1String("Client 1")));

    Client late; // not Client{.givenName = …}: GCC warns of every member left out, and the tests build with -Werror
    late.givenName = QStringLiteral("Late");
    late.familyName = QStringLiteral("Comer");
    ClientStore(*vault).add(late);
    QTest::mouseClick(findNamed<QPushButton>(page, "refreshButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), all + 1);
    QCOMPARE(model->entryAt(0)->seq, model->entryAt(1)->seq + 1);
    QCOMPARE(model->index(0, AuditModel::ActionColumn).data().toString(), AuditWording::tr("Created a client"));
}

void TestAuditPage::verifyChainSaysIntact()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Intact"));
    std::unique_ptr<Vault> vault = signIn(folder);
    auto* page = new AuditPage(*vault);
    m_window.reset(page);
    page->resize(1100, 700);
    page->show();
    auto* notice = findNamed<NoticeLabel>(page, "auditNotice");
    QVERIFY(!notice->isVisible());
    QTest::mouseClick(findNamed<QPushButton>(page, "verifyChainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeout);
    QVERIFY(!notice->isError());
    QVERIFY2(notice->text().contains(QLatin1String("intact")), qPrintable(notice->text()));
    screenshot(page, QStringLiteral("admin-audit-verified"));
}

void TestAuditPage::verifyChainFindsTheBrokenLink()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Tampered"));
    std::unique_ptr<Vault> vault = signIn(folder);
    // What a tool that does not recompute the chain would do: change one row in place.
    vault->database().exec("UPDATE audit SET action = 'lock' WHERE seq = 3");
    auto* page = new AuditPage(*vault);
    m_window.reset(page);
    page->resize(1100, 700);
    page->show();
    page->verifyChain();
    auto* notice = findNamed<NoticeLabel>(page, "auditNotice");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeout);
    QVERIFY(notice->isError());
    QVERIFY2(notice->text().contains(QLatin1String(" 3")), qPrintable(notice->text()));
    QCOMPARE(page->view()->selectionModel()->selectedRows().value(0).row(), page->model()->rowOfSeq(3));
    QVERIFY(page->model()->index(page->model()->rowOfSeq(3), 0).data(Qt::ForegroundRole).isValid());
    screenshot(page, QStringLiteral("admin-audit-broken"));
}

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
