// Retention at size. First `retention run --dry-run`'s work — Retention::plan — over a vault of N clients
// (default 1,000,000; target under 2 s), a tenth of them under a rule counted from their last note and
// the rest from their creation. Then a real run that erases E of M clients (default 1,000 of 100,000),
// printed per client beside a single `client erase` on the same vault. Usage:
// bench_retention [clients] [erase-of] [erase]. Clients are written with SQL for the plan (it reads only
// the rows it needs) and through ClientStore for the run (erasure needs the indexes a client has).
#include "erase/ClientEraser.h"
#include "privacy/Retention.h"
#include "privacy/RetentionRun.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace coffer;

namespace {

const KdfParams kCheap{1, 1024};
const char* const kPassword = "quiet harbour lantern sixty";

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Vault> makeVault(const QString& folder)
{
    return Vault::create(folder, QStringLiteral("Owner"), Secret::fromUtf8(kPassword), kCheap).vault;
}

void addRules(Vault& vault)
{
    Retention retention(vault);
    RetentionRule r;
    r.name = QStringLiteral("Two years");
    r.period = 2;
    r.unit = RetentionUnit::Years;
    r.trigger = QStringLiteral("created");
    retention.addRule(r);
    r.name = QStringLiteral("Contract");
    r.trigger = QStringLiteral("last-note");
    r.period = 5;
    retention.addRule(r);
}

// Stamps spread over the last six years: about two thirds are past two years.
QString stampDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
}

void planAtSize(int clients)
{
    QTemporaryDir dir;
    auto vault = makeVault(dir.filePath(QStringLiteral("plan.coffer")));
    addRules(*vault);
    Database& db = vault->database();
    QRandomGenerator rng(16);
    QElapsedTimer fill;
    fill.start();
    {
        Transaction tx(db);
        Statement client = db.prepare("INSERT INTO clients (id, kind, display_name, retention, created, created_by, "
                                      "updated, updated_by) VALUES (?, 'person', ?, ?, ?, '', ?, '')");
        Statement note = db.prepare("INSERT INTO notes (id, client_id, kind, time, text, created, created_by) "
                                    "VALUES (?, ?, 'call', ?, 'Called', ?, '')");
        for (int i = 0; i < clients; ++i) {
            const QString id = QStringLiteral("c%1").arg(i, 8, 10, QChar(u'0'));
            const QString created = stampDaysAgo(int(rng.bounded(6 * 365)));
            const bool contract = i % 10 == 0;
            client.reset();
            client.bind(1, id)
                .bind(2, QStringLiteral("Client %1").arg(i))
                .bind(3, contract ? QStringLiteral("Contract") : QStringLiteral("Two years"))
                .bind(4, created)
                .bind(5, created)
                .run();
            if (contract) {
                note.reset();
                const QString when = stampDaysAgo(int(rng.bounded(7 * 365)));
                note.bind(1, QStringLiteral("n%1").arg(i)).bind(2, id).bind(3, when).bind(4, when).run();
            }
        }
        tx.commit();
    }
    std::printf("plan: %d clients written in %.1f s\n", clients, ms(fill) / 1000);
    std::vector<double> times;
    RetentionPlan plan;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        plan = Retention(*vault).plan();
        times.push_back(ms(t));
    }
    std::sort(times.begin(), times.end());
    std::printf("retention run --dry-run (Retention::plan) over %d clients: median %.0f ms, best %.0f ms "
                "(target < 2000 ms); %zu due, %zu within 30 days\n",
                clients, times[1], times[0], plan.due.size(), plan.soon.size());
}

void runAtSize(int clients, int erase)
{
    QTemporaryDir dir;
    auto vault = makeVault(dir.filePath(QStringLiteral("run.coffer")));
    vault->setKeepBackups(0);
    addRules(*vault);
    QElapsedTimer fill;
    fill.start();
    QStringList ids;
    {
        Transaction tx(vault->database());
        ClientStore store(*vault);
        for (int i = 0; i < clients; ++i) {
            Client c;
            c.givenName = QStringLiteral("Client");
            c.familyName = QStringLiteral("Number %1").arg(i);
            c.emails = {QStringLiteral("client.%1@example.lv").arg(i)};
            c.retention = QStringLiteral("Two years");
            ids << store.add(c);
        }
        // The first `erase` are made three years ago: due.
        Statement old = vault->database().prepare("UPDATE clients SET created = ?1, updated = ?1 WHERE id = ?2");
        for (int i = 0; i < erase + 1; ++i) {
            old.reset();
            old.bind(1, stampDaysAgo(3 * 365)).bind(2, ids[i]).run();
        }
        tx.commit();
    }
    std::printf("run: %d clients written in %.1f s\n", clients, ms(fill) / 1000);
    QElapsedTimer single;
    single.start();
    (void)ClientEraser(*vault).erase(ids[erase]); // the one made due beyond the run's count
    const double one = ms(single);
    QElapsedTimer t;
    t.start();
    const RetentionPlan plan = Retention(*vault).plan();
    const RetentionRunReport report = RetentionRun(*vault).run(plan);
    const double total = ms(t);
    std::printf("retention run erasing %zu of %d clients: %.1f s, %.0f ms per client (one client erase: %.0f ms); "
                "all checks passed: %s\n",
                report.outcomes.size(), clients, total / 1000,
                total / double(std::max<size_t>(1, report.outcomes.size())), one, report.passed() ? "yes" : "no");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int planClients = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int runClients = argc > 2 ? std::atoi(argv[2]) : 100000;
    const int erase = argc > 3 ? std::atoi(argv[3]) : 1000;
    planAtSize(planClients);
    if (runClients > 0)
        runAtSize(runClients, std::min(erase, runClients - 1));
    return 0;
}
