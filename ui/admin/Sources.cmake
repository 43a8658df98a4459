# Pages for admins and the owner: users and the audit log, and the page parts the workspace shares.
target_sources(coffer_ui PRIVATE
    admin/PageHeader.cpp admin/PageHeader.h
    admin/NoticeLabel.cpp admin/NoticeLabel.h
    admin/UsersModel.cpp admin/UsersModel.h
    admin/AddUserDialog.cpp admin/AddUserDialog.h
    admin/OneTimePasswordDialog.cpp admin/OneTimePasswordDialog.h
    admin/UsersPage.cpp admin/UsersPage.h
    admin/AuditWording.cpp admin/AuditWording.h
    admin/AuditModel.cpp admin/AuditModel.h
    admin/AuditPage.cpp admin/AuditPage.h
)
