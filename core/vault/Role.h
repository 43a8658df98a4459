// Roles and what each may do. The table in Role.cpp is the single place that decides; the Vault checks
// it on every call, so a front end cannot grant what the core refuses.
#pragma once

#include <QString>
#include <optional>

namespace coffer {

enum class Role { Owner, Admin, Editor, Viewer };

enum class Permission {
    ReadRecords,
    WriteRecords, // create, change and erase client data
    ExportClient, // one client's data
    ManageUsers,  // add, remove, reset users, change roles below admin
    ExportAll,
    Backup,
    Restore,
    ReadAudit,
    CancelAccount,
};

QString roleName(Role role);                           // "owner", "admin", … (stable, for files and the CLI)
QString roleDisplayName(Role role);                    // translated
std::optional<Role> roleFromName(const QString& name); // accepts roleName()'s output
bool roleAllows(Role role, Permission permission);

} // namespace coffer
