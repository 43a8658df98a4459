// The last page of the create wizard: the recovery key, shown once (vault/RecoveryKeyPanel). It is the
// only way back into the vault when the owner forgets the password, so Finish stays disabled until the
// owner says it is stored.
#pragma once

#include <QWizardPage>

namespace coffer {

class CreateVaultWizard;
class RecoveryKeyPanel;

class CreateVaultWizardRecoveryKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CreateVaultWizardRecoveryKeyPage(CreateVaultWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Writes the key with a short explanation to path (0600). Returns false and says why in errorText.
    bool saveTo(const QString& path, QString* errorText) const;
    // Takes the key off the screen.
    void forgetKey();

private:
    CreateVaultWizard* m_wizard;
    RecoveryKeyPanel* m_panel;
};

} // namespace coffer
