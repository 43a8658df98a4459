# Tests of core/erase. TestClientEraser decrypts vault.db's pages itself (OpenSSL's AES, as SQLCipher 3
# does) to search every page, free ones included, for what the erasure must have removed.
coffer_add_test(TestClientEraser SOURCES TestClientEraser.cpp LIBS coffer_core PkgConfig::LIBCRYPTO)
coffer_add_test(TestAccountCancellation SOURCES TestAccountCancellation.cpp LIBS coffer_core)
coffer_add_test(TestErasureEverywhere SOURCES TestErasureEverywhere.cpp BackupTestSupport.h LIBS coffer_core coffer_sqlcipher)
