// The program's own record of the vaults it has opened (most recent first), kept in the user's Coffer
// settings file. It holds folder paths only — never user names or anything from inside a vault — and
// cancellation removes a vault's entries. It also maps a vault id to every backup folder and every vault
// folder this machine has seen holding that vault (the original and the copies restored from its
// backups share the id), so that a restore from a backup file alone finds the erasure tombstones, and a
// cancellation finds every copy, even those the vault itself has not been told about yet. The vault's
// own record of the same (in vault.db) is the one that travels with it; this one is per machine. And
// per vault folder, the highest generation of its header seen here (MAC'd), which reveals a rollback.
#pragma once

#include "crypto/Secret.h"

#include <QByteArray>
#include <QList>
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
    // A restored copy goes into the list below the first entry (the vault the user works in), so it is
    // never the one pre-selected until the user has opened it.
    static void rememberCopy(const QString& vaultFolder);
    // Whether this machine restored that folder from a backup (as a separate vault), as noteRestore saw.
    static bool isRestoredCopy(const QString& vaultFolder);
    static void forget(const QString& vaultFolder);

    // Every backup folder recorded for a vault id, oldest first (existing or not).
    static QStringList backupFolders(const QByteArray& vaultId);
    static void addBackupFolder(const QByteArray& vaultId, const QString& folder);
    // Every vault folder seen holding this vault id (the vault and its restored copies).
    static QStringList vaultFolders(const QByteArray& vaultId);
    static void addVaultFolder(const QByteArray& vaultId, const QString& folder);
    static void removeVaultFolder(const QByteArray& vaultId, const QString& folder);
    // What a restore made: the folder restored into, from which backup file, taken when (ISO 8601).
    struct Restore
    {
        QString folder, backup, taken;
    };
    static void noteRestore(const QByteArray& vaultId, const Restore& restore);
    static QList<Restore> restores(const QByteArray& vaultId);
    // The highest generation (VaultHeader) of the vault in folder that this machine has seen, so that a
    // header and database put back together from an older copy are noticed (Vault::checkGeneration). The
    // entry carries a MAC under macKey (the vault's stable tombstone key, which a rekey does not change):
    // an entry edited by hand does not verify. A folder restored in place of the vault starts afresh
    // (forgetGeneration).
    struct SeenGeneration
    {
        bool present = false;
        bool authentic = false; // the MAC verifies
        quint64 generation = 0;
    };
    static SeenGeneration seenGeneration(const QByteArray& vaultId, const QString& folder, const Secret& macKey);
    static void noteGeneration(const QByteArray& vaultId, const QString& folder, quint64 generation,
                               const Secret& macKey);
    static void forgetGeneration(const QByteArray& vaultId, const QString& folder);
    // Every list and entry of the vault id.
    static void forgetVaultId(const QByteArray& vaultId);
};

} // namespace coffer
