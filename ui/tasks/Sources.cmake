# Long work and its dialogs: progress, export, backups, erasure, cancellation.
target_sources(coffer_ui PRIVATE
    tasks/LongTask.cpp tasks/LongTask.h
    tasks/VaultTasks.cpp tasks/VaultTasks.h
    tasks/TaskReports.cpp tasks/TaskReports.h
    tasks/TaskWidgets.cpp tasks/TaskWidgets.h
    tasks/ReportDialog.cpp tasks/ReportDialog.h
    tasks/ExportChoiceForm.cpp tasks/ExportChoiceForm.h
    tasks/ExportDialog.cpp tasks/ExportDialog.h
    tasks/ImportDialog.cpp tasks/ImportDialog.h
    tasks/ImportTask.cpp tasks/ImportTask.h
    tasks/BackupsPage.cpp tasks/BackupsPage.h
    tasks/BackupListModel.cpp tasks/BackupListModel.h
    tasks/BackupSettingsGroup.cpp tasks/BackupSettingsGroup.h
    tasks/BackupAccessDialog.cpp tasks/BackupAccessDialog.h
    tasks/EraseClientDialog.cpp tasks/EraseClientDialog.h
    tasks/CancelAccountDialog.cpp tasks/CancelAccountDialog.h
)
