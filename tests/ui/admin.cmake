# GUI tests of the admin side of the workspace (issue #6): the main window's roles and locking, the
# Users, Audit log and Settings pages, the vault's keys (Settings → Security, issue #15), and the
# sample-data demo vault.
set(COFFER_ADMIN_UI_TESTS TestMainWindow TestUsersPage TestAuditPage TestSignInFolding TestSettingsPage
    TestSecurity TestSampleData)
foreach(test IN LISTS COFFER_ADMIN_UI_TESTS)
    coffer_add_test(${test} SOURCES ${test}.cpp LIBS coffer_ui_test_support)
endforeach()
set_tests_properties(${COFFER_ADMIN_UI_TESTS} PROPERTIES LABELS gui)
