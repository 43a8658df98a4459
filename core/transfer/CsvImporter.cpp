#include "CsvImporter.h"

#include "Error.h"
#include "records/ClientStore.h"
#include "records/ClientValidation.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace coffer {

namespace {

constexpr qsizetype kMaxNoteLength = 1000000; // NoteStore's limit, checked first so a row can be skipped

// Headers and country names are compared by their letters alone, case and accents folded: "E-mail 2",
// "email" and "EMAIL" are one header; "Česko" and "cesko" one country.
QString folded(const QString& text)
{
    QString out;
    for (QChar ch : text.normalized(QString::NormalizationForm_D).toCaseFolded())
        if (ch.isLetter())
            out += ch;
    return out;
}

const QHash<QString, CsvField>& knownHeaders()
{
    static const QHash<QString, CsvField> headers = [] {
        QHash<QString, CsvField> h;
        // Headers as folded() leaves them: letters only, lower case, no diacritics. English first, then
        // what Latvian, Lithuanian and Czech spreadsheets and address books call the same columns
        // ("Vārds", "Pavardė", "Příjmení", "E-pasts", "Tālrunis", "Įmonė", "PSČ").
        const std::pair<CsvField, const char*> table[] = {
            {CsvField::Name, "name fullname displayname contactname"
                             " vardsuzvards pilnsvards klients vardaspavarde pilnasvardas klientas"
                             " jmenoaprijmeni celejmeno klient"},
            {CsvField::Given, "firstname givenname forename vards vardas jmeno krestnijmeno"},
            {CsvField::Family, "lastname surname familyname uzvards pavarde prijmeni"},
            {CsvField::Email, "email emails emailaddress mail epasts epastaadrese elpastas elektroninispastas"
                              " emailovaadresa"},
            {CsvField::Phone, "phone phones phonenumber telephone tel mobile mobilephone cell cellphone"
                              " talrunis telefons mobilais telefonas telefononumeris mobilusis telefon mobil"
                              " telefonnicislo"},
            {CsvField::Org, "company companyname organisation organization org"
                            " uznemums organizacija firma imone bendrove spolecnost organizace"},
            {CsvField::Address,
             "address street streetaddress postaladdress addressline city town postcode postalcode zip zipcode"
             " adrese iela pilseta pastaindekss adresas gatve miestas pastokodas adresa ulice mesto psc"},
            {CsvField::Country, "country countrycode countryregion valsts salis zeme stat"},
            {CsvField::Tags, "tags tag labels categories groups birkas birka grupas zymos grupes stitky skupiny"},
            {CsvField::Kind, "kind clienttype veids tipas typ"},
            {CsvField::Note, "note notes comment comments piezimes piezime komentars pastabos pastaba komentaras"
                             " poznamka poznamky komentar"},
        };
        for (const auto& [field, names] : table)
            for (const QString& name : QString::fromLatin1(names).split(u' '))
                h.insert(name, field);
        return h;
    }();
    return headers;
}

QStringList splitList(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
    return cell.split(separators, Qt::SkipEmptyParts);
}

// Emails split at ";" and line breaks, and at a comma only between addresses: a piece without an @ is
// part of its neighbour, so "a@x.lv, ilze.ozolina@inbox,lv" is two emails, the second with a comma that
// was meant as a dot. Splitting there would turn one mistake the report can name into two it cannot.
QStringList splitEmails(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    QStringList out;
    for (const QString& piece : cell.split(separators, Qt::SkipEmptyParts)) {
        QStringList addresses;
        std::optional<QString> before; // pieces without an @ ahead of the first address
        for (const QString& part : piece.split(u',')) {
            if (part.trimmed().isEmpty())
                continue;
            if (part.contains(u'@')) {
                addresses << (before ? *before + u',' + part : part);
                before.reset();
            } else if (!addresses.isEmpty()) {
                addresses.last() += u',' + part;
            } else {
                before = before ? *before + u',' + part : part;
            }
        }
        if (before) // no @ at all: one value, which validation then names
            addresses << *before;
        out += addresses;
    }
    return out;
}

// Undoes the apostrophe that CSV writers (ours too) put before a cell beginning with = + - @ to keep
// spreadsheets from running it as a formula; without this a phone "+371…" would arrive as "'+371…".
QString unneutralised(const QString& cell)
{
    return cell.size() > 1 && cell[0] == u'\'' && QStringView(u"=+-@").contains(cell[1]) ? cell.mid(1) : cell;
}

void append(QString& into, const QString& value, const QString& joiner)
{
    if (!value.isEmpty())
        into = into.isEmpty() ? value : into + joiner + value;
}

// Fills c and note from one row; returns why the row is skipped, or an empty string.
QString toClient(const QStringList& row, const std::vector<CsvTarget>& columns, Client& c, QString& note)
{
    QString name, kind, country;
    const qsizetype n = std::min(row.size(), qsizetype(columns.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const QString value = unneutralised(row[i].trimmed());
        const CsvTarget& t = columns[size_t(i)];
        // Several columns may share a target ("Street", "City"): texts are joined, lists appended.
        const struct
        {
            CsvField field;
            QString* text;
            const char* joiner;
        } texts[] = {{CsvField::Name, &name, " "},           {CsvField::Given, &c.givenName, " "},
                     {CsvField::Family, &c.familyName, " "}, {CsvField::Org, &c.organisation, " "},
                     {CsvField::Address, &c.address, ", "},  {CsvField::Country, &country, " "},
                     {CsvField::Kind, &kind, " "},           {CsvField::Note, &note, "\n\n"}};
        for (const auto& text : texts)
            if (t.field == text.field)
                append(*text.text, value, QString::fromLatin1(text.joiner));
        if (t.field == CsvField::Email)
            c.emails += splitEmails(value);
        if (t.field == CsvField::Phone || t.field == CsvField::Tags)
            (t.field == CsvField::Phone ? c.phones : c.tags) += splitList(value);
        if (t.field == CsvField::Custom && !value.isEmpty())
            c.fields.insert(t.key, value);
    }
    if (!kind.isEmpty()) {
        const QString k = folded(kind);
        if (k == u"organisation" || k == u"organization" || k == u"company" || k == u"business")
            c.kind = ClientKind::Organisation;
        else if (k != u"person" && k != u"individual")
            return QCoreApplication::translate("CsvImporter", "The kind is neither person nor organisation.");
    }
    c.displayName = name;
    if (c.kind == ClientKind::Organisation && c.organisation.isEmpty())
        c.organisation = name;
    if (name.isEmpty() && c.givenName.isEmpty() && c.familyName.isEmpty() &&
        (c.kind == ClientKind::Person || c.organisation.isEmpty()))
        return QCoreApplication::translate("CsvImporter", "The row has no name.");
    if (!country.isEmpty()) {
        c.country = CsvImporter::countryCode(country);
        if (c.country.isEmpty())
            return QCoreApplication::translate(
                "CsvImporter", "The country is neither an ISO 3166 code nor a country name Coffer knows.");
    }
    if (note.size() > kMaxNoteLength)
        return QCoreApplication::translate("CsvImporter", "The note is longer than a million characters.");
    return {};
}

// The target of every column: the user's map first, else a recognised header. Throws Error(Usage).
std::vector<CsvTarget> resolveColumns(const QStringList& header, const std::vector<CsvColumnMap>& map,
                                      QStringList& ignored)
{
    std::vector<CsvTarget> columns;
    std::vector<bool> used(map.size(), false);
    // A person's name is required of every file; a company column alone names clients only when a kind
    // column says which rows are organisations. Otherwise a file whose name columns were not recognised
    // (headers in another language) would skip every row, or worse, file people under their employer.
    bool hasName = false, hasOrg = false, hasKind = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString title = header[i].trimmed();
        CsvTarget target = CsvImporter::recognise(title);
        bool mapped = false;
        for (size_t m = 0; m < map.size(); ++m) {
            if (title.compare(map[m].column.trimmed(), Qt::CaseInsensitive) == 0) {
                target = map[m].target;
                used[m] = mapped = true;
            }
        }
        if (!mapped && target.field == CsvField::Ignore)
            ignored << (title.isEmpty() ? QCoreApplication::translate("CsvImporter", "(column %1)").arg(i + 1) : title);
        hasName = hasName || target.field == CsvField::Name || target.field == CsvField::Given ||
                  target.field == CsvField::Family;
        hasOrg = hasOrg || target.field == CsvField::Org;
        hasKind = hasKind || target.field == CsvField::Kind;
        columns.push_back(target);
    }
    for (size_t m = 0; m < map.size(); ++m)
        if (!used[m])
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("CsvImporter", "The file has no column named \"%1\".")
                            .arg(map[m].column.trimmed()));
    if (!hasName && !(hasOrg && hasKind))
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate(
                        "CsvImporter", "No column holds a name (such as Name, First name or Last name); map one to "
                                       "name, given or family."));
    return columns;
}

} // namespace

