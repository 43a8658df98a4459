# Tests of core/privacy: the request register (deadlines, checks, evidence, roles), restriction, and the
# catalogue of purposes and archive of policy versions that consents refer to.
coffer_add_test(TestRequestRegister SOURCES TestRequestRegister.cpp LIBS coffer_core)
coffer_add_test(TestPurposes SOURCES TestPurposes.cpp LIBS coffer_core)
coffer_add_test(TestRetention SOURCES TestRetention.cpp LIBS coffer_core)
coffer_add_test(TestRegulatorRecords SOURCES TestRegulatorRecords.cpp LIBS coffer_core)
