# Verified erasure of one client and cancellation of the account.
target_sources(coffer_ui PRIVATE
    erase/CancelAccountDialog.cpp erase/CancelAccountDialog.h
    erase/EraseClientDialog.cpp erase/EraseClientDialog.h
    erase/ErasureReportDocument.cpp erase/ErasureReportDocument.h
    erase/VaultReplacementTasks.cpp erase/VaultReplacementTasks.h
)
