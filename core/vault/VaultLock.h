// One process at a time per vault. An flock(2) on the vault's `lock` file: the kernel releases it when
// the holder exits or is killed, so a stale lock file never blocks anyone; the file only records who
// held it last (pid), for the message.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace coffer {

class VaultLock
{
    Q_DECLARE_TR_FUNCTIONS(VaultLock)
public:
    VaultLock() = default;
    ~VaultLock() { release(); }
    VaultLock(VaultLock&& other) noexcept;
    VaultLock& operator=(VaultLock&& other) noexcept;
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    // Throws Error(InUse) when another process (or another open of this vault) holds it.
    static VaultLock acquire(const QString& vaultFolder);
    void release();
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace coffer
