// The throwaway vault behind "Try with sample data": made in a new private temporary folder, filled
// with SampleData, opened at once without a password prompt, and deleted with its folder when this
// object goes — after Lock, after the main window closes, and when Coffer quits. It is encrypted like
// any vault (its random password is never shown, since nobody opens it again), so even a copy left
// behind by a crash holds nothing readable; removeLeftovers() clears such copies at the next start.
#pragma once

#include "crypto/Argon2Kdf.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

namespace coffer {

class Vault;

class DemoVault
{
    Q_DECLARE_TR_FUNCTIONS(DemoVault)
public:
    // One pass over 8 MiB, far below a real vault's floor: the demo holds no real data, and it opens in
    // a blink this way.
    static constexpr KdfParams kKdf{1, 8 * 1024};

    // Creates and fills the vault; throws coffer::Error. Slow enough to run off the GUI thread.
    static std::unique_ptr<DemoVault> create(int clients);
    // Deletes demo folders that a Coffer which crashed or was killed left behind (their lock is free).
    static void removeLeftovers();

    ~DemoVault();
    Q_DISABLE_COPY(DemoVault)

    // The unlocked vault, once; the caller shows it and must lock it before this object goes.
    std::unique_ptr<Vault> takeVault();
    QString vaultFolder() const { return m_vaultFolder; }

private:
    DemoVault() = default;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/coffer-demo-XXXXXX")};
    QString m_vaultFolder;
    QByteArray m_vaultId;
    std::unique_ptr<Vault> m_vault;
};

} // namespace coffer
