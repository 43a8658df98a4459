# CSV import of clients from other systems (CsvReader, CsvImporter).
target_sources(coffer_core PRIVATE transfer/CsvReader.cpp transfer/CsvReader.h transfer/CsvImporter.cpp transfer/CsvImporter.h)
