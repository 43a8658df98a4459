// Export figures over a vault of 100,000 clients with 300,000 notes: the time of a CSV and of a JSON
// export, their peak memory, and the time Debian's sqlcipher shell takes to dump the same tables as CSV
// from an equivalent SQLCipher database. Targets: CSV within 1.3x of the shell, JSON within 1.6x, and
// peak memory for 1,000,000 clients no more than 16 MiB above that for 100,000.
// Usage: bench_export [clients] [notes-per-client] [rounds]   (default 100000 3 3)
//        bench_export --memory [notes-per-client]    (100,000 and 1,000,000 clients, default 0 notes)
#include "Error.h"
#include "crypto/Argon2Kdf.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "transfer/Exporter.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace coffer;

namespace {

const char* const kPassword = "quiet harbour lantern sixty";
// The shell's copy is keyed with a raw key, as vault.db is, so neither side pays for a KDF in the
// timing (SQLCipher 3's PBKDF2 default of 64,000 iterations would add a fixed cost to the shell only).
const QByteArray kShellKey = "x'" + QByteArray(32, '\x5a').toHex() + "'";
const char* const kShellTables = "clients, client_emails, client_phones, client_tags, client_fields, notes, files, "
                                 "consents, users, audit";

const QStringList kGiven{QStringLiteral("Ēriks"), QStringLiteral("Jūratė"),  QStringLiteral("Řehoř"),
                         QStringLiteral("Anna"),  QStringLiteral("Pēteris"), QStringLiteral("Žydrūnas"),
                         QStringLiteral("Šárka"), QStringLiteral("Līga"),    QStringLiteral("Tomáš")};
const QStringList kSyllables{QStringLiteral("ozo"), QStringLiteral("liņ"), QStringLiteral("žem"),
                             QStringLiteral("ait"), QStringLiteral("dvo"), QStringLiteral("řák"),
                             QStringLiteral("bēr"), QStringLiteral("zin"), QStringLiteral("kal"),
                             QStringLiteral("nin"), QStringLiteral("šte"), QStringLiteral("pán")};
const QStringList kNoteWords{QStringLiteral("invoice"),  QStringLiteral("greenhouse"), QStringLiteral("delivery"),
                             QStringLiteral("contract"), QStringLiteral("meeting"),    QStringLiteral("discount")};

QString pick(const QStringList& list, QRandomGenerator& rng)
{
    return list[int(rng.bounded(quint32(list.size())))];
}

// The vault is built as BenchSearch builds it: one outer transaction per loop, which the stores'
// own transactions join. Every fifth client has a custom field and an address that needs CSV quoting.
std::unique_ptr<Vault> buildVault(const QString& folder, int clients, int notesPerClient)
{
    QRandomGenerator rng(42);
    auto vault = Vault::create(folder, QStringLiteral("owner"), Secret::fromUtf8(kPassword), KdfParams{1, 1024}).vault;
    ClientStore store(*vault);
    NoteStore notes(*vault);
    QStringList ids;
    ids.reserve(clients);
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(vault->database());
        for (int i = 0; i < clients; ++i) {
            Client c;
            c.givenName = pick(kGiven, rng);
            c.familyName = pick(kSyllables, rng) + pick(kSyllables, rng) + QStringLiteral("s");
            c.familyName[0] = c.familyName[0].toUpper();
            c.emails = {QStringLiteral("client.%1@example.lv").arg(i)};
            c.phones = {QStringLiteral("+371 2%1").arg(rng.bounded(10000000u), 7, 10, QLatin1Char('0'))};
            c.tags = {i % 10 == 0 ? QStringLiteral("vip") : QStringLiteral("regular")};
            if (i % 5 == 0) {
                c.address = QStringLiteral("Brīvības iela %1, Rīga").arg(i % 200 + 1);
                c.fields.insert(QStringLiteral("VAT"), QStringLiteral("LV4000%1").arg(i));
            }
            ids << store.add(c);
        }
        for (qint64 i = 0; i < qint64(clients) * notesPerClient; ++i)
            notes.add(ids[int(i % clients)], NoteKind::Note,
                      QStringLiteral("%1 about the %2, follow up").arg(pick(kNoteWords, rng), pick(kNoteWords, rng)));
        tx.commit();
    }
    std::printf("vault: %d clients, %lld notes, %lld audit rows; built in %.1f s\n", clients,
                qint64(clients) * notesPerClient, vault->database().scalar("SELECT count(*) FROM audit"),
                t.nsecsElapsed() / 1e9);
    return vault;
}

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU seconds (user and system) of this process, or of its children that have been waited for. On a
// machine shared with other work, wall time swings with the load; CPU time much less.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Runs in a child process started by exportInChild(): unlocks the vault, exports, and prints
// "seconds peak-KiB baseline-KiB cpu-seconds". A fresh process (fork + exec) starts with a fresh address space, so
// its VmHWM is the peak of an unlock plus an export, as a coffer-cli export would see it, unaffected
// by the memory the parent used to build the vault. ru_maxrss from wait4() would not do: Linux carries
// the parent's resident size at fork into the child's maxrss, across the exec.
int exportChild(const QString& folder, const QString& formatName, const QString& target)
{
    try {
        auto vault = Vault::unlock(folder, {}, Secret::fromUtf8(kPassword));
        ExportOptions options;
        options.format = exportFormatFromName(formatName).value_or(ExportFormat::Csv);
        const qint64 baseline = statusKiB("VmRSS:");
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer t;
        t.start();
        Exporter(*vault).run(target, options);
        const double seconds = t.nsecsElapsed() / 1e9;
        std::printf("%.3f %lld %lld %.3f\n", seconds, statusKiB("VmHWM:"), baseline,
                    cpuSeconds(RUSAGE_SELF) - cpuBefore);
        return 0;
    } catch (const Error& e) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(e.message()));
        return 1;
    }
}

