// ClientListModel over a vault of 1,000 clients, watched by QAbstractItemModelTester: paging through
// fetchMore yields every client exactly once, each column's sort follows core's order, and the search
// and tag filters narrow the list.
#include "ClientFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "clients/ClientLabels.h"
#include "clients/ClientListModel.h"
#include "records/ClientStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
constexpr int kClients = 1000;

ClientQuery matching(const QString& search, const QString& tag = {})
{
    ClientQuery query;
    query.search = search;
    query.tag = tag;
    return query;
}
} // namespace

class TestClientListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesYieldEveryClientOnce();
    void sortsByEveryColumn();
    void tagsColumnKeepsTheOrder();
    void searchFilters();
    void searchIgnoresDiacritics();
    void tagFilters();
    void emptyResult();

private:
    QStringList fetchAll(ClientListModel& model);
    QStringList column(const ClientListModel& model, int column);

    std::optional<VaultFixture> m_fixture; // one vault of kClients clients for every test
    QStringList m_ids;
};

void TestClientListModel::initTestCase()
{
    m_fixture.emplace(QStringLiteral("Owner"), QStringLiteral("test.coffer"));
    QVERIFY(m_fixture->dir.isValid());
    m_ids = addSampleClients(*m_fixture->vault, kClients);
    addPerson(*m_fixture->vault, QStringLiteral("Ēriks"), QStringLiteral("Ozoliņš"),
              {QStringLiteral("eriks@ozolins.lv")}, {QStringLiteral("Greenhouse")});
}

void TestClientListModel::cleanupTestCase()
{
    m_fixture.reset();
}

QStringList TestClientListModel::fetchAll(ClientListModel& model)
{
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        // Each fetch adds at most one page, so the view never waits for more than it shows.
        if (model.rowCount() - before > ClientListModel::kPageSize)
            qFatal("fetchMore added more than a page");
    }
    return column(model, -1);
}

QStringList TestClientListModel::column(const ClientListModel& model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << (column < 0 ? model.clientId(row) : model.index(row, column).data().toString());
    return out;
}

void TestClientListModel::pagesYieldEveryClientOnce()
{
    {
        ClientListModel unwatched(*m_fixture->vault);
        unwatched.setQuery({});
        QCOMPARE(unwatched.rowCount(), ClientListModel::kPageSize); // the first page only, at once
        QVERIFY(unwatched.canFetchMore({}));
    }
    ClientListModel model(*m_fixture->vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    const QStringList ids = fetchAll(model);
    QCOMPARE(ids.size(), kClients + 1);
    const QSet<QString> unique(ids.begin(), ids.end());
    QCOMPARE(unique.size(), ids.size());
    for (const QString& id : std::as_const(m_ids))
        QVERIFY(unique.contains(id));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowOf(ids.last()), kClients);
    QCOMPARE(model.index(0, 0).data(ClientListModel::IdRole).toString(), ids.first());
}

