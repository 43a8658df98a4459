# Preferences, the Settings page, auto-lock and clipboard clearing.
target_sources(coffer_ui PRIVATE
    settings/AppSettings.cpp settings/AppSettings.h
    settings/Clipboard.cpp settings/Clipboard.h
    settings/IdleWatcher.cpp settings/IdleWatcher.h
    settings/SettingsPage.cpp settings/SettingsPage.h
)
