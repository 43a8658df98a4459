// The Audit log page: sign-ins listed with the user's name in readable words and folded when they
// repeat, every detail in words, pages fetched lazily as the list scrolls, filters by user, kind of
// action and days, "Show history" on a client landing on that client's entries under their current
// name, and "Verify chain" saying plainly whether the log is intact or where it broke.
#include "AdminFixtures.h"
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "UiTestSupport.h"
#include "admin/AuditFilterBar.h"
#include "admin/AuditModel.h"
#include "admin/AuditPage.h"
#include "admin/AuditWording.h"
#include "clients/ClientListPanel.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "widgets/NoticeLabel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace coffer;
using namespace coffer::test;

namespace {

constexpr int kTimeout = 30000;

// Every entry the model has fetched, folded ones included, top to bottom.
std::vector<const AuditEntry*> allEntries(AuditModel* model)
{
    std::vector<const AuditEntry*> out;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex top = model->index(row, 0);
        if (!model->isFold(top))
            out.push_back(model->entryAt(top));
        for (int child = 0; child < model->rowCount(top); ++child)
            out.push_back(model->entryAt(model->index(child, 0, top)));
    }
    return out;
}

void fetchAll(AuditModel* model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

// Chooses the item of a filter combo whose text is text.
void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

QString add(Vault& vault, const QString& given, const QString& family)
{
    Client c; // not Client{.givenName = …}: GCC warns of every member left out, and the tests build with -Werror
    c.givenName = given;
    c.familyName = family;
    return ClientStore(vault).add(c);
}

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
    void filtersNarrowTheRows();
    void signInsFoldAndUnfold();
    void showHistoryLandsOnTheClientsEntries();
    void showHistoryNeedsTheRightToReadTheLog();
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
    QCOMPARE(AuditWording::action(QStringLiteral("request.add")), QStringLiteral("Recorded a request"));
    QCOMPARE(AuditWording::action(QStringLiteral("client.restrict")),
             QStringLiteral("Restricted processing of a client"));
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
    // The two prunes, and this computer's record of the generation, in words (issue #15).
    entry.action = QStringLiteral("backup.prune");
    entry.detail = QStringLiteral("old-keys destroyed=3 failed=0");
    QCOMPARE(AuditWording::detail(entry), QStringLiteral("Under an older data key: 3 backups destroyed"));
    entry.detail = QStringLiteral("destroyed=1 failed=1");
    QCOMPARE(AuditWording::detail(entry),
             QStringLiteral("Held erased clients: 1 backup destroyed, 1 could not be destroyed"));
    entry.action = QStringLiteral("vault.rollback");
    entry.detail = QStringLiteral("seen=7 header=4");
    QCOMPARE(AuditWording::detail(entry), QStringLiteral("This computer had seen change 7; the files are at change 4"));
    entry.detail = QStringLiteral("header=4 database=5");
    QCOMPARE(AuditWording::detail(entry), QStringLiteral("Header at change 4, database at change 5"));
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
    QTest::newRow("request type") << "request.add"
                                  << "access" << QStringLiteral("Access to their data");
    QTest::newRow("request refused") << "request.close"
                                     << "refused" << QStringLiteral("Refused");
    QTest::newRow("deadline extended") << "request.extend"
                                       << "2" << QStringLiteral("By 2 months in all");
    QTest::newRow("waiting for identity") << "request.identity"
                                          << "pending" << QStringLiteral("Waiting for proof of identity");
    QTest::newRow("evidence linked") << "request.evidence"
                                     << "erasure" << QStringLiteral("Erasure report");
    QTest::newRow("backups moved") << "backup.move"
                                   << "3" << AuditWording::tr("%n file(s) moved", nullptr, 3);
    QTest::newRow("backups destroyed")
        << "backup.prune"
        << "destroyed=2 failed=0"
        << AuditWording::tr("Held erased clients: %1").arg(AuditWording::tr("%n backup(s) destroyed", nullptr, 2));
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
void TestAuditPage::detailsReadAsWords()
{
    QFETCH(QString, action);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    AuditEntry entry;
    entry.action = action;
    entry.detail = detail;
    const QString words = AuditWording::detail(entry);
    QCOMPARE(words, expected);
    QVERIFY2(!words.contains(u'=') && !words.contains(u'/'), qPrintable(words));
}

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
    fetchAll(model);
    const std::vector<const AuditEntry*> all = allEntries(model);
    QCOMPARE(qint64(all.size()), model->entryCount());
    QVERIFY(all.size() > 2 * AuditModel::kPageSize + 50);
    // Newest first, every entry once, down to the vault's creation.
    for (size_t i = 1; i < all.size(); ++i)
        QCOMPARE(all[i]->seq, all[i - 1]->seq - 1);
    QCOMPARE(all.back()->seq, 1);
    QCOMPARE(all.back()->action, QStringLiteral("vault.create"));
    // A client's row names them as they are called now (the log itself holds only their pseudonym), once
    // the page has read the names: when it is shown.
    QVERIFY(model->index(0, AuditModel::ObjectColumn).data().toString().contains(u"p:"));
    page->reload();
    QCOMPARE(model->index(0, AuditModel::ObjectColumn).data().toString(),
             AuditModel::tr("%1: %2").arg(AuditWording::tr("Client"),
                                          QStringLiteral("Client %1").arg(2 * AuditModel::kPageSize + 49)));
    QVERIFY(model->index(0, AuditModel::ObjectColumn).data(Qt::ToolTipRole).toString().startsWith(u"p:"));

    add(*vault, QStringLiteral("Late"), QStringLiteral("Comer"));
    const int rows = model->rowCount();
    QTest::mouseClick(findNamed<QPushButton>(page, "refreshButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), rows + 1);
    QCOMPARE(model->entryCount(), qint64(all.size()) + 1);
    QCOMPARE(model->entryAt(model->index(0, 0))->seq, all.front()->seq + 1);
    QCOMPARE(model->index(0, AuditModel::ActionColumn).data().toString(), AuditWording::tr("Created a client"));
}

void TestAuditPage::filtersNarrowTheRows()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Filters"));
    add(*signIn(folder, QStringLiteral("Admin")), QStringLiteral("Made"), QStringLiteral("By Admin"));
    std::unique_ptr<Vault> vault = signIn(folder);
    add(*vault, QStringLiteral("Made"), QStringLiteral("By Owner"));
    auto* page = new AuditPage(*vault);
    m_window.reset(page);
    page->resize(1280, 800);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    AuditModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* users = findNamed<QComboBox>(page, "auditUserFilter");
    auto* kinds = findNamed<QComboBox>(page, "auditKindFilter");
    auto* dates = findNamed<QComboBox>(page, "auditDateFilter");
    auto* clear = findNamed<QPushButton>(page, "clearFiltersButton");
    auto* count = findNamed<QLabel>(page, "auditCountLabel");
    QVERIFY(users && kinds && dates && clear && count);
    fetchAll(model);
    const qint64 everything = model->entryCount();
    QVERIFY(!clear->isEnabled());

    // Each user the log names is offered by name.
    for (const char* name : {"Owner", "Admin", "Editor", "Viewer"})
        QVERIFY2(users->findText(QLatin1String(name)) >= 0, name);
    choose(users, QStringLiteral("Admin"));
    fetchAll(model);
    QVERIFY(model->entryCount() > 0 && model->entryCount() < everything);
    for (const AuditEntry* e : allEntries(model))
        QCOMPARE(model->userName(e->actor), QStringLiteral("Admin"));
    QVERIFY(clear->isEnabled());

    // With a kind of action too: the one client the admin made.
    choose(kinds, AuditWording::kindName(AuditKind::ClientRecords));
    fetchAll(model);
    QCOMPARE(model->entryCount(), 1);
    QCOMPARE(model->index(0, AuditModel::ActionColumn).data().toString(), AuditWording::tr("Created a client"));
    QCOMPARE(count->text(), AuditPage::tr("%Ln matching entries", nullptr, 1));
    screenshot(page, QStringLiteral("admin-audit-filtered"));

    // Days: yesterday alone holds nothing; up to today, the entry is back.
    choose(dates, AuditFilterBar::tr("Between dates"));
    auto* from = findNamed<QDateEdit>(page, "auditFromDate");
    auto* to = findNamed<QDateEdit>(page, "auditToDate");
    QVERIFY(from->isVisible() && to->isVisible());
    QVERIFY(from->displayFormat().contains(QLatin1String("yyyy")));
    from->setDate(QDate::currentDate().addDays(-1));
    to->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(count->text(), AuditPage::tr("No entry matches these filters"));
    to->setDate(QDate::currentDate());
    QCOMPARE(model->rowCount(), 1);
    choose(dates, AuditFilterBar::tr("Today"));
    QVERIFY(!from->isVisible());
    QCOMPARE(model->rowCount(), 1);

    // One click shows everything again.
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(users->currentIndex(), 0);
    QCOMPARE(kinds->currentIndex(), 0);
    QCOMPARE(dates->currentIndex(), 0);
    QVERIFY(!clear->isEnabled());
    fetchAll(model);
    QCOMPARE(model->entryCount(), everything);

    // The kinds between them cover every action: each entry is found under one of them.
    qint64 underAKind = 0;
    for (int kind = 1; kind < kinds->count(); ++kind) {
        kinds->setCurrentIndex(kind);
        fetchAll(model);
        underAKind += model->entryCount();
    }
    QCOMPARE(underAKind, everything);
}

void TestAuditPage::signInsFoldAndUnfold()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("Folds"));
    // Signed in and locked again and again: more entries than a page, so the fold goes on past it.
    constexpr int kSignIns = 110;
    for (int i = 0; i < kSignIns; ++i)
        (void)signIn(folder, QStringLiteral("Admin"));
    std::unique_ptr<Vault> vault = signIn(folder);
    auto* page = new AuditPage(*vault);
    m_window.reset(page);
    page->resize(1280, 800);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    AuditModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);

    // Newest first: the owner's sign-in, then the admin's run as one row, then what came before it.
    QCOMPARE(model->index(0, AuditModel::ActionColumn).data().toString(), AuditWording::tr("Signed in"));
    const QModelIndex fold = model->index(1, 0);
    QVERIFY(model->isFold(fold));
    QCOMPARE(model->rowCount(fold), 2 * kSignIns);
    QCOMPARE(fold.siblingAtColumn(AuditModel::ActionColumn).data().toString(),
             AuditModel::tr("%n sign-in(s) by %1", nullptr, kSignIns).arg(QStringLiteral("Admin")));
    QCOMPARE(fold.siblingAtColumn(AuditModel::UserColumn).data().toString(), QStringLiteral("Admin"));
    const AuditEntry* newest = model->entryAt(model->index(0, 0, fold));
    const AuditEntry* oldest = model->entryAt(model->index(2 * kSignIns - 1, 0, fold));
    QCOMPARE(
        fold.siblingAtColumn(AuditModel::DetailColumn).data().toString(),
        AuditModel::tr("From %1 to %2").arg(AuditModel::timeText(oldest->time), AuditModel::timeText(newest->time)));
    QCOMPARE(model->index(2, AuditModel::UserColumn).data().toString(), QStringLiteral("Viewer"));
    screenshot(page, QStringLiteral("admin-audit-folded"));

    // The arrow beside "110 sign-ins by Admin" opens the fold: each sign-in and lock, newest first.
    QTreeView* view = page->view();
    QVERIFY(!view->isExpanded(fold));
    const QRect cell = view->visualRect(fold.siblingAtColumn(AuditModel::ActionColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() - view->indentation() / 2, cell.center().y()));
    QTRY_VERIFY(view->isExpanded(fold));
    QCOMPARE(model->index(0, AuditModel::ActionColumn, fold).data().toString(), AuditWording::tr("Locked the vault"));
    QCOMPARE(model->index(1, AuditModel::ActionColumn, fold).data().toString(), AuditWording::tr("Signed in"));
    QCOMPARE(model->index(1, AuditModel::UserColumn, fold).data().toString(), QStringLiteral("Admin"));
    QVERIFY(view->visualRect(model->index(1, AuditModel::ActionColumn, fold)).isValid());
    screenshot(page, QStringLiteral("admin-audit-unfolded"));
}

