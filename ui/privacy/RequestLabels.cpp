#include "RequestLabels.h"

#include <QRegularExpression>

namespace coffer {

QString RequestLabels::type(RequestType type)
{
    switch (type) {
    case RequestType::Access:
        return tr("Access to their data");
    case RequestType::Rectification:
        return tr("Correction");
    case RequestType::Erasure:
        return tr("Erasure");
    case RequestType::Restriction:
        return tr("Restriction of processing");
    case RequestType::Portability:
        return tr("Copy to take elsewhere (portability)");
    case RequestType::Objection:
        return tr("Objection");
    case RequestType::Withdrawal:
        return tr("Withdrawal of consent");
    }
    return {};
}

QString RequestLabels::channel(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Email:
        return tr("Email");
    case RequestChannel::Letter:
        return tr("Letter");
    case RequestChannel::Phone:
        return tr("Phone");
    case RequestChannel::InPerson:
        return tr("In person");
    case RequestChannel::Other:
        return tr("Other");
    }
    return {};
}

QString RequestLabels::status(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Open:
        return tr("Open");
    case RequestStatus::Identity:
        return tr("Waiting for proof of identity");
    case RequestStatus::Extended:
        return tr("Extended");
    case RequestStatus::Done:
        return tr("Done");
    case RequestStatus::Refused:
        return tr("Refused");
    }
    return {};
}

QString RequestLabels::evidence(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Export:
        return tr("Export");
    case EvidenceKind::Erasure:
        return tr("Erasure report");
    case EvidenceKind::Rectification:
        return tr("What was corrected");
    case EvidenceKind::Restriction:
        return tr("Restriction");
    case EvidenceKind::Objection:
        return tr("Objection recorded");
    }
    return {};
}

QString RequestLabels::evidenceDetail(const RequestEvidence& evidence)
{
    const QString& d = evidence.detail;
    if (d == QLatin1String("zip, 1 client, letter"))
        return tr("The client's data (zip) and the cover letter");
    if (d == QLatin1String("zip, 1 client"))
        return tr("The client's data (zip)");
    if (d == QLatin1String("restricted"))
        return tr("Processing restricted");
    if (d == QLatin1String("lifted"))
        return tr("Restriction lifted");
    if (d.startsWith(QLatin1String("refused: ")))
        return tr("Not to be contacted for %1 (objection)").arg(d.mid(9));
    if (d.startsWith(QLatin1String("withdrawn: ")))
        return tr("Not to be contacted for %1 (consent withdrawn)").arg(d.mid(11));
    static const QRegularExpression checks(QStringLiteral("^checks (\\d+)/(\\d+)$"));
    if (const QRegularExpressionMatch m = checks.match(d); m.hasMatch())
        return m.captured(1) == m.captured(2) ? tr("Every check passed (%1)").arg(m.captured(2))
                                              : tr("%1 of %2 checks passed").arg(m.captured(1), m.captured(2));
    return d;
}

} // namespace coffer