CsvColumnMap CsvImporter::parseMap(const QString& spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0 || spec.left(eq).trimmed().isEmpty())
        throw Error(ErrorCode::Usage, tr("A map is COLUMN=FIELD, such as \"Mobile=phone\"."));
    const QString field = spec.mid(eq + 1).trimmed();
    CsvColumnMap out{spec.left(eq).trimmed(), {}};
    static const QHash<QString, CsvField> names = {
        {QStringLiteral("name"), CsvField::Name},       {QStringLiteral("given"), CsvField::Given},
        {QStringLiteral("family"), CsvField::Family},   {QStringLiteral("email"), CsvField::Email},
        {QStringLiteral("phone"), CsvField::Phone},     {QStringLiteral("org"), CsvField::Org},
        {QStringLiteral("address"), CsvField::Address}, {QStringLiteral("country"), CsvField::Country},
        {QStringLiteral("tags"), CsvField::Tags},       {QStringLiteral("kind"), CsvField::Kind},
        {QStringLiteral("note"), CsvField::Note},       {QStringLiteral("ignore"), CsvField::Ignore},
    };
    if (field.startsWith(QStringLiteral("field:"), Qt::CaseInsensitive)) {
        out.target = {CsvField::Custom, field.mid(6).trimmed()};
        if (out.target.key.isEmpty())
            throw Error(ErrorCode::Usage, tr("A custom field needs a name: field:KEY."));
    } else if (names.contains(field.toLower())) {
        out.target.field = names.value(field.toLower());
    } else {
        throw Error(ErrorCode::Usage, tr("Unknown field \"%1\"; use name, given, family, email, phone, org, address, "
                                         "country, tags, kind, note, field:KEY or ignore.")
                                          .arg(field));
    }
    return out;
}

