// The backup members of Vault (declared in vault/Vault.h, where callers that hold a vault find them).
// They live in backup/ because backup builds on Vault: vault/ never includes backup/, and the automatic
// backup on lock reaches ManagedBackups through Vault::backUpOnLock, defined here.
#include "ManagedBackups.h"
#include "vault/Vault.h"

namespace coffer {

QString Vault::backupFolder()
{
    return ManagedBackups(*this).folder();
}

void Vault::setBackupFolder(const QString& folder)
{
    ManagedBackups(*this).setFolder(folder);
}

int Vault::keepBackups()
{
    return ManagedBackups(*this).keep();
}

void Vault::setKeepBackups(int count)
{
    ManagedBackups(*this).setKeep(count);
}

QStringList Vault::managedBackups()
{
    return ManagedBackups(*this).list();
}

void Vault::backUpOnLock() noexcept
{
    ManagedBackups::backUpOnLock(*this);
}

} // namespace coffer
