// Where an export's files go, one after another: a folder, or a zip archive (written by libarchive)
// whose bytes go to any byte sink (a file, or the encryption stream). Entries are streamed; their sizes
// need not be known in advance (zip data descriptors), so no entry is ever held whole in memory.
#pragma once

#include "OutputBuffer.h"

#include <QJsonArray>
#include <QString>
#include <memory>
#include <sys/types.h>

struct archive;

namespace coffer {

class Error;
class Sha256;

class BundleSink
{
public:
    virtual ~BundleSink() = default;
    virtual void beginFile(const QString& relativePath) = 0;
    virtual void write(const char* data, qint64 size) = 0;
    virtual void endFile() = 0;
    virtual void finish() = 0;
};

// Files under root (which must exist, 0700); folders 0700, files 0600.
class DirectorySink : public BundleSink
{
public:
    explicit DirectorySink(const QString& root);
    ~DirectorySink() override;
    void beginFile(const QString& relativePath) override;
    void write(const char* data, qint64 size) override;
    void endFile() override;
    void finish() override {}

private:
    QString m_root;
    int m_fd = -1;
    QString m_current;
};

class ZipSink : public BundleSink
{
public:
    explicit ZipSink(ByteSink out);
    ~ZipSink() override;
    void beginFile(const QString& relativePath) override;
    void write(const char* data, qint64 size) override;
    void endFile() override;
    void finish() override;

private:
    static ssize_t writeCallback(archive*, void* self, const void* data, size_t size);
    void check(int rc);
    ByteSink m_out;
    std::unique_ptr<class Error> m_failure;
    archive* m_archive = nullptr;
};

// Passes everything on to another sink and lists each file in manifest with its path, size and SHA-256.
class ManifestingSink : public BundleSink
{
public:
    ManifestingSink(BundleSink& inner, QJsonArray& manifest);
    ~ManifestingSink() override;
    void beginFile(const QString& relativePath) override;
    void write(const char* data, qint64 size) override;
    void endFile() override;
    void finish() override { m_inner.finish(); }

private:
    BundleSink& m_inner;
    QJsonArray& m_manifest;
    QString m_path;
    qint64 m_size = 0;
    std::unique_ptr<Sha256> m_hash; // one per file
};

} // namespace coffer
