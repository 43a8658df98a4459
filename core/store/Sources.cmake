# The SQLCipher connection, the schema and its migrations, atomic and private file writes.
target_sources(coffer_core PRIVATE
    store/Database.cpp store/Database.h
    store/DirectIo.cpp store/DirectIo.h
    store/FileSafety.cpp store/FileSafety.h
    store/Schema.cpp store/Schema.h
)
