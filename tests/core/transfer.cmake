# Tests of core/transfer: export, import, encryption.
coffer_add_test(TestExport SOURCES TestExport.cpp TransferFixture.h LIBS coffer_core)
coffer_add_test(TestImport SOURCES TestImport.cpp TransferFixture.h LIBS coffer_core)
add_dependencies(TestExport coffer-cli)
