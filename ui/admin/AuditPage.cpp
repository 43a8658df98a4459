#include "AuditPage.h"

#include "vault/Vault.h"

#include <QLabel>
#include <QVBoxLayout>

namespace coffer {

AuditPage::AuditPage(Vault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Audit"), this));
}

AuditPage::~AuditPage() = default;

void AuditPage::reload() {}

} // namespace coffer
