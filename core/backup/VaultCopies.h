// The vault folders that hold this vault's data besides itself: copies restored from its backups (they
// share its id, its key slots as they were at the backup, and its data key). The restore notes them in
// the program's settings (KnownVaults); every unlock of the vault records those it did not know yet in
// vault.db (table copies), so the list travels with the vault. A cancellation covers them all.
#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

namespace coffer {

class Vault;

struct VaultCopy
{
    QString folder;
    QDateTime made;     // when this vault learnt of it
    QString fromBackup; // the backup file it was restored from, when known
    QString backupTaken;
    bool kept = true; // the user kept it as a separate vault
    bool exists = false;
};

class VaultCopies
{
public:
    // Records what KnownVaults knows of and the vault does not (called at every unlock).
    static void learn(Vault& vault);
    static std::vector<VaultCopy> list(Vault& vault);
    // A copy that was destroyed, or that is no copy any more: removed from both lists.
    static void forget(Vault& vault, const QString& folder);
};

} // namespace coffer
