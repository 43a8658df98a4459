// Backup of a ~1 GiB vault beside the plain copy it competes with: `cp vault.db` + `sync`. Target: the
// backup (snapshot through SQLite's backup API, container with SHA-256 sums, fsync) within 1.3 times the
// copy. Both run three times, alternating, and the medians are compared. Usage: bench_backup [MiB]
// (default 1024).
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
#include <cstdio>
#include <vector>

using namespace coffer;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double copyAndSync(const QString& from, const QString& to)
{
    QFile::remove(to);
    QElapsedTimer t;
    t.start();
    QProcess::execute(QStringLiteral("cp"), {from, to});
    QProcess::execute(QStringLiteral("sync"), {});
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 totalMiB = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const Secret password = Secret::fromUtf8("benchmark password");
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
    vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QString db = vault->databaseFilePath();
    const double dbMiB = double(QFileInfo(db).size()) / kMiB;
    std::printf("vault.db: %.0f MiB (filled in %.1f s)\n", dbMiB, fill.elapsed() / 1000.0);

    const QString out = dir.filePath(QStringLiteral("bench.coffer-backup"));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    std::vector<double> backup, plain;
    for (int round = 0; round < 3; ++round) {
        QFile::remove(out);
        QProcess::execute(QStringLiteral("sync"), {});
        QElapsedTimer t;
        t.start();
        (void)BackupWriter::write(*vault, out);
        backup.push_back(t.nsecsElapsed() / 1e9);
        plain.push_back(copyAndSync(db, copy));
        std::printf("round %d: backup %.2f s, cp + sync %.2f s\n", round + 1, backup.back(), plain.back());
    }
    const double b = median(backup), p = median(plain);
    std::printf("backup of %.0f MiB: median %.2f s (%.0f MiB/s); cp + sync: median %.2f s; ratio %.2f (target "
                "within 1.30)\n",
                dbMiB, b, dbMiB / b, p, b / p);

    QElapsedTimer t;
    t.start();
    const BackupReport report = BackupVerifier::verify(out, {}, password);
    std::printf("verify (sums, extraction, integrity check): %.2f s, %zu checks\n", t.nsecsElapsed() / 1e9,
                report.checks.size());
    return 0;
}
