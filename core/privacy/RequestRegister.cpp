#include "RequestRegister.h"

#include "Error.h"
#include "crypto/Random.h"
#include "records/ClientStore.h"
#include "records/Deadline.h"
#include "records/RequestRows.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QStringList>
#include <algorithm>

namespace coffer {

namespace {

// The register's rows, and the client's current name for a list.
const QByteArray kColumns = QByteArray(RequestRows::kColumns) + ", c.display_name";

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

RequestRow rowFrom(const Statement& st)
{
    return {RequestRows::requestFrom(st), st.text(RequestRows::kColumnCount)};
}

void checkText(const QString& text, const QString& what)
{
    if (text.size() > RequestRegister::kMaxTextLength)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister", "%1: too long (at most %2 characters).")
                        .arg(what)
                        .arg(RequestRegister::kMaxTextLength));
}

// A day the user states for something that happened: not in the future, not before 1900 (a mistyped
// year), not before the request was received.
void checkPastDay(const QDate& day, const QDate& received, const QString& what)
{
    if (!day.isValid())
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister", "%1: not a valid date.").arg(what));
    if (day > QDate::currentDate())
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister", "%1: the date cannot be in the future.").arg(what));
    if (day.year() < 1900)
        throw Error(
            ErrorCode::Usage,
            QCoreApplication::translate("RequestRegister", "%1: the date is before 1900; check the year.").arg(what));
    if (received.isValid() && day < received)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("RequestRegister",
                                                "%1: the date cannot be before the request was received (%2).")
                        .arg(what, received.toString(Qt::ISODate)));
}

} // namespace

QString RequestRegister::add(const NewRequest& request)
{
    m_vault.require(Permission::WriteRecords);
    const QDate received = request.received.isValid() ? request.received : QDate::currentDate();
    checkPastDay(received, {}, tr("Date received"));
    const QString requester = request.clientId.isEmpty() ? request.requester.trimmed() : QString();
    checkText(requester, tr("Who asked"));
    Transaction tx(m_vault.database());
    DataRequest r;
    r.id = newRecordId();
    r.clientId = request.clientId;
    r.requester = requester;
    r.type = request.type;
    r.channel = request.channel;
    r.received = received;
    r.due = requestDueDate(received);
    r.created = QDateTime::currentDateTimeUtc();
    r.createdBy = m_vault.currentUser().id;
    importRequest(r); // checks the client, in this transaction
    audit(QStringLiteral("request.add"), r, requestTypeName(r.type));
    tx.commit();
    return r.id;
}

void RequestRegister::importRequest(const DataRequest& r)
{
    m_vault.require(Permission::WriteRecords);
    RequestRows::insert(m_vault.database(), r);
}

DataRequest RequestRegister::load(Database& db, const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM requests r LEFT JOIN clients c ON c.id = r.client_id WHERE r.id = ?";
    Statement st = db.prepare(sql.constData());
    st.bind(1, id.trimmed());
    if (!st.next())
        throw Error(ErrorCode::Failed, tr("There is no request with the id %1.").arg(id.trimmed()));
    DataRequest r = rowFrom(st).request;
    Statement ev = db.prepare("SELECT kind, time, actor, reference, detail FROM request_evidence "
                              "WHERE request_id = ? ORDER BY seq");
    ev.bind(1, r.id);
    while (ev.next())
        r.evidence.push_back({evidenceKindFromName(ev.text(0)).value_or(EvidenceKind::Export), fromStamp(ev.text(1)),
                              ev.text(2), ev.text(3), ev.text(4)});
    return r;
}

DataRequest RequestRegister::loadOpen(Database& db, const QString& id)
{
    DataRequest r = load(db, id);
    if (r.isClosed())
        throw Error(ErrorCode::Failed, tr("This request is closed; it can no longer be changed."));
    return r;
}

DataRequest RequestRegister::get(const QString& id)
{
    m_vault.require(Permission::ReadRecords);
    return load(m_vault.database(), id);
}

namespace {

// The query's conditions on requests r, each starting with " AND", and the values bound to them in order.
QByteArray conditions(const RequestQuery& query, QStringList& values)
{
    QByteArray sql;
    if (query.status) {
        sql += " AND r.status = ?";
        values << requestStatusName(*query.status);
    }
    if (query.type) {
        sql += " AND r.type = ?";
        values << requestTypeName(*query.type);
    }
    if (query.openOnly || query.overdueOnly || query.dueWithinDays >= 0)
        sql += " AND r.closed = ''";
    if (query.overdueOnly) {
        sql += " AND r.due < ?";
        values << dateText(QDate::currentDate());
    }
    if (query.dueWithinDays >= 0) {
        sql += " AND r.due <= ?";
        values << dateText(QDate::currentDate().addDays(query.dueWithinDays));
    }
    if (!query.clientId.isEmpty()) {
        sql += " AND r.client_id = ?";
        values << query.clientId;
    }
    return sql;
}

} // namespace