struct ExportFigures
{
    double seconds = -1;
    double peakMiB = -1;
    double baselineMiB = -1;
    double cpuSeconds = -1;
};

ExportFigures exportInChild(const QString& folder, const QString& formatName, const QString& target)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--export-child"), folder, formatName, target});
    child.waitForFinished(-1);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || parts.size() != 4)
        return {};
    if (QFileInfo(target).isDir())
        QDir(target).removeRecursively(); // the outputs of a 1M vault would otherwise fill the disk
    else
        QFile::remove(target);
    return {parts[0].toDouble(), parts[1].toDouble() / 1024, parts[2].toDouble() / 1024, parts[3].toDouble()};
}

// An equivalent database for the shell: the same tables and rows, re-encrypted by sqlcipher_export()
// under kShellKey with the vault's page size (SQLCipher 3 defaults to 1024-byte pages; vault.db uses 4096).
void makeShellCopy(Vault& vault, const QString& path)
{
    Database& db = vault.database();
    QFile(path).open(QIODevice::WriteOnly); // the vault's connection attaches without SQLITE_OPEN_CREATE
    db.exec(
        QByteArray("ATTACH DATABASE '" + QFile::encodeName(path) + "' AS plain KEY \"" + kShellKey + "\"").constData());
    db.exec("PRAGMA plain.cipher_page_size = 4096");
    db.exec("SELECT sqlcipher_export('plain')");
    db.exec("DETACH DATABASE plain");
}

