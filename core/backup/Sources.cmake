# Backups: the container, writing, verifying, restoring, rotation, tombstones of erased clients.
target_sources(coffer_core PRIVATE
    backup/BackupFile.cpp backup/BackupFile.h
    backup/SnapshotAccess.cpp backup/SnapshotAccess.h
    backup/BackupWriter.cpp backup/BackupWriter.h
    backup/PageSnapshot.cpp backup/PageSnapshot.h
    backup/BackupVerifier.cpp backup/BackupVerifier.h
    backup/Restorer.cpp backup/Restorer.h
    backup/ManagedBackups.cpp backup/ManagedBackups.h
    backup/VaultBackups.cpp
    backup/Tombstones.cpp backup/Tombstones.h
    backup/VaultCopies.cpp backup/VaultCopies.h
)
