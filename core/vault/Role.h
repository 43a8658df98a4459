// Roles and what each may do. The table in Role.cpp is the single place that decides; the Vault checks
// it on every call, so a front end cannot grant what the core refuses. Erasing a client also depends on
// the vault's own rule of who may erase (WhoMayErase, the owner's choice), decided here as well.
#pragma once

#include <QString>
#include <optional>

namespace coffer {

enum class Role { Owner, Admin, Editor, Viewer };

enum class Permission {
    ReadRecords,
    WriteRecords, // create and change client data; erase it too where roleMayErase allows
    ExportClient, // one client's data
    ManageUsers,  // add, remove, reset users, change roles below admin
    ExportAll,
    Backup,
    Restore,
    ReadAudit,
    CancelAccount,
    ChooseWhoMayErase, // the vault's rule of who may erase clients
    RefuseRequests,    // refuse or delete a data-subject request (editors create and handle them)
    ManageController,  // the business's own details that letters are signed with
};

// Who may erase clients in a vault: erasure cannot be undone, so an owner whose editors include a
// temporary helper may keep it to administrators and the owner.
enum class WhoMayErase {
    Editors, // editors, administrators and the owner (the default)
    Admins,  // administrators and the owner only
};

QString roleName(Role role);                           // "owner", "admin", … (stable, for files and the CLI)
QString roleDisplayName(Role role);                    // translated
std::optional<Role> roleFromName(const QString& name); // accepts roleName()'s output
bool roleAllows(Role role, Permission permission);
QString whoMayEraseName(WhoMayErase who);                            // "editors", "admins" (stable: vault.db, the CLI)
QString whoMayEraseDisplayName(WhoMayErase who);                     // translated: "Editors, administrators and …"
std::optional<WhoMayErase> whoMayEraseFromName(const QString& name); // accepts whoMayEraseName()'s output
bool roleMayErase(Role role, WhoMayErase who);

} // namespace coffer
