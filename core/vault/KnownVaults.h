// The program's own record of the vaults it has opened (most recent first), kept in the user's Coffer
// settings file. It holds folder paths only — never user names or anything from inside a vault — and
// cancellation removes a vault's entry.
#pragma once

#include <QString>
#include <QStringList>

namespace coffer {

class KnownVaults
{
public:
    static constexpr int kMaxRecent = 10;
    // Recent vault folders that still exist, most recent first.
    static QStringList recent();
    static void remember(const QString& vaultFolder);
    static void forget(const QString& vaultFolder);
};

} // namespace coffer
