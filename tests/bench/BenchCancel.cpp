// Account cancellation of a vault of about 1 GiB (random file contents, so nothing compresses), against
// `shred -n1 -u` on one file of the same total size. Target: within 1.5× of shred, although cancellation
// also hashes every byte for the certificate and reads every byte back from the device to compare.
// Each round builds a new vault, then times cancellation and shred one after the other, each after a
// `sync` so that neither pays for the other's or the set-up's writing; the ratio of each round counts.
// Usage: bench_cancel [MiB (1024)] [rounds (3)] [--cold]. With --cold, the vault's and shred's files are
// dropped from the page cache first, so the hash for the certificate has to read the vault from the disk.
#include "crypto/Argon2Kdf.h"
#include "crypto/Random.h"
#include "erase/AccountCancellation.h"
#include "records/ClientStore.h"
#include "records/FileStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace coffer;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

void writeRandomFile(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (qint64 done = 0; done < size; done += kMiB) {
        const QByteArray block = randomBytes(int(kMiB));
        f.write(block.constData(), qMin(kMiB, size - done));
    }
}

QStringList filesIn(const QString& folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext())
        out << it.next();
    return out;
}

qint64 totalSize(const QStringList& files)
{
    qint64 total = 0;
    for (const QString& f : files)
        total += QFileInfo(f).size();
    return total;
}

// Written back and, with --cold, dropped from the page cache; then a moment for the device to finish
// discarding the blocks of the round before's files (this disk is mounted with -o discard).
void settle(const QStringList& files, bool cold)
{
    QProcess::execute(QStringLiteral("sync"), {});
    std::this_thread::sleep_for(std::chrono::seconds(1));
    for (const QString& f : cold ? files : QStringList()) {
        const int fd = ::open(QFile::encodeName(f).constData(), O_RDONLY);
        (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// One round: a new vault, its cancellation, then shred of a file of the same size. Returns false on failure.
bool round(const QString& base, qint64 mib, bool cold, double* cancelSeconds, double* shredSeconds, qint64* size)
{
    QTemporaryDir dir(base + QStringLiteral("/bench-cancel-XXXXXX")); // the disk, not a tmpfs
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const Secret password = Secret::fromUtf8("correct horse battery");
    const QString folder = dir.filePath(QStringLiteral("big.coffer"));
    auto vault = Vault::create(folder, QStringLiteral("owner"), password, KdfParams{1, 8 * 1024}).vault;
    vault->setKeepBackups(0);
    Client c;
    c.givenName = QStringLiteral("Bench");
    const QString client = ClientStore(*vault).add(c);
    const QString source = dir.filePath(QStringLiteral("part.bin"));
    const qint64 part = 256;
    writeRandomFile(source, qMin(mib, part) * kMiB);
    for (qint64 done = 0; done < mib; done += part)
        FileStore(*vault).addFromPath(client, source);
    QFile::remove(source);
    vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QStringList files = filesIn(folder);
    *size = totalSize(files);

    settle(files, cold);
    QElapsedTimer timer;
    timer.start();
    AccountCancellation cancellation(*vault);
    const CancellationResult r = cancellation.cancel(QStringLiteral("big"));
    *cancelSeconds = seconds(timer);
    if (!r.completed) {
        std::printf("cancellation failed: %s\n", qPrintable(r.failure));
        return false;
    }

    const QString same = dir.filePath(QStringLiteral("same-size.bin"));
    writeRandomFile(same, *size);
    settle({same}, cold);
    timer.restart();
    const int shred = QProcess::execute(QStringLiteral("shred"), {QStringLiteral("-n1"), QStringLiteral("-u"), same});
    *shredSeconds = seconds(timer);
    if (shred != 0) {
        std::printf("shred failed (%d)\n", shred);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool cold = args.removeAll(QStringLiteral("--cold")) > 0;
    const qint64 mib = args.value(0, QStringLiteral("1024")).toLongLong();
    const int rounds = args.value(1, QStringLiteral("3")).toInt();
    std::printf("cancel-account: destroys the key slots; per file, one pass that reads and hashes the old bytes\n"
                "  (SHA-256, for the certificate) and writes random data, each chunk synced, read back from the\n"
                "  device (O_DIRECT) and compared; then truncated, renamed, unlinked, folder synced; removes\n"
                "  the folder and settings, verifies, writes the certificate.\n"
                "shred -n1 -u: one pass of random data, synced; truncated, renamed, unlinked. No read-back.\n"
                "Both start after `sync` and a one-second pause, with their files %s.\n",
                cold ? "dropped from the page cache (--cold)" : "in the page cache, as just written");
    std::vector<double> cancels, shreds, ratios;
    for (int i = 0; i < rounds; ++i) {
        double cancelSeconds = 0, shredSeconds = 0;
        qint64 size = 0;
        if (!round(QDir::currentPath(), mib, cold, &cancelSeconds, &shredSeconds, &size))
            return 1;
        cancels.push_back(cancelSeconds);
        shreds.push_back(shredSeconds);
        ratios.push_back(cancelSeconds / shredSeconds);
        std::printf("round %d, %.0f MiB: cancel-account %.2f s (%.0f MiB/s), shred -n1 -u %.2f s (%.0f MiB/s), "
                    "ratio %.2fx\n",
                    i + 1, double(size) / kMiB, cancelSeconds, double(size) / kMiB / cancelSeconds, shredSeconds,
                    double(size) / kMiB / shredSeconds, ratios.back());
        std::fflush(stdout);
    }
    const double ratio = median(ratios);
    std::printf("cancel-account: min %.2f s, median %.2f s; shred: min %.2f s, median %.2f s\n",
                *std::min_element(cancels.begin(), cancels.end()), median(cancels),
                *std::min_element(shreds.begin(), shreds.end()), median(shreds));
    std::printf("ratio of the same round: min %.2fx, median %.2fx (target: within 1.5x) %s\n",
                *std::min_element(ratios.begin(), ratios.end()), ratio, ratio <= 1.5 ? "met" : "NOT met");
    return 0;
}
