// Opening a vault's files outside Vault: the header copy and snapshot inside a backup, for verify and
// restore. The same rules as Vault::unlock — one message for a wrong password and for an unknown user,
// one argon2 run either way, the header's MAC checked — but no lock file, no sign-in rows and no
// automatic backup, because these files are not a live vault.
#pragma once

#include "vault/Role.h"
#include "vault/VaultHeader.h"

namespace coffer {

struct SnapshotAccess
{
    VaultHeader header;
    Secret dataKey;
    QByteArray slotId;

    // Opens the slot of userName (empty: the owner) with password. Error(Auth) for a wrong password or
    // unknown user, Error(Damaged) for a header that is malformed or fails its MAC.
    static SnapshotAccess open(const QByteArray& headerBytes, const QString& userName, const Secret& password);
    // The id of the user whose slot opened, once db (the snapshot) is open. Error(Auth) when their row is
    // missing or they still have a one-time password; Error(Permission) when their role lacks permission.
    QString requireUser(Database& db, Permission permission) const;
};

} // namespace coffer
