# CLI tests of erase.
coffer_add_test(TestCliErase SOURCES TestCliErase.cpp CliRunner.h LIBS coffer_cli)
