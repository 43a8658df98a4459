# GUI tests of the privacy windows (issues #14, #16): the Requests page and the new-request dialog, the
# Purposes & Policies page and its forms, the Retention page.
set(COFFER_PRIVACY_UI_TESTS TestRequestsPage TestPurposesPage TestRetentionPage TestPrivacyCheckPage)
foreach(test IN LISTS COFFER_PRIVACY_UI_TESTS)
    coffer_add_test(${test} SOURCES ${test}.cpp LIBS coffer_ui_test_support)
endforeach()
set_tests_properties(${COFFER_PRIVACY_UI_TESTS} PROPERTIES LABELS gui)
# The access pack and its letter: Qt Gui for the layout, no widgets, as coffer-cli runs it.
coffer_add_test(TestAccessPack SOURCES TestAccessPack.cpp LIBS coffer_documents)
