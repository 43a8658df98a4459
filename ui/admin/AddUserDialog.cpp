#include "AddUserDialog.h"

#include "widgets/TaskWidgets.h"

#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

QString AddUserDialog::roleDescription(Role role, WhoMayErase who)
{
    switch (role) {
    case Role::Owner:
        return tr("Everything an administrator may do, choosing who may erase clients, and cancelling the "
                  "account.");
    case Role::Admin:
        return tr("Works with client data and erases clients, manages users, exports everything, makes and "
                  "restores backups and reads the audit log.");
    case Role::Editor:
        return roleMayErase(Role::Editor, who)
                   ? tr("Adds, changes and erases client data, and exports one client's data.")
                   : tr("Adds and changes client data and exports one client's data; in this vault only "
                        "administrators and the owner may erase clients.");
    case Role::Viewer:
        return tr("Reads client data; changes nothing.");
    }
    return {};
}

AddUserDialog::AddUserDialog(WhoMayErase who, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleHint(new QLabel(this))
    , m_error(TaskWidgets::errorLabel(this))
    , m_whoMayErase(who)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add User"));

    auto* intro = new QLabel(tr("Coffer makes a one-time password for the new user. You give it to them; at "
                                "their first sign-in they choose their own."),
                             this);
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setMaxLength(Vault::kMaxUserNameLength);
    m_name->setPlaceholderText(tr("The name they will sign in with"));
    m_name->setAccessibleName(tr("User name"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    // A vault has one owner: ownership is handed over by a role change, never given to a new user.
    for (Role role : {Role::Editor, Role::Viewer, Role::Admin})
        m_role->addItem(roleDisplayName(role), int(role));
    m_roleHint->setObjectName(QStringLiteral("roleHint"));
    m_roleHint->setWordWrap(true);
    m_roleHint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleHint);

    auto* buttons = new QDialogButtonBox(this);
    m_addButton = buttons->addButton(tr("&Add User"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!userName().isEmpty())
            emit addRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::updateButton);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateRoleHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    m_name->setFocus();
    updateButton();
    updateRoleHint();
}

QString AddUserDialog::userName() const
{
    return m_name->text().trimmed();
}

Role AddUserDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

void AddUserDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_name->setFocus();
}

void AddUserDialog::updateButton()
{
    m_addButton->setEnabled(!userName().isEmpty());
    m_error->hide();
}

void AddUserDialog::updateRoleHint()
{
    m_roleHint->setText(roleDescription(role(), m_whoMayErase));
}

} // namespace coffer