void TestAuditPage::showHistoryLandsOnTheClientsEntries()
{
    VaultCreation created = Vault::create(QDir(m_dir.path()).filePath(QStringLiteral("History")),
                                          QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
    Vault& v = *created.vault;
    const QString annaId = add(v, QStringLiteral("Anna"), QStringLiteral("Ozola"));
    NoteStore(v).add(annaId, NoteKind::Call, QStringLiteral("Asked about the spring offer"));
    const QString otherId = add(v, QStringLiteral("Jānis"), QStringLiteral("Bērziņš"));
    NoteStore(v).add(otherId, NoteKind::Note, QStringLiteral("Not hers"));
    // Married since: the history is hers under the name she has now.
    Client anna = ClientStore(v).get(annaId);
    anna.familyName = QStringLiteral("Kalniņa");
    anna.displayName.clear();
    ClientStore(v).update(anna);
    // A note removed since is still hers in the history, from its creation to its removal.
    const QString removed = NoteStore(v).add(annaId, NoteKind::Note, QStringLiteral("Wrong number"));
    NoteStore(v).remove(removed);
    NoteStore(v).remove(NoteStore(v).add(otherId, NoteKind::Note, QStringLiteral("Not hers either")));
    auto* main = new MainWindow(std::move(created.vault));
    m_window.reset(main);
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main));

    // Click one: her row in the list.
    ClientsPage* clients = main->clientsPage();
    QAbstractItemModel* list = clients->list()->table()->model();
    int row = -1;
    for (int r = 0; r < list->rowCount(); ++r)
        if (list->index(r, 0).data().toString().contains(QStringLiteral("Kalniņa")))
            row = r;
    QVERIFY(row >= 0);
    selectRow(clients, row);
    QCOMPARE(clients->view()->clientId(), annaId);
    screenshot(main, QStringLiteral("admin-audit-client-view"));
    // Click two: Show history. The audit log is there, narrowed to her.
    click(findNamed<QPushButton>(clients->view(), "showHistoryButton"));
    AuditPage* audit = main->auditPage();
    QCOMPARE(findNamed<QStackedWidget>(main, "pages")->currentWidget(), audit);
    QVERIFY(findNamed<QWidget>(audit, "clientHistoryChip")->isVisible());
    QCOMPARE(findNamed<QLabel>(audit, "clientHistoryLabel")->text(),
             AuditFilterBar::tr("History of %1").arg(QStringLiteral("Anna Kalniņa")));
    AuditModel* model = audit->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QStringList actions;
    for (const AuditEntry* e : allEntries(model))
        actions << e->action;
    QCOMPARE(actions,
             (QStringList{QStringLiteral("note.delete"), QStringLiteral("note.create"), QStringLiteral("client.update"),
                          QStringLiteral("note.create"), QStringLiteral("client.create")}));
    QCOMPARE(allEntries(model).front()->objectId, removed);
    // Who and when, and the client by her name, never by the pseudonym alone.
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, AuditModel::UserColumn).data().toString(), QStringLiteral("Owner"));
        QVERIFY(!model->index(r, AuditModel::TimeColumn).data().toString().isEmpty());
    }
    const QString herName = AuditModel::tr("%1: %2").arg(AuditWording::tr("Client"), QStringLiteral("Anna Kalniņa"));
    QCOMPARE(model->index(4, AuditModel::ObjectColumn).data().toString(), herName);
    // The removal says whose the note was, by the name she has now.
    QCOMPARE(model->index(0, AuditModel::DetailColumn).data().toString(), AuditModel::tr("From %1").arg(herName));
    // Which fields changed, in words; and the notes told apart, though made in the same second.
    QCOMPARE(model->index(2, AuditModel::DetailColumn).data().toString(),
             AuditWording::tr("Changed: %1").arg(QStringLiteral("name, family name")));
    QVERIFY(model->index(0, AuditModel::ObjectColumn).data() != model->index(3, AuditModel::ObjectColumn).data());
    screenshot(main, QStringLiteral("admin-audit-client-history"));

    // The chip's cross shows every client's entries again.
    QTest::mouseClick(findNamed<QToolButton>(audit, "clearClientFilterButton"), Qt::LeftButton);
    QVERIFY(!findNamed<QWidget>(audit, "clientHistoryChip")->isVisible());
    fetchAll(model);
    int clientsCreated = 0;
    for (const AuditEntry* e : allEntries(model))
        clientsCreated += e->action == QLatin1String("client.create") ? 1 : 0;
    QCOMPARE(clientsCreated, 2);
}

