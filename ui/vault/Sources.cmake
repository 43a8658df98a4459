# The vault's keys in the app (mirrors core/vault): changing the data key with progress and the offer
# about older backups, Settings → Security, and the recovery key shown once.
target_sources(coffer_ui PRIVATE
    vault/KeyChange.cpp vault/KeyChange.h
    vault/OldKeyBackupsDialog.cpp vault/OldKeyBackupsDialog.h
    vault/RecoveryKeyDialog.cpp vault/RecoveryKeyDialog.h
    vault/RecoveryKeyPanel.cpp vault/RecoveryKeyPanel.h
    vault/SecurityGroup.cpp vault/SecurityGroup.h
)
