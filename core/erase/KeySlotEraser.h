// The cryptographic erase at the start of an account cancellation: the key slots in the vault's header
// are overwritten in place with random bytes, synced, and read back from the device to compare. Every
// copy of the data key that was ever stored is inside those slots, so from then on nothing of the vault
// can be decrypted, whatever overwriting the files later cannot reach.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace coffer {

class KeySlotEraser
{
    Q_DECLARE_TR_FUNCTIONS(AccountCancellation)
public:
    // Throws Error(Failed) naming the header and why: it cannot be opened, it is not in the format
    // VaultHeader.h describes, or the write, sync or read-back failed or read back different bytes.
    // headerOffset: where the header starts in the file — 0 for a vault's `header`, BackupFile::kPrefixSize
    // for the copy inside a backup (which the header's own length, not the file's, then bounds).
    static void destroyKeySlots(const QString& path, qint64 headerOffset = 0);
    // The vault id of the header at headerOffset in the file, read without a key; empty when there is no
    // header in VaultHeader.h's format there.
    static QByteArray vaultIdAt(const QString& path, qint64 headerOffset);
};

} // namespace coffer
