#include "CreateVaultWizard.h"

#include "Application.h"
#include "CreateVaultWizardLocationPage.h"
#include "CreateVaultWizardOwnerPage.h"
#include "CreateVaultWizardRecoveryKeyPage.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace coffer {

CreateVaultWizard::CreateVaultWizard(QWidget* parent)
    : QWizard(parent)
    , m_locationPage(new CreateVaultWizardLocationPage(this))
    , m_ownerPage(new CreateVaultWizardOwnerPage(this))
    , m_recoveryPage(new CreateVaultWizardRecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("createVaultWizard"));
    setWindowTitle(tr("Create a Vault"));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, cofferIcon().pixmap(48, 48));
    // A vault made at the owner page cannot be unmade by Back or Cancel; the last page only goes forward.
    setOptions(options() | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Create Vault"));
    setButtonText(QWizard::FinishButton, tr("&Open Vault"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("createButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));

    setPage(LocationPageId, m_locationPage);
    setPage(OwnerPageId, m_ownerPage);
    setPage(RecoveryKeyPageId, m_recoveryPage);
    setMinimumSize(600, 440);
}

CreateVaultWizard::~CreateVaultWizard() = default;

QString CreateVaultWizard::vaultFolder() const
{
    return m_locationPage->vaultFolder();
}

bool CreateVaultWizard::isBusy() const
{
    return m_ownerPage->isBusy();
}

void CreateVaultWizard::setCreated(std::unique_ptr<Vault> vault, Secret recoveryKey)
{
    m_vault = std::move(vault);
    m_recoveryKey = std::move(recoveryKey);
}

std::unique_ptr<Vault> CreateVaultWizard::takeVault()
{
    return std::move(m_vault);
}

void CreateVaultWizard::reject()
{
    if (isBusy())
        return;
    if (hasCreated() && !m_recoveryPage->isComplete()) {
        QMessageBox box(QMessageBox::Warning, tr("Close without the recovery key?"),
                        tr("The vault has been created. If you close this window without storing the recovery "
                           "key, a forgotten owner password cannot be recovered. Close anyway?"),
                        QMessageBox::NoButton, this);
        QPushButton* close = box.addButton(tr("Close Anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(tr("Go Back"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    QWizard::reject();
}

void CreateVaultWizard::done(int result)
{
    // The key was shown once; it does not stay in memory or on screen any longer than the wizard.
    m_recoveryPage->forgetKey();
    m_recoveryKey.clear();
    QWizard::done(result);
}

} // namespace coffer
