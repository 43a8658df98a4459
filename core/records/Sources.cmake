# Clients, notes, files, consents: storage, validation and search; the rows of data-subject requests,
# which the register (privacy/) and export and import (transfer/) share.
target_sources(coffer_core PRIVATE
    records/Records.cpp records/Records.h records/EnumNames.h
    records/ClientStore.cpp records/ClientSearch.cpp records/ClientStore.h
    records/ClientRows.cpp records/ClientRows.h
    records/ClientPseudonyms.cpp records/ClientPseudonyms.h
    records/ErasureVerifier.cpp records/ErasureVerifier.h
    records/ClientValidation.cpp records/ClientValidation.h
    records/ContactRules.cpp records/ContactRules.h
    records/NoteStore.cpp records/NoteStore.h
    records/FileStore.cpp records/FileStore.h
    records/ConsentStore.cpp records/ConsentStore.h
    records/PurposeRows.cpp records/PurposeRows.h
    records/Requests.cpp records/Requests.h
    records/Deadline.cpp records/Deadline.h
    records/RequestRows.cpp records/RequestRows.h
)
