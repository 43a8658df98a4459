#include "PageSnapshot.h"

#include "Error.h"
#include "Sha256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

namespace coffer {

namespace {

constexpr qint64 kCopyStep = 64 << 20;
constexpr qint64 kHashChunk = 4 << 20;

[[noreturn]] void failed(const QString& why)
{
    throw Error(ErrorCode::Failed,
                QCoreApplication::translate("BackupWriter", "Cannot copy the vault database: %1").arg(why));
}

// Reads [0, size) of path and hashes it; runs beside the copy so hashing costs no extra wall time.
void hashFile(const QString& path, qint64 size, QByteArray* result, QString* error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return;
    }
    Sha256 hash;
    QByteArray buffer(kHashChunk, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = in.read(buffer.data(), qMin(kHashChunk, size - done));
        if (n <= 0) {
            *error = in.errorString();
            return;
        }
        hash.add(buffer.constData(), n);
        done += n;
    }
    *result = hash.result();
}

// copy_file_range where the kernel and file system allow it, read/write otherwise.
void copyRange(int in, int out, qint64 outOffset, qint64 size, const BackupProgress& progress)
{
    loff_t inAt = 0, outAt = loff_t(outOffset);
    bool kernel = true;
    QByteArray buffer;
    while (inAt < size) {
        const qint64 want = qMin(kCopyStep, size - qint64(inAt));
        ssize_t n = -1;
        if (kernel) {
            n = ::copy_file_range(in, &inAt, out, &outAt, size_t(want), 0);
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)) {
                kernel = false;
                continue;
            }
        } else {
            buffer.resize(qMin(want, kHashChunk));
            n = ::pread(in, buffer.data(), size_t(buffer.size()), inAt);
            if (n > 0 && ::pwrite(out, buffer.constData(), size_t(n), outAt) != n)
                n = -1;
            if (n > 0) {
                inAt += n;
                outAt += n;
            }
        }
        if (n <= 0)
            failed(n == 0 ? QStringLiteral("unexpected end of file") : QString::fromLocal8Bit(strerror(errno)));
        // Start writing back what was copied while the hash still runs, so the final fsync finds little
        // left to do. Asynchronous: it only queues the pages.
        ::sync_file_range(out, outAt - n, n, SYNC_FILE_RANGE_WRITE);
        if (progress)
            progress(inAt, size);
    }
}

} // namespace

bool PageSnapshot::begin(Database& db, const QString& dbPath)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return false;
    {
        Statement st = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!st.next() || st.integer(0) != 0) // busy: a reader elsewhere holds old frames
            return false;
    }
    db.exec("BEGIN");
    m_db = &db;
    m_path = dbPath;
    // The first read fixes the snapshot. If a write slipped in since the checkpoint, the snapshot may
    // need WAL frames, and the file alone would not hold it.
    m_size = db.scalar("PRAGMA page_count") * db.scalar("PRAGMA page_size");
    if (QFileInfo(dbPath + QStringLiteral("-wal")).size() != 0 || QFileInfo(dbPath).size() < m_size) {
        db.exec("COMMIT");
        m_db = nullptr;
        return false;
    }
    return true;
}

PageSnapshot::~PageSnapshot()
{
    if (m_db) {
        try {
            m_db->exec("COMMIT"); // ends the read transaction; nothing was written
        } catch (...) {
        }
    }
}

QByteArray PageSnapshot::copyTo(int fd, qint64 offset, const BackupProgress& progress)
{
    const int in = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        failed(QString::fromLocal8Bit(strerror(errno)));
    QByteArray sha;
    QString hashError;
    std::thread hasher(hashFile, m_path, m_size, &sha, &hashError);
    try {
        copyRange(in, fd, offset, m_size, progress);
    } catch (...) {
        hasher.join();
        ::close(in);
        throw;
    }
    hasher.join();
    ::close(in);
    if (!hashError.isEmpty() || sha.isEmpty())
        failed(hashError);
    return sha;
}

} // namespace coffer
