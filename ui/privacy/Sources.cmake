# The privacy work's windows: the Requests page, the new-request dialog and the words for requests; the
# Purposes & Policies page with its forms; the Retention page.
target_sources(coffer_ui PRIVATE
    privacy/BusinessDetailsGroup.cpp privacy/BusinessDetailsGroup.h
    privacy/NewRequestDialog.cpp privacy/NewRequestDialog.h
    privacy/PrivacyCheckPage.cpp privacy/PrivacyCheckPage.h
    privacy/PurposeDialogs.cpp privacy/PurposeDialogs.h
    privacy/PurposesPage.cpp privacy/PurposesPage.h
    privacy/RequestDialog.cpp privacy/RequestDialog.h
    privacy/RequestsPage.cpp privacy/RequestsPage.h
    privacy/RequestsPanel.cpp privacy/RequestsPanel.h
    privacy/RetentionPage.cpp privacy/RetentionPage.h
)
