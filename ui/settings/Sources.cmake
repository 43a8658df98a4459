# Preferences and the Settings page.
target_sources(coffer_ui PRIVATE
    settings/AppSettings.cpp settings/AppSettings.h
    settings/SettingsPage.cpp settings/SettingsPage.h
)
