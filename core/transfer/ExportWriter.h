// Writes the contents of an export — data.json, the CSV tables, the files and the manifest — into a
// BundleSink, or a self-contained data.json into a byte sink, one record at a time. Each table is read
// once for each file it appears in; records are written from the stored bytes through an OutputBuffer.
#pragma once

#include "BundleSink.h"
#include "ExportFormat.h"
#include "RecordSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer {

class Vault;

class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Export)
public:
    ExportWriter(Vault& vault, const ExportOptions& options);

    // Bundle (Zip/Directory) or Csv contents, manifest last.
    void writeBundle(BundleSink& sink);
    // --format json: one data.json with file contents inline.
    void writeSingleJson(const ByteSink& out);

    // The records written, per table: complete once a write*() has returned.
    const RecordSource::Counts& counts() const { return m_counts; }
    // SHA-256 of manifest.json (a bundle) or of the whole data.json (a single file), once written.
    QByteArray manifestSha256() const { return m_manifestSha256; }

private:
    void writeDataJson(OutputBuffer& out, bool inlineContent);
    void writeCsvTables(BundleSink& sink);
    void writeFiles(BundleSink& sink);
    void streamFile(Text fileId, const ByteSink& out);
    void tick(qint64 amount);
    QJsonObject headerFields() const;
    static QByteArray filePath(Text id, Text name);
    // Where a policy version's file is in a bundle: policies/<version, percent-encoded>/<file name>.
    static QByteArray policyPath(const PolicyVersion& version);

    Vault& m_vault;
    const ExportOptions& m_options;
    RecordSource m_source;
    RecordSource::Counts m_counts;
    QByteArray m_manifestSha256;
    QString m_exportedAt;
    QJsonArray m_manifestFiles;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace coffer
