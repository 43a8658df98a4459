# Tests of core/store's file rules: private modes, output paths, local and unsynchronised folders.
coffer_add_test(TestFileSafety SOURCES TestFileSafety.cpp LIBS coffer_core)
coffer_add_test(TestFolderSafety SOURCES TestFolderSafety.cpp LIBS coffer_core)
coffer_add_test(TestOutputPath SOURCES TestOutputPath.cpp LIBS coffer_core)
