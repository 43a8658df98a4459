#include "BundleSink.h"

#include "Error.h"
#include "crypto/Sha256.h"
#include "store/FileSafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <unistd.h>

namespace coffer {

namespace {
[[noreturn]] void writeFailed(const QString& why)
{
    throw Error(ErrorCode::Failed, QCoreApplication::translate("Export", "Cannot write the export: %1").arg(why));
}
} // namespace

DirectorySink::DirectorySink(const QString& root)
    : m_root(root)
{
}

DirectorySink::~DirectorySink()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void DirectorySink::beginFile(const QString& relativePath)
{
    const QString path = QDir(m_root).filePath(relativePath);
    QString folder = m_root;
    for (const QString& part : QFileInfo(relativePath).path().split(u'/', Qt::SkipEmptyParts)) {
        folder = QDir(folder).filePath(part);
        if (!QFileInfo(folder).isDir())
            makePrivateFolder(folder);
    }
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0)
        writeFailed(QString::fromLocal8Bit(strerror(errno)));
    m_current = path;
}

void DirectorySink::write(const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            writeFailed(QString::fromLocal8Bit(strerror(errno)));
        }
        data += n;
        size -= n;
    }
}

void DirectorySink::endFile()
{
    if (::fsync(m_fd) != 0 || ::close(m_fd) != 0) {
        m_fd = -1;
        writeFailed(QString::fromLocal8Bit(strerror(errno)));
    }
    m_fd = -1;
}

ZipSink::ZipSink(ByteSink out)
    : m_out(std::move(out))
    , m_archive(archive_write_new())
{
    archive_write_set_format_zip(m_archive);
    archive_write_zip_set_compression_deflate(m_archive);
    // No padding to 10 KiB blocks: a zip ends where its central directory ends.
    archive_write_set_bytes_in_last_block(m_archive, 1);
    if (archive_write_open2(m_archive, this, nullptr, &ZipSink::writeCallback, nullptr, nullptr) != ARCHIVE_OK)
        writeFailed(QString::fromUtf8(archive_error_string(m_archive)));
}

ZipSink::~ZipSink()
{
    if (m_archive)
        archive_write_free(m_archive); // after a failure: frees without finishing
}

ssize_t ZipSink::writeCallback(archive* a, void* self, const void* data, size_t size)
{
    try {
        static_cast<ZipSink*>(self)->m_out(static_cast<const char*>(data), qint64(size));
        return ssize_t(size);
    } catch (const Error& e) {
        // Keep the sink's own message; ZipSink::write rethrows it as it is.
        static_cast<ZipSink*>(self)->m_failure = std::make_unique<Error>(e);
        archive_set_error(a, EIO, "%s", "write failed");
        return -1;
    }
}

void ZipSink::beginFile(const QString& relativePath)
{
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, relativePath.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    const int rc = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    check(rc == ARCHIVE_OK ? 0 : -1);
}

void ZipSink::check(int rc)
{
    if (rc >= 0)
        return;
    if (m_failure)
        throw Error(*m_failure);
    writeFailed(QString::fromUtf8(archive_error_string(m_archive)));
}

void ZipSink::write(const char* data, qint64 size)
{
    if (size > 0)
        check(int(archive_write_data(m_archive, data, size_t(size))));
}

void ZipSink::endFile()
{
    check(archive_write_finish_entry(m_archive) == ARCHIVE_OK ? 0 : -1);
}

void ZipSink::finish()
{
    check(archive_write_close(m_archive) == ARCHIVE_OK ? 0 : -1);
    archive_write_free(m_archive);
    m_archive = nullptr;
}

ManifestingSink::ManifestingSink(BundleSink& inner, QJsonArray& manifest)
    : m_inner(inner)
    , m_manifest(manifest)
{
}

ManifestingSink::~ManifestingSink() = default;

void ManifestingSink::beginFile(const QString& relativePath)
{
    m_inner.beginFile(relativePath);
    m_path = relativePath;
    m_size = 0;
    m_hash = std::make_unique<Sha256>();
}

void ManifestingSink::write(const char* data, qint64 size)
{
    m_inner.write(data, size);
    m_hash->add(data, size);
    m_size += size;
}

void ManifestingSink::endFile()
{
    m_inner.endFile();
    m_manifest.append(QJsonObject{{QStringLiteral("path"), m_path},
                                  {QStringLiteral("size"), m_size},
                                  {QStringLiteral("sha256"), QString::fromLatin1(m_hash->result().toHex())}});
}

} // namespace coffer
