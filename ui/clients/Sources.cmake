# The Clients page: list model, client page and its parts.
target_sources(coffer_ui PRIVATE
    clients/ClientsPage.cpp clients/ClientsPage.h
    clients/ClientLabels.cpp clients/ClientLabels.h
    clients/ClientListModel.cpp clients/ClientListModel.h
    clients/ClientListPanel.cpp clients/ClientListPanel.h
    clients/ClientView.cpp clients/ClientView.h
    clients/ClientProfileForm.cpp clients/ClientProfileForm.h
    clients/ValueListEdit.cpp clients/ValueListEdit.h
    clients/CountryCombo.cpp clients/CountryCombo.h
    clients/NotesPanel.cpp clients/NotesPanel.h
    clients/FilesPanel.cpp clients/FilesPanel.h
    clients/ConsentsPanel.cpp clients/ConsentsPanel.h
    clients/ConsentDialog.cpp clients/ConsentDialog.h
)
