#include "VaultTasks.h"

#include "vault/Vault.h"

#include <QWidget>

namespace coffer {

VaultTasks::VaultTasks(Vault& vault, QWidget* window) : QObject(window), m_vault(vault), m_window(window) {}

VaultTasks::~VaultTasks() = default;

void VaultTasks::exportAll() {}
void VaultTasks::exportClient(const QString&) {}
void VaultTasks::backUpNow() {}
void VaultTasks::eraseClient(const QString&) {}
void VaultTasks::cancelAccount() {}

} // namespace coffer
