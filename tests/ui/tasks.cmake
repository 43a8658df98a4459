# GUI tests of long work and its dialogs (ui/tasks, ui/transfer, ui/backup, ui/erase): export, import,
# backups, erasure and its report, cancellation (restored copies, an interrupted one finished at start),
# and the reports' plain words with their checks behind Details.
# COFFER_SCREENSHOTS=<folder> saves a picture of every dialog they pass through.
set(COFFER_TASK_UI_TESTS TestExportTasks TestImportTasks TestBackupTasks TestEraseTasks TestErasureReport
    TestCancelTasks TestReplaceTasks TestTaskReports)
foreach(test IN LISTS COFFER_TASK_UI_TESTS)
    coffer_add_test(${test} SOURCES ${test}.cpp LIBS coffer_ui_test_support)
endforeach()
set_tests_properties(${COFFER_TASK_UI_TESTS} PROPERTIES LABELS gui)
