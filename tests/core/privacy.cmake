# Tests of core/privacy: the request register (deadlines, checks, evidence, roles) and restriction.
coffer_add_test(TestRequestRegister SOURCES TestRequestRegister.cpp LIBS coffer_core)
