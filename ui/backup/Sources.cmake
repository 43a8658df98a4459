# The Backups page, its list models, the backup settings group and the dialog that opens a backup.
target_sources(coffer_ui PRIVATE
    backup/BackupAccessDialog.cpp backup/BackupAccessDialog.h
    backup/BackupFolderModel.cpp backup/BackupFolderModel.h
    backup/BackupListModel.cpp backup/BackupListModel.h
    backup/BackupSettingsGroup.cpp backup/BackupSettingsGroup.h
    backup/BackupsPage.cpp backup/BackupsPage.h
)
