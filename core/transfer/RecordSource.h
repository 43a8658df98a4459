// Every record of a vault (or of one client), read in bulk for an export: one query per table, child
// rows merged in id order, so a 100,000-client export issues a handful of statements, not a million,
// and holds one record at a time.
#pragma once

#include "audit/AuditLog.h"
#include "records/Records.h"
#include "vault/Vault.h"

#include <functional>

namespace coffer {

class RecordSource
{
public:
    // clientId empty: everything; otherwise only that client's records.
    RecordSource(Database& db, const QString& clientId) : m_db(db), m_clientId(clientId) {}

    void clients(const std::function<void(const Client&)>& each);
    void notes(const std::function<void(const Note&)>& each);
    void files(const std::function<void(const StoredFile&)>& each);
    void consents(const std::function<void(const Consent&)>& each);
    void users(const std::function<void(const UserInfo&)>& each);
    // With the chain fields, hex.
    void audit(const std::function<void(const AuditEntry&, const QString& prevHash, const QString& hash)>& each);

    struct Counts
    {
        qint64 clients = 0, notes = 0, files = 0, consents = 0, users = 0, audit = 0, fileBytes = 0;
    };
    Counts counts();

private:
    Database& m_db;
    QString m_clientId;
};

} // namespace coffer
