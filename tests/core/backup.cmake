# Tests of core/backup.
coffer_add_test(TestBackup SOURCES TestBackup.cpp LIBS coffer_core coffer_sqlcipher)
coffer_add_test(TestBackupRestore SOURCES TestBackupRestore.cpp BackupTestSupport.h LIBS coffer_core coffer_sqlcipher)
