# Export (JSON, CSV, bundles, encrypted), import of Coffer exports, CSV import from other systems.
target_sources(coffer_core PRIVATE
    transfer/BundleSink.cpp transfer/BundleSink.h
    transfer/CallbackDevice.h
    transfer/CsvImporter.cpp transfer/CsvImporter.h
    transfer/CsvReader.cpp transfer/CsvReader.h
    transfer/CsvWriter.cpp transfer/CsvWriter.h
    transfer/ExportFormat.h
    transfer/ExportHistory.cpp transfer/ExportHistory.h
    transfer/ExportText.cpp transfer/ExportText.h
    transfer/ExportWriter.cpp transfer/ExportWriter.h
    transfer/Exporter.cpp transfer/Exporter.h
    transfer/ImportData.cpp transfer/ImportData.h
    transfer/Importer.cpp transfer/Importer.h
    transfer/JsonWriter.cpp transfer/JsonWriter.h
    transfer/OutputBuffer.h
    transfer/RecordJson.cpp transfer/RecordJson.h
    transfer/RecordSource.cpp transfer/RecordSource.h
    transfer/SecretStream.cpp transfer/SecretStream.h
    transfer/ValueLists.cpp transfer/ValueLists.h
)
