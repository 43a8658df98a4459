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
    QString manifestSha256; // hex: of manifest.json, or of data.json for a single json file
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
    // Audits the export and adds it to the vault's export history as found at path: run() does it
    // itself unless options.deferRecord, for a caller that moves the export into place afterwards.
    // Inside the caller's transaction.
    void record(const ExportResult& result, const ExportOptions& options, const QString& path);

private:
    Vault& m_vault;
};

} // namespace coffer
