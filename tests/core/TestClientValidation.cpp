// checkClient (core/records/ClientValidation): every problem at once, each tied to its field and to
// the entry of a list as the user gave it, while tidying the client as it is stored; and agreement
// with ClientStore::validate, which must report the first of the same problems.
#include "Error.h"
#include "records/ClientStore.h"
#include "records/ClientValidation.h"

#include <QTest>

using namespace coffer;

class TestClientValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validClientIsTidied();
    void everyProblemAtOnce();
    void organisationNeedsItsName();
    void agreesWithClientStore();
};

void TestClientValidation::validClientIsTidied()
{
    Client c;
    c.givenName = QStringLiteral("  Ēriks ");
    c.familyName = QStringLiteral("Ozoliņš");
    c.emails = {QString(), QStringLiteral(" eriks@ozolins.lv "), QStringLiteral("  ")};
    c.tags = {QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral(" greenhouse")};
    c.country = QStringLiteral("lv");
    QVERIFY(checkClient(c).empty());
    QCOMPARE(c.displayName, QStringLiteral("Ēriks Ozoliņš"));
    QCOMPARE(c.emails, QStringList{QStringLiteral("eriks@ozolins.lv")});
    QCOMPARE(c.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("greenhouse")}));
    QCOMPARE(c.country, QStringLiteral("LV"));
}

void TestClientValidation::everyProblemAtOnce()
{
    Client c;
    c.emails = {QStringLiteral("ok@example.com"), QString(), QStringLiteral("no-at-sign"), QStringLiteral("a@b c")};
    c.phones = {QStringLiteral("12")};
    c.country = QStringLiteral("XX");
    c.fields.insert(QStringLiteral("  "), QStringLiteral("value"));
    const std::vector<ClientFieldProblem> problems = checkClient(c);
    QCOMPARE(problems.size(), size_t(6));
    QCOMPARE(problems[0].field, ClientField::Name);
    QCOMPARE(problems[1].field, ClientField::Email);
    QCOMPARE(problems[1].index, 2); // the place in the list as given, empty rows counted
    QVERIFY(problems[1].message.contains(QStringLiteral("Email 2"))); // numbered as the user sees them
    QVERIFY(problems[1].message.contains(u'@'));
    QCOMPARE(problems[2].field, ClientField::Email);
    QCOMPARE(problems[2].index, 3);
    QCOMPARE(problems[3].field, ClientField::Phone);
    QCOMPARE(problems[3].index, 0);
    QCOMPARE(problems[4].field, ClientField::Country);
    QCOMPARE(problems[5].field, ClientField::CustomFields);
    for (const ClientFieldProblem& p : problems) // messages never repeat a value
        QVERIFY2(!p.message.contains(QStringLiteral("no-at-sign")), qPrintable(p.message));
}

void TestClientValidation::organisationNeedsItsName()
{
    Client c;
    c.kind = ClientKind::Organisation;
    c.givenName = QStringLiteral("Anna");
    auto problems = checkClient(c);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].field, ClientField::Name);
    c.organisation = QStringLiteral("Zaļā Māja SIA");
    QVERIFY(checkClient(c).empty());
    QCOMPARE(c.displayName, QStringLiteral("Zaļā Māja SIA"));
    c.organisation = QString(301, u'x');
    c.displayName.clear(); // derived again from the organisation
    problems = checkClient(c);
    QCOMPARE(problems.size(), size_t(2)); // the organisation and the display name made from it
    QCOMPARE(problems[0].field, ClientField::DisplayName);
    QCOMPARE(problems[1].field, ClientField::Organisation);
}

void TestClientValidation::agreesWithClientStore()
{
    // Each client is invalid in one way; ClientStore::validate must refuse exactly those, with the same words.
    QList<Client> cases;
    Client base;
    base.givenName = QStringLiteral("Řehoř");
    cases << Client{};
    for (const QString& email : {QStringLiteral("x"), QStringLiteral("a@b@c"), QStringLiteral("ok@example.com")}) {
        Client c = base;
        c.emails = {email};
        cases << c;
    }
    for (const QString& phone : {QStringLiteral("+420 601 234 567"), QStringLiteral("call me")}) {
        Client c = base;
        c.phones = {phone};
        cases << c;
    }
    Client country = base;
    country.country = QStringLiteral("ZZ");
    cases << country;
    for (Client c : std::as_const(cases)) {
        Client forStore = c;
        const std::vector<ClientFieldProblem> problems = checkClient(c);
        QString thrown;
        try {
            ClientStore::validate(forStore);
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Usage);
            thrown = e.message();
        }
        QCOMPARE(thrown.isEmpty(), problems.empty());
        if (!problems.empty())
            QCOMPARE(thrown, problems.front().message);
        else
            QCOMPARE(forStore.displayName, c.displayName);
    }
}

QTEST_GUILESS_MAIN(TestClientValidation)
#include "TestClientValidation.moc"
