// The backup members of Vault (declared in vault/Vault.h, where callers that hold a vault find them).
// They live in backup/ because backup builds on Vault: vault/ never includes backup/, and the automatic
// backup on lock reaches ManagedBackups through Vault::backUpOnLock, defined here, and the work every
// unlock does after the database is open (finishing a pending compaction, mirroring the tombstones)
// through Vault::afterOpen.
#include "Error.h"
#include "ManagedBackups.h"
#include "VaultCopies.h"
#include "records/ClientRows.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

namespace coffer {

QString Vault::backupFolder()
{
    return ManagedBackups(*this).folder();
}

void Vault::setBackupFolder(const QString& folder)
{
    (void)ManagedBackups(*this).setFolder(folder);
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

void Vault::afterOpen() noexcept
{
    try {
        // An erasure (or a restore's re-applied one) that died before its compaction: finish it first.
        (void)finishPendingCompaction(m_db);
    } catch (const Error&) {
        // Still marked: the next unlock tries again, and ErasureVerifier reports what is left.
    }
    try {
        KnownVaults::addVaultFolder(id(), m_path);
        VaultCopies::learn(*this);
        (void)ManagedBackups(*this).syncTombstones();
    } catch (const Error&) {
        // The settings file or a folder cannot be written: the vault opens all the same.
    }
}

bool Vault::backUpBefore(const QString& reason) noexcept
{
    return ManagedBackups::backUpAutomatically(*this, reason);
}

void Vault::backUpOnLock() noexcept
{
    ManagedBackups::backUpOnLock(*this);
}

} // namespace coffer
