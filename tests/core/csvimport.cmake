# Tests of the CSV import (core/transfer/CsvReader, CsvImporter).
coffer_add_test(TestCsvImport SOURCES TestCsvImport.cpp LIBS coffer_core)
