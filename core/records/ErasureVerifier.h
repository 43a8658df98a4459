// The checks that follow an erasure. What must be gone is measured before the rows go: the client's
// identifying strings (names, organisation, address, emails, phones, tags, custom field values, file
// names and fragments of their notes' text) and the search-index terms that only their documents hold. Measuring first
// is what lets "still there" be told from "belongs to someone else too": a family's shared phone or a common given name
// stays legitimately with another client.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <map>
#include <vector>

namespace coffer {

class Database;
class Secret;

struct ErasureCheck
{
    QString key;  // stable, for --json and tests: "id", "strings", "index", "free-pages", "wal", "tombstone"
    QString name; // what was checked, translated
    bool passed = false;
    QString detail; // counts or table names, never client data
};

// Checks as JSON, as the erasure report, the deletion certificate and `--json` write them: an array of
// {check (the key), name, passed, detail}.
QJsonArray checksToJson(const std::vector<ErasureCheck>& checks);

class ErasureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ErasureVerifier)
public:
    static constexpr int kMinRawLength = 6;
    // Reads, never writes. Call before the client's rows are deleted.
    ErasureVerifier(Database& db, const QString& clientId);
    ~ErasureVerifier();
    Q_DISABLE_COPY(ErasureVerifier)

    // No row of any table holds the id; none of the strings is in any table; none of the index terms
    // that were the client's alone is in the index.
    std::vector<ErasureCheck> checkContent(Database& db) const;
    // None of the strings, byte for byte, in any page of the database file or its write-ahead log as the
    // data key decrypts them (crypto/SqlCipherPages): free pages, unused space inside pages and old page
    // images included. Strings shorter than kMinRawLength are left to the table search, since a few
    // bytes can occur by chance in a page's binary structure.
    ErasureCheck checkRawBytes(const QString& databasePath, const Secret& key, quint32 pageSize, bool hmac) const;
    // No free page is left (each could hold an old page image), and the write-ahead log is empty.
    static ErasureCheck checkFreePages(Database& db);
    static ErasureCheck checkWal(const QString& databasePath);

private:
    ErasureCheck checkId(Database& db) const;
    ErasureCheck checkStrings(Database& db) const;
    ErasureCheck checkIndexTerms(Database& db) const;
    void collectStrings(Database& db);
    void collectUniqueTerms(Database& db, const char* table);

    QString m_clientId;
    QStringList m_strings;                        // searched in every table
    int m_shared = 0;                             // also held by another client: not searched
    int m_tooShort = 0;                           // too short to search without matching unrelated text
    std::map<QString, QStringList> m_uniqueTerms; // FTS table → terms no other document has
};

} // namespace coffer