void TestAuditPage::showHistoryNeedsTheRightToReadTheLog()
{
    const QString folder = makeVaultWithUsers(m_dir.path(), QStringLiteral("NoAudit"));
    std::unique_ptr<Vault> vault = signIn(folder, QStringLiteral("Editor"));
    add(*vault, QStringLiteral("Anna"), QStringLiteral("Ozola"));
    auto* main = new MainWindow(std::move(vault));
    m_window.reset(main);
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    QVERIFY(!main->auditPage());
    selectRow(main->clientsPage(), 0);
    auto* history = findNamed<QPushButton>(main->clientsPage()->view(), "showHistoryButton");
    QVERIFY(history->isVisible());
    QVERIFY(!history->isEnabled());
    QCOMPARE(history->toolTip(),
             ClientView::tr("Only the owner and admins can see the audit log of who changed this client."));
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
    const QModelIndex broken = page->model()->indexOfSeq(3);
    QVERIFY(broken.isValid());
    QCOMPARE(page->view()->selectionModel()->selectedRows().value(0), broken);
    QCOMPARE(page->model()->entryAt(broken)->seq, 3);
    QVERIFY(broken.data(Qt::ForegroundRole).isValid());
    screenshot(page, QStringLiteral("admin-audit-broken"));
}

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
