# Widgets and small helpers that every area shares: page header, notices, password fields, colours by role.
target_sources(coffer_ui PRIVATE
    widgets/Confirmation.cpp widgets/Confirmation.h
    widgets/ElidedLabel.cpp widgets/ElidedLabel.h
    widgets/LocaleDateEdit.cpp
    widgets/NewPasswordFields.cpp widgets/NewPasswordFields.h
    widgets/NoticeLabel.cpp widgets/NoticeLabel.h
    widgets/PageHeader.cpp widgets/PageHeader.h
    widgets/PasswordStrengthMeter.cpp widgets/PasswordStrengthMeter.h
    widgets/RecordTable.cpp widgets/RecordTable.h
    widgets/SecretText.cpp widgets/SecretText.h
    widgets/Refusal.cpp widgets/Refusal.h
    widgets/TaskWidgets.cpp widgets/TaskWidgets.h
    widgets/UserFiles.cpp widgets/UserFiles.h
)
