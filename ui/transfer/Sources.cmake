# Export and import: their dialogs and the tasks that run them.
target_sources(coffer_ui PRIVATE
    transfer/ExportChoiceForm.cpp transfer/ExportChoiceForm.h
    transfer/ExportDialog.cpp transfer/ExportDialog.h
    transfer/ImportDialog.cpp transfer/ImportDialog.h
    transfer/ImportTask.cpp transfer/ImportTask.h
)
