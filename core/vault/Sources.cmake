# The vault: create, unlock, lock, users and roles, the header, the lock file, the known vaults.
target_sources(coffer_core PRIVATE
    vault/Role.cpp vault/Role.h
    vault/VaultHeader.cpp vault/VaultHeader.h
    vault/VaultLock.cpp vault/VaultLock.h
    vault/StableKeys.cpp vault/StableKeys.h
    vault/IntegrityKey.cpp vault/IntegrityKey.h
    vault/KnownVaults.cpp vault/KnownVaults.h
    vault/ProgramSettings.cpp vault/ProgramSettings.h
    vault/Vault.cpp vault/VaultKeys.cpp vault/VaultUsers.cpp vault/VaultIntegrity.cpp vault/VaultRules.cpp vault/Vault.h
)
