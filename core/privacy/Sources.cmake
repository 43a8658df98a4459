# The privacy work a business owes its clients: the data-subject request register, restriction, the
# access pack, the business's own details as the controller, its purposes and its policy versions.
target_sources(coffer_core PRIVATE
    privacy/AccessPack.cpp privacy/AccessPack.h
    privacy/ContactPermission.cpp privacy/ContactPermission.h
    privacy/Controller.cpp privacy/Controller.h
    privacy/PolicyArchive.cpp privacy/PolicyArchive.h
    privacy/Purposes.cpp privacy/Purposes.h
    privacy/Rectification.cpp privacy/Rectification.h
    privacy/RequestErasure.cpp privacy/RequestErasure.h
    privacy/RequestRegister.cpp privacy/RequestRegister.h
    privacy/Restriction.cpp privacy/Restriction.h
)
