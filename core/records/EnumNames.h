// The stable names of enum values, as stored in vault.db, exported and typed on the command line: a
// table of (value, name) pairs and the two lookups over it. Names are compared trimmed and lower-case.
#pragma once

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace coffer {

template <class Enum, size_t N>
std::optional<Enum> enumFromName(const std::array<std::pair<Enum, const char*>, N>& names, const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto& [value, name] : names)
        if (wanted == QLatin1String(name))
            return value;
    return std::nullopt;
}

template <class Enum, size_t N> QString enumName(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

} // namespace coffer
