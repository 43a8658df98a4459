// Changing a vault's data key beside the SQLCipher re-encryption it is built on, over a vault of N clients
// with a note each and 20 members. Target: Vault::rekey within 1.2 times the raw sqlcipher_export.
//   rekey:   Vault::rekey with a progress callback, as coffer-cli and the Users page call it: checkpoint,
//            ATTACH of an empty vault.db.rekey under the new key, sqlcipher_export, meta rows, fsync, the
//            new header (every slot re-sealed), journal, renames, fsync of the folder, reopen, audit row.
//            The span between its first and last progress report is the export inside it.
//   export:  on a copy of the same vault.db, through SQLCipher's sqlite3 C API on a connection opened as
//            Database::open opens the vault's (see Connection): ATTACH DATABASE 'new.db' AS rekeyed KEY
//            "x'HEX'", the header's page size and HMAC setting on it, SELECT sqlcipher_export('rekeyed'),
//            DETACH. Shown alone, with the fsync of new.db that the rekey also pays for, and, for comparison,
//            with new.db unjournalled (journal_mode and synchronous OFF: no commit per statement) and one fsync,
//            which is how Vault::rekey writes its scratch copy.
//   PRAGMA rekey: SQLCipher's in-place re-encryption of every page, on a copy in WAL mode (as the vault runs;
//            the pages go to the WAL, so the checkpoint that moves them into the file is timed too) and on
//            one switched to journal_mode = DELETE. SQLCipher 3.4 ignores what sqlite3_rekey returns, so
//            each copy is checked afterwards: it must open under the new key only, pass quick_check and
//            hold every client.
// Before each timing the side's previous output is removed and everything synced; vault.db is in the page
// cache for all of them. The figures are medians of the runs.
// Usage: bench_rekey [clients (20000)] [runs (3)].
#include "BenchStats.h"
#include "crypto/KeySlot.h"
#include "crypto/Random.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace coffer;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
const char* const kPassword = "quiet harbour lantern sixty";
constexpr int kMembers = 20; // besides the owner, as bench_unlock has them

using bench::median;
using bench::minimum;
using bench::seconds;

// CPU time of this process: on a machine shared with builds, wall time measures the neighbours' use of
// the disk as much as the code.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double mib(const QString& path)
{
    return double(QFileInfo(path).size()) / kMiB;
}

// SQLCipher's raw-key form x'HEX' as SQL text: fine for a benchmark's throwaway keys, never for the vault's.
QByteArray rawKeyText(const Secret& key)
{
    const Secret raw = Database::rawKey(key);
    return QByteArray(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size()));
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Nothing dirty before a timing, and a moment for the device to finish discarding what was freed.
void settle()
{
    QProcess::execute(QStringLiteral("sync"), {});
    std::this_thread::sleep_for(std::chrono::seconds(1));
}

double fsyncFile(const QString& path)
{
    QElapsedTimer t;
    t.start();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        qFatal("cannot fsync %s", qPrintable(path));
    ::close(fd);
    return seconds(t);
}

