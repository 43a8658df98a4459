# The SQLCipher connection, the schema and its migrations, atomic and private file writes, the rules for
# output paths, and the check that a folder is local and outside every sync client's.
target_sources(coffer_core PRIVATE
    store/Database.cpp store/Database.h
    store/DirectIo.cpp store/DirectIo.h
    store/FileSafety.cpp store/FileSafety.h
    store/FolderSafety.cpp store/FolderSafety.h
    store/OutputPath.cpp store/OutputPath.h
    store/Schema.cpp store/Schema.h
)
