#include "ClientsPage.h"

#include "vault/Vault.h"

#include <QLabel>
#include <QVBoxLayout>

namespace coffer {

ClientsPage::ClientsPage(Vault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("clientsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Clients"), this));
}

ClientsPage::~ClientsPage() = default;

void ClientsPage::focusSearch() {}
void ClientsPage::newClient() {}
void ClientsPage::reload() {}

} // namespace coffer
