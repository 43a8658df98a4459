#include "Rectification.h"

#include "Error.h"
#include "RequestRegister.h"
#include "audit/AuditLog.h"
#include "vault/Vault.h"

#include <QMap>
#include <QStringList>

namespace coffer {

QString Rectification::linkCorrections(Vault& vault, const QString& requestId)
{
    vault.require(Permission::WriteRecords);
    RequestRegister requests(vault);
    const DataRequest r = requests.get(requestId);
    if (r.isClosed())
        throw Error(ErrorCode::Failed, tr("This request is closed: a closed request cannot change."));
    if (r.type != RequestType::Rectification)
        throw Error(ErrorCode::Failed, tr("This request does not ask for a correction."));
    if (r.clientId.isEmpty())
        throw Error(ErrorCode::Failed, tr("Link the request to the client it concerns first."));
    // The client's own entries since the day of receipt; the person's right covers their record's
    // history, so the audit log is read here without Permission::ReadAudit, and only names are kept.
    AuditQuery query;
    query.clientId = r.clientId;
    query.clientPseudonym = vault.pseudonym(r.clientId);
    query.from = r.received.startOfDay();
    QStringList fields;
    QMap<QString, int> records; // "notes corrected" → how many
    for (const AuditEntry& e : AuditLog::entriesBefore(vault.database(), 0, 10000, query)) {
        if (e.action == QLatin1String("client.update") && e.detail.startsWith(QLatin1String("fields="))) {
            for (const QString& f : e.detail.mid(7).split(u',', Qt::SkipEmptyParts))
                if (!fields.contains(f))
                    fields << f;
        } else if (e.action == QLatin1String("note.update")) {
            ++records[QStringLiteral("notes corrected")];
        } else if (e.action == QLatin1String("note.delete")) {
            ++records[QStringLiteral("notes removed")];
        } else if (e.action == QLatin1String("file.delete")) {
            ++records[QStringLiteral("files removed")];
        } else if (e.action == QLatin1String("consent.set")) {
            ++records[QStringLiteral("consents recorded")];
        } // additions correct nothing
    }
    if (fields.isEmpty() && records.isEmpty())
        throw Error(ErrorCode::Failed, tr("Nothing in the client's record was corrected since the request was "
                                          "received. Correct it on the client's page first."));
    fields.sort();
    QStringList parts;
    if (!fields.isEmpty())
        parts << fields.join(QStringLiteral(", "));
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    const QString detail = parts.join(QStringLiteral("; ")).left(RequestRegister::kMaxTextLength);
    requests.addEvidence(requestId, {EvidenceKind::Rectification, {}, {}, {}, detail});
    return detail;
}

} // namespace coffer
