# Long work and its dialogs: progress, export, backups, erasure, cancellation.
target_sources(coffer_ui PRIVATE
    tasks/LongTask.cpp tasks/LongTask.h
    tasks/VaultTasks.cpp tasks/VaultTasks.h
    tasks/BackupsPage.cpp tasks/BackupsPage.h
    tasks/BackupSettingsGroup.cpp tasks/BackupSettingsGroup.h
    tasks/ExportChoiceForm.cpp tasks/ExportChoiceForm.h
)
