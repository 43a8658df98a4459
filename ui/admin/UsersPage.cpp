#include "UsersPage.h"

#include "vault/Vault.h"

#include <QLabel>
#include <QVBoxLayout>

namespace coffer {

UsersPage::UsersPage(Vault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Users"), this));
}

UsersPage::~UsersPage() = default;

void UsersPage::reload() {}

} // namespace coffer
