#include "Requests.h"

#include "EnumNames.h"

#include <array>
#include <utility>

namespace coffer {

namespace {

constexpr std::array kTypes{
    std::pair{RequestType::Access, "access"},           std::pair{RequestType::Rectification, "rectification"},
    std::pair{RequestType::Erasure, "erasure"},         std::pair{RequestType::Restriction, "restriction"},
    std::pair{RequestType::Portability, "portability"}, std::pair{RequestType::Objection, "objection"},
    std::pair{RequestType::Withdrawal, "withdrawal"}};
constexpr std::array kChannels{std::pair{RequestChannel::Email, "email"}, std::pair{RequestChannel::Letter, "letter"},
                               std::pair{RequestChannel::Phone, "phone"},
                               std::pair{RequestChannel::InPerson, "in-person"},
                               std::pair{RequestChannel::Other, "other"}};
constexpr std::array kStatuses{std::pair{RequestStatus::Open, "open"}, std::pair{RequestStatus::Identity, "identity"},
                               std::pair{RequestStatus::Extended, "extended"}, std::pair{RequestStatus::Done, "done"},
                               std::pair{RequestStatus::Refused, "refused"}};
constexpr std::array kEvidenceKinds{
    std::pair{EvidenceKind::Export, "export"}, std::pair{EvidenceKind::Erasure, "erasure"},
    std::pair{EvidenceKind::Rectification, "rectification"}, std::pair{EvidenceKind::Restriction, "restriction"},
    std::pair{EvidenceKind::Objection, "objection"}};

} // namespace

QString requestTypeName(RequestType type)
{
    return enumName(kTypes, type);
}
std::optional<RequestType> requestTypeFromName(const QString& name)
{
    return enumFromName(kTypes, name);
}
QString requestChannelName(RequestChannel channel)
{
    return enumName(kChannels, channel);
}
std::optional<RequestChannel> requestChannelFromName(const QString& name)
{
    return enumFromName(kChannels, name);
}
QString requestStatusName(RequestStatus status)
{
    return enumName(kStatuses, status);
}
std::optional<RequestStatus> requestStatusFromName(const QString& name)
{
    return enumFromName(kStatuses, name);
}
QString evidenceKindName(EvidenceKind kind)
{
    return enumName(kEvidenceKinds, kind);
}
std::optional<EvidenceKind> evidenceKindFromName(const QString& name)
{
    return enumFromName(kEvidenceKinds, name);
}

} // namespace coffer
