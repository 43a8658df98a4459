#include "BackupSettingsGroup.h"

#include "vault/Vault.h"

namespace coffer {

BackupSettingsGroup::BackupSettingsGroup(Vault& vault, QWidget* parent)
    : QGroupBox(tr("Automatic backups"), parent), m_vault(vault)
{
    setObjectName(QStringLiteral("backupSettings"));
}

BackupSettingsGroup::~BackupSettingsGroup() = default;

} // namespace coffer
