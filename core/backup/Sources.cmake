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
)
# OpenSSL's SHA-256 uses the CPU's SHA instructions; a backup hashes every byte of the vault, so this is
# most of the difference between a backup and a plain copy (Debian package libssl-dev). Without it the
# sums come from libsodium, slower but identical.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBCRYPTO IMPORTED_TARGET libcrypto)
if(LIBCRYPTO_FOUND)
    target_link_libraries(coffer_core PRIVATE PkgConfig::LIBCRYPTO)
    target_compile_definitions(coffer_core PRIVATE COFFER_HAVE_OPENSSL)
endif()
