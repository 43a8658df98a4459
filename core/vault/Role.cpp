#include "Role.h"

#include <QCoreApplication>

namespace coffer {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("Role", "Owner");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Editor:
        return QCoreApplication::translate("Role", "Editor");
    case Role::Viewer:
        return QCoreApplication::translate("Role", "Viewer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Owner, Role::Admin, Role::Editor, Role::Viewer})
        if (roleName(r) == name.trimmed().toLower())
            return r;
    return std::nullopt;
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords:
        return true;
    case Permission::WriteRecords:
    case Permission::ExportClient:
        return role != Role::Viewer;
    case Permission::ManageUsers:
    case Permission::ExportAll:
    case Permission::Backup:
    case Permission::Restore:
    case Permission::ReadAudit:
    case Permission::RefuseRequests:
    case Permission::ManageController:
        return role == Role::Owner || role == Role::Admin;
    case Permission::CancelAccount:
    case Permission::ChooseWhoMayErase:
        return role == Role::Owner;
    }
    return false;
}

QString whoMayEraseName(WhoMayErase who)
{
    switch (who) {
    case WhoMayErase::Editors:
        return QStringLiteral("editors");
    case WhoMayErase::Admins:
        return QStringLiteral("admins");
    }
    return {};
}

QString whoMayEraseDisplayName(WhoMayErase who)
{
    switch (who) {
    case WhoMayErase::Editors:
        return QCoreApplication::translate("Role", "Editors, administrators and the owner");
    case WhoMayErase::Admins:
        return QCoreApplication::translate("Role", "Administrators and the owner only");
    }
    return {};
}

std::optional<WhoMayErase> whoMayEraseFromName(const QString& name)
{
    for (WhoMayErase who : {WhoMayErase::Editors, WhoMayErase::Admins})
        if (whoMayEraseName(who) == name.trimmed().toLower())
            return who;
    return std::nullopt;
}

bool roleMayErase(Role role, WhoMayErase who)
{
    switch (who) {
    case WhoMayErase::Editors:
        return roleAllows(role, Permission::WriteRecords);
    case WhoMayErase::Admins:
        return role == Role::Owner || role == Role::Admin;
    }
    return false;
}

} // namespace coffer
