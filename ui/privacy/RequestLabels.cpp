#include "RequestLabels.h"

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

} // namespace coffer
