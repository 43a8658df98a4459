# Verified erasure of one client, account cancellation, the deletion certificate.
target_sources(coffer_core PRIVATE
    erase/ClientEraser.cpp erase/ClientEraser.h
    erase/RemainingCopies.cpp erase/RemainingCopies.h
    erase/OverwritePass.cpp erase/OverwritePass.h
    erase/SecureOverwrite.cpp erase/SecureOverwrite.h
    erase/KeySlotEraser.cpp erase/KeySlotEraser.h
    erase/DeletionCertificate.cpp erase/DeletionCertificate.h
    erase/CancellationPlan.h
    erase/CancellationCleanup.cpp erase/CancellationCleanup.h
    erase/AccountCancellation.cpp erase/AccountCancellation.h
    erase/VaultReplacement.cpp erase/VaultReplacement.h
)
