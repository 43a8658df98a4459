#include "CreateVaultWizardRecoveryKeyPage.h"

#include "CreateVaultWizard.h"
#include "vault/RecoveryKeyPanel.h"

#include <QVBoxLayout>

namespace coffer {

CreateVaultWizardRecoveryKeyPage::CreateVaultWizardRecoveryKeyPage(CreateVaultWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_panel(new RecoveryKeyPanel(this))
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    setTitle(tr("Your recovery key"));
    setSubTitle(tr("The vault is ready. If you ever forget your password, this key is the only way back in. "
                   "Nobody else can reset it for you, not even the makers of Coffer."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    connect(m_panel, &RecoveryKeyPanel::storedChanged, this, &CreateVaultWizardRecoveryKeyPage::completeChanged);
}

void CreateVaultWizardRecoveryKeyPage::initializePage()
{
    m_panel->showKey(m_wizard->vaultFolder(), m_wizard->recoveryKey());
}

bool CreateVaultWizardRecoveryKeyPage::isComplete() const
{
    return m_panel->isStored();
}

bool CreateVaultWizardRecoveryKeyPage::saveTo(const QString& path, QString* errorText) const
{
    return m_panel->saveTo(path, errorText);
}

void CreateVaultWizardRecoveryKeyPage::forgetKey()
{
    m_panel->forgetKey();
}

} // namespace coffer
