// The register of data-subject requests: what was asked, when it is due, how it was handled and the
// evidence it produced. Every change is one transaction with its audit row, which names the request by
// its id and the client by pseudonym, never the person. Invalid input stores nothing and says why.
//
// Roles: viewers see requests; editors and above create and handle them; only administrators and the
// owner refuse or delete one (Permission::RefuseRequests).
#pragma once

#include "records/Requests.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace coffer {

class Database;
class Vault;

struct NewRequest
{
    QString clientId;  // empty: the person is not (yet) identified as a client
    QString requester; // who it came from, in the user's words, while no client is linked
    RequestType type = RequestType::Access;
    RequestChannel channel = RequestChannel::Email;
    QDate received; // null: today
};

struct RequestQuery
{
    std::optional<RequestStatus> status = std::nullopt;
    std::optional<RequestType> type = std::nullopt;
    bool openOnly = false;
    bool overdueOnly = false; // open and due before today
    int dueWithinDays = -1;   // open and due on or before today + N days (overdue included); -1: any
    QString clientId = {};    // only this client's requests
};

// One row of the register as a list shows it: the request without its evidence, and the client's
// current name (empty when none is linked or the client was erased).
struct RequestRow
{
    DataRequest request;
    QString clientName;
};

class RequestRegister
{
    Q_DECLARE_TR_FUNCTIONS(RequestRegister)
public:
    explicit RequestRegister(Vault& vault)
        : m_vault(vault)
    {
    }

    static constexpr int kMaxTextLength = 500;

    // Records a request received on request.received (not in the future, not before 1900) and returns
    // its id; due one month from receipt. Error(Failed) for an unknown client.
    QString add(const NewRequest& request);
    // Error(Failed) when there is no such request.
    DataRequest get(const QString& id);
    // Open requests first, by due date (overdue ones first), then closed ones, latest closed first.
    std::vector<RequestRow> list(const RequestQuery& query = {}, int offset = 0, int limit = -1);
    // Open requests due on or before today + days, overdue ones included: the sidebar's count.
    int count(const RequestQuery& query); // the rows list(query) gives without offset and limit
    int countDueWithin(int days);
    int countOverdue();

    // Links a request that arrived from someone not yet identified to their client record.
    void linkClient(const QString& id, const QString& clientId);
    // Waiting for the person to confirm who they are (Art. 12(6)); the deadline does not move.
    void awaitIdentity(const QString& id);
    // Identity confirmed: how, on which day (not in the future, not before receipt), by the signed-in user.
    void identify(const QString& id, const QString& method, const QDate& date = {});
    // Extends the deadline by months (1 or 2; at most 2 in all, three months from receipt), for reason,
    // the person told on told (null: today), which must be within the first month.
    void extend(const QString& id, int months, const QString& reason, const QDate& told = {});
    // Links what handling the request produced (time and actor are filled in).
    void addEvidence(const QString& id, RequestEvidence evidence);
    // Closes the request: Done needs evidence or a stated reason; Refused needs the reason (its legal
    // ground) and Permission::RefuseRequests.
    void close(const QString& id, RequestStatus outcome, const QString& reason);
    // Deletes a request (administrators and the owner; audited).
    void remove(const QString& id);

    // Stores a request exactly as given (ids, dates, evidence), after the checks of the calls above, for
    // an import. Not audited: the import audits once.
    void importRequest(const DataRequest& request);

private:
    DataRequest load(Database& db, const QString& id);
    DataRequest loadOpen(Database& db, const QString& id); // refuses a closed request
    void audit(const QString& action, const DataRequest& request, const QString& detail = {});
    Vault& m_vault;
};

} // namespace coffer
