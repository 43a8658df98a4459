// Creating a vault: where it goes and what it is called (VaultLocationPage), the owner's name and
// password (OwnerPage, which creates the vault when the owner presses Create), and the recovery key,
// shown once (RecoveryKeyPage). After Create there is no way back: the vault exists on disk.
#pragma once

#include "crypto/Argon2Kdf.h"

#include <QWizard>
#include <memory>
#include <optional>

namespace coffer {

class OwnerPage;
class RecoveryKeyPage;
class Vault;
class VaultLocationPage;

class CreateVaultWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LocationPageId, OwnerPageId, RecoveryKeyPageId };

    explicit CreateVaultWizard(QWidget* parent = nullptr);
    ~CreateVaultWizard() override;

    // Without this, creation calibrates argon2 to about a second on this machine (never below the
    // floor of DESIGN.md). Tests pass cheap parameters here.
    void setKdfParams(KdfParams params) { m_kdf = params; }
    std::optional<KdfParams> kdfParams() const { return m_kdf; }

    QString vaultFolder() const;
    bool isBusy() const;
    bool hasCreated() const { return m_vault != nullptr; }
    // Set by OwnerPage once core created the vault; the recovery key is shown by the next page.
    void setCreated(std::unique_ptr<Vault> vault, Secret recoveryKey);
    const Secret& recoveryKey() const { return m_recoveryKey; }
    // The unlocked vault after accept(); null before.
    std::unique_ptr<Vault> takeVault();

public slots:
    void reject() override;

protected:
    void done(int result) override;

private:
    VaultLocationPage* m_locationPage;
    OwnerPage* m_ownerPage;
    RecoveryKeyPage* m_recoveryPage;
    std::optional<KdfParams> m_kdf;
    std::unique_ptr<Vault> m_vault;
    Secret m_recoveryKey;
};

} // namespace coffer
