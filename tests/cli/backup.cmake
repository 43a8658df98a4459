# CLI tests of backup.
coffer_add_test(TestCliBackup SOURCES TestCliBackup.cpp CliRunner.h LIBS coffer_cli)
