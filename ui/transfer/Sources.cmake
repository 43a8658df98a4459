# Export and import: their dialogs and the tasks that run them, and the history of exports made.
target_sources(coffer_ui PRIVATE
    transfer/ExportChoiceForm.cpp transfer/ExportChoiceForm.h
    transfer/ExportDialog.cpp transfer/ExportDialog.h
    transfer/ExportHistoryDialog.cpp transfer/ExportHistoryDialog.h
    transfer/ExportHistoryModel.cpp transfer/ExportHistoryModel.h
    transfer/ImportDialog.cpp transfer/ImportDialog.h
    transfer/ImportTask.cpp transfer/ImportTask.h
)
