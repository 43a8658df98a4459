# The Clients page: list model, client page and its parts.
target_sources(coffer_ui PRIVATE
    clients/ClientsPage.cpp clients/ClientsPage.h
)