std::vector<RequestRow> RequestRegister::list(const RequestQuery& query, int offset, int limit)
{
    m_vault.require(Permission::ReadRecords);
    QStringList values;
    // The page of requests first, then their clients' names: joining before the sort would look up the
    // client of every matching request, thousands, for the few rows shown.
    static const QByteArray order =
        " ORDER BY r.closed <> '', CASE WHEN r.closed = '' THEN r.due END, r.closed DESC, r.seq";
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM (SELECT * FROM requests r WHERE 1" +
                           conditions(query, values) + order +
                           " LIMIT ? OFFSET ?) r LEFT JOIN clients c ON c.id = r.client_id" + order;
    Statement st = m_vault.database().prepare(sql.constData());
    int index = 0;
    for (const QString& v : values)
        st.bind(++index, v);
    st.bind(index + 1, qint64(limit)).bind(index + 2, qint64(offset));
    std::vector<RequestRow> out;
    while (st.next())
        out.push_back(rowFrom(st));
    return out;
}

int RequestRegister::count(const RequestQuery& query)
{
    m_vault.require(Permission::ReadRecords);
    QStringList values;
    const QByteArray sql = QByteArray("SELECT count(*) FROM requests r WHERE 1") + conditions(query, values);
    Statement st = m_vault.database().prepare(sql.constData());
    int index = 0;
    for (const QString& v : values)
        st.bind(++index, v);
    return st.next() ? int(st.integer(0)) : 0;
}

int RequestRegister::countDueWithin(int days)
{
    m_vault.require(Permission::ReadRecords);
    Statement st = m_vault.database().prepare("SELECT count(*) FROM requests WHERE closed = '' AND due <= ?");
    st.bind(1, dateText(QDate::currentDate().addDays(days)));
    return st.next() ? int(st.integer(0)) : 0;
}

int RequestRegister::countOverdue()
{
    return countDueWithin(-1);
}

void RequestRegister::linkClient(const QString& id, const QString& clientId)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    Transaction tx(db);
    DataRequest r = loadOpen(db, id);
    ClientStore::ensureExists(db, clientId);
    if (!r.clientId.isEmpty())
        throw Error(ErrorCode::Failed, tr("This request already concerns a client."));
    // Once the client is known their record holds who they are; the words about the requester go.
    db.prepare("UPDATE requests SET client_id = ?, requester = '' WHERE id = ?").bind(1, clientId).bind(2, r.id).run();
    r.clientId = clientId;
    audit(QStringLiteral("request.link"), r);
    tx.commit();
}

void RequestRegister::awaitIdentity(const QString& id)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    Transaction tx(db);
    const DataRequest r = loadOpen(db, id);
    db.prepare("UPDATE requests SET status = 'identity', identity_method = '', identity_by = '', identity_date = '' "
               "WHERE id = ?")
        .bind(1, r.id)
        .run();
    audit(QStringLiteral("request.identity"), r, QStringLiteral("pending"));
    tx.commit();
}

void RequestRegister::identify(const QString& id, const QString& method, const QDate& date)
{
    m_vault.require(Permission::WriteRecords);
    const QString m = method.trimmed();
    if (m.isEmpty())
        throw Error(ErrorCode::Usage, tr("Say how the person's identity was checked."));
    checkText(m, tr("Identity check"));
    Database& db = m_vault.database();
    Transaction tx(db);
    const DataRequest r = loadOpen(db, id);
    const QDate day = date.isValid() ? date : QDate::currentDate();
    checkPastDay(day, r.received, tr("Date of the identity check"));
    const QString status = r.extensionMonths > 0 ? QStringLiteral("extended") : QStringLiteral("open");
    db.prepare("UPDATE requests SET status = ?, identity_method = ?, identity_by = ?, identity_date = ? WHERE id = ?")
        .bind(1, status)
        .bind(2, m)
        .bind(3, m_vault.currentUser().id)
        .bind(4, dateText(day))
        .bind(5, r.id)
        .run();
    audit(QStringLiteral("request.identity"), r, QStringLiteral("confirmed"));
    tx.commit();
}

