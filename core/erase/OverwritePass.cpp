#include "OverwritePass.h"

#include "Error.h"
#include "SecureOverwrite.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "store/DirectIo.h"

#include <QCoreApplication>
#include <QDir>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace coffer {

namespace {

// The noise a chunk is overwritten with: random bytes in each buffer of the ring, drawn once per pass,
// with the file offset of every 4096-byte block XORed into its first eight bytes. Regenerating random
// bytes for each chunk would cost a core about half a second per GiB; the stamps cost nothing and still
// make every block of the file different, so a write that landed in the wrong place cannot read back
// as the right data, and a deduplicating device cannot keep the pass as one block stored once.
class Noise
{
public:
    explicit Noise(qint64 size)
        : m_buffer(size)
    {
        // A ChaCha20 stream from a fresh seed: randomBytes would ask the kernel 256 bytes at a time.
        fillWithNoise(m_buffer.data(), size);
    }
    char* data() const { return m_buffer.data(); }

    // Moves the stamps from the chunk whose offset the buffer holds now to the chunk at offset.
    void stampFor(qint64 offset)
    {
        for (qint64 block = 0; block < m_buffer.size(); block += kStampEvery) {
            const quint64 change =
                m_stampedAt < 0 ? quint64(offset + block) : quint64(m_stampedAt + block) ^ quint64(offset + block);
            quint64 word = 0;
            const qint64 n = qMin<qint64>(sizeof word, m_buffer.size() - block);
            std::memcpy(&word, data() + block, size_t(n));
            word ^= change;
            std::memcpy(data() + block, &word, size_t(n));
        }
        m_stampedAt = offset;
    }

private:
    static constexpr qint64 kStampEvery = 4096;
    AlignedBuffer m_buffer;
    qint64 m_stampedAt = -1; // none yet
};

enum Step { Take, Write, Verify };

// How far each step has got. A step may take chunk i once the step before it has finished i; Take may
// take it once Verify has finished chunk i - slotCount, whose buffer it reuses. The first failure, on
// any thread, stops all three.
class Ring
{
public:
    explicit Ring(int slotCount)
        : m_slotCount(slotCount)
    {
    }

    bool waitFor(Step step, qint64 chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_failure || (step == Take ? m_done[Verify] > chunk - m_slotCount : m_done[step - 1] > chunk);
        });
        return !m_failure;
    }
    qint64 done(Step step)
    {
        const std::lock_guard lock(m_mutex);
        return m_done[step];
    }
    void finished(Step step)
    {
        {
            const std::lock_guard lock(m_mutex);
            ++m_done[step];
        }
        m_changed.notify_all();
    }
    void fail(std::exception_ptr failure)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_failure)
                m_failure = std::move(failure);
        }
        m_changed.notify_all();
    }
    void rethrowFailure()
    {
        const std::lock_guard lock(m_mutex);
        if (m_failure)
            std::rethrow_exception(m_failure);
    }

private:
    const int m_slotCount;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_done[3] = {0, 0, 0};
    std::exception_ptr m_failure;
};

class Pass
{
    static constexpr qint64 kHashPiece = 1 << 20;

public:
    Pass(int fd, const QString& path, qint64 size, qint64 chunkSize)
        : m_fd(fd)
        , m_path(path)
        , m_size(size)
        , m_chunkSize(chunkSize)
        , m_chunks((size + chunkSize - 1) / chunkSize)
        , m_io(fd)
        , m_ring(int(qMin<qint64>(OverwritePass::kChunksInFlight, m_chunks)))
    {
        for (qint64 i = 0; i < qMin<qint64>(OverwritePass::kChunksInFlight, m_chunks); ++i)
            m_noise.emplace_back(qMin(chunkSize, size));
    }

    QByteArray run(const OverwritePass::Progress& progress)
    {
        std::vector<std::thread> helpers;
        try {
            helpers.emplace_back([this] { step(Take, [this](qint64 i) { take(i); }); });
            helpers.emplace_back([this] { step(Verify, [this](qint64 i) { verify(i); }); });
            step(Write, [&](qint64 i) {
                write(i);
                if (progress)
                    progress(offset(i) + length(i));
            });
        } catch (...) { // a thread could not be started: stop the other
            m_ring.fail(std::current_exception());
        }
        for (std::thread& t : helpers)
            t.join();
        m_ring.rethrowFailure();
        if (::fsync(m_fd) != 0) // the file's metadata, after the data that the read-back synced
            SecureOverwrite::fail(m_path, QT_TRANSLATE_NOOP("SecureOverwrite", "syncing"), errno);
        return m_before.result();
    }

private:
    qint64 offset(qint64 chunk) const { return chunk * m_chunkSize; }
    qint64 length(qint64 chunk) const { return qMin(m_chunkSize, m_size - offset(chunk)); }
    Noise& noise(qint64 chunk) { return m_noise[size_t(chunk % qint64(m_noise.size()))]; }

