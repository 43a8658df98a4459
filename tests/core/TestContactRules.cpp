// The rules of core/records/ContactRules, one value at a time: which emails, phone numbers and country
// codes are stored, and the exact words for each that is not, which never repeat the value. One row a
// case, valid and invalid side by side, so that a new case is one line.
#include "records/ClientValidation.h"
#include "records/ContactRules.h"

#include <QTest>

using namespace coffer;

namespace {

const QString kComma = QStringLiteral("This email address has a comma where a dot should be.");
const QString kSpace = QStringLiteral("This email address has a space in it.");
const QString kNoAt = QStringLiteral("This email address has no @ sign.");
const QString kTwoAts = QStringLiteral("This email address has more than one @ sign.");
const QString kNotADomain = QStringLiteral("The part after the @ is not a domain such as example.com.");
const QString kUnknownCountry = QStringLiteral("This is not a country code Coffer knows.");

void addRow(const char* name, const QString& value, const QString& problem = {})
{
    QTest::newRow(name) << value << problem;
}

// An invalid value's words must not repeat it: they reach stderr, reports and logs.
void verifyProblem(const std::optional<QString>& got, const QString& value, const QString& expected)
{
    QCOMPARE(got.value_or(QString()), expected);
    if (got && value.trimmed().size() > 1)
        QVERIFY2(!got->contains(value.trimmed()), qPrintable(*got));
}

} // namespace

class TestContactRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emails_data();
    void emails();
    void phones_data();
    void phones();
    void countryCodes_data();
    void countryCodes();
    void checkClientNamesTheEntryAndTidiesTheCountry();
};

void TestContactRules::emails_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: the address is stored

    addRow("plain", QStringLiteral("anna@example.com"));
    addRow("dots and subdomain", QStringLiteral("ilze.ozolina@mail.inbox.lv"));
    addRow("plus and apostrophe", QStringLiteral("o'brien+coffer@example.co.uk"));
    addRow("spaces around are trimmed", QStringLiteral("  eriks@ozolins.lv "));
    addRow("IDN domain, Latvian", QStringLiteral("līga@piemērs.lv"));
    addRow("IDN local part", QStringLiteral("jānis.ozoliņš@example.com"));
    addRow("Cyrillic domain and TLD", QStringLiteral("info@пример.рф"));
    addRow("punycode domain", QStringLiteral("info@xn--piemrs-9wa.lv"));
    addRow("punycode TLD", QStringLiteral("info@example.xn--p1ai"));
    addRow("hyphen and digits in a label", QStringLiteral("office@zala-maja2.lv"));
    addRow("empty (left out, not wrong)", QString());

    addRow("comma for a dot (issue #13)", QStringLiteral("ilze.ozolina@inbox,lv"), kComma);
    addRow("comma before the @", QStringLiteral("ilze,ozolina@inbox.lv"), kComma);
    addRow("space inside", QStringLiteral("ilze ozolina@inbox.lv"), kSpace);
    addRow("no-break space inside", QStringLiteral("ilze\u00a0ozolina@inbox.lv"), kSpace);
    addRow("no @", QStringLiteral("ilze.ozolina.inbox.lv"), kNoAt);
    addRow("two @", QStringLiteral("ilze@ozolina@inbox.lv"), kTwoAts);
    addRow("two addresses, comma", QStringLiteral("anna@a.lv, juris@b.lv"),
           QStringLiteral("This holds more than one email address; add each one separately."));
    addRow("two addresses, semicolon", QStringLiteral("anna@a.lv;juris@b.lv"),
           QStringLiteral("This holds more than one email address; add each one separately."));
    addRow("name and angle brackets", QStringLiteral("Anna Kalniņa <anna@kalnina.lv>"),
           QStringLiteral("Give the address alone, without a name or < >."));
    addRow("nothing before the @", QStringLiteral("@inbox.lv"),
           QStringLiteral("This email address has nothing before the @ sign."));
    addRow("nothing after the @", QStringLiteral("ilze@"),
           QStringLiteral("This email address has nothing after the @ sign."));
    addRow("two dots in a row", QStringLiteral("ilze@inbox..lv"),
           QStringLiteral("This email address has two dots in a row."));
    addRow("dot at the end of the local part", QStringLiteral("ilze.@inbox.lv"),
           QStringLiteral("The part before the @ cannot begin or end with a dot."));
    addRow("semicolon in the local part", QStringLiteral("ilze;o@inbox.lv"),
           QStringLiteral("The part before the @ cannot contain “;”."));
    addRow("domain without a dot", QStringLiteral("ilze@inboxlv"), kNotADomain);
    addRow("one-letter TLD", QStringLiteral("ilze@inbox.l"), kNotADomain);
    addRow("digits for a TLD", QStringLiteral("ilze@192.168.0.1"), kNotADomain);
    addRow("label begins with a hyphen", QStringLiteral("ilze@-inbox.lv"), kNotADomain);
    addRow("underscore in the domain", QStringLiteral("ilze@in_box.lv"), kNotADomain);
    addRow("dot at the end of the domain", QStringLiteral("ilze@inbox.lv."), kNotADomain);
    addRow("label longer than 63", QStringLiteral("a@%1.lv").arg(QString(64, u'x')), kNotADomain);
}

