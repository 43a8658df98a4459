# CLI tests of import-csv.
coffer_add_test(TestCliCsvImport SOURCES TestCliCsvImport.cpp CliRunner.h LIBS coffer_cli)
