# The privacy work a business owes its clients: the data-subject request register and restriction.
target_sources(coffer_core PRIVATE
    privacy/Deadline.cpp privacy/Deadline.h
    privacy/RequestRegister.cpp privacy/RequestRegister.h
    privacy/Restriction.cpp privacy/Restriction.h
)
