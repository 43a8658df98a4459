// Verified erasure of one client (right to erasure): every row that belongs to them goes, with
// secure_delete on, the search indexes are rebuilt without them, free pages are vacuumed away, the WAL is
// checkpointed with TRUNCATE, and then each check is run and reported.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace coffer {

class Database;
class Vault;

struct ErasureCheck
{
    QString key;  // stable, for --json and tests: "id", "strings", "index", "free-pages", "wal", "tombstone"
    QString name; // what was checked, translated
    bool passed = false;
    QString detail; // counts or table names, never client data
};

struct ErasureReport
{
    QString clientId;
    qint64 rowsRemoved = 0;
    std::vector<ErasureCheck> checks;
    bool passed() const;
};

class ClientEraser
{
    Q_DECLARE_TR_FUNCTIONS(ClientEraser)
public:
    explicit ClientEraser(Vault& vault)
        : m_vault(vault)
    {
    }
    // Erases and verifies; editors and above. Throws Error(Failed) when there is no such client, and
    // leaves everything as it was when the deletion itself fails. Once the rows are gone it always
    // returns the report: a check that fails is a result, not an exception. Audited without naming the
    // person; appends a tombstone to the backup folder so a restore does not bring them back.
    ErasureReport erase(const QString& clientId);

private:
    Vault& m_vault;
};

} // namespace coffer
