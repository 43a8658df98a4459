// The program's own record of the vaults it has opened (most recent first), kept in the user's Coffer
// settings file. It holds folder paths only — never user names or anything from inside a vault — and
// cancellation removes a vault's entry. It also maps a vault id to the vault's backup folder, so that a
// restore from a backup file alone finds the erasure tombstones kept there.
#pragma once

#include <QByteArray>
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

    // The backup folder recorded for a vault id, or empty.
    static QString backupFolder(const QByteArray& vaultId);
    static void setBackupFolder(const QByteArray& vaultId, const QString& folder);
    static void forgetBackupFolder(const QByteArray& vaultId);
};

} // namespace coffer
