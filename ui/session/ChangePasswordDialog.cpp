#include "ChangePasswordDialog.h"

#include "widgets/TaskWidgets.h"

#include "Error.h"
#include "tasks/BackgroundTask.h"
#include "vault/Vault.h"
#include "widgets/NewPasswordFields.h"
#include "widgets/SecretText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

ChangePasswordDialog::ChangePasswordDialog(Vault& vault, QWidget* parent, Mode mode)
    : QDialog(parent)
    , m_vault(vault)
    , m_mode(mode)
    , m_error(TaskWidgets::errorLabel(this))
    , m_progress(TaskWidgets::busyIndicator(this))
{
    const bool own = mode == Mode::OwnPassword;
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(own ? tr("Change My Password") : tr("Choose Your Password"));

    const QString title = own ? tr("Change the password of %1").arg(vault.currentUser().name)
                              : tr("Welcome, %1").arg(vault.currentUser().name);
    auto* heading = new QLabel(QStringLiteral("<b style='font-size:large'>%1</b>").arg(title.toHtmlEscaped()), this);
    auto* explanation =
        new QLabel(own ? tr("The new password replaces your current one at once; other users' passwords do not "
                            "change. Backups made before today still open with the current one.")
                       : tr("You signed in with a one-time password. Choose your own password now; "
                            "the one-time password will stop working."),
                   this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    if (own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("C&urrent password:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    }
    m_fields = new NewPasswordFields(form, this);
    connect(m_fields, &NewPasswordFields::changed, this, &ChangePasswordDialog::updateButton);
    if (own)
        qobject_cast<QLabel*>(form->labelForField(m_fields->passwordEdit()))->setText(tr("&New password:"));

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save Password"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    // Our own text: Debian ships Qt's translations for some of our languages and not for others.
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(own ? tr("Keep the current password")
                                   : tr("Lock the vault again without changing the password"));
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

    if (m_current)
        m_current->setFocus();
    else
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
    m_saveButton->setEnabled(!m_busy && m_fields->isAcceptable() && (!m_current || !m_current->text().isEmpty()));
}

void ChangePasswordDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    std::shared_ptr<Secret> current;
    if (m_current) {
        current = std::make_shared<Secret>(takeSecret(m_current));
    }
    auto password = std::make_shared<Secret>(m_fields->takePassword());
    setBusy(true);
    runInBackground<bool>(
        this,
        [vault = &m_vault, current, password] {
            if (current) {
                try {
                    vault->confirmPassword(*current);
                } catch (const Error& e) {
                    if (e.code() != ErrorCode::Auth)
                        throw;
                    throw Error(ErrorCode::Auth,
                                tr("The current password is not right; your password was not changed."));
                }
            }
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
    if (m_current)
        m_current->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    updateButton();
}

} // namespace coffer
