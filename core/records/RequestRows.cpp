#include "RequestRows.h"

#include "ClientStore.h"
#include "Deadline.h"
#include "Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace coffer::RequestRows {

namespace {

// The messages are the register's own (context RequestRegister): its checks and these are one set.
constexpr int kMaxTextLength = 500; // RequestRegister::kMaxTextLength

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString stampText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void check(const DataRequest& r)
{
    if (r.id.isEmpty() || !r.received.isValid() || !r.due.isValid() || !r.created.isValid())
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister",
                                                "A request has no id, date of receipt, due date or creation time."));
    if (r.due < r.received)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister",
                                                "A request's due date cannot be before the day it was received."));
    if (r.extensionMonths < 0 || r.extensionMonths > kMaxExtensionMonths ||
        r.due > requestDueDate(r.received, kMaxExtensionMonths))
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate(
                        "RequestRegister", "A request's deadline can be extended by two months at most, three months "
                                           "from receipt in all."));
    if (r.received > QDate::currentDate())
        throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                          "RequestRegister", "A request cannot have been received in the future."));
    if (r.isClosed() && !r.closed.isValid())
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister", "A closed request has no time it was closed."));
    for (const QString* text : {&r.requester, &r.identityMethod, &r.extensionReason, &r.outcome})
        if (text->size() > kMaxTextLength)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("RequestRegister", "%1: too long (at most %2 characters).")
                            .arg(QCoreApplication::translate("RequestRegister", "Text of a request"))
                            .arg(kMaxTextLength));
    for (const RequestEvidence& e : r.evidence)
        if (!e.time.isValid() || e.detail.size() > kMaxTextLength || e.reference.size() > 64)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("RequestRegister",
                                                    "A request's evidence has no time, or too long a text."));
}

} // namespace

const char* const kColumns =
    "r.id, r.client_id, r.client_pseudonym, r.requester, r.type, r.channel, r.received, r.due, r.identity_method, "
    "r.identity_by, r.identity_date, r.extension_months, r.extension_reason, r.extension_told, r.status, r.outcome, "
    "r.closed, r.closed_by, r.created, r.created_by";

DataRequest requestFrom(const Statement& st, int first)
{
    const auto text = [&](int i) { return st.text(first + i); };
    DataRequest r;
    r.id = text(0);
    r.clientId = text(1);
    r.clientPseudonym = text(2);
    r.requester = text(3);
    r.type = requestTypeFromName(text(4)).value_or(RequestType::Access);
    r.channel = requestChannelFromName(text(5)).value_or(RequestChannel::Other);
    r.received = dateFrom(text(6));
    r.due = dateFrom(text(7));
    r.identityMethod = text(8);
    r.identityBy = text(9);
    r.identityDate = dateFrom(text(10));
    r.extensionMonths = int(st.integer(first + 11));
    r.extensionReason = text(12);
    r.extensionTold = dateFrom(text(13));
    r.status = requestStatusFromName(text(14)).value_or(RequestStatus::Open);
    r.outcome = text(15);
    r.closed = text(16).isEmpty() ? QDateTime() : fromStamp(text(16));
    r.closedBy = text(17);
    r.created = fromStamp(text(18));
    r.createdBy = text(19);
    return r;
}

qint64 each(Database& db, const QString& clientId, const std::function<void(const DataRequest&)>& each,
            bool withoutRestricted)
{
    // A request of someone not yet identified, or of an erased client, has no client_id: it is kept.
    const QByteArray where = !clientId.isEmpty() ? QByteArray(" WHERE r.client_id = ?1")
                             : withoutRestricted ? QByteArray(" WHERE (r.client_id IS NULL OR r.client_id NOT IN "
                                                              "(SELECT id FROM clients WHERE restricted = 1))")
                                                 : QByteArray();
    // The evidence first, in one query: a register holds thousands of requests, not millions.
    QHash<QString, std::vector<RequestEvidence>> evidence;
    QByteArray sql("SELECT e.request_id, e.kind, e.time, e.actor, e.reference, e.detail FROM request_evidence e "
                   "JOIN requests r ON r.id = e.request_id");
    sql += where;
    Statement ev = db.prepare((sql + " ORDER BY e.seq").constData());
    if (!clientId.isEmpty())
        ev.bind(1, clientId);
    while (ev.next())
        evidence[ev.text(0)].push_back({evidenceKindFromName(ev.text(1)).value_or(EvidenceKind::Export),
                                        fromStamp(ev.text(2)), ev.text(3), ev.text(4), ev.text(5)});
    sql = QByteArray("SELECT ") + kColumns + " FROM requests r" + where;
    Statement st = db.prepare((sql + " ORDER BY r.seq").constData());
    if (!clientId.isEmpty())
        st.bind(1, clientId);
    qint64 n = 0;
    for (; st.next(); ++n) {
        DataRequest r = requestFrom(st);
        r.evidence = evidence.take(r.id);
        each(r);
    }
    return n;
}

void insert(Database& db, const DataRequest& r)
{
    check(r);
    Transaction tx(db);
    if (!r.clientId.isEmpty())
        ClientStore::ensureExists(db, r.clientId);
    Statement insert = db.prepare(
        "INSERT INTO requests (id, client_id, client_pseudonym, requester, type, channel, received, due, "
        "identity_method, identity_by, identity_date, extension_months, extension_reason, extension_told, status, "
        "outcome, closed, closed_by, created, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, r.id);
    if (r.clientId.isEmpty())
        insert.bindNull(2);
    else
        insert.bind(2, r.clientId);
    insert.bind(3, r.clientPseudonym)
        .bind(4, r.requester)
        .bind(5, requestTypeName(r.type))
        .bind(6, requestChannelName(r.channel))
        .bind(7, dateText(r.received))
        .bind(8, dateText(r.due))
        .bind(9, r.identityMethod)
        .bind(10, r.identityBy)
        .bind(11, dateText(r.identityDate))
        .bind(12, r.extensionMonths)
        .bind(13, r.extensionReason)
        .bind(14, dateText(r.extensionTold))
        .bind(15, requestStatusName(r.status))
        .bind(16, r.outcome)
        .bind(17, stampText(r.closed))
        .bind(18, r.closedBy)
        .bind(19, stampText(r.created))
        .bind(20, r.createdBy)
        .run();
    for (const RequestEvidence& e : r.evidence)
        db.prepare("INSERT INTO request_evidence (request_id, kind, time, actor, reference, detail) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, r.id)
            .bind(2, evidenceKindName(e.kind))
            .bind(3, stampText(e.time))
            .bind(4, e.actor)
            .bind(5, e.reference)
            .bind(6, e.detail)
            .run();
    tx.commit();
}

} // namespace coffer::RequestRows