// The fair comparison: the shell dumps, as CSV files with a header row, the same columns of the same
// tables that the export reads, in the same order (RecordSource's queries), under the connection
// settings vault.db is read with (page size, 16 MiB cache, temporary tables in memory). The export does
// more on top: it merges each client's emails, phones and tags into their row, checks every text is
// well-formed UTF-8 and every stamp canonical, neutralises formulas, SHA-256s every file for the
// manifest, writes the manifest and fsyncs; that is the work the ratio measures.
QByteArray shellScript(const QString& outDir)
{
    const auto once = [&](const char* name, const char* select) {
        return QByteArray(".once '") +
               QFile::encodeName(QDir(outDir).filePath(QLatin1String(name) + QLatin1String(".csv"))) + "'\n" + select +
               ";\n";
    };
    QByteArray script = "PRAGMA key = \"" + kShellKey +
                        "\";\nPRAGMA cipher_page_size = 4096;\nPRAGMA cache_size = -16384;\n"
                        "PRAGMA temp_store = MEMORY;\n.mode csv\n.headers on\n";
    script +=
        once("clients", "SELECT id, kind, display_name, given_name, family_name, organisation, address, country, "
                        "restricted, retention, created, created_by, updated, updated_by FROM clients ORDER BY id");
    script += once("client_emails", "SELECT client_id, email FROM client_emails ORDER BY client_id, position");
    script += once("client_phones", "SELECT client_id, phone FROM client_phones ORDER BY client_id, position");
    script += once("client_tags", "SELECT client_id, tag FROM client_tags ORDER BY client_id, tag");
    script += once("client_fields", "SELECT client_id, key, value FROM client_fields ORDER BY client_id, key");
    script += once("notes", "SELECT id, client_id, kind, time, text, created, created_by FROM notes ORDER BY id");
    script +=
        once("files", "SELECT id, client_id, name, type, size, sha256, created, created_by FROM files ORDER BY id");
    script += once("consents", "SELECT id, client_id, purpose, state, time, source, policy_version, recorded_by "
                               "FROM consents ORDER BY time, id");
    script += once("users", "SELECT id, name, role, created FROM users ORDER BY created");
    script += once("audit", "SELECT seq, time, actor, action, object_type, object_id, detail, hex(prev_hash), "
                            "hex(hash) FROM audit ORDER BY seq");
    return script;
}

struct ShellFigures
{
    double seconds = -1;
    double cpuSeconds = -1;
};

// From starting the shell to its exit; the output folder is emptied afterwards.
ShellFigures shellDump(const QString& database, const QString& outDir)
{
    QDir().mkpath(outDir);
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("/usr/bin/sqlcipher"), {database});
    shell.write(shellScript(outDir));
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const ShellFigures figures{t.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpuBefore};
    const bool ok = shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0 &&
                    QFileInfo(QDir(outDir).filePath(QStringLiteral("audit.csv"))).size() > 0;
    QDir(outDir).removeRecursively();
    return ok ? figures : ShellFigures{};
}

// Builds a vault and locks it, so the export children can unlock it; with shellCopy, also the shell's copy.
QString buildLockedVault(const QString& root, int clients, int notesPerClient, const QString& shellCopy)
{
    auto vault = buildVault(QDir(root).filePath(QStringLiteral("bench")), clients, notesPerClient);
    const QString folder = vault->path();
    vault->setKeepBackups(0); // locking after a change would otherwise copy the whole vault
    if (!shellCopy.isEmpty())
        makeShellCopy(*vault, shellCopy);
    vault->lock();
    return folder;
}

