#include "UsersModel.h"

#include "widgets/LocaleText.h"
#include "widgets/Palette.h"

#include <QColor>
#include <QLocale>

namespace coffer {

UsersModel::UsersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UsersModel::setUsers(std::vector<UserInfo> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserInfo* UsersModel::userAt(int row) const
{
    return row >= 0 && row < int(m_users.size()) ? &m_users[size_t(row)] : nullptr;
}

int UsersModel::rowOf(const QString& userId) const
{
    for (size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].id == userId)
            return int(i);
    return -1;
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    const UserInfo* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case NameColumn:
            return user->id == m_currentUserId ? tr("%1 (you)").arg(user->name) : user->name;
        case RoleColumn:
            return roleDisplayName(user->role);
        case PasswordColumn:
            return user->mustChangePassword ? tr("One-time, to be changed") : tr("Their own");
        case CreatedColumn:
            return LocaleText::dateTime(user->created);
        }
    }
    if (role == Qt::ToolTipRole && column == PasswordColumn)
        return user->mustChangePassword
                   ? tr("%1 still has a one-time password and must choose their own at the next sign-in.")
                         .arg(user->name)
                   : tr("%1 has chosen their own password.").arg(user->name);
    if (role == Qt::ForegroundRole && column == PasswordColumn && user->mustChangePassword)
        return Palette::color(ColorRole::Warning);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case PasswordColumn:
        return tr("Password");
    case CreatedColumn:
        return tr("Added");
    }
    return {};
}

} // namespace coffer