void TestContactRules::emails()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    verifyProblem(emailProblem(value), value, problem);
}

void TestContactRules::phones_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");

    addRow("Latvian mobile", QStringLiteral("+371 2912 3456"));
    addRow("UK with trunk zero in brackets", QStringLiteral("(0)20 7946 0958"));
    addRow("international with brackets", QStringLiteral("+44 (0)20 7946 0958"));
    addRow("hyphens", QStringLiteral("020-7946-0958"));
    addRow("dots", QStringLiteral("602.123.456"));
    addRow("slash, as Austrians write it", QStringLiteral("0664/123 4567"));
    addRow("digits only", QStringLiteral("29123456"));
    addRow("five digits, the fewest", QStringLiteral("12345"));
    addRow("twenty digits, the most", QString(20, u'9'));
    addRow("empty (left out, not wrong)", QString());

    addRow("two digits", QStringLiteral("12"),
           QStringLiteral("This phone number is too short: it needs at least 5 digits."));
    addRow("four digits with a plus", QStringLiteral("+371"),
           QStringLiteral("This phone number is too short: it needs at least 5 digits."));
    addRow("twenty-one digits", QString(21, u'9'),
           QStringLiteral("This phone number is too long: it can have at most 20 digits."));
    addRow("letters", QStringLiteral("abc"), QStringLiteral("This phone number has letters in it."));
    addRow("extension in words", QStringLiteral("+371 2912 3456 ext 12"),
           QStringLiteral("This phone number has letters in it."));
    addRow("Cyrillic letter", QStringLiteral("+371 2912 345б"), QStringLiteral("This phone number has letters in it."));
    addRow("plus inside", QStringLiteral("371+2912 3456"),
           QStringLiteral("This phone number has a + that is not at its start."));
    addRow("two pluses", QStringLiteral("++371 2912 3456"),
           QStringLiteral("This phone number has a + that is not at its start."));
    addRow("hash", QStringLiteral("2912#3456"),
           QStringLiteral("This phone number cannot contain “#”: use digits, spaces and + - ( ) . / only."));
    addRow("bracket left open", QStringLiteral("(020 7946 0958"),
           QStringLiteral("This phone number has brackets that do not pair up."));
    addRow("brackets the wrong way", QStringLiteral("020) 7946 (0958"),
           QStringLiteral("This phone number has brackets that do not pair up."));
}

void TestContactRules::phones()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    verifyProblem(phoneProblem(value), value, problem);
}

void TestContactRules::countryCodes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");

    addRow("LV", QStringLiteral("LV"));
    addRow("lower case is the same code", QStringLiteral("lt"));
    addRow("spaces around", QStringLiteral(" CZ "));
    addRow("empty: no country", QString());

    addRow("XX", QStringLiteral("XX"), kUnknownCountry);
    addRow("three letters", QStringLiteral("LVA"), kUnknownCountry);
    addRow("a region QLocale knows by number", QStringLiteral("419"), kUnknownCountry);
    addRow("a name", QStringLiteral("Latvia"), kUnknownCountry);
    addRow("UK", QStringLiteral("uk"),
           QStringLiteral("This is not a country code Coffer knows; the United Kingdom's is GB."));
    addRow("EL", QStringLiteral("EL"), QStringLiteral("This is not a country code Coffer knows; Greece's is GR."));
}

void TestContactRules::countryCodes()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    QCOMPARE(countryProblem(value).value_or(QString()), problem);
}

// checkClient puts the field's name before the words ("Email 2: …") for messages away from the form,
// keeps the words alone for beside the field, and stores a lower-case country code in upper case.
void TestContactRules::checkClientNamesTheEntryAndTidiesTheCountry()
{
    Client c;
    c.givenName = QStringLiteral("Ilze");
    c.emails = {QStringLiteral("ilze@inbox.lv"), QString(), QStringLiteral("ilze.ozolina@inbox,lv")};
    c.phones = {QStringLiteral("abc")};
    c.country = QStringLiteral("lt");
    std::vector<ClientFieldProblem> problems = checkClient(c);
    QCOMPARE(problems.size(), size_t(2));
    QCOMPARE(problems[0].field, ClientField::Email);
    QCOMPARE(problems[0].index, 2);                                      // the row as given, the empty one counted
    QCOMPARE(problems[0].message, QStringLiteral("Email 2: ") + kComma); // numbered as stored
    QCOMPARE(problems[0].problem, kComma);
    QCOMPARE(problems[1].message, QStringLiteral("Phone 1: This phone number has letters in it."));
    QCOMPARE(c.country, QStringLiteral("LT"));

    Client unknown;
    unknown.givenName = QStringLiteral("Ilze");
    unknown.country = QStringLiteral("xx");
    problems = checkClient(unknown);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].field, ClientField::Country);
    QCOMPARE(problems[0].message, QStringLiteral("Country: ") + kUnknownCountry);
    QCOMPARE(problems[0].problem, kUnknownCountry);
}

QTEST_GUILESS_MAIN(TestContactRules)
#include "TestContactRules.moc"