std::pair<ExportFigures, ExportFigures> exportBoth(const QString& root, const QString& folder)
{
    return {exportInChild(folder, QStringLiteral("csv"), QDir(root).filePath(QStringLiteral("out-csv"))),
            exportInChild(folder, QStringLiteral("json"), QDir(root).filePath(QStringLiteral("out.json")))};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Timings on a shared machine are noisy: each round runs the CSV export, the JSON export and the shell
// one after another, and the ratios compare minimums and medians over the rounds, of wall time and of
// CPU time (which other work on the machine disturbs far less).
int compareWithShell(int clients, int notesPerClient, int rounds)
{
    QTemporaryDir dir;
    // BENCH_KEEP=1 keeps the vault (password kPassword) for profiling: perf record -g bench_export
    // --export-child FOLDER csv|json TARGET.
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("keeping %s\n", qPrintable(dir.path()));
    }
    const QString copy = dir.filePath(QStringLiteral("shell-copy.db"));
    const QString folder = buildLockedVault(dir.path(), clients, notesPerClient, copy);
    std::printf("csv export: csv/ (clients with their emails, phones and tags, client_fields, notes, files, consents,\n"
                "  users, audit), files/ and manifest.json with every file's SHA-256, fsynced, renamed into place\n"
                "json export: one data.json of the same tables\n"
                "sqlcipher shell: one SELECT per table (%s) of the columns the export reads, in its order, "
                "to one CSV file each\n",
                kShellTables);
    // Per side, wall and CPU seconds of each round.
    std::vector<double> csvWall, jsonWall, shellWall, csvCpu, jsonCpu, shellCpu;
    for (int round = 1; round <= rounds; ++round) {
        const auto [csv, json] = exportBoth(dir.path(), folder);
        const ShellFigures shell = shellDump(copy, dir.filePath(QStringLiteral("shell-out")));
        if (csv.seconds < 0 || json.seconds < 0 || shell.seconds <= 0) {
            std::printf("a run failed; no ratios\n");
            return 1;
        }
        std::printf("round %d: csv %.2f s (cpu %.2f s, peak %.1f MiB), json %.2f s (cpu %.2f s, peak %.1f MiB), "
                    "shell %.2f s (cpu %.2f s)\n",
                    round, csv.seconds, csv.cpuSeconds, csv.peakMiB, json.seconds, json.cpuSeconds, json.peakMiB,
                    shell.seconds, shell.cpuSeconds);
        csvWall.push_back(csv.seconds);
        jsonWall.push_back(json.seconds);
        shellWall.push_back(shell.seconds);
        csvCpu.push_back(csv.cpuSeconds);
        jsonCpu.push_back(json.cpuSeconds);
        shellCpu.push_back(shell.cpuSeconds);
    }
    const auto minOf = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
    const auto line = [&](const char* what, const std::vector<double>& wall, const std::vector<double>& cpu) {
        std::printf("  %-6s wall min %.2f s, median %.2f s; cpu min %.2f s, median %.2f s\n", what, minOf(wall),
                    median(wall), minOf(cpu), median(cpu));
    };
    std::printf("%d rounds:\n", rounds);
    line("csv", csvWall, csvCpu);
    line("json", jsonWall, jsonCpu);
    line("shell", shellWall, shellCpu);
    const auto ratios = [&](const char* name, const std::vector<double>& wall, const std::vector<double>& cpu,
                            double target) {
        std::printf("%s export / shell: wall %.2fx of minimums, %.2fx of medians; cpu %.2fx of minimums, %.2fx of "
                    "medians (target at most %.1fx)\n",
                    name, minOf(wall) / minOf(shellWall), median(wall) / median(shellWall),
                    minOf(cpu) / minOf(shellCpu), median(cpu) / median(shellCpu), target);
    };
    ratios("csv", csvWall, csvCpu, 1.3);
    ratios("json", jsonWall, jsonCpu, 1.6);
    return 0;
}

int compareMemory(int notesPerClient)
{
    std::pair<ExportFigures, ExportFigures> peaks[2];
    const int sizes[2] = {100000, 1000000};
    for (int i = 0; i < 2; ++i) {
        QTemporaryDir dir;
        peaks[i] = exportBoth(dir.path(), buildLockedVault(dir.path(), sizes[i], notesPerClient, {}));
        std::printf("%d clients, %d notes per client: csv %.2f s, peak %.1f MiB; json %.2f s, peak %.1f MiB\n",
                    sizes[i], notesPerClient, peaks[i].first.seconds, peaks[i].first.peakMiB, peaks[i].second.seconds,
                    peaks[i].second.peakMiB);
    }
    std::printf("csv peak, 1,000,000 minus 100,000 clients: %+.1f MiB (target at most 16 MiB)\n",
                peaks[1].first.peakMiB - peaks[0].first.peakMiB);
    std::printf("json peak, 1,000,000 minus 100,000 clients: %+.1f MiB (target at most 16 MiB)\n",
                peaks[1].second.peakMiB - peaks[0].second.peakMiB);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--export-child") && args.size() == 4)
        return exportChild(args[1], args[2], args[3]);
    if (args.value(0) == QLatin1String("--memory"))
        return compareMemory(args.size() > 1 ? args[1].toInt() : 0);
    return compareWithShell(args.size() > 0 ? args[0].toInt() : 100000, args.size() > 1 ? args[1].toInt() : 3,
                            args.size() > 2 ? std::max(1, args[2].toInt()) : 3);
}
