// The Users page (admins and the owner): who may open this vault and in which role. Add a user (their
// one-time password is shown once), change a role, reset a password, remove a user. Core decides what
// the signed-in user may do to whom; its refusal is shown as it words it.
#pragma once

#include "vault/Role.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace coffer {

class NoticeLabel;
class UsersModel;
struct UserInfo;
class Vault;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Vault& vault, QWidget* parent = nullptr);
    ~UsersPage() override;

    UsersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Selects the row of the named user; false when there is none.
    bool selectUser(const QString& name);

public slots:
    void reload();
    void addUser();
    void changeRole(Role role);
    void resetPassword();
    void removeUser();

signals:
    // A user was added, removed, reset or given another role.
    void usersChanged();
    // The signed-in user handed ownership over and is an administrator now (Vault::currentUser()).
    void ownRoleChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeButtons();
    QWidget* makeRoleLegend();
    void updateRoleLegend();
    const UserInfo* selectedUser() const;
    void updateButtons();
    void updateRoleMenu();
    // Runs a change through core, shows core's message when it refuses, reloads the list when it worked.
    bool attempt(const std::function<void()>& change);
    // After access was taken away (done: that change, in words): changes the data key with a progress
    // window, then backs up under the new key, and says what happened on the notice line.
    void rekeyAfter(const QString& done);
    void confirm(const QString& objectName, const QString& title, const QString& text, const QString& acceptText,
                 std::function<void()> accepted);

    Vault& m_vault;
    UsersModel* m_model;
    QTableView* m_view;
    NoticeLabel* m_notice;
    QPushButton* m_roleButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QMenu* m_roleMenu = nullptr;
    QLabel* m_roleLegend = nullptr;
    // The vault's rule, read at each reload: the role descriptions say who may erase clients.
    WhoMayErase m_whoMayErase = WhoMayErase::Editors;
};

} // namespace coffer
