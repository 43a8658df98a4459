#include "UsersPage.h"

#include "widgets/RecordTable.h"

#include "AddUserDialog.h"
#include "Error.h"
#include "OneTimePasswordDialog.h"
#include "UsersModel.h"
#include "vault/KeyChange.h"
#include "vault/Vault.h"
#include "widgets/Confirmation.h"
#include "widgets/NoticeLabel.h"
#include "widgets/PageHeader.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer {

namespace {
QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

UsersPage::UsersPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new UsersModel(this))
    , m_view(new QTableView(this))
    , m_notice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setAccessibleName(tr("Users of this vault"));
    m_model->setCurrentUserId(vault.currentUser().id);
    m_view->setModel(m_model);
    makeRecordTable(m_view);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UsersModel::NameColumn, QHeaderView::Stretch);
    m_notice->setObjectName(QStringLiteral("usersNotice"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(makePageHeader(tr("Users"),
                                     tr("The people who may open this vault, each with their own password and "
                                        "role. Nobody can read another's password, and you cannot either."),
                                     this));
    layout->addWidget(makeButtons());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    layout->addWidget(makeRoleLegend());

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    // Delete on the list removes the selected user, after the confirmation.
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &UsersPage::removeUser);
    reload();
}

UsersPage::~UsersPage() = default;

QWidget* UsersPage::makeButtons()
{
    auto* bar = new QWidget(this);
    auto* addButton = new QPushButton(icon("add-user"), tr("&Add User…"), bar);
    addButton->setObjectName(QStringLiteral("addUserButton"));
    addButton->setToolTip(tr("Add a person who may open this vault; you give them a one-time password."));
    m_roleButton = new QPushButton(icon("role"), tr("Change &Role"), bar);
    m_roleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_roleButton->setToolTip(tr("Give the selected user another role."));
    m_roleMenu = new QMenu(m_roleButton);
    m_roleMenu->setObjectName(QStringLiteral("roleMenu"));
    m_roleButton->setMenu(m_roleMenu);
    connect(m_roleMenu, &QMenu::aboutToShow, this, &UsersPage::updateRoleMenu);
    m_resetButton = new QPushButton(icon("key"), tr("Reset &Password…"), bar);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_resetButton->setToolTip(tr("Give the selected user a new one-time password, for when they have lost theirs."));
    m_removeButton = new QPushButton(icon("remove-user"), tr("Re&move…"), bar);
    m_removeButton->setObjectName(QStringLiteral("removeUserButton"));
    m_removeButton->setToolTip(tr("Remove the selected user: they can no longer open this vault."));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 4);
    for (QPushButton* button : {addButton, m_roleButton, m_resetButton, m_removeButton}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
        layout->addWidget(button);
    }
    layout->addStretch(1);

    connect(addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_removeButton, &QPushButton::clicked, this, &UsersPage::removeUser);
    updateRoleMenu();
    return bar;
}

QWidget* UsersPage::makeRoleLegend()
{
    m_roleLegend = new QLabel(this);
    m_roleLegend->setObjectName(QStringLiteral("roleLegend"));
    m_roleLegend->setWordWrap(true);
    m_roleLegend->setForegroundRole(QPalette::PlaceholderText);
    m_roleLegend->setAccessibleName(tr("What each role may do"));
    updateRoleLegend();
    return m_roleLegend;
}

void UsersPage::updateRoleLegend()
{
    QString text = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (Role role : {Role::Owner, Role::Admin, Role::Editor, Role::Viewer})
        text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(roleDisplayName(role).toHtmlEscaped(),
                         AddUserDialog::roleDescription(role, m_whoMayErase).toHtmlEscaped());
    text += QStringLiteral("</table>");
    m_roleLegend->setText(text);
}

void UsersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void UsersPage::reload()
{
    const QString selectedId = selectedUser() ? selectedUser()->id : QString();
    try {
        m_model->setUsers(m_vault.users());
        m_whoMayErase = m_vault.whoMayErase();
        updateRoleLegend();
    } catch (const Error& e) {
        m_model->setUsers({});
        m_notice->showError(e.message());
        return;
    }
    const int row = m_model->rowOf(selectedId);
    if (row >= 0)
        m_view->selectRow(row);
}

bool UsersPage::selectUser(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->name.compare(name, Qt::CaseInsensitive) == 0) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

const UserInfo* UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::updateButtons()
{
    const UserInfo* user = selectedUser();
    const UserInfo& me = m_vault.currentUser();
    // What core would refuse is not offered: the button is disabled and its tooltip says why.
    const auto apply = [user](QPushButton* button, const QString& why, const QString& tip) {
        button->setEnabled(user && why.isEmpty());
        button->setToolTip(user && !why.isEmpty() ? why : tip);
    };
    apply(m_roleButton, user ? Vault::whyNotChangeRole(me, *user) : QString(),
          tr("Give the selected user another role."));
    apply(m_resetButton, user ? Vault::whyNotReset(me, *user) : QString(),
          tr("Give the selected user a new one-time password, for when they have lost theirs."));
    apply(m_removeButton, user ? Vault::whyNotRemove(me, *user) : QString(),
          tr("Remove the selected user: they can no longer open this vault."));
}

