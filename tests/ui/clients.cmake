# The Clients page: its list model (QAbstractItemModelTester over 1,000 clients) and the page driven
# through its real widgets. Set COFFER_SCREENSHOTS=<folder> for pictures of the page at 1280×800.
coffer_add_test(TestClientListModel SOURCES TestClientListModel.cpp LIBS coffer_ui_test_support)
coffer_add_test(TestClientsPage SOURCES TestClientsPage.cpp LIBS coffer_ui_test_support)
coffer_add_test(TestClientsPageAccess SOURCES TestClientsPageAccess.cpp LIBS coffer_ui_test_support)
# The profile form checking itself as it is typed in, and the consent dialog's date and purposes.
coffer_add_test(TestClientProfileForm SOURCES TestClientProfileForm.cpp LIBS coffer_ui_test_support)
coffer_add_test(TestConsentDialog SOURCES TestConsentDialog.cpp LIBS coffer_ui_test_support)
set_tests_properties(TestClientListModel TestClientsPage TestClientsPageAccess TestClientProfileForm TestConsentDialog
    PROPERTIES LABELS gui)
