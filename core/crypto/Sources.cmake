# Secrets, randomness, hashes and MACs, the subkeys of the data key, argon2id, key slots, password
# strength. The only folder that calls libsodium or OpenSSL.
target_sources(coffer_core PRIVATE
    crypto/Secret.cpp crypto/Secret.h crypto/Sodium.h
    crypto/Random.cpp crypto/Random.h
    crypto/Sha256.cpp crypto/Sha256.h
    crypto/SqlCipherPages.cpp crypto/SqlCipherPages.h
    crypto/Mac.cpp crypto/Mac.h
    crypto/Subkeys.cpp crypto/Subkeys.h
    crypto/Pseudonym.cpp crypto/Pseudonym.h
    crypto/SecretStreamCipher.cpp crypto/SecretStreamCipher.h
    crypto/CryptoLibrary.cpp crypto/CryptoLibrary.h
    crypto/Argon2Kdf.cpp crypto/Argon2Kdf.h
    crypto/KeySlot.cpp crypto/KeySlot.h
    crypto/PasswordStrength.cpp crypto/PasswordStrength.h
)
# OpenSSL's SHA-256 uses the CPU's SHA instructions; a backup hashes every byte of the vault, so this is
# most of the difference between a backup and a plain copy (Debian package libssl-dev). Without it the
# sums come from libsodium, slower but identical.
if(LIBCRYPTO_FOUND)
    target_link_libraries(coffer_core PRIVATE PkgConfig::LIBCRYPTO)
    target_compile_definitions(coffer_core PRIVATE COFFER_HAVE_OPENSSL)
endif()
