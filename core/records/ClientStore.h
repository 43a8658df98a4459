// Clients: validation, storage, the search index and paging for lazy list views. Every change is in
// one transaction with its audit row; invalid input stores nothing and says which field is wrong.
#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <vector>

namespace coffer {

class Database;
class Statement;
class Vault;

class ClientStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientStore)
public:
    explicit ClientStore(Vault& vault)
        : m_vault(vault)
    {
    }

    // Returns the new client's id. Editors and above.
    QString add(Client client);
    // Replaces every field but id, the created stamps and the restriction (privacy/Restriction). Editors
    // and above; Error(Failed) while the client is restricted.
    void update(Client client);
    // Throws Error(Failed) when there is no such client.
    Client get(const QString& id);
    bool exists(const QString& id);
    // Stores a client exactly as given (id, stamps, authors), after validation, for an import. Not
    // audited: the import audits once.
    void importClient(Client client);

    // Matching clients in the query's order, a page at a time, for a view that fetches more as it
    // scrolls. Without a search or tag a page walks an index past `offset` entries (some 100 to an
    // index page); with one, ClientSearch.cpp says what it costs: a word common in notes is tested
    // client by client, so its later pages cost more than its first.
    std::vector<ClientSummary> list(const ClientQuery& query, int offset, int limit);
    // The exact number of matches, from the search index alone: an index entry per matching document
    // (a word in a quarter of 300,000 notes takes some 10 ms).
    int count(const ClientQuery& query);
    int countRestricted(); // clients whose processing is restricted (a whole-vault export leaves them out)
    QStringList allTags();

    // Throws Error(Usage) naming the first invalid field; fills displayName when empty.
    static void validate(Client& client);
    // Throws Error(Failed) when the client does not exist.
    static void ensureExists(Database& db, const QString& clientId);
    // Also Error(Failed) while the client's processing is restricted (GDPR Art. 18): every change to a
    // client's data calls it; only erasure, consent withdrawal and lifting the restriction do not.
    static void ensureChangeable(Database& db, const QString& clientId);
    // The client columns every reader selects, and the Client made from a row of them (lists of emails,
    // phones, tags and fields are the caller's to fill).
    static const char* const kColumns;
    static Client fromRow(const Statement& st);
    // Rebuilds the client's search document (names, emails, phones, organisation, tags).
    static void reindex(Database& db, const QString& clientId);
    // Rebuilds everything that names clients and notes by rowid (client_search, client_tags' client
    // rowids, note_search) from the rows, for rowids that changed under it. Inside a transaction.
    static void rebuildSearchIndexes(Database& db);

    // The stable names of the fields that differ ("emails", "address", "custom-fields", …).
    static QStringList changedFields(const Client& before, const Client& after);

private:
    void write(const Client& client, bool isNew);
    Vault& m_vault;
};

} // namespace coffer
