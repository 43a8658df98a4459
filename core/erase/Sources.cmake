target_sources(coffer_core PRIVATE
    erase/ClientEraser.cpp erase/ClientEraser.h
    erase/ErasureVerifier.cpp erase/ErasureVerifier.h
    erase/SecureOverwrite.cpp erase/SecureOverwrite.h
    erase/DeletionCertificate.cpp erase/DeletionCertificate.h
    erase/AccountCancellation.cpp erase/AccountCancellation.h
)
