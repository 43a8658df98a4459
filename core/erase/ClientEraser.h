// Verified erasure of one client (right to erasure): every row that belongs to them goes, with
// secure_delete on, the WAL is checkpointed with TRUNCATE, and then each check is run and reported.
#pragma once

#include <QString>
#include <vector>

namespace coffer {

class Database;
class Vault;

struct ErasureCheck
{
    QString name;   // what was checked, translated
    bool passed = false;
    QString detail; // counts or file names, never client data
};

struct ErasureReport
{
    QString clientId;
    std::vector<ErasureCheck> checks;
    bool passed() const;
};

class ClientEraser
{
public:
    explicit ClientEraser(Vault& vault) : m_vault(vault) {}
    // Erases and verifies; editors and above. Audited without naming the person; appends a tombstone.
    ErasureReport erase(const QString& clientId);

    // Deletes every row of the client inside the caller's transaction (requests keep a pseudonymous
    // id). Used by erase() and by restore when it re-applies tombstones. No permission check, no audit.
    static void deleteClientRows(Database& db, const QString& clientId);

private:
    Vault& m_vault;
};

} // namespace coffer
