#include "Records.h"

#include "EnumNames.h"

#include <array>
#include <utility>

namespace coffer {

namespace {

constexpr std::array kClientKinds{std::pair{ClientKind::Person, "person"},
                                  std::pair{ClientKind::Organisation, "organisation"}};
constexpr std::array kNoteKinds{std::pair{NoteKind::Note, "note"}, std::pair{NoteKind::Call, "call"},
                                std::pair{NoteKind::Email, "email"}, std::pair{NoteKind::Meeting, "meeting"}};
constexpr std::array kConsentStates{std::pair{ConsentState::Granted, "granted"},
                                    std::pair{ConsentState::Refused, "refused"},
                                    std::pair{ConsentState::Withdrawn, "withdrawn"}};

} // namespace

QString kindName(ClientKind kind)
{
    return enumName(kClientKinds, kind);
}
std::optional<ClientKind> clientKindFromName(const QString& name)
{
    return enumFromName(kClientKinds, name);
}
QString kindName(NoteKind kind)
{
    return enumName(kNoteKinds, kind);
}
std::optional<NoteKind> noteKindFromName(const QString& name)
{
    return enumFromName(kNoteKinds, name);
}
QString stateName(ConsentState state)
{
    return enumName(kConsentStates, state);
}
std::optional<ConsentState> consentStateFromName(const QString& name)
{
    return enumFromName(kConsentStates, name);
}

} // namespace coffer
