// CsvReader (RFC 4180 details, separators, encodings, line numbers) and CsvImporter (headers, maps,
// countries, skipped rows, one transaction, audit, roles).
#include "Error.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "transfer/CsvImporter.h"
#include "transfer/CsvReader.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Every record with its line: "line|field|field…".
QStringList readRecords(const QByteArray& bytes, char* separator = nullptr, CsvReader::Encoding* encoding = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QStringList out, fields;
    while (reader.readRecord(fields))
        out << QString::number(reader.line()) + u'|' + fields.join(u'|');
    if (separator)
        *separator = reader.separator();
    if (encoding)
        *encoding = reader.encoding();
    return out;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
    std::optional<VaultFixture> m_fixture; // a fresh vault for each test

    CsvImportReport import(const QByteArray& bytes, const QStringList& maps = {})
    {
        std::vector<CsvColumnMap> map;
        for (const QString& m : maps)
            map.push_back(CsvImporter::parseMap(m));
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return CsvImporter(*m_fixture->vault).import(buffer, map);
    }
    QStringList names() const
    {
        QStringList out;
        for (const ClientSummary& c : ClientStore(*m_fixture->vault).list({}, 0, 1000))
            out << c.displayName;
        return out;
    }
    Client only(const QString& search)
    {
        const auto found = ClientStore(*m_fixture->vault).list({search, {}}, 0, 10);
        return found.size() == 1 ? ClientStore(*m_fixture->vault).get(found[0].id) : Client{};
    }

private Q_SLOTS:
    void init() { m_fixture.emplace(); }
    void cleanup() { m_fixture.reset(); }

    void readerFollowsRfc4180()
    {
        char sep = 0;
        const QByteArray csv = "a,b,c\r\n"
                               "\"x, y\",\"say \"\"hi\"\"\",plain\r\n"
                               "\"two\r\nlines\",\"\",last\r\n"
                               "\r\n"
                               "\"three\nlines\nhere\",  \"spaced\",tail";
        QCOMPARE(readRecords(csv, &sep), QStringList({s("1|a|b|c"), s("2|x, y|say \"hi\"|plain"),
                                                      s("3|two\nlines||last"), s("6|three\nlines\nhere|spaced|tail")}));
        QCOMPARE(sep, ',');
    }

    void readerDetectsSeparatorAndEncoding()
    {
        char sep = 0;
        CsvReader::Encoding enc{};
        QCOMPARE(readRecords("\xEF\xBB\xBFName;Email\n\xC4\x92riks;\"a;b\"\n", &sep, &enc),
                 QStringList({s("1|Name|Email"), s("2|Ēriks|a;b")}));
        QCOMPARE(sep, ';');
        QCOMPARE(enc, CsvReader::Encoding::Utf8WithBom);
        QCOMPARE(readRecords("Name\tEmail, or phone\tTags\nA\tB\n", &sep),
                 QStringList({s("1|Name|Email, or phone|Tags"), s("2|A|B")}));
        QCOMPARE(sep, '\t');
        // Excel's "sep=" line names the separator and is not the header.
        QCOMPARE(readRecords("sep=;\r\nName,x;Email\r\nA;B\r\n", &sep), QStringList({s("2|Name,x|Email"), s("3|A|B")}));
        QCOMPARE(sep, ';');
        // Bytes that are not UTF-8 are read as Windows-1252, and the reader says so.
        QCOMPARE(readRecords("Name\nJos\xE9 \x80\n", nullptr, &enc), QStringList({s("1|Name"), s("2|José €")}));
        QCOMPARE(enc, CsvReader::Encoding::Windows1252);
        // A Latvian or Lithuanian spreadsheet saves Windows-1257, a Czech one Windows-1250: the code page whose
        // letters the bytes spell is the one they are read in, for the whole file.
        QCOMPARE(readRecords("Name\nJ\xE2nis B\xE7rzi\xF2\xF0\nJ\xFBrat\xEB \xDE"
                             "emaityt\xEB\n",
                             nullptr, &enc),
                 QStringList({s("1|Name"), s("2|Jānis Bērziņš"), s("3|Jūratė Žemaitytė")}));
        QCOMPARE(enc, CsvReader::Encoding::Windows1257);
        // Czech in Windows-1250 spells as many letters in Windows-1252 (ř is ø there): the user's own
        // language decides.
        QLocale::setDefault(QLocale(QLocale::Czech));
        QCOMPARE(readRecords("Name\n\xD8"
                             "eho\xF8 Dvo\xF8\xE1k\n",
                             nullptr, &enc),
                 QStringList({s("1|Name"), s("2|Řehoř Dvořák")}));
        QCOMPARE(enc, CsvReader::Encoding::Windows1250);
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(readRecords("Name\nJos\xE9 \x80\n", nullptr, &enc), QStringList({s("1|Name"), s("2|José €")}));
        QCOMPARE(enc, CsvReader::Encoding::Windows1252);
        // UTF-8 rows stay UTF-8 beside them.
        QCOMPARE(readRecords("Name\n\xC5\x98"
                             "eho\xC5\x99\nJ\xE2nis B\xE7rzi\xF2\xF0\n",
                             nullptr, &enc),
                 QStringList({s("1|Name"), s("2|Řehoř"), s("3|Jānis Bērziņš")}));
        QCOMPARE(readRecords("Name\nplain\n", nullptr, &enc).size(), 2);
        QCOMPARE(enc, CsvReader::Encoding::Utf8);
    }

    void readerRefusesMalformedInput()
    {
        QString message;
        QCOMPARE(thrownCode([] { readRecords("Name,Email\nA,b\n\"C\n,d\n"); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(u"Line 3"), qPrintable(message));
        QCOMPARE(thrownCode([] { readRecords("\xFF\xFEN\0a\0", nullptr); }), ErrorCode::Failed);
    }

    void importsCommonHeadersInAnyCase()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "FIRST NAME;last name;E-Mail;Mobile;organization;Street;City;Country;Labels;Birthday\r\n"
                               "Ēriks;Ozoliņš;eriks@example.lv, e.o@example.lv;+371 2912 3456;Sēklas SIA;Brīvības "
                               "iela 1;Rīga;Latvija;garden;1980\r\n"
                               "Jūratė;Žemaitytė;jurate@example.lt;;;;;Lietuva;vip; x\r\n"
                               "Řehoř;Dvořák;;;;;;Česko;;\r\n";
        const CsvImportReport report = import(csv);
        QCOMPARE(report.imported, 3);
        QVERIFY(report.skipped.empty());
        QCOMPARE(report.ignoredColumns, QStringList{s("Birthday")});
        QCOMPARE(report.separator, ';');
        QCOMPARE(report.encoding, CsvReader::Encoding::Utf8WithBom);
        const Client eriks = only(s("ozolins"));
        QCOMPARE(eriks.displayName, s("Ēriks Ozoliņš"));
        QCOMPARE(eriks.emails, QStringList({s("eriks@example.lv"), s("e.o@example.lv")}));
        QCOMPARE(eriks.phones, QStringList{s("+371 2912 3456")});
        QCOMPARE(eriks.organisation, s("Sēklas SIA"));
        QCOMPARE(eriks.address, s("Brīvības iela 1, Rīga"));
        QCOMPARE(eriks.country, s("LV"));
        QCOMPARE(eriks.tags, QStringList{s("garden")});
        QCOMPARE(only(s("zemaityte")).country, s("LT"));
        QCOMPARE(only(s("Řehoř")).displayName, s("Řehoř Dvořák"));
        QCOMPARE(only(s("dvorak")).country, s("CZ"));
    }

    // A clients.csv of Coffer's own export, as written before the user-name columns (tags one a line) and as
    // written now (tags joined by "; ", a name beside each user id): both give the same clients.
    void readsCofferClientTablesOldAndNew_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("ignored");
        const QByteArray id = "019a0c5e-0000-7000-8000-000000000001";
        const QByteArray user = "019a0c5e-0000-7000-8000-0000000000aa";
        QTest::newRow("tags one a line, no names")
            << QByteArray("id,kind,display_name,given_name,family_name,organisation,emails,phones,address,country,"
                          "tags,restricted,retention,created,created_by,updated,updated_by\r\n" +
                          id +
                          ",person,Ēriks Ozoliņš,Ēriks,Ozoliņš,,\"eriks@example.lv\nsecond@example.eu\","
                          "'+371 2912 3456,,LV,\"garden\nvip\",no,,2026-01-05T12:34:56.000Z," +
                          user + ",2026-01-05T12:34:56.000Z," + user + "\r\n")
            << QStringList{s("id"),         s("restricted"), s("retention"), s("created"),
                           s("created_by"), s("updated"),    s("updated_by")};
        QTest::newRow("tags on one line, with names")
            << QByteArray("id,kind,display_name,given_name,family_name,organisation,emails,phones,address,country,"
                          "tags,restricted,retention,created,created_by,created_by_name,updated,updated_by,"
                          "updated_by_name\r\n" +
                          id +
                          ",person,Ēriks Ozoliņš,Ēriks,Ozoliņš,,\"eriks@example.lv\nsecond@example.eu\","
                          "'+371 2912 3456,,LV,\"garden; vip\",no,,2026-01-05T12:34:56.000Z," +
                          user + ",Anna,2026-01-05T12:34:56.000Z," + user + ",\r\n")
            << QStringList{s("id"),      s("restricted"), s("retention"),
                           s("created"), s("created_by"), s("created_by_name"),
                           s("updated"), s("updated_by"), s("updated_by_name")};
    }

    void readsCofferClientTablesOldAndNew()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, ignored);
        const CsvImportReport report = import(csv);
        QCOMPARE(report.imported, 1);
        QVERIFY(report.skipped.empty());
        QCOMPARE(report.ignoredColumns, ignored);
        const Client eriks = only(s("ozolins"));
        QCOMPARE(eriks.displayName, s("Ēriks Ozoliņš"));
        QCOMPARE(eriks.emails, QStringList({s("eriks@example.lv"), s("second@example.eu")}));
        QCOMPARE(eriks.phones, QStringList{s("+371 2912 3456")});
        QCOMPARE(eriks.country, s("LV"));
        QCOMPARE(eriks.tags, QStringList({s("garden"), s("vip")}));
    }

    // What a Latvian, a Lithuanian and a Czech spreadsheet call their columns, recognised without a map.
    void recognisesLatvianLithuanianAndCzechHeaders_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("name");
        QTest::newRow("lv") << QByteArray("Vārds;Uzvārds;E-pasts;Tālrunis;Uzņēmums;Valsts;Piezīmes\r\n"
                                          "Jānis;Bērziņš;janis@example.lv;+371 2000 0001;Sēklas SIA;Latvija;Zvanīt\r\n")
                            << s("berzins") << s("Jānis Bērziņš");
        QTest::newRow("lt") << QByteArray(
                                   "Vardas,Pavardė,El. paštas,Telefonas,Įmonė,Šalis,Pastabos\r\n"
                                   "Jūratė,Žemaitytė,jurate@example.lt,+370 600 00001,UAB Šilas,Lietuva,Skambinti\r\n")
                            << s("zemaityte") << s("Jūratė Žemaitytė");
        QTest::newRow("cs") << QByteArray(
                                   "Jméno;Příjmení;E-mail;Telefon;Firma;Země;Poznámka\r\n"
                                   "Řehoř;Dvořák;rehor@example.cz;+420 777 000 001;Kavárna s.r.o.;Česko;Zavolat\r\n")
                            << s("dvorak") << s("Řehoř Dvořák");
    }

    void recognisesLatvianLithuanianAndCzechHeaders()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, search);
        QFETCH(QString, name);
        const CsvImportReport report = import(csv);
        QCOMPARE(report.imported, 1);
        QVERIFY2(report.ignoredColumns.isEmpty(), qPrintable(report.ignoredColumns.join(u',')));
        QCOMPARE(report.notes, 1);
        const Client c = only(search);
        QCOMPARE(c.displayName, name);
        QCOMPARE(c.emails.size(), 1);
        QCOMPARE(c.phones.size(), 1);
        QVERIFY(!c.organisation.isEmpty());
        QVERIFY(!c.country.isEmpty());
    }

    void countriesByNameOrCode()
    {
        for (auto [text, code] : {std::pair{"Latvia", "LV"},
                                  {"latvija", "LV"},
                                  {"Lithuania", "LT"},
                                  {"Česko", "CZ"},
                                  {"Czech Republic", "CZ"},
                                  {"cz", "CZ"},
                                  {"Deutschland", "DE"},
                                  {"Narnia", ""}})
            QCOMPARE(CsvImporter::countryCode(s(text)), s(code));
    }

    void skippedRowsStoreNothingAndGoodRowsAllLand()
    {
        const QByteArray csv = "Name,Email,Notes,Country,Kind\n"
                               "Good One,one@example.com,\"a note\nover two lines\",,\n"
                               "Bad Mail,not-an-address,note of a bad row,,\n"
                               ",nobody@example.com,,,\n"
                               ",,,,\n"
                               "Good Two,two@example.com,,LV,\n"
                               "Nowhere,,,Narnia,\n"
                               "Acme,,,,robot\n"
                               "Acme Ltd,,,,Organization\n";
        const CsvImportReport report = import(csv);
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.notes, 1);
        QCOMPARE(int(report.skipped.size()), 4);
        // Line numbers are physical lines: the note on line 2 spans into line 3.
        QCOMPARE(report.skipped[0].line, 4);
        QCOMPARE(report.skipped[0].reason, s("Email 1: This email address has no @ sign."));
        QCOMPARE(report.skipped[1].line, 5);
        QCOMPARE(report.skipped[1].reason, s("The row has no name."));
        QCOMPARE(report.skipped[2].line, 8);
        QCOMPARE(report.skipped[3].line, 9);
        for (const CsvSkippedRow& row : report.skipped)
            QVERIFY(!row.reason.contains(u"not-an-address") && !row.reason.contains(u"Narnia"));
        QCOMPARE(names(), QStringList({s("Acme Ltd"), s("Good One"), s("Good Two")}));
        QCOMPARE(only(s("acme")).kind, ClientKind::Organisation);
        QCOMPARE(NoteStore(*m_fixture->vault).list(only(s("good one")).id).at(0).text, s("a note\nover two lines"));
        // Nothing of the skipped rows is anywhere in the database, not even in the search index.
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM clients"), qint64(3));
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM notes"), qint64(1));
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM client_emails"), qint64(2));
        QVERIFY(ClientStore(*m_fixture->vault).list({s("bad"), {}}, 0, 10).empty());
        // One import.csv row, with counts only.
        int imports = 0;
        for (const AuditEntry& e : m_fixture->vault->auditEntries(0, 1000)) {
            if (e.action == u"import.csv") {
                ++imports;
                QCOMPARE(e.detail, s("imported=3 skipped=4"));
            }
        }
        QCOMPARE(imports, 1);
    }

    // A row with one value the form would refuse is skipped whole, reported by line and field (never the
    // value); a cell holding two addresses still gives two, and a comma typed for a dot is not split.
    void rowsWithAnInvalidValueAreSkippedWhole()
    {
        const QByteArray csv = "Name,Email,Phone,Notes\n"
                               "Ilze Ozoliņa,\"ilze@inbox.lv, ilze.ozolina@inbox,lv\",+371 2912 3456,called\n"
                               "Anna Kalniņa,\"anna@kalnina.lv, anna@work.example\",,\n"
                               "Juris Bērziņš,juris@berzins.lv,call me,\n"
                               "Līga Liepa,līga@piemērs.lv,(0)20 7946 0958,\n";
        const CsvImportReport report = import(csv);
        QCOMPARE(report.imported, 2);
        QCOMPARE(int(report.skipped.size()), 2);
        QCOMPARE(report.skipped[0].line, 2);
        QCOMPARE(report.skipped[0].reason, s("Email 2: This email address has a comma where a dot should be."));
        QCOMPARE(report.skipped[1].line, 4);
        QCOMPARE(report.skipped[1].reason, s("Phone 1: This phone number has letters in it."));
        for (const CsvSkippedRow& row : report.skipped)
            QVERIFY(!row.reason.contains(u"inbox,lv") && !row.reason.contains(u"call me"));
        QCOMPARE(names(), QStringList({s("Anna Kalniņa"), s("Līga Liepa")}));
        QCOMPARE(only(s("anna")).emails, QStringList({s("anna@kalnina.lv"), s("anna@work.example")}));
        QCOMPARE(only(s("liga")).emails, QStringList{s("līga@piemērs.lv")});
        // Nothing of a skipped row was stored, its valid email and its note neither.
        QVERIFY(ClientStore(*m_fixture->vault).list({s("ilze"), {}}, 0, 10).empty());
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM notes"), qint64(0));
        QCOMPARE(m_fixture->vault->database().scalar("SELECT count(*) FROM client_emails"), qint64(3));
    }

    void mapOverridesAndCustomFields()
    {
        const QByteArray csv = "Client,VAT no,Phone,Fax\n\"Sēklas SIA\",LV40003,+371 6700 0000,'+371 6700 0001\n";
        const CsvImportReport report =
            import(csv, {s("client=name"), s(" VAT NO = field:VAT"), s("Phone=ignore"), s("fax=phone")});
        QCOMPARE(report.imported, 1);
        QVERIFY(report.ignoredColumns.isEmpty());
        const Client c = only(s("seklas"));
        QCOMPARE(c.fields.value(s("VAT")), s("LV40003"));
        QCOMPARE(c.phones, QStringList{s("+371 6700 0001")});
    }

    void badMapsAndFilesStoreNothing()
    {
        for (const char* bad : {"nocolumn", "=name", "Name=colour", "Name=field:"})
            QCOMPARE(thrownCode([&] { CsvImporter::parseMap(s(bad)); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { import("Name\nA\n", {s("Missing=name")}); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { import("Birthday,Fax\n1,2\n"); }), ErrorCode::Usage);
        // A name column in a language Coffer does not know (Finnish) and a company: people would be filed
        // under their employer, so the file is refused rather than guessed at.
        QCOMPARE(thrownCode([&] { import("Nimi,Company\nEero,Sēklas SIA\n"); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { import(""); }), ErrorCode::Failed);
        // A quote open at the end fails the whole file, so the good rows before it are not stored either.
        QCOMPARE(thrownCode([&] { import("Name\nGood\n\"Open\n"); }), ErrorCode::Failed);
        QVERIFY(names().isEmpty());
    }

    // A company column names clients only beside a kind column; an organisation's name is its company.
    void companyListWithKind()
    {
        const CsvImportReport report = import("Company,Kind\nSēklas SIA,organisation\nAcme,person\n");
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.skipped.at(0).line, 3);
        QCOMPARE(only(s("seklas")).kind, ClientKind::Organisation);
        QCOMPARE(names(), QStringList{s("Sēklas SIA")});
    }

    void cancelStoresNothing()
    {
        QByteArray csv = "Name\n";
        for (int i = 0; i < 50; ++i)
            csv += "Person " + QByteArray::number(i) + '\n';
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        int calls = 0;
        QCOMPARE(thrownCode([&] {
                     CsvImporter(*m_fixture->vault).import(buffer, {}, [&](qint64, qint64) { return ++calls < 10; });
                 }),
                 ErrorCode::Failed);
        QVERIFY(names().isEmpty());
    }

    void viewersCannotImport()
    {
        const QString folder = m_fixture->vault->path();
        const Secret otp = m_fixture->vault->addUser(s("vera"), Role::Viewer);
        m_fixture->vault.reset();
        m_fixture->vault = Vault::unlock(folder, s("vera"), otp);
        m_fixture->vault->changePassword(secret("vera's password"));
        QCOMPARE(thrownCode([&] { import("Name\nA\n"); }), ErrorCode::Permission);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
