target_sources(coffer_core PRIVATE
    erase/ClientEraser.cpp erase/ClientEraser.h
)
