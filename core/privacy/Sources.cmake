# The privacy work a business owes its clients: the data-subject request register, restriction, the
# access pack, the business's own details as the controller, its purposes, its policy versions and
# retention that acts.
target_sources(coffer_core PRIVATE
    privacy/AccessPack.cpp privacy/AccessPack.h
    privacy/BreachLog.cpp privacy/BreachLog.h
    privacy/ContactPermission.cpp privacy/ContactPermission.h
    privacy/Controller.cpp privacy/Controller.h
    privacy/PolicyArchive.cpp privacy/PolicyArchive.h
    privacy/PrivacyCheck.cpp privacy/PrivacyCheck.h
    privacy/ProcessingRecord.cpp privacy/ProcessingRecord.h
    privacy/Purposes.cpp privacy/Purposes.h
    privacy/Rectification.cpp privacy/Rectification.h
    privacy/RequestErasure.cpp privacy/RequestErasure.h
    privacy/RequestRegister.cpp privacy/RequestRegister.h
    privacy/Restriction.cpp privacy/Restriction.h
    privacy/Retention.cpp privacy/Retention.h
    privacy/RetentionRun.cpp privacy/RetentionRun.h
)
