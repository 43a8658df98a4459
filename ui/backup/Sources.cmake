# The Backups page, its list model, the backup settings group and the dialog that opens a backup.
target_sources(coffer_ui PRIVATE
    backup/BackupAccessDialog.cpp backup/BackupAccessDialog.h
    backup/BackupListModel.cpp backup/BackupListModel.h
    backup/BackupSettingsGroup.cpp backup/BackupSettingsGroup.h
    backup/BackupsPage.cpp backup/BackupsPage.h
)
