target_sources(coffer_core PRIVATE
    backup/Tombstones.cpp backup/Tombstones.h
)
