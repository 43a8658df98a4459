# Tests of core/transfer: export, import, encryption.
coffer_add_test(TestExport SOURCES TestExport.cpp TransferFixture.h LIBS coffer_core)
coffer_add_test(TestImport SOURCES TestImport.cpp TransferFixture.h LIBS coffer_core)
add_dependencies(TestExport coffer-cli)
# The export's streaming pieces, held to what Qt's QString / QDateTime / QJsonDocument path wrote.
coffer_add_test(TestExportText SOURCES TestExportText.cpp LIBS coffer_core)
coffer_add_test(TestJsonWriter SOURCES TestJsonWriter.cpp QtJsonOracle.h LIBS coffer_core)
coffer_add_test(TestRecordSource SOURCES TestRecordSource.cpp TransferFixture.h QtJsonOracle.h LIBS coffer_core)
