#include "BackupsPage.h"

#include "VaultTasks.h"
#include "vault/Vault.h"

#include <QLabel>
#include <QVBoxLayout>

namespace coffer {

BackupsPage::BackupsPage(Vault& vault, VaultTasks& tasks, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_tasks(tasks)
{
    setObjectName(QStringLiteral("backupsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Backups"), this));
}

BackupsPage::~BackupsPage() = default;

void BackupsPage::reload() {}

} // namespace coffer
