#include "SettingsPage.h"

#include "vault/Vault.h"

#include <QLabel>
#include <QVBoxLayout>

namespace coffer {

SettingsPage::SettingsPage(Vault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Settings"), this));
}

SettingsPage::~SettingsPage() = default;

} // namespace coffer
