# Pages for admins and the owner: users and the audit log.
target_sources(coffer_ui PRIVATE
    admin/AddUserDialog.cpp admin/AddUserDialog.h
    admin/AuditFilterBar.cpp admin/AuditFilterBar.h
    admin/AuditModel.cpp admin/AuditModel.h
    admin/AuditPage.cpp admin/AuditPage.h
    admin/AuditWording.cpp admin/AuditWording.h
    admin/OneTimePasswordDialog.cpp admin/OneTimePasswordDialog.h
    admin/SignInFolding.cpp admin/SignInFolding.h
    admin/UsersModel.cpp admin/UsersModel.h
    admin/UsersPage.cpp admin/UsersPage.h
)