void UsersPage::updateRoleMenu()
{
    m_roleMenu->clear();
    const UserInfo* user = selectedUser();
    auto* group = new QActionGroup(m_roleMenu);
    // Only the owner may hand ownership over; core refuses it to anyone else, so it is not offered.
    QList<Role> roles{Role::Admin, Role::Editor, Role::Viewer};
    if (m_vault.currentUser().role == Role::Owner)
        roles.prepend(Role::Owner);
    for (Role role : roles) {
        const QString text =
            role == Role::Owner ? tr("%1 (hand ownership over)…").arg(roleDisplayName(role)) : roleDisplayName(role);
        QAction* action = m_roleMenu->addAction(text, this, [this, role] { changeRole(role); });
        action->setObjectName(QStringLiteral("role_") + roleName(role));
        action->setToolTip(AddUserDialog::roleDescription(role, m_whoMayErase));
        action->setCheckable(true);
        action->setChecked(user && user->role == role);
        group->addAction(action);
    }
}

bool UsersPage::attempt(const std::function<void()>& change)
{
    try {
        change();
    } catch (const Error& e) {
        m_notice->showError(e.message());
        return false;
    }
    reload();
    emit usersChanged();
    return true;
}

void UsersPage::rekeyAfter(const QString& done)
{
    const KeyChange::Outcome outcome = KeyChange::run(m_vault, this, done);
    if (outcome.changed)
        m_notice->showSuccess(outcome.message);
    else
        m_notice->showError(outcome.message);
}

void UsersPage::confirm(const QString& objectName, const QString& title, const QString& text, const QString& acceptText,
                        std::function<void()> accepted)
{
    confirmThen(this, objectName.toLatin1().constData(), title, text, acceptText, std::move(accepted));
}

void UsersPage::addUser()
{
    auto* dialog = new AddUserDialog(m_whoMayErase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::addRequested, this, [this, dialog] {
        const QString name = dialog->userName();
        const Role role = dialog->role();
        try {
            const Secret password = m_vault.addUser(name, role);
            dialog->accept();
            reload();
            selectUser(name);
            emit usersChanged();
            m_notice->showSuccess(tr("%1 was added as %2.").arg(name, roleDisplayName(role)));
            auto* shown = new OneTimePasswordDialog(name, password, OneTimePasswordDialog::Reason::NewUser, this);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            shown->open();
        } catch (const Error& e) {
            dialog->showError(e.message());
        }
    });
    dialog->open();
}

void UsersPage::changeRole(Role role)
{
    const UserInfo* user = selectedUser();
    if (!user)
        return;
    const QString name = user->name;
    const auto apply = [this, name, role] {
        if (!attempt([&] { m_vault.setRole(name, role); }))
            return;
        if (role != Role::Owner) {
            m_notice->showSuccess(tr("%1 is now %2.").arg(name, roleDisplayName(role)));
            return;
        }
        rekeyAfter(
            tr("%1 is now the owner and makes a new recovery key; you are an administrator from now on.").arg(name));
        emit ownRoleChanged();
    };
    if (role != Role::Owner) {
        apply();
        return;
    }
    confirm(QStringLiteral("confirmHandOverBox"), tr("Hand Ownership Over"),
            tr("Make %1 the owner of this vault?\n\nA vault has one owner. You become an administrator, and only "
               "%1 can then cancel the account or hand ownership back.")
                .arg(name),
            tr("Make %1 the Owner").arg(name), apply);
}

void UsersPage::resetPassword()
{
    const UserInfo* user = selectedUser();
    if (!user)
        return;
    const QString name = user->name;
    confirm(QStringLiteral("confirmResetBox"), tr("Reset Password"),
            tr("Give %1 a new one-time password?\n\nTheir current password stops working at once. You will see "
               "the new one-time password once, to give to them.")
                .arg(name),
            tr("Reset Password"), [this, name] {
                try {
                    const Secret password = m_vault.resetUser(name);
                    reload();
                    emit usersChanged();
                    rekeyAfter(tr("%1's password was reset.").arg(name));
                    auto* shown = new OneTimePasswordDialog(name, password, OneTimePasswordDialog::Reason::Reset, this);
                    shown->setAttribute(Qt::WA_DeleteOnClose);
                    shown->open();
                } catch (const Error& e) {
                    m_notice->showError(e.message());
                }
            });
}

void UsersPage::removeUser()
{
    const UserInfo* user = selectedUser();
    if (!user)
        return;
    // The Delete key reaches here even when the button is disabled: say why at once, ask nothing.
    if (const QString why = Vault::whyNotRemove(m_vault.currentUser(), *user); !why.isEmpty()) {
        m_notice->showError(why);
        return;
    }
    const QString name = user->name;
    confirm(QStringLiteral("confirmRemoveBox"), tr("Remove User"),
            tr("Remove %1 from this vault?\n\nThey will no longer be able to open it. Client data and the audit "
               "log stay as they are.")
                .arg(name),
            tr("Remove %1").arg(name), [this, name] {
                if (attempt([&] { m_vault.removeUser(name); }))
                    rekeyAfter(tr("%1 was removed.").arg(name));
            });
}

} // namespace coffer
