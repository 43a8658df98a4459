#include "Records.h"

#include <array>
#include <utility>

namespace coffer {

namespace {

// The stable names of enum values, as stored in vault.db, exported and typed on the command line.
template <class Enum, size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, const char*>, N>& names, const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto& [value, name] : names)
        if (wanted == QLatin1String(name))
            return value;
    return std::nullopt;
}

template <class Enum, size_t N> QString toName(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

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
    return toName(kClientKinds, kind);
}
std::optional<ClientKind> clientKindFromName(const QString& name)
{
    return fromName(kClientKinds, name);
}
QString kindName(NoteKind kind)
{
    return toName(kNoteKinds, kind);
}
std::optional<NoteKind> noteKindFromName(const QString& name)
{
    return fromName(kNoteKinds, name);
}
QString stateName(ConsentState state)
{
    return toName(kConsentStates, state);
}
std::optional<ConsentState> consentStateFromName(const QString& name)
{
    return fromName(kConsentStates, name);
}

} // namespace coffer
