// The exports a vault has made, recorded in the vault itself (table exports): when, by whom, all or one
// client (by pseudonym), the format, whether it was encrypted, where it was written and the SHA-256 of
// its manifest (of data.json for a single file). No client data. An erasure lists the exports made while
// the person was in the vault, since Coffer cannot reach them; `export list` and the Export page show it.
#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

namespace coffer {

class Database;

struct ExportRecord
{
    QDateTime time;
    QString madeBy;          // user id
    QString clientPseudonym; // empty: the whole vault
    QString format;          // exportFormatName()
    bool encrypted = false;
    QString path;
    QString manifestSha256; // hex
    int clients = 0;

    bool wholeVault() const { return clientPseudonym.isEmpty(); }
};

class ExportHistory
{
public:
    // Inside the caller's transaction.
    static void record(Database& db, const ExportRecord& r);
    // Newest first.
    static std::vector<ExportRecord> list(Database& db);
};

} // namespace coffer
