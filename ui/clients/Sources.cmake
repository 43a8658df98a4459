# The Clients page: list model, client page and its parts.
target_sources(coffer_ui PRIVATE
    clients/ClientListModel.cpp clients/ClientListModel.h
    clients/ClientListPanel.cpp clients/ClientListPanel.h
    clients/ClientProfileForm.cpp clients/ClientProfileForm.h
    clients/ClientView.cpp clients/ClientView.h
    clients/ClientsPage.cpp clients/ClientsPage.h
    clients/ConsentDialog.cpp clients/ConsentDialog.h
    clients/ConsentsPanel.cpp clients/ConsentsPanel.h
    clients/CountryCombo.cpp clients/CountryCombo.h
    clients/FilesPanel.cpp clients/FilesPanel.h
    clients/NotesPanel.cpp clients/NotesPanel.h
    clients/RemovalQuestion.cpp clients/RemovalQuestion.h
    clients/ValueListEdit.cpp clients/ValueListEdit.h
)
