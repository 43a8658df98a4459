// Asks for a new user's name and role. It only asks: the Users page adds the user, so that core's
// refusal (a name already taken, say) is shown there with the dialog still open for a correction.
#pragma once

#include "vault/Role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coffer {

class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    // who: the vault's rule of who may erase clients, which the role descriptions follow.
    explicit AddUserDialog(WhoMayErase who, QWidget* parent = nullptr);

    QString userName() const;
    Role role() const;
    // Core's reason for refusing the last attempt, shown under the fields.
    void showError(const QString& message);
    // One sentence on what a role may do in a vault whose rule of who may erase clients is who, for the
    // role pickers and the Users page's legend.
    static QString roleDescription(Role role, WhoMayErase who);

signals:
    // Add was pressed with a name; the dialog stays open until the page accepts it.
    void addRequested();

private:
    void updateButton();
    void updateRoleHint();

    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_roleHint;
    QLabel* m_error;
    QPushButton* m_addButton;
    WhoMayErase m_whoMayErase;
};

} // namespace coffer