CsvTarget CsvImporter::recognise(const QString& header)
{
    return {knownHeaders().value(folded(header), CsvField::Ignore), {}};
}

QString CsvImporter::countryCode(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() == 2 && isCountryCode(t.toUpper()))
        return t.toUpper();
    // Every territory's English name and its name in each of its locales' languages ("Latvija",
    // "Lietuva", "Česko"), plus a few everyday names CLDR does not use.
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = QLocale::Territory(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                h.insert(folded(QLocale::territoryToString(territory)), code);
        }
        for (const QLocale& locale :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = QLocale::territoryToCode(locale.territory());
            const QString key = folded(locale.nativeTerritoryName());
            if (code.size() == 2 && !key.isEmpty() && !h.contains(key))
                h.insert(key, code);
        }
        for (const auto& [alias, code] : {std::pair{"czechrepublic", "CZ"},
                                          {"ceskarepublika", "CZ"},
                                          {"uk", "GB"},
                                          {"greatbritain", "GB"},
                                          {"england", "GB"},
                                          {"usa", "US"},
                                          {"unitedstatesofamerica", "US"}})
            h.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        return h;
    }();
    return names.value(folded(t));
}

QString CsvImporter::encodingName(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case CsvReader::Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case CsvReader::Encoding::Windows1250:
        return QStringLiteral("Windows-1250");
    case CsvReader::Encoding::Windows1257:
        return QStringLiteral("Windows-1257");
    case CsvReader::Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

CsvImportReport CsvImporter::import(QIODevice& device, const std::vector<CsvColumnMap>& map, const Progress& progress)
{
    m_vault.require(Permission::WriteRecords);
    CsvReader reader(device);
    if (m_eightBit)
        reader.setEightBitEncoding(*m_eightBit);
    QStringList row;
    if (!reader.readRecord(row))
        throw Error(ErrorCode::Failed, tr("The file is empty."));
    CsvImportReport report;
    const std::vector<CsvTarget> columns = resolveColumns(row, map, report.ignoredColumns);
    report.separator = reader.separator();

    ClientStore clients(m_vault);
    NoteStore notes(m_vault);
    const qint64 total = device.isSequential() ? 0 : device.size();
    // One transaction for the whole file: a cancel or a failure stores nothing, and the file commits once.
    Transaction tx(m_vault.database());
    while (reader.readRecord(row)) {
        if (progress && !progress(reader.bytesRead(), total))
            throw Error(ErrorCode::Failed, tr("The import was cancelled; nothing was stored."));
        if (std::all_of(row.cbegin(), row.cend(), [](const QString& v) { return v.trimmed().isEmpty(); }))
            continue; // spreadsheets export empty rows as a line of separators
        Client client;
        QString note;
        QString reason = toClient(row, columns, client, note);
        // Validated here, before add(): a nested Transaction that ends without commit would poison
        // the outer one, and validation is what can fail for a row. A row with one value Coffer cannot
        // store (an email with a comma for a dot, a phone with letters) is skipped whole, not imported
        // without that value: a client stored without their email would look complete in the vault long
        // after the report that said otherwise was closed, while the file is where the row is put right
        // and imported again. The reason names the field ("Email 2: …"), never the value.
        if (reason.isEmpty()) {
            try {
                ClientStore::validate(client);
            } catch (const Error& e) {
                if (e.code() != ErrorCode::Usage)
                    throw;
                reason = e.message();
            }
        }
        if (!reason.isEmpty()) {
            report.skipped.push_back({reader.line(), reason});
            continue;
        }
        const QString id = clients.add(client);
        if (!note.isEmpty()) {
            notes.add(id, NoteKind::Note, note);
            ++report.notes;
        }
        ++report.imported;
    }
    report.encoding = reader.encoding();
    m_vault.audit(QStringLiteral("import.csv"), {}, {},
                  QStringLiteral("imported=%1 skipped=%2").arg(report.imported).arg(report.skipped.size()));
    tx.commit();
    return report;
}

} // namespace coffer
