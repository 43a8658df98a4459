// Clients from another system's CSV export (a CRM, a spreadsheet, an address book). Common headers are
// recognised in any case and spelling ("E-mail", "First name", "Organization"); a map names the rest.
// Every row that can be stored is stored, in one transaction; a row that cannot is skipped and reported
// by its line number and a reason that names the field but never repeats its value. A row with a single
// value that ClientValidation refuses (an email with a comma for a dot) is skipped whole, never stored
// without that value.
#pragma once

#include "CsvReader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace coffer {

class Vault;

enum class CsvField { Ignore, Name, Given, Family, Email, Phone, Org, Address, Country, Tags, Kind, Note, Custom };

// Where one column goes; key is the custom field's name for CsvField::Custom.
struct CsvTarget
{
    CsvField field = CsvField::Ignore;
    QString key;
    bool operator==(const CsvTarget&) const = default;
};

// "COLUMN=FIELD" from the user: the column's header (case and surrounding spaces ignored) and its target.
struct CsvColumnMap
{
    QString column;
    CsvTarget target;
};

struct CsvSkippedRow
{
    int line = 0; // physical line where the row begins
    QString reason;
};

struct CsvImportReport
{
    int imported = 0;
    int notes = 0; // notes made from a Notes column
    std::vector<CsvSkippedRow> skipped;
    QStringList ignoredColumns; // headers neither recognised nor mapped
    char separator = ',';
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
};

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    // Called with bytes read and the total (0 when unknown, as for a pipe); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CsvImporter(Vault& vault)
        : m_vault(vault)
    {
    }

    // Editors and above. Throws Error(Failed) for malformed CSV or a cancel, Error(Usage) when a map
    // names a column the file lacks or no column holds a name; then nothing is stored.
    CsvImportReport import(QIODevice& device, const std::vector<CsvColumnMap>& map = {}, const Progress& progress = {});
    // For a file that is not UTF-8: its code page, instead of the one CsvReader would guess.
    void setEightBitEncoding(CsvReader::Encoding encoding) { m_eightBit = encoding; }

    // Parses "COLUMN=FIELD" (FIELD: name, given, family, email, phone, org, address, country, tags,
    // kind, note, field:KEY, ignore). Throws Error(Usage).
    static CsvColumnMap parseMap(const QString& spec);
    // The target a header is recognised as; Ignore when it is not.
    static CsvTarget recognise(const QString& header);
    // An ISO 3166 code for a code or a country's name in English or its own language ("Latvija",
    // "Česko"); empty when unknown.
    static QString countryCode(const QString& text);
    static QString encodingName(CsvReader::Encoding encoding);

private:
    Vault& m_vault;
    std::optional<CsvReader::Encoding> m_eightBit;
};

} // namespace coffer
