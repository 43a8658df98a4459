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
    static void destroyKeySlots(const QString& headerPath);
};

} // namespace coffer
