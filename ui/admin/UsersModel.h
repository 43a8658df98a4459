// The vault's users as a table for the Users page: name, role, whether they still have to choose their
// own password, and when they were added. It holds a snapshot of Vault::users(); the page reloads it
// after every change it makes.
#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>
#include <vector>

namespace coffer {

class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PasswordColumn, CreatedColumn, ColumnCount };

    explicit UsersModel(QObject* parent = nullptr);

    void setUsers(std::vector<UserInfo> users);
    // The signed-in user's row says so ("(you)").
    void setCurrentUserId(const QString& id) { m_currentUserId = id; }
    // Null for a row outside the model.
    const UserInfo* userAt(int row) const;
    int rowOf(const QString& userId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<UserInfo> m_users;
    QString m_currentUserId;
};

} // namespace coffer