// A connection to a copy of vault.db, opened as Database::open (store/Database.cpp) opens the vault's own,
// and kept in step with it by hand: the raw key, then the header's cipher settings (kdf_iter does not apply
// to a raw key, and neither side sets fast_kdf_iter, the HMAC key's derivation: both use SQLCipher's
// default), the first read, then the same connection PRAGMAs.
class Connection
{
public:
    Connection(const QString& path, const QByteArray& rawKey, const CipherSettings& cipher)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr) !=
                SQLITE_OK ||
            sqlite3_key(m_db, rawKey.constData(), int(rawKey.size())) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return;
        }
        // The header's cipher settings, then the first read, where a wrong key shows.
        QList<QByteArray> keying{"PRAGMA cipher_page_size = " + QByteArray::number(cipher.pageSize),
                                 cipher.hmac ? "PRAGMA cipher_use_hmac = ON" : "PRAGMA cipher_use_hmac = OFF",
                                 "SELECT count(*) FROM sqlite_master"};
        if (SQLITE_VERSION_NUMBER >= 3020000 && cipher.compatibility == 3) // SQLCipher 4
            keying.prepend("PRAGMA cipher_compatibility = 3");
        for (const QByteArray& sql : keying)
            if (m_error = exec(sql); !m_error.isEmpty())
                return;
        for (const char* pragma :
             {"PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16384",
              "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"})
            if (const QString error = exec(pragma); !error.isEmpty())
                qFatal("%s: %s", pragma, qPrintable(error));
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY(Connection)

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // SQLite's message, empty on success.
    QString exec(const QByteArray& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return error;
    }
    // The first column of the first row as text; SQLite's message, bracketed, on an error.
    QString text(const QByteArray& sql)
    {
        sqlite3_stmt* st = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            value = QStringLiteral("(%1)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        else if (const int rc = sqlite3_step(st); rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        else if (rc != SQLITE_DONE)
            value = QStringLiteral("(%1)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

// What a re-encrypted copy is: empty when it opens under newKey (with the vault's settings), not under
// oldKey, passes quick_check and holds every client; otherwise what is wrong.
QString checkRekeyed(const QString& path, const QByteArray& oldKey, const QByteArray& newKey,
                     const CipherSettings& cipher, int clients)
{
    Connection db(path, newKey, cipher);
    if (!db.isOpen())
        return QStringLiteral("does not open under the new key (%1)").arg(db.error());
    if (const QString check = db.text("PRAGMA quick_check"); check != QLatin1String("ok"))
        return QStringLiteral("quick_check: %1").arg(check);
    if (const QString count = db.text("SELECT count(*) FROM clients"); count.toInt() != clients)
        return QStringLiteral("%1 clients instead of %2").arg(count).arg(clients);
    if (Connection(path, oldKey, cipher).isOpen())
        return QStringLiteral("still opens under the old key");
    return {};
}

std::unique_ptr<Vault> fill(const QString& folder, int clients)
{
    auto vault = Vault::create(folder, QStringLiteral("owner"), Secret::fromUtf8(kPassword), KdfParams{1, 1024}).vault;
    vault->setKeepBackups(0); // no automatic backup when the benchmark locks
    for (int i = 0; i < kMembers; ++i)
        (void)vault->addUser(QStringLiteral("user %1").arg(i), Role::Editor);
    ClientStore store(*vault);
    NoteStore notes(*vault);
    QElapsedTimer t;
    t.start();
    Transaction tx(vault->database());
    for (int i = 0; i < clients; ++i) {
        Client c;
        c.givenName = QStringLiteral("Jānis");
        c.familyName = QStringLiteral("Bērziņš %1").arg(i);
        c.emails = {QStringLiteral("janis.%1@example.lv").arg(i)};
        c.phones = {QStringLiteral("+371 2%1").arg(i, 7, 10, QLatin1Char('0'))};
        c.tags = {i % 10 == 0 ? QStringLiteral("vip") : QStringLiteral("regular")};
        notes.add(store.add(c), NoteKind::Note,
                  QStringLiteral("Call %1 about the greenhouse delivery and the contract renewal").arg(i));
    }
    tx.commit();
    std::printf("filled %d clients with a note each and %d members in %.1f s\n", clients, kMembers, seconds(t));
    return vault;
}

// A copy of vault.db (checkpointed first) at `to`, and the raw key that opens it.
QByteArray copyOfVault(Vault& vault, const QString& to)
{
    vault.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    removeDatabase(to);
    if (!QFile::copy(vault.databaseFilePath(), to))
        qFatal("cannot copy vault.db to %s", qPrintable(to));
    return rawKeyText(vault.dataKey());
}

struct RekeyTiming
{
    double total = 0, exportSpan = 0, cpu = 0;
    int reports = 0;
};

RekeyTiming timeRekey(Vault& vault)
{
    RekeyTiming r;
    double first = -1, last = 0;
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    vault.rekey([&](qint64, qint64) {
        ++r.reports;
        last = seconds(t);
        if (first < 0)
            first = last;
    });
    r.total = seconds(t);
    r.cpu = cpuSeconds() - cpu0;
    r.exportSpan = last - first;
    return r;
}

struct ExportTiming
{
    double exported = 0, fsync = 0, outMiB = 0, cpu = 0;
    QString attached; // new.db's journal_mode and synchronous, as sqlcipher_export wrote it
};

// unjournalled: new.db written without a rollback journal and without syncs (sqlcipher_export commits each
// CREATE and INSERT it runs on its own), then fsynced once. Not what rekey does: for comparison.
ExportTiming timeExport(Vault& vault, const QString& source, const QString& out, int clients, bool unjournalled)
{
    const QByteArray oldKey = copyOfVault(vault, source);
    removeDatabase(out);
    if (QFile created(out); !created.open(QIODevice::WriteOnly)) // the connection cannot create it, as in rekey
        qFatal("cannot create %s", qPrintable(out));
    const QByteArray newKey = rawKeyText(randomSecret(KeySlot::kDataKeySize));
    const CipherSettings& cipher = vault.cipherSettings();
    QList<QByteArray> statements{"ATTACH DATABASE '" + out.toUtf8() + "' AS rekeyed KEY \"" + newKey + '"',
                                 "PRAGMA rekeyed.cipher_page_size = " + QByteArray::number(cipher.pageSize),
                                 cipher.hmac ? "PRAGMA rekeyed.cipher_use_hmac = ON"
                                             : "PRAGMA rekeyed.cipher_use_hmac = OFF"};
    if (unjournalled)
        statements << "PRAGMA rekeyed.journal_mode = OFF"
                   << "PRAGMA rekeyed.synchronous = OFF";
    statements << "SELECT sqlcipher_export('rekeyed')";
    ExportTiming r;
    {
        Connection db(source, oldKey, cipher);
        if (!db.isOpen())
            qFatal("the copy does not open: %s", qPrintable(db.error()));
        settle();
        const double cpu0 = cpuSeconds();
        QElapsedTimer t;
        t.start();
        for (const QByteArray& sql : statements)
            if (const QString error = db.exec(sql); !error.isEmpty())
                qFatal("%s: %s", sql.left(sql.indexOf(" KEY")).constData(), qPrintable(error));
        r.exported = seconds(t);
        r.attached = QStringLiteral("journal_mode %1, synchronous %2")
                         .arg(db.text("PRAGMA rekeyed.journal_mode"), db.text("PRAGMA rekeyed.synchronous"));
        t.restart();
        if (const QString error = db.exec("DETACH DATABASE rekeyed"); !error.isEmpty())
            qFatal("DETACH: %s", qPrintable(error));
        r.exported += seconds(t);
        r.cpu = cpuSeconds() - cpu0; // the queries between the two timings cost next to nothing
        r.fsync = fsyncFile(out);
    }
    r.outMiB = mib(out);
    if (const QString wrong = checkRekeyed(out, oldKey, newKey, cipher, clients); !wrong.isEmpty())
        qFatal("the exported copy %s", qPrintable(wrong));
    removeDatabase(source);
    removeDatabase(out);
    return r;
}

struct PragmaTiming
{
    double rekey = 0, checkpoint = 0, walMiB = 0, walAfterMiB = 0;
    QString journalMode, error, wrong; // wrong: what checkRekeyed found
};

// PRAGMA rekey on a copy in the given journal mode ("wal" as the vault runs, or "delete").
PragmaTiming timePragmaRekey(Vault& vault, const QString& copy, const char* journalMode, int clients)
{
    const QByteArray oldKey = copyOfVault(vault, copy);
    const QByteArray newKey = rawKeyText(randomSecret(KeySlot::kDataKeySize));
    const CipherSettings& cipher = vault.cipherSettings();
    PragmaTiming r;
    {
        Connection db(copy, oldKey, cipher);
        if (!db.isOpen())
            qFatal("the copy does not open: %s", qPrintable(db.error()));
        r.journalMode = db.text(QByteArray("PRAGMA journal_mode = ") + journalMode);
        settle();
        QElapsedTimer t;
        t.start();
        r.error = db.exec("PRAGMA rekey = \"" + newKey + '"');
        r.rekey = seconds(t);
        r.walMiB = mib(copy + QStringLiteral("-wal"));
        t.restart();
        if (const QString error = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); r.error.isEmpty())
            r.error = error;
        r.checkpoint = r.journalMode == QLatin1String("wal") ? seconds(t) : 0;
        r.walAfterMiB = mib(copy + QStringLiteral("-wal"));
    }
    r.wrong = checkRekeyed(copy, oldKey, newKey, cipher, clients);
    removeDatabase(copy);
    return r;
}

QString verdict(const PragmaTiming& p)
{
    QString s = p.error.isEmpty() ? QStringLiteral("no error") : QStringLiteral("error \"%1\"").arg(p.error);
    s += p.wrong.isEmpty() ? QStringLiteral(", the copy checks out (new key only, quick_check ok, every client)")
                           : QStringLiteral(", but the copy %1").arg(p.wrong);
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    auto vault = fill(dir.filePath(QStringLiteral("bench")), clients);
    vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double dbMiB = mib(vault->databaseFilePath());
    std::printf("vault.db: %.1f MiB, page size %u, HMAC %s; SQLCipher %s (SQLite %s)\n", dbMiB,
                vault->cipherSettings().pageSize, vault->cipherSettings().hmac ? "on" : "off",
                qPrintable(Database::cipherVersion(vault->database())), sqlite3_libversion());

    const QString source = dir.filePath(QStringLiteral("copy.db")), out = dir.filePath(QStringLiteral("new.db"));
    std::vector<double> rekey, inside, exported, synced, unjournalled, ratios, cpuRatios, walRekey, walTotal,
        deleteRekey;
    ExportTiming e;
    PragmaTiming wal, del;
    // The first problem a PRAGMA rekey run shows is the one reported.
    const auto keep = [](PragmaTiming& seen, const PragmaTiming& now) {
        if (seen.journalMode.isEmpty() || (seen.error.isEmpty() && seen.wrong.isEmpty()))
            seen = now;
    };
    for (int run = 1; run <= runs; ++run) {
        RekeyTiming r;
        for (int side = 0; side < 2; ++side) { // rekey and export: the order alternates from run to run
            if ((side + run) % 2 == 1) {
                settle();
                r = timeRekey(*vault);
            } else {
                e = timeExport(*vault, source, out, clients, false);
            }
        }
        const ExportTiming u = timeExport(*vault, source, out, clients, true);
        const PragmaTiming w = timePragmaRekey(*vault, source, "wal", clients);
        const PragmaTiming d = timePragmaRekey(*vault, source, "delete", clients);
        keep(wal, w);
        keep(del, d);
        rekey.push_back(r.total);
        inside.push_back(r.exportSpan);
        exported.push_back(e.exported);
        synced.push_back(e.exported + e.fsync);
        unjournalled.push_back(u.exported + u.fsync);
        ratios.push_back(r.total / e.exported);
        cpuRatios.push_back(r.cpu / e.cpu);
        walRekey.push_back(w.rekey);
        walTotal.push_back(w.rekey + w.checkpoint);
        deleteRekey.push_back(d.rekey);
        std::printf("run %d%s: Vault::rekey %.2f s (export inside %.2f s, the rest %.2f s; %d progress reports; "
                    "cpu %.2f s), sqlcipher_export %.2f s + fsync %.2f s (cpu %.2f s; %.1f MiB out): ratio %.2f\n",
                    run, run % 2 == 1 ? " (rekey first)" : " (export first)", r.total, r.exportSpan,
                    r.total - r.exportSpan, r.reports, r.cpu, e.exported, e.fsync, e.cpu, e.outMiB, ratios.back());
        std::printf("       unjournalled export %.2f s + fsync %.2f s; PRAGMA rekey: WAL %.2f s (%.1f MiB into the "
                    "WAL) + checkpoint %.2f s (WAL %.1f MiB after), DELETE %.2f s\n",
                    u.exported, u.fsync, w.rekey, w.walMiB, w.checkpoint, w.walAfterMiB, d.rekey);
        std::fflush(stdout);
    }
    std::printf("new.db as sqlcipher_export writes it: %s; each CREATE and INSERT it runs commits on its own\n",
                qPrintable(e.attached));
    std::printf("PRAGMA rekey in WAL mode (journal_mode %s): %s\n", qPrintable(wal.journalMode),
                qPrintable(verdict(wal)));
    std::printf("PRAGMA rekey in DELETE mode (journal_mode %s): %s\n", qPrintable(del.journalMode),
                qPrintable(verdict(del)));

    const auto row = [&](const char* name, const std::vector<double>& v, const char* note) {
        std::printf("  %-38s %8.2f %8.2f %8.1f %8.2fx%s%s\n", name, median(v), minimum(v), dbMiB / median(v),
                    median(v) / median(exported), *note ? "  " : "", note);
    };
    std::printf("re-encryption of %.1f MiB (%d clients, %d members), %d runs:\n", dbMiB, clients, kMembers, runs);
    std::printf("  %-38s %8s %8s %8s %9s\n", "", "median s", "min s", "MiB/s", "/ export");
    row("Vault::rekey", rekey, "");
    row("  of which its sqlcipher_export", inside, "first to last progress report");
    row("sqlcipher_export (ATTACH..DETACH)", exported, "the reference");
    row("sqlcipher_export + fsync", synced, "");
    row("sqlcipher_export unjournalled + fsync", unjournalled, "as Vault::rekey writes its copy");
    row("PRAGMA rekey, WAL", walRekey, "the pages into the WAL");
    row("PRAGMA rekey, WAL + checkpoint", walTotal, "");
    row("PRAGMA rekey, DELETE", deleteRekey, "");
    std::printf("ratio Vault::rekey / sqlcipher_export of the same run: median %.2f, min %.2f (target: at most "
                "1.20) %s\n",
                median(ratios), minimum(ratios), median(ratios) <= 1.2 ? "met" : "NOT met");
    std::printf("ratio of their CPU times: median %.2f, min %.2f\n", median(cpuRatios), minimum(cpuRatios));
    return 0;
}
