// Data-subject requests (GDPR Art. 12–22) as plain values: what the register stores for each request
// and the evidence linked to it. The stable names below are what vault.db, exports and the command
// line use; the register (privacy/RequestRegister) validates, stores and audits. Here in records, beside
// the other value types, so that export and import (transfer/) carry them without depending on privacy/.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace coffer {

enum class RequestType { Access, Rectification, Erasure, Restriction, Portability, Objection, Withdrawal };
enum class RequestChannel { Email, Letter, Phone, InPerson, Other };
// Open: received, being handled. Identity: waiting for the person to confirm who they are (the clock
// still runs from receipt). Extended: the deadline was extended by one or two months. Done and Refused
// are closed.
enum class RequestStatus { Open, Identity, Extended, Done, Refused };

// What a request's handling produced, linked rather than described: an export's manifest SHA-256, an
// erasure report's SHA-256, the names (never the values) of the fields a rectification changed, the
// restriction or objection state set.
enum class EvidenceKind { Export, Erasure, Rectification, Restriction, Objection };

struct RequestEvidence
{
    EvidenceKind kind = EvidenceKind::Export;
    QDateTime time;
    QString actor;     // user id
    QString reference; // SHA-256 (lower-case hex) of the export's manifest or of the erasure report; else empty
    QString detail;    // words without personal data: "zip, 1 client", "4 of 4 checks passed", "emails, phones"
};

struct DataRequest
{
    QString id;
    QString clientId;        // empty: not yet identified, or the client was erased (then pseudonym is set)
    QString clientPseudonym; // set when the client was erased: the request proves it was handled, naming no one
    QString requester;       // who it came from, while no client is linked (cleared when one is)
    RequestType type = RequestType::Access;
    RequestChannel channel = RequestChannel::Email;
    QDate received;
    QDate due;              // received + 1 month (+ the extension), the month-end rule applied (Deadline.h)
    QString identityMethod; // how identity was checked; empty while pending
    QString identityBy;     // user id
    QDate identityDate;
    int extensionMonths = 0; // 0, 1 or 2
    QString extensionReason;
    QDate extensionTold; // when the person was told of the extension
    RequestStatus status = RequestStatus::Open;
    QString outcome; // the stated reason or outcome when closed
    QDateTime closed;
    QString closedBy;
    QDateTime created;
    QString createdBy;
    std::vector<RequestEvidence> evidence;

    bool isClosed() const { return status == RequestStatus::Done || status == RequestStatus::Refused; }
    // Days from today to the due date: negative when overdue.
    qint64 daysLeft(const QDate& today = QDate::currentDate()) const { return today.daysTo(due); }
};

QString requestTypeName(RequestType type); // "access", "rectification", …
std::optional<RequestType> requestTypeFromName(const QString& name);
QString requestChannelName(RequestChannel channel); // "email", "letter", "phone", "in-person", "other"
std::optional<RequestChannel> requestChannelFromName(const QString& name);
QString requestStatusName(RequestStatus status); // "open", "identity", "extended", "done", "refused"
std::optional<RequestStatus> requestStatusFromName(const QString& name);
QString evidenceKindName(EvidenceKind kind); // "export", "erasure", "rectification", "restriction", "objection"
std::optional<EvidenceKind> evidenceKindFromName(const QString& name);

} // namespace coffer
