// Account cancellation of a vault of about 1 GiB (random file contents, so nothing compresses), against
// `shred -n1 -u` on one file of the same total size. Target: within 1.5× of shred, although cancellation
// also reads every byte back from the device and compares it. Usage: bench_cancel [MiB] (default 1024).
#include "crypto/Argon2Kdf.h"
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
#include <cstdio>
#include <sodium.h>

using namespace coffer;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

void writeRandomFile(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block(kMiB, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += kMiB) {
        randombytes_buf(block.data(), size_t(block.size()));
        f.write(block.constData(), qMin(kMiB, size - done));
    }
}

qint64 folderSize(const QString& folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-cancel-XXXXXX")); // the disk, not a tmpfs
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const Secret password = Secret::fromUtf8("correct horse battery");
    const QString folder = dir.filePath(QStringLiteral("big.coffer"));
    auto vault = Vault::create(folder, QStringLiteral("owner"), password, KdfParams{1, 8 * 1024}).vault;
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
    const qint64 size = folderSize(folder);
    std::printf("vault: %.0f MiB\n", double(size) / double(kMiB));

    QElapsedTimer timer;
    timer.start();
    AccountCancellation cancellation(*vault);
    const CancellationResult r = cancellation.cancel(QStringLiteral("big"));
    const double cancelSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!r.completed) {
        std::printf("cancellation failed: %s\n", qPrintable(r.failure));
        return 1;
    }

    const QString same = dir.filePath(QStringLiteral("same-size.bin"));
    writeRandomFile(same, size);
    QProcess::execute(QStringLiteral("sync"), {});
    timer.restart();
    const int shred = QProcess::execute(QStringLiteral("shred"), {QStringLiteral("-n1"), QStringLiteral("-u"), same});
    const double shredSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (shred != 0) {
        std::printf("shred failed (%d)\n", shred);
        return 1;
    }
    const double ratio = cancelSeconds / shredSeconds;
    std::printf("cancel-account (with read-back): %.2f s (%.0f MiB/s)\n", cancelSeconds,
                double(size) / double(kMiB) / cancelSeconds);
    std::printf("shred -n1 -u, same size:         %.2f s (%.0f MiB/s)\n", shredSeconds,
                double(size) / double(kMiB) / shredSeconds);
    std::printf("ratio: %.2fx (target: within 1.5x) %s\n", ratio, ratio <= 1.5 ? "met" : "NOT met");
    return 0;
}