    template <typename Work> void step(Step which, const Work& work)
    {
        try {
            for (qint64 i = 0; i < m_chunks && m_ring.waitFor(which, i); ++i) {
                work(i);
                m_ring.finished(which);
            }
        } catch (...) {
            m_ring.fail(std::current_exception());
        }
    }

    // The chunk's bytes as they are, into the SHA-256 the certificate records, just before they go. Read
    // a piece at a time that stays in the CPU's cache while it is hashed, not a chunk at a time.
    void take(qint64 chunk)
    {
        for (qint64 at = offset(chunk), end = at + length(chunk); at < end; at += kHashPiece) {
            const qint64 n = qMin(kHashPiece, end - at);
            if (!readAllAt(m_fd, m_old.data(), n, at))
                SecureOverwrite::fail(m_path, QT_TRANSLATE_NOOP("SecureOverwrite", "reading"), errno);
            m_before.add(m_old.data(), n);
        }
        noise(chunk).stampFor(offset(chunk));
    }

    // The aligned bulk goes through the O_DIRECT descriptor, straight to the device without a copy into
    // the page cache; the last partial block cannot, so it goes through the ordinary one.
    void write(qint64 chunk)
    {
        const char* data = noise(chunk).data();
        const qint64 at = offset(chunk), n = length(chunk);
        qint64 direct = m_directWrites ? n / DirectIo::kAlignment * DirectIo::kAlignment : 0;
        if (direct > 0 && !writeAllAt(m_io.directFd(), data, direct, at)) {
            if (errno != EINVAL)
                SecureOverwrite::fail(m_path, QT_TRANSLATE_NOOP("SecureOverwrite", "overwriting"), errno);
            m_directWrites = false; // the device wants a stricter alignment: buffered from here on
            direct = 0;
        }
        if (!writeAllAt(m_fd, data + direct, n - direct, at + direct))
            SecureOverwrite::fail(m_path, QT_TRANSLATE_NOOP("SecureOverwrite", "overwriting"), errno);
    }

    // Compared with the buffer the chunk was written from, which Take does not reuse until this is done.
    // One sync covers every chunk written by then, so a verifier that lags behind the writer syncs only
    // once for several chunks.
    void verify(qint64 chunk)
    {
        if (chunk >= m_synced) {
            m_synced = m_ring.done(Write);
            if (!m_io.sync())
                SecureOverwrite::fail(m_path, QT_TRANSLATE_NOOP("SecureOverwrite", "syncing"), errno);
        }
        const qint64 at = offset(chunk), n = length(chunk);
        const qint64 got = m_io.readBack(m_readBack.data(), at, n);
        if (got < 0)
            SecureOverwrite::fail(m_path, QT_TRANSLATE_NOOP("SecureOverwrite", "reading back"), errno);
        const char* expected = noise(chunk).data();
        qint64 same = got;
        if (std::memcmp(m_readBack.data(), expected, size_t(got)) != 0)
            for (same = 0; m_readBack.data()[same] == expected[same];)
                ++same;
        if (same < n)
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("SecureOverwrite", "%1: the bytes read back from the device "
                                                                       "differ from those written, from byte %2 on.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(at + same));
    }

    const int m_fd;
    const QString m_path;
    const qint64 m_size, m_chunkSize, m_chunks;
    DirectIo m_io;
    Ring m_ring;
    std::vector<Noise> m_noise;
    Sha256 m_before;                                     // Take's
    AlignedBuffer m_old{qMin(kHashPiece, m_size)};       // Take's
    AlignedBuffer m_readBack{qMin(m_chunkSize, m_size)}; // Verify's
    qint64 m_synced = 0;                                 // Verify's: chunks known to be on the device
    bool m_directWrites = m_io.directFd() >= 0;          // Write's
};

} // namespace

QByteArray OverwritePass::run(int fd, const QString& path, qint64 size, const Progress& progress, qint64 chunkSize)
{
    Q_ASSERT(chunkSize > 0 && chunkSize % DirectIo::kAlignment == 0);
    if (size <= 0)
        return Sha256().result();
    return Pass(fd, path, size, chunkSize).run(progress);
}

} // namespace coffer
