// Every record of a vault (or of one client), read in bulk for an export: one query per table, child
// rows merged in id order, so a 100,000-client export issues a handful of statements, not a million,
// and holds one record at a time. Records come as views of the stored UTF-8 (made export-ready by
// ExportText), valid during the callback: the export writes them out without a QString for each value.
// Member names follow the structs of records/Records.h, so RecordJson's shapes write both.
#pragma once

#include "ValueLists.h"
#include "records/PurposeRows.h"
#include "records/Requests.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

namespace coffer {

class Database;

// Which clients' records a source reads: one client's (clientId), or every client's — then, with
// withoutRestricted, all but those whose processing is restricted (GDPR Art. 18), with their notes,
// files, consents and requests.
struct RecordScope
{
    QString clientId;
    bool withoutRestricted = false;
};

struct ClientRow
{
    Text id, kind, displayName, givenName, familyName, organisation;
    TextList emails, phones;
    Text address, country;
    TextList tags;
    FieldList fields; // empty unless asked for
    bool restricted = false;
    Text retention, created, createdBy, updated, updatedBy;
};
struct NoteRow
{
    Text id, clientId, kind, time, text, created, createdBy;
};
struct FileRow
{
    Text id, clientId, name, type;
    qint64 size = 0;
    Text sha256, created, createdBy;
};
struct ConsentRow
{
    Text id, clientId, purpose, state, time, source, policyVersion, recordedBy, evidenceFileId, expires;
};
struct UserRow
{
    Text id, name, role, created;
};
struct AuditRow
{
    qint64 seq = 0;
    Text time, actor, action, objectType, objectId, detail, prevHash, hash; // the hashes in hex
};

class RecordSource
{
public:
    // clientId empty: everything; otherwise only that client's records.
    RecordSource(Database& db, const QString& clientId)
        : RecordSource(db, RecordScope{clientId})
    {
    }
    RecordSource(Database& db, RecordScope scope)
        : m_db(db)
        , m_scope(std::move(scope))
    {
    }

    // Each calls `each` per record, in a stable order, and returns how many there were.
    qint64 clients(bool withFields, const std::function<void(const ClientRow&)>& each);
    // The custom fields alone, client by client, for client_fields.csv.
    qint64 clientFields(const std::function<void(Text clientId, const FieldList&)>& each);
    qint64 notes(const std::function<void(const NoteRow&)>& each);
    qint64 files(const std::function<void(const FileRow&)>& each);
    qint64 consents(const std::function<void(const ConsentRow&)>& each);
    // The data-subject requests with their evidence (few, so read whole): the client's, or every one of
    // the register, those of erased clients and of people not yet identified included.
    qint64 requests(const std::function<void(const DataRequest&)>& each);
    // The catalogue of purposes and the policy versions, whole (few, and not client data): all of them,
    // or for one client's export those its consents name.
    std::vector<Purpose> purposes();
    std::vector<PolicyVersion> policies();
    // The retention rules (all; for one client's export, the one their category names) and the legal
    // holds (the client's), as data.json writes them: few, and read whole.
    std::vector<QJsonObject> retentionRules();
    std::vector<QJsonObject> legalHolds();
    // The breach log and what the record of processing says of each purpose: whole-vault exports only
    // (neither is about one client).
    std::vector<QJsonObject> breaches();
    std::vector<QJsonObject> processingRecords();
    qint64 users(const std::function<void(const UserRow&)>& each);
    qint64 audit(const std::function<void(const AuditRow&)>& each);

    struct Counts
    {
        qint64 clients = 0, notes = 0, files = 0, consents = 0, requests = 0, users = 0, audit = 0, fileBytes = 0;
        qint64 restrictedLeftOut = 0; // clients left out because their processing is restricted
    };
    // Counted by queries before anything is read: for a progress bar's total.
    Counts counts();

private:
    Database& m_db;
    RecordScope m_scope;
};

} // namespace coffer
