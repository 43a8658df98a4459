#include "PageSnapshot.h"

#include "Error.h"
#include "crypto/Sha256.h"
#include "store/Database.h"
#include "store/DirectIo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace coffer {

namespace {

constexpr qint64 kCopyStep = 64 << 20;
constexpr qint64 kHashPiece = 1 << 20; // stays in the CPU's cache between reading and hashing

[[noreturn]] void failed(const QString& why)
{
    throw Error(ErrorCode::Failed,
                QCoreApplication::translate("BackupWriter", "Cannot copy the vault database: %1").arg(why));
}

[[noreturn]] void failedErrno()
{
    failed(QString::fromLocal8Bit(strerror(errno)));
}

// vault.db mapped into memory, so that the hash and the copy read the page cache's own pages: no copy
// of a gigabyte into a buffer for either. A mapped file that shrinks kills the process with SIGBUS; this
// one cannot shrink while the snapshot is held: in WAL mode only a checkpoint writes to or truncates
// vault.db, no checkpoint can pass the read transaction, and the vault's lock keeps other programs out.
class Mapping
{
public:
    Mapping(int fd, qint64 size)
        : m_size(size)
        , m_data(size > 0 ? ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0) : MAP_FAILED)
    {
        if (m_data != MAP_FAILED)
            (void)::madvise(m_data, size_t(size), MADV_SEQUENTIAL);
    }
    ~Mapping()
    {
        if (m_data != MAP_FAILED)
            ::munmap(m_data, size_t(m_size));
    }
    Q_DISABLE_COPY(Mapping)
    // Null where the file system cannot map files (some FUSE mounts): the copy then goes the slower way.
    const char* data() const { return m_data == MAP_FAILED ? nullptr : static_cast<const char*>(m_data); }

private:
    qint64 m_size;
    void* m_data;
};

// Reads [0, size) of path and hashes it, when vault.db could not be mapped.
void hashFile(const QString& path, qint64 size, QByteArray* result, QString* error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return;
    }
    Sha256 hash;
    QByteArray buffer(kHashPiece, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = in.read(buffer.data(), qMin(kHashPiece, size - done));
        if (n <= 0) {
            *error = in.errorString();
            return;
        }
        hash.add(buffer.constData(), n);
        done += n;
    }
    *result = hash.result();
}

QByteArray hashMapped(const char* data, qint64 size)
{
    Sha256 hash;
    for (qint64 done = 0; done < size; done += kHashPiece)
        hash.add(data + done, qMin(kHashPiece, size - done));
    return hash.result();
}

// From the mapping straight to the device with O_DIRECT: the disk reads the page cache's pages itself,
// and nothing of the backup is copied into the cache only to be written back later (which would also
// push the user's other files out of it). Returns the bytes written, fewer than size only when
// O_DIRECT is refused for them; the caller copies the rest another way.
qint64 writeDirect(const char* data, int out, qint64 outOffset, qint64 size, const BackupProgress& progress)
{
    if (outOffset % DirectIo::kAlignment != 0)
        return 0;
    const int direct = DirectIo::reopenDirect(out, O_WRONLY);
    if (direct < 0)
        return 0;
    const qint64 aligned = size / DirectIo::kAlignment * DirectIo::kAlignment;
    qint64 done = 0;
    while (done < aligned) {
        const qint64 n = qMin(kCopyStep, aligned - done);
        if (!writeAllAt(direct, data + done, n, outOffset + done)) {
            const int error = errno;
            ::close(direct);
            if (error == EINVAL) // a stricter alignment than 4096
                return done;
            errno = error;
            failedErrno();
        }
        done += n;
        if (progress)
            progress(done, size);
    }
    ::close(direct);
    return done;
}

// copy_file_range where the kernel and file system allow it, read/write otherwise.
void copyRange(int in, int out, qint64 from, qint64 outOffset, qint64 size, const BackupProgress& progress)
{
    loff_t inAt = loff_t(from), outAt = loff_t(outOffset + from);
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
            buffer.resize(qMin(want, kHashPiece * 4));
            n = ::pread(in, buffer.data(), size_t(buffer.size()), inAt);
            if (n > 0 && !writeAllAt(out, buffer.constData(), n, outAt))
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
        failedErrno();
    const auto closeIn = qScopeGuard([in] { ::close(in); });
    // The whole size at once: a full disk fails here rather than after a gigabyte has been written.
    if (::fallocate(fd, 0, offset, m_size) != 0 && errno == ENOSPC)
        failedErrno();
    const Mapping mapping(in, m_size);
    // The hash runs on a thread of its own beside the copy: SHA-256 of a gigabyte takes about as long as
    // writing it to the disk (it is what bounds a backup's time; a plain copy has nothing to hash).
    QByteArray sha;
    QString hashError;
    std::thread hasher([&] {
        if (mapping.data())
            sha = hashMapped(mapping.data(), m_size);
        else
            hashFile(m_path, m_size, &sha, &hashError);
    });
    try {
        const qint64 direct = mapping.data() ? writeDirect(mapping.data(), fd, offset, m_size, progress) : 0;
        if (direct < m_size)
            copyRange(in, fd, direct, offset, m_size, progress);
    } catch (...) {
        hasher.join();
        throw;
    }
    hasher.join();
    if (!hashError.isEmpty() || sha.isEmpty())
        failed(hashError);
    return sha;
}

} // namespace coffer
