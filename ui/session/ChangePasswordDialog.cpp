#include "ChangePasswordDialog.h"

#include "widgets/TaskWidgets.h"

#include "tasks/BackgroundTask.h"
#include "vault/Vault.h"
#include "widgets/NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

ChangePasswordDialog::ChangePasswordDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_error(TaskWidgets::errorLabel(this))
    , m_progress(TaskWidgets::busyIndicator(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Choose Your Password"));

    auto* heading = new QLabel(QStringLiteral("<b style='font-size:large'>%1</b>")
                                   .arg(tr("Welcome, %1").arg(vault.currentUser().name).toHtmlEscaped()),
                               this);
    auto* explanation = new QLabel(tr("You signed in with a one-time password. Choose your own password now; "
                                      "the one-time password will stop working."),
                                   this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    m_fields = new NewPasswordFields(form, this);
    connect(m_fields, &NewPasswordFields::changed, this, &ChangePasswordDialog::updateButton);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save Password"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    // Our own text: Debian ships Qt's translations for some of our languages and not for others.
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Lock the vault again without changing the password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    m_fields->passwordEdit()->setFocus();
    updateButton();
}

void ChangePasswordDialog::reject()
{
    // The worker is rewrapping the key slot with the vault the caller would lock on reject.
    if (!m_busy)
        QDialog::reject();
}

void ChangePasswordDialog::updateButton()
{
    m_saveButton->setEnabled(!m_busy && m_fields->isAcceptable());
}

void ChangePasswordDialog::save()
{
    if (m_busy || !m_fields->isAcceptable())
        return;
    auto password = std::make_shared<Secret>(m_fields->takePassword());
    setBusy(true);
    runInBackground<bool>(
        this,
        [vault = &m_vault, password] {
            vault->changePassword(*password);
            return true;
        },
        [this](Outcome<bool>& outcome) {
            setBusy(false);
            if (outcome.error) {
                m_error->setText(outcome.error->message());
                m_error->show();
                return;
            }
            accept();
        });
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fields->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    updateButton();
}

} // namespace coffer