void TestClientListModel::sortsByEveryColumn()
{
    ClientListModel model(*m_fixture->vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    ClientStore store(*m_fixture->vault);
    for (int column :
         {int(ClientListModel::NameColumn), int(ClientListModel::KindColumn), int(ClientListModel::OrganisationColumn),
          int(ClientListModel::EmailColumn), int(ClientListModel::PhoneColumn), int(ClientListModel::UpdatedColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            ClientSortKey key;
            QVERIFY(ClientListModel::sortKeyOf(column, &key));
            QCOMPARE(model.query().sortKey, key);
            QCOMPARE(model.query().descending, order == Qt::DescendingOrder);
            const QStringList ids = fetchAll(model);
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kClients + 1);
            // The text columns: in order when case and diacritics are ignored, empty values last when ascending.
            if (column == ClientListModel::UpdatedColumn || column == ClientListModel::KindColumn)
                continue;
            const QStringList values = this->column(model, column);
            for (int i = 1; i < values.size(); ++i) {
                QString a = values[i - 1], b = values[i];
                if (order == Qt::DescendingOrder)
                    std::swap(a, b);
                const bool ordered = b.isEmpty() || (!a.isEmpty() && folded(a).compare(folded(b)) <= 0);
                QVERIFY2(ordered, qPrintable(QStringLiteral("column %1 row %2: '%3' then '%4'")
                                                 .arg(column)
                                                 .arg(i)
                                                 .arg(values[i - 1], values[i])));
            }
        }
    }
    // Kind: one block of each kind, organisations ("organisation" < "person") first when ascending.
    model.sort(ClientListModel::KindColumn, Qt::AscendingOrder);
    fetchAll(model);
    const QStringList kinds = column(model, ClientListModel::KindColumn);
    QCOMPARE(kinds.first(), ClientLabels::kind(ClientKind::Organisation));
    QCOMPARE(kinds.last(), ClientLabels::kind(ClientKind::Person));
    QCOMPARE(kinds.count(kinds.first()), kClients / 5);
    QVERIFY(kinds.lastIndexOf(kinds.first()) < kinds.indexOf(kinds.last()));
}

void TestClientListModel::tagsColumnKeepsTheOrder()
{
    ClientListModel model(*m_fixture->vault);
    model.setQuery({});
    model.sort(ClientListModel::EmailColumn, Qt::DescendingOrder);
    model.sort(ClientListModel::TagsColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sortKey, ClientSortKey::Email);
    QVERIFY(model.query().descending);
}

void TestClientListModel::searchFilters()
{
    ClientListModel model(*m_fixture->vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(matching(QStringLiteral("client0043@example.lv")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.clientId(0), m_ids[43]);
    QCOMPARE(model.index(0, ClientListModel::EmailColumn).data().toString(), QStringLiteral("client0043@example.lv"));

    // A word matching many, over several pages: every row found contains it, and the count agrees.
    const ClientQuery query = matching(QStringLiteral("example"));
    model.setQuery(query);
    const QStringList ids = fetchAll(model);
    QCOMPARE(ids.size(), ClientStore(*m_fixture->vault).count(query));
    QCOMPARE(ids.size(), kClients - (kClients + 6) / 7); // every 7th has no email
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const QString& email : column(model, ClientListModel::EmailColumn))
        QVERIFY2(email.endsWith(QStringLiteral("@example.lv")), qPrintable(email));

    model.setQuery(matching(QStringLiteral("dvorak")));
    QVERIFY(model.rowCount() > 0);
    for (const QString& name : column(model, ClientListModel::NameColumn))
        QVERIFY2(name.contains(QStringLiteral("Dvořák")), qPrintable(name));
}

void TestClientListModel::searchIgnoresDiacritics()
{
    ClientListModel model(*m_fixture->vault);
    for (const QString& typed : {QStringLiteral("ozolins"), QStringLiteral("Ozoliņš"), QStringLiteral("ERIKS OZO")}) {
        model.setQuery(matching(typed));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), QStringLiteral("Ēriks Ozoliņš"));
        QCOMPARE(model.index(0, ClientListModel::TagsColumn).data().toString(), QStringLiteral("Greenhouse"));
    }
}

void TestClientListModel::tagFilters()
{
    ClientListModel model(*m_fixture->vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(matching({}, QStringLiteral("vip")));
    const QStringList ids = fetchAll(model);
    QCOMPARE(ids.size(), kClients / 10);
    for (const QString& tags : column(model, ClientListModel::TagsColumn))
        QVERIFY2(tags.contains(QStringLiteral("vip")), qPrintable(tags));
    // Tag and search together: the supplier Dvořáks only.
    const ClientQuery both = matching(QStringLiteral("dvorak"), QStringLiteral("SUPPLIER"));
    model.setQuery(both);
    const QStringList found = fetchAll(model);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.size(), ClientStore(*m_fixture->vault).count(both));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, ClientListModel::TagsColumn).data().toString().contains(QStringLiteral("supplier")));
        QVERIFY(model.index(row, ClientListModel::NameColumn).data().toString().contains(QStringLiteral("Dvořák")));
    }
}

void TestClientListModel::emptyResult()
{
    ClientListModel model(*m_fixture->vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(matching(QStringLiteral("zzzznobody")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.clientId(0).isEmpty());
    QCOMPARE(model.rowOf(m_ids.first()), -1);
}

QTEST_GUILESS_MAIN(TestClientListModel)
#include "TestClientListModel.moc"
