// Backup of a ~1 GiB vault beside the plain copy it competes with. Target: within 1.3 times the copy.
//   backup:   BackupWriter::write, as `coffer-cli backup` does it: checkpoint, snapshot of vault.db's pages
//             under a read transaction, SHA-256 of the snapshot (and the header), the container and its
//             manifest and MAC, fsync of the file, rename, fsync of its folder, an audit row (a commit).
//   cp+fsync: `cp vault.db copy.db`, then `sync copy.db FOLDER`, which fsyncs the copy and its folder: the
//             same durability as the backup, without `sync`'s flushing of every other program's writes.
// Before each timing the side's previous output is removed and everything synced (see settle()), so that
// neither pays for the other's writing; the order alternates from round to round, and a warm-up round is
// not counted. vault.db is in the page cache for both, as it is for a vault in use.
// Usage: bench_backup [MiB (1024)] [rounds (6)].
#include "BenchStats.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "records/ClientStore.h"
#include "records/FileStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace coffer;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

using bench::median;
using bench::minimum;
using bench::seconds;

// Before a side is timed: its previous output removed (so that each side writes into the blocks its own
// last output freed: on this virtual disk, writing where nothing was written before, or right after the
// other side's gigabyte, is several times slower), nothing dirty, and a moment for the device to finish
// discarding (the disk is mounted with -o discard).
void settle(const QString& previousOutput)
{
    QFile::remove(previousOutput);
    QProcess::execute(QStringLiteral("sync"), {});
    std::this_thread::sleep_for(std::chrono::seconds(1));
}

double backUp(Vault& vault, const QString& out)
{
    QElapsedTimer t;
    t.start();
    (void)BackupWriter::write(vault, out);
    return seconds(t);
}

double copyAndFsync(const QString& from, const QString& to)
{
    QElapsedTimer t;
    t.start();
    if (QProcess::execute(QStringLiteral("cp"), {from, to}) != 0 ||
        QProcess::execute(QStringLiteral("sync"), {to, QFileInfo(to).absolutePath()}) != 0)
        qFatal("cp or sync failed");
    return seconds(t);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 totalMiB = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 6; // even: as many of each order
    const Secret password = Secret::fromUtf8("quiet harbour lantern sixty");
    QTemporaryDir dir(QStringLiteral("bench-backup-XXXXXX")); // the working folder: the same disk as the build
    auto vault =
        Vault::create(dir.filePath(QStringLiteral("bench")), QStringLiteral("owner"), password, {1, 1024}).vault;
    vault->setKeepBackups(0); // no automatic backup when the benchmark locks

    // Files of up to 100 MiB of random bytes, stored in vault.db in 1 MiB chunks.
    const QString sample = dir.filePath(QStringLiteral("sample.bin"));
    {
        QFile f(sample);
        f.open(QIODevice::WriteOnly);
        QByteArray chunk(kMiB, Qt::Uninitialized);
        for (qint64 i = 0; i < qMin<qint64>(100, totalMiB); ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            f.write(chunk);
        }
    }
    Client client;
    client.givenName = QStringLiteral("Bench");
    const QString clientId = ClientStore(*vault).add(client);
    QElapsedTimer fill;
    fill.start();
    for (qint64 stored = 0; stored < totalMiB; stored += 100)
        FileStore(*vault).addFromPath(clientId, sample);
    QFile::remove(sample);
    vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QString db = vault->databaseFilePath();
    const double dbMiB = double(QFileInfo(db).size()) / kMiB;
    std::printf("vault.db: %.0f MiB (filled in %.1f s)\n", dbMiB, fill.elapsed() / 1000.0);

    std::printf("backup:     BackupWriter::write (coffer-cli backup): checkpoint, vault.db's pages copied under a\n"
                "            read transaction (O_DIRECT from a mapping) while another thread hashes them (SHA-256),\n"
                "            container, manifest and MAC, fsync, rename, fsync of the folder, audit row.\n"
                "cp + fsync: cp vault.db copy.db; sync copy.db FOLDER (fsync of the copy and of its folder).\n"
                "Each side replaces its own previous output; each timing starts after `sync` and a one-second\n"
                "pause; the order alternates; vault.db is in the page cache.\n");
    const QString out = dir.filePath(QStringLiteral("bench.coffer-backup"));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    std::vector<double> backup, plain, ratios;
    for (int round = 0; round <= rounds; ++round) { // round 0 warms up: each side has an output to replace
        double b = 0, p = 0;
        for (int side = 0; side < 2; ++side) {
            const bool backupNow = (side + round) % 2 == 1;
            settle(backupNow ? out : copy);
            if (backupNow)
                b = backUp(*vault, out);
            else
                p = copyAndFsync(db, copy);
        }
        if (round == 0) {
            std::printf("warm-up: backup %.2f s, cp + fsync %.2f s (not counted)\n", b, p);
            continue;
        }
        backup.push_back(b);
        plain.push_back(p);
        ratios.push_back(b / p);
        std::printf("round %d: backup %.2f s, cp + fsync %.2f s, ratio %.2f%s\n", round, b, p, b / p,
                    round % 2 == 1 ? " (backup first)" : " (cp first)");
        std::fflush(stdout);
    }
    std::printf("backup of %.0f MiB: min %.2f s, median %.2f s (%.0f MiB/s); cp + fsync: min %.2f s, median %.2f s\n",
                dbMiB, minimum(backup), median(backup), dbMiB / median(backup), minimum(plain), median(plain));
    std::printf("ratio of the same round: min %.2f, median %.2f (target: within 1.30) %s\n", minimum(ratios),
                median(ratios), median(ratios) <= 1.3 ? "met" : "NOT met");
    QFile::remove(copy);
    if (!QFileInfo::exists(out))
        backUp(*vault, out);

    QElapsedTimer t;
    t.start();
    const BackupReport report = BackupVerifier::verify(out, {}, password);
    std::printf("verify (sums, extraction, integrity check): %.2f s, %zu checks\n", t.nsecsElapsed() / 1e9,
                report.checks.size());
    return 0;
}
