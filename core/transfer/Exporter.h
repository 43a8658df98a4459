// An export, whole or not at all: written under a temporary name beside the target and renamed only
// when complete; any failure (disk full, no permission, cancelled) removes the partial output, leaves
// the vault untouched and says why. Recorded in the audit log with counts, never content.
#pragma once

#include "ExportFormat.h"
#include "RecordSource.h"

#include <QCoreApplication>

namespace coffer {

class Vault;

struct ExportResult
{
    QString path;
    RecordSource::Counts counts;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Export)
public:
    explicit Exporter(Vault& vault)
        : m_vault(vault)
    {
    }
    // Admins and the owner export everything; editors and above export one client. The target must
    // not exist yet.
    ExportResult run(const QString& target, const ExportOptions& options);

private:
    Vault& m_vault;
};

} // namespace coffer
