// Verified erasure of one client (right to erasure): every row that belongs to them goes, with
// secure_delete on, the search indexes are rebuilt without them, free pages are vacuumed away, the WAL is
// checkpointed with TRUNCATE, and then each check is run and reported. The erasure follows the data: a
// tombstone goes into vault.db and into every recorded backup folder, and the report names the copies
// Coffer made that may still hold the person (backups, which a restore re-applies the erasure to, and
// exports, which Coffer cannot reach). The report is kept in the vault as evidence (its SHA-256, its
// checks and results) and can be saved or printed without the person's data.
#pragma once

#include "RemainingCopies.h"
#include "records/ErasureVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace coffer {

class Database;
class Vault;

struct ErasureReport
{
    Q_DECLARE_TR_FUNCTIONS(ErasureReport)

public:
    QString clientId;
    QString pseudonym; // what the audit log and the evidence name the client by
    QString vaultName;
    QString erasedBy; // user name
    QDateTime erasedAt;
    qint64 rowsRemoved = 0;
    std::vector<ErasureCheck> checks;
    std::vector<RemainingCopy> remaining;
    QStringList tombstoneFolders; // where the tombstone was written
    QString sha256;               // of toJson() without this field, as kept in the vault

    bool passed() const;
    // "coffer-erasure-report" version 1: every field above but the client id, which `withClientId` adds.
    QJsonObject toJson(bool withClientId = false) const;
    // A readable report in the current language. personLabel: what the user chose to name the person
    // by (empty: the pseudonym only).
    QString toText(const QString& personLabel = {}) const;
    // What a restore does and what the user must do, one sentence each (translated).
    QStringList advice() const;
};

class ClientEraser
{
    Q_DECLARE_TR_FUNCTIONS(ClientEraser)
public:
    explicit ClientEraser(Vault& vault)
        : m_vault(vault)
    {
    }
    // Erases and verifies; editors and above, or admins and the owner when the vault says so
    // (Vault::requireErase). Throws Error(Failed) when there is no such client, and
    // leaves everything as it was when the deletion itself fails. Once the rows are gone it always
    // returns the report: a check that fails is a result, not an exception. Audited without naming the
    // person.
    ErasureReport erase(const QString& clientId);

private:
    Vault& m_vault;
};

// The evidence of past erasures kept in the vault (table erasures), newest first.
struct ErasureEvidence
{
    QDateTime time;
    QString pseudonym;
    QString erasedBy; // user id
    QString reportSha256;
    bool passed = false;
    QString checksJson;
};
std::vector<ErasureEvidence> erasureEvidence(Database& db);

} // namespace coffer
