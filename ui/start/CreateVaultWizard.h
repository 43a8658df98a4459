// Creating a vault: where it goes and what it is called (CreateVaultWizardLocationPage), the owner's name and
// password (CreateVaultWizardOwnerPage, which creates the vault when the owner presses Create), and the recovery key,
// shown once (CreateVaultWizardRecoveryKeyPage). After Create there is no way back: the vault exists on disk.
#pragma once

#include "crypto/Argon2Kdf.h"

#include <QWizard>
#include <memory>
#include <optional>

namespace coffer {

class CreateVaultWizardOwnerPage;
class CreateVaultWizardRecoveryKeyPage;
class Vault;
class CreateVaultWizardLocationPage;

class CreateVaultWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LocationPageId, OwnerPageId, RecoveryKeyPageId };

    explicit CreateVaultWizard(QWidget* parent = nullptr);
    ~CreateVaultWizard() override;

    // Without this, creation calibrates argon2 to about a second on this machine (never below the
    // floor in Argon2Kdf and SECURITY.md). Tests pass cheap parameters here.
    void setKdfParams(KdfParams params) { m_kdf = params; }
    std::optional<KdfParams> kdfParams() const { return m_kdf; }

    QString vaultFolder() const;
    bool isBusy() const;
    bool hasCreated() const { return m_vault != nullptr; }
    // Set by CreateVaultWizardOwnerPage once core created the vault; the recovery key is shown by the next page.
    void setCreated(std::unique_ptr<Vault> vault, Secret recoveryKey);
    const Secret& recoveryKey() const { return m_recoveryKey; }
    // The unlocked vault after accept(); null before.
    std::unique_ptr<Vault> takeVault();

public slots:
    void reject() override;

protected:
    void done(int result) override;

private:
    CreateVaultWizardLocationPage* m_locationPage;
    CreateVaultWizardOwnerPage* m_ownerPage;
    CreateVaultWizardRecoveryKeyPage* m_recoveryPage;
    std::optional<KdfParams> m_kdf;
    std::unique_ptr<Vault> m_vault;
    Secret m_recoveryKey;
};

} // namespace coffer
