# The Clients page: its list model (QAbstractItemModelTester over 1,000 clients) and the page driven
# through its real widgets. Set COFFER_SCREENSHOTS=<folder> for pictures of the page at 1280×800.
set(coffer_clients_test_support ClientFixtures.h ClientFixtures.cpp ClientsPageDriver.h ClientsPageDriver.cpp
    UiTestSupport.h UiTestSupport.cpp)
coffer_add_test(TestClientListModel SOURCES TestClientListModel.cpp ClientFixtures.h ClientFixtures.cpp LIBS coffer_ui)
coffer_add_test(TestClientsPage SOURCES TestClientsPage.cpp ${coffer_clients_test_support}
    LIBS coffer_ui coffer_translations)
coffer_add_test(TestClientsPageAccess SOURCES TestClientsPageAccess.cpp ${coffer_clients_test_support}
    LIBS coffer_ui coffer_translations)
set_tests_properties(TestClientListModel TestClientsPage TestClientsPageAccess PROPERTIES LABELS gui)
# core/records/ClientValidation, which the page's form relies on; kept here until core's suite takes it.
coffer_add_test(TestClientValidation SOURCES TestClientValidation.cpp LIBS coffer_core)
