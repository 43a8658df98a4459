# CLI tests of export, decrypt and import.
coffer_add_test(TestCliTransfer SOURCES TestCliTransfer.cpp CliRunner.h LIBS coffer_cli)
