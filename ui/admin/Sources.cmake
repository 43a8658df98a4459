# Pages for admins and the owner: users and the audit log.
target_sources(coffer_ui PRIVATE
    admin/UsersPage.cpp admin/UsersPage.h
    admin/AuditPage.cpp admin/AuditPage.h
)