void RequestRegister::extend(const QString& id, int months, const QString& reason, const QDate& told)
{
    m_vault.require(Permission::WriteRecords);
    if (months < 1 || months > kMaxExtensionMonths)
        throw Error(ErrorCode::Usage, tr("A deadline is extended by one or two months."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(ErrorCode::Usage, tr("Say why the request needs more time; the person must be told the reason."));
    checkText(why, tr("Reason for the extension"));
    Database& db = m_vault.database();
    Transaction tx(db);
    const DataRequest r = loadOpen(db, id);
    const int total = r.extensionMonths + months;
    if (total > kMaxExtensionMonths)
        throw Error(ErrorCode::Usage,
                    tr("The deadline is already extended by %n month(s); in all it can be extended by two months, to "
                       "three months from receipt (%1).",
                       nullptr, r.extensionMonths)
                        .arg(dateText(requestDueDate(r.received, kMaxExtensionMonths))));
    const QDate day = told.isValid() ? told : QDate::currentDate();
    checkPastDay(day, r.received, tr("Date the person was told"));
    const QDate firstDue = requestDueDate(r.received);
    if (day > firstDue)
        throw Error(ErrorCode::Failed, tr("An extension must be told to the person within the first month, by %1; "
                                          "that day has passed.")
                                           .arg(dateText(firstDue)));
    db.prepare("UPDATE requests SET status = CASE WHEN status = 'identity' THEN status ELSE 'extended' END, "
               "extension_months = ?, extension_reason = ?, extension_told = ?, due = ? WHERE id = ?")
        .bind(1, total)
        .bind(2, why)
        .bind(3, dateText(day))
        .bind(4, dateText(requestDueDate(r.received, total)))
        .bind(5, r.id)
        .run();
    audit(QStringLiteral("request.extend"), r, QString::number(total));
    tx.commit();
}

void RequestRegister::addEvidence(const QString& id, RequestEvidence evidence)
{
    m_vault.require(Permission::WriteRecords);
    checkText(evidence.detail, tr("Evidence"));
    if ((evidence.kind == EvidenceKind::Export || evidence.kind == EvidenceKind::Erasure) &&
        (evidence.reference.size() != 64 ||
         !std::all_of(evidence.reference.cbegin(), evidence.reference.cend(),
                      [](QChar ch) { return (ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f'); })))
        throw Error(ErrorCode::Usage, tr("Evidence of an export or an erasure is its SHA-256, 64 hex digits."));
    Database& db = m_vault.database();
    Transaction tx(db);
    const DataRequest r = loadOpen(db, id);
    evidence.time = QDateTime::currentDateTimeUtc();
    evidence.actor = m_vault.currentUser().id;
    db.prepare("INSERT INTO request_evidence (request_id, kind, time, actor, reference, detail) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, r.id)
        .bind(2, evidenceKindName(evidence.kind))
        .bind(3, evidence.time.toString(Qt::ISODateWithMs))
        .bind(4, evidence.actor)
        .bind(5, evidence.reference)
        .bind(6, evidence.detail)
        .run();
    audit(QStringLiteral("request.evidence"), r, evidenceKindName(evidence.kind));
    tx.commit();
}

void RequestRegister::close(const QString& id, RequestStatus outcome, const QString& reason)
{
    m_vault.require(Permission::WriteRecords);
    if (outcome != RequestStatus::Done && outcome != RequestStatus::Refused)
        throw Error(ErrorCode::Usage, tr("A request is closed as done or refused."));
    if (outcome == RequestStatus::Refused)
        m_vault.require(Permission::RefuseRequests);
    const QString why = reason.trimmed();
    checkText(why, tr("Reason"));
    Database& db = m_vault.database();
    Transaction tx(db);
    const DataRequest r = loadOpen(db, id);
    if (outcome == RequestStatus::Refused && why.isEmpty())
        throw Error(ErrorCode::Usage, tr("Say why the request is refused (its legal ground); the person must be told "
                                         "the reasons and their right to complain."));
    if (outcome == RequestStatus::Done && why.isEmpty() && r.evidence.empty())
        throw Error(ErrorCode::Usage, tr("A request is closed with its evidence (an export, an erasure report, what "
                                         "changed) or a stated reason; it has neither."));
    db.prepare("UPDATE requests SET status = ?, outcome = ?, closed = ?, closed_by = ? WHERE id = ?")
        .bind(1, requestStatusName(outcome))
        .bind(2, why)
        .bind(3, nowStamp())
        .bind(4, m_vault.currentUser().id)
        .bind(5, r.id)
        .run();
    audit(QStringLiteral("request.close"), r, requestStatusName(outcome));
    tx.commit();
}

void RequestRegister::remove(const QString& id)
{
    m_vault.require(Permission::RefuseRequests);
    Database& db = m_vault.database();
    Transaction tx(db);
    const DataRequest r = load(db, id);
    db.prepare("DELETE FROM request_evidence WHERE request_id = ?").bind(1, r.id).run();
    db.prepare("DELETE FROM requests WHERE id = ?").bind(1, r.id).run();
    audit(QStringLiteral("request.delete"), r, requestTypeName(r.type));
    tx.commit();
}

void RequestRegister::audit(const QString& action, const DataRequest& r, const QString& detail)
{
    m_vault.audit(action, QStringLiteral("request"), r.id, detail);
}

} // namespace coffer
