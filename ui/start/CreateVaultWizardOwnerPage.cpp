#include "CreateVaultWizardOwnerPage.h"

#include "widgets/Palette.h"
#include "widgets/TaskWidgets.h"

#include "CreateVaultWizard.h"
#include "tasks/BackgroundTask.h"
#include "vault/Vault.h"
#include "widgets/NewPasswordFields.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace coffer {

CreateVaultWizardOwnerPage::CreateVaultWizardOwnerPage(CreateVaultWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ownerName(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_progress(TaskWidgets::busyIndicator(this))
{
    setObjectName(QStringLiteral("ownerPage"));
    setTitle(tr("You, the owner"));
    setSubTitle(tr("You will sign in with this name and password. Later you can add the people who work "
                   "with you, each with their own password."));
    setCommitPage(true);

    m_ownerName->setObjectName(QStringLiteral("ownerNameEdit"));
    m_ownerName->setPlaceholderText(tr("for example: Anna Ozola"));
    m_ownerName->setMaxLength(Vault::kMaxUserNameLength);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_ownerName);
    m_fields = new NewPasswordFields(form, this);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);

    connect(m_ownerName, &QLineEdit::textChanged, this, &CreateVaultWizardOwnerPage::completeChanged);
    connect(m_fields, &NewPasswordFields::changed, this, &CreateVaultWizardOwnerPage::completeChanged);
}

bool CreateVaultWizardOwnerPage::isComplete() const
{
    return !m_busy && !m_ownerName->text().trimmed().isEmpty() && m_fields->isAcceptable();
}

bool CreateVaultWizardOwnerPage::validatePage()
{
    // QWizard asks synchronously; creation takes seconds. The first call starts it and says no; the
    // worker's completion calls next(), which asks again and now gets yes.
    if (m_wizard->hasCreated())
        return true;
    if (!m_busy && isComplete())
        create();
    return false;
}

void CreateVaultWizardOwnerPage::create()
{
    auto password = std::make_shared<Secret>(m_fields->takePassword());
    const QString folder = m_wizard->vaultFolder();
    const QString owner = m_ownerName->text().trimmed();
    const std::optional<KdfParams> kdf = m_wizard->kdfParams();
    setBusy(true);
    runInBackground<VaultCreation>(
        this,
        [folder, owner, password, kdf] {
            return Vault::create(folder, owner, *password, kdf ? *kdf : Argon2Kdf::calibrate());
        },
        [this](Outcome<VaultCreation>& outcome) {
            setBusy(false);
            if (outcome.error) {
                m_status->setText(tr("The vault could not be created: %1").arg(outcome.error->message()));
                m_status->setStyleSheet(Palette::textStyle(ColorRole::Error));
                return;
            }
            m_wizard->setCreated(std::move(outcome.value->vault), std::move(outcome.value->recoveryKey));
            m_wizard->next();
        });
}

void CreateVaultWizardOwnerPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ownerName->setEnabled(!busy);
    m_fields->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setStyleSheet(QString());
    m_status->setText(busy ? tr("Creating the vault and its encryption keys. This takes a few seconds…") : QString());
    // After completeChanged: QWizard re-enables Back when it updates its buttons.
    emit completeChanged();
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::CancelButton})
        m_wizard->button(b)->setEnabled(!busy);
}

} // namespace coffer
