#include "Pseudonym.h"

#include "Mac.h"
#include "Subkeys.h"

#include <utility>

namespace coffer {

namespace {
constexpr qsizetype kPseudonymSize = 16; // 128 bits: no two clients of a vault meet by chance
} // namespace

PseudonymKey::PseudonymKey(Secret subkey)
    : m_key(std::move(subkey))
{
}

PseudonymKey PseudonymKey::fromDataKey(const Secret& dataKey)
{
    return PseudonymKey(deriveSubkey(dataKey, Subkey::Pseudonym));
}

QString PseudonymKey::of(const QString& clientId) const
{
    return QStringLiteral("p:") + QString::fromLatin1(keyedHash(m_key, clientId.toUtf8(), kPseudonymSize).toHex());
}

} // namespace coffer
