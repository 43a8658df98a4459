# Tests of core/backup.
coffer_add_test(TestBackup SOURCES TestBackup.cpp LIBS coffer_core coffer_sqlcipher)
coffer_add_test(TestBackupRestore SOURCES TestBackupRestore.cpp BackupTestSupport.h LIBS coffer_core coffer_sqlcipher)
# After a change of the data key: the backups under the old key are destroyed once a new one verifies.
coffer_add_test(TestOldKeyBackups SOURCES TestOldKeyBackups.cpp BackupTestSupport.h LIBS coffer_core coffer_sqlcipher)
