// Export figures over a vault of 100,000 clients with 300,000 notes: the time of a CSV and of a JSON
// export, their peak memory, and the time Debian's sqlcipher shell takes to dump the same tables as CSV
// from an equivalent SQLCipher database. Targets: CSV within 1.3x of the shell, JSON within 1.6x, and
// peak memory for 1,000,000 clients no more than 16 MiB above that for 100,000.
// Usage: bench_export [clients] [notes-per-client]   (default 100000 3)
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
#include <cstdio>

using namespace coffer;

namespace {

const char* const kPassword = "benchmark password";
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

// Runs in a child process started by exportInChild(): unlocks the vault, exports, and prints
// "seconds peak-KiB baseline-KiB". A fresh process (fork + exec) starts with a fresh address space, so
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
        QElapsedTimer t;
        t.start();
        Exporter(*vault).run(target, options);
        const double seconds = t.nsecsElapsed() / 1e9;
        std::printf("%.3f %lld %lld\n", seconds, statusKiB("VmHWM:"), baseline);
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
};

ExportFigures exportInChild(const QString& folder, const QString& formatName, const QString& target)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--export-child"), folder, formatName, target});
    child.waitForFinished(-1);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || parts.size() != 3)
        return {};
    if (QFileInfo(target).isDir())
        QDir(target).removeRecursively(); // the outputs of a 1M vault would otherwise fill the disk
    else
        QFile::remove(target);
    return {parts[0].toDouble(), parts[1].toDouble() / 1024, parts[2].toDouble() / 1024};
}

void printExport(const char* name, const ExportFigures& f)
{
    std::printf("export %s: %.2f s, peak memory %.1f MiB (%.1f MiB before the export began)\n", name, f.seconds,
                f.peakMiB, f.baselineMiB);
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

// The fair comparison: one plain SELECT per table that the CSV export reads, in the order the export
// reads it (RecordSource's ORDER BY), written by the shell's CSV mode. The export does more on top
// (merges child rows into each client, reformats stamps, neutralises formulas, SHA-256s every file for
// the manifest, fsyncs); that is the work the ratio measures.
double shellDump(const QString& database, const QString& outDir)
{
    const auto once = [&](const char* name, const char* select) {
        return QByteArray(".once '") +
               QFile::encodeName(QDir(outDir).filePath(QLatin1String(name) + QLatin1String(".csv"))) + "'\n" + select +
               ";\n";
    };
    QByteArray script =
        "PRAGMA key = \"" + kShellKey + "\";\nPRAGMA cipher_page_size = 4096;\n.mode csv\n.headers on\n";
    script += once("clients", "SELECT * FROM clients ORDER BY id");
    script += once("client_emails", "SELECT client_id, email FROM client_emails ORDER BY client_id, position");
    script += once("client_phones", "SELECT client_id, phone FROM client_phones ORDER BY client_id, position");
    script += once("client_tags", "SELECT client_id, tag FROM client_tags ORDER BY client_id, tag");
    script += once("client_fields", "SELECT client_id, key, value FROM client_fields ORDER BY client_id, key");
    script += once("notes", "SELECT id, client_id, kind, time, text, created, created_by FROM notes ORDER BY id");
    script +=
        once("files", "SELECT id, client_id, name, type, size, sha256, created, created_by FROM files ORDER BY id");
    script += once("consents", "SELECT * FROM consents ORDER BY time, id");
    script +=
        once("users", "SELECT id, name, role, must_change_password, created, changed FROM users ORDER BY created");
    script += once("audit", "SELECT seq, time, actor, action, object_type, object_id, detail, hex(prev_hash), "
                            "hex(hash) FROM audit ORDER BY seq");
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("/usr/bin/sqlcipher"), {database});
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = t.nsecsElapsed() / 1e9;
    const bool ok = shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0 &&
                    QFileInfo(QDir(outDir).filePath(QStringLiteral("audit.csv"))).size() > 0;
    return ok ? seconds : -1;
}

// Builds a vault, locks it (so the export children can unlock it) and exports it as CSV and JSON.
std::pair<ExportFigures, ExportFigures> buildAndExport(const QString& root, int clients, int notesPerClient,
                                                       const QString& shellCopy)
{
    auto vault = buildVault(QDir(root).filePath(QStringLiteral("bench")), clients, notesPerClient);
    const QString folder = vault->path();
    vault->setKeepBackups(0); // locking after a change would otherwise copy the whole vault
    if (!shellCopy.isEmpty())
        makeShellCopy(*vault, shellCopy);
    vault->lock();
    const ExportFigures csv =
        exportInChild(folder, QStringLiteral("csv"), QDir(root).filePath(QStringLiteral("out-csv")));
    const ExportFigures json =
        exportInChild(folder, QStringLiteral("json"), QDir(root).filePath(QStringLiteral("out.json")));
    return {csv, json};
}

int compareWithShell(int clients, int notesPerClient)
{
    QTemporaryDir dir;
    // BENCH_KEEP=1 keeps the vault (password kPassword) for profiling: perf record -g bench_export
    // --export-child FOLDER csv|json TARGET.
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("keeping %s\n", qPrintable(dir.path()));
    }
    const QString copy = dir.filePath(QStringLiteral("shell-copy.db"));
    const auto [csv, json] = buildAndExport(dir.path(), clients, notesPerClient, copy);
    printExport("csv", csv);
    printExport("json", json);
    const QString shellOut = dir.filePath(QStringLiteral("shell-out"));
    QDir().mkpath(shellOut);
    const double shell = shellDump(copy, shellOut);
    std::printf("sqlcipher shell, one SELECT per table (%s) in the export's order, as CSV: %.2f s\n", kShellTables,
                shell);
    if (csv.seconds < 0 || json.seconds < 0 || shell <= 0) {
        std::printf("a run failed; no ratios\n");
        return 1;
    }
    std::printf("csv export / shell: %.2fx (target at most 1.3x)\n", csv.seconds / shell);
    std::printf("json export / shell: %.2fx (target at most 1.6x)\n", json.seconds / shell);
    return 0;
}

int compareMemory(int notesPerClient)
{
    std::pair<ExportFigures, ExportFigures> peaks[2];
    const int sizes[2] = {100000, 1000000};
    for (int i = 0; i < 2; ++i) {
        QTemporaryDir dir;
        peaks[i] = buildAndExport(dir.path(), sizes[i], notesPerClient, {});
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
    return compareWithShell(args.size() > 0 ? args[0].toInt() : 100000, args.size() > 1 ? args[1].toInt() : 3);
}
