// Search, list and insert figures over a vault of 100,000 clients with 300,000 notes (names with Latvian,
// Lithuanian and Czech diacritics). Targets: search p95 under 20 ms (issue #3); adding at least 5,000
// clients per second in one transaction; for the client table, unlock + first page of 200 + count under
// 200 ms, and each further page of 200 under about 20 ms even at offset 90,000.
// Usage: bench_search [clients] [folder] [query...]. With a folder, a vault already there is reused (no
// insert figures then) and a new one is kept, so that a run after a change need not wait for the inserts.
// With queries, only those are timed, 20 times cold and 20 warm, for a profiler to look at one slow query
// ("words +tag" filters by the tag and orders by update, newest first, as the mix does).
#include "crypto/Argon2Kdf.h"
#include "records/ClientStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <sqlite3.h>

using namespace coffer;

namespace {

const QStringList kGiven{QStringLiteral("Ēriks"), QStringLiteral("Jūratė"),  QStringLiteral("Řehoř"),
                         QStringLiteral("Anna"),  QStringLiteral("Pēteris"), QStringLiteral("Žydrūnas"),
                         QStringLiteral("Šárka"), QStringLiteral("Līga"),    QStringLiteral("Tomáš"),
                         QStringLiteral("Aušra"), QStringLiteral("Jānis"),   QStringLiteral("Věra")};
const QStringList kSyllables{QStringLiteral("ozo"), QStringLiteral("liņ"), QStringLiteral("žem"), QStringLiteral("ait"),
                             QStringLiteral("dvo"), QStringLiteral("řák"), QStringLiteral("bēr"), QStringLiteral("zin"),
                             QStringLiteral("kal"), QStringLiteral("nin"), QStringLiteral("šte"), QStringLiteral("pán"),
                             QStringLiteral("vil"), QStringLiteral("kas"), QStringLiteral("mar"), QStringLiteral("tū")};
const QStringList kNoteWords{QStringLiteral("invoice"),   QStringLiteral("greenhouse"), QStringLiteral("delivery"),
                             QStringLiteral("contract"),  QStringLiteral("meeting"),    QStringLiteral("discount"),
                             QStringLiteral("complaint"), QStringLiteral("renewal")};
const QStringList kOrganisations{QStringLiteral("Pivovar Šťastný"), QStringLiteral("SIA Zaļā Māja"),
                                 QStringLiteral("UAB Šilas"), QStringLiteral("Kavárna U Dvořáků"),
                                 QStringLiteral("Ābols un Bērzs")};
const char* const kPassword = "quiet harbour lantern sixty";

QString pick(const QStringList& list, QRandomGenerator& rng)
{
    return list[int(rng.bounded(quint32(list.size())))];
}

QString stripAccents(const QString& s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

// The i-th client; rng advances exactly as it did when the vault was filled, so a reused vault and a
// regenerated list agree.
Client makeClient(int i, QRandomGenerator& rng)
{
    Client c;
    c.givenName = pick(kGiven, rng);
    const int parts = 2 + int(rng.bounded(2u));
    for (int p = 0; p < parts; ++p)
        c.familyName += pick(kSyllables, rng);
    c.familyName[0] = c.familyName[0].toUpper();
    c.familyName += u's';
    c.emails = {stripAccents(c.givenName) + QStringLiteral(".%1@example.lv").arg(i)};
    c.phones = {QStringLiteral("+371 2%1").arg(rng.bounded(10000000u), 7, 10, QLatin1Char('0'))};
    c.tags = {i % 10 == 0 ? QStringLiteral("vip") : QStringLiteral("regular")};
    if (i % 5 == 0)
        c.organisation = kOrganisations[(i / 5) % kOrganisations.size()];
    return c;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this (single-threaded) process: on a machine shared with builds, wall time measures the
// neighbours as much as the code.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

std::unique_ptr<Vault> fill(const QString& folder, int clients)
{
    auto vault = Vault::create(folder, QStringLiteral("owner"), Secret::fromUtf8(kPassword), KdfParams{1, 1024}).vault;
    vault->setKeepBackups(0);
    ClientStore store(*vault);
    NoteStore notes(*vault);
    QRandomGenerator rng(42);
    QStringList ids;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    {
        Transaction tx(vault->database());
        for (int i = 0; i < clients; ++i)
            ids << store.add(makeClient(i, rng));
        tx.commit();
    }
    const double insertSeconds = msSince(t) / 1000, insertCpu = (cpuMs() - cpu0) / 1000;
    t.restart();
    {
        Transaction tx(vault->database());
        for (int i = 0; i < clients * 3; ++i)
            notes.add(ids[i % clients], NoteKind::Note,
                      QStringLiteral("%1 about the %2, follow up").arg(pick(kNoteWords, rng), pick(kNoteWords, rng)));
        tx.commit();
    }
    const double noteSeconds = msSince(t) / 1000;
    std::printf("inserted %d clients in %.2f s: %.0f clients/s in one transaction (target at least 5000/s); "
                "%.0f clients per CPU second\n",
                clients, insertSeconds, clients / insertSeconds, clients / insertCpu);
    std::printf("inserted %d notes in %.2f s: %.0f notes/s\n", clients * 3, noteSeconds, clients * 3 / noteSeconds);
    return vault;
}

void benchUnlock(std::unique_ptr<Vault>& vault, const QString& folder)
{
    std::vector<double> totals;
    for (int run = 0; run < 3; ++run) {
        vault->lock();
        vault.reset();
        QElapsedTimer t;
        t.start();
        vault = Vault::unlock(folder, QStringLiteral("owner"), Secret::fromUtf8(kPassword));
        const double unlock = msSince(t);
        ClientStore store(*vault);
        const size_t rows = store.list({}, 0, 200).size();
        const double page = msSince(t) - unlock;
        const int count = store.count({});
        totals.push_back(msSince(t));
        std::printf("unlock %.1f ms (argon2id at 1 pass, 1 MiB), first page of %zu %.1f ms, count of %d %.1f ms: "
                    "%.1f ms (target under 200 ms)\n",
                    unlock, rows, page, count, totals.back() - unlock - page, totals.back());
    }
}

void benchPages(ClientStore& store, int clients)
{
    const std::pair<ClientSortKey, const char*> keys[] = {
        {ClientSortKey::Name, "name"},   {ClientSortKey::Kind, "kind"},   {ClientSortKey::Organisation, "organisation"},
        {ClientSortKey::Email, "email"}, {ClientSortKey::Phone, "phone"}, {ClientSortKey::Updated, "updated"}};
    const int offsets[] = {0, 200, clients / 2, clients * 9 / 10, clients - 200};
    std::printf("pages of 200 at offsets 0, 200, %d, %d, %d (target under about 20 ms):\n", offsets[2], offsets[3],
                offsets[4]);
    std::vector<double> all;
    for (const auto& [key, name] : keys)
        for (bool descending : {false, true}) {
            ClientQuery q;
            q.sortKey = key;
            q.descending = descending;
            std::printf("  %-12s %-4s", name, descending ? "desc" : "asc");
            for (int offset : offsets) {
                QElapsedTimer t;
                t.start();
                (void)store.list(q, offset, 200);
                all.push_back(msSince(t));
                std::printf(" %7.2f", all.back());
            }
            std::printf(" ms\n");
        }
    std::printf("  all pages: median %.2f ms, max %.2f ms\n", percentile(all, 0.5), percentile(all, 1.0));
}

struct Category
{
    Category(const char* n, const QString& t = {}, ClientSortKey key = ClientSortKey::Name, bool desc = false)
        : name(n)
        , tag(t)
        , sortKey(key)
        , descending(desc)
    {
    }
    const char* name;
    QString tag;
    ClientSortKey sortKey;
    bool descending;
    QStringList queries;
    std::vector<double> page, cpu, count, pages;
};

// What a person types into the search box of a client table, drawn from the clients that exist, in
// shares that put names first but give broad note words and tags a real weight.
std::vector<Category> queryMix(int clients)
{
    QRandomGenerator rng(42);
    std::vector<Client> samples;
    for (int i = 0; i < clients; ++i) {
        Client c = makeClient(i, rng);
        if (i % 1000 == 537)
            samples.push_back(c);
    }
    std::vector<Category> mix{
        {"surname prefix, no accents"},
        {"full name, or given name and surname prefix"},
        {"email, whole or start"},
        {"phone, as written, national or start"},
        {"note words (broad)"},
        {"given name alone (broad)"},
        {"tag as a word (broad)"},
        {"organisation"},
        {"name with tag filter, by updated desc", QStringLiteral("vip"), ClientSortKey::Updated, true}};
    for (const Client& c : samples) {
        const QString family = stripAccents(c.familyName), given = stripAccents(c.givenName);
        const QString national = c.phones[0].mid(5);
        mix[0].queries << family.left(4) << family.left(6) << family.left(5);
        mix[1].queries << family << given + u' ' + family.left(4) << c.givenName + u' ' + c.familyName;
        mix[2].queries << c.emails[0] << c.emails[0].section(u'@', 0, 0).chopped(2);
        mix[3].queries << c.phones[0] << national << national.left(5);
        mix[8].queries << given.left(4) + u' ' + family.left(3);
    }
    for (const QString& w : kNoteWords)
        mix[4].queries << w << w.left(5) << stripAccents(pick(kGiven, rng)) + u' ' + w
                       << w + u' ' + pick(kNoteWords, rng);
    for (const QString& g : kGiven)
        mix[5].queries << stripAccents(g) << g.left(3);
    mix[6].queries << QStringLiteral("vip") << QStringLiteral("regular") << QStringLiteral("reg");
    for (const QString& o : kOrganisations)
        mix[7].queries << stripAccents(o).section(u' ', 0, 0) << o;
    // Shares of the whole mix: names 50%, email 15%, phone 15%, note words 10%, the rest 2.5% each.
    const double shares[] = {0.2, 0.3, 0.15, 0.15, 0.1, 0.025, 0.025, 0.025, 0.025};
    for (size_t i = 0; i < mix.size(); ++i) {
        const QStringList base = mix[i].queries;
        const int wanted = int(shares[i] * 1000);
        while (mix[i].queries.size() < wanted)
            mix[i].queries << base[mix[i].queries.size() % base.size()];
        mix[i].queries = mix[i].queries.mid(0, wanted);
    }
    return mix;
}

// Pages this connection read from the file (each decrypted and its HMAC checked) since the last call.
int pagesRead(sqlite3* db)
{
    int current = 0, highest = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 1);
    return current;
}

void benchSearch(Vault& vault, int clients)
{
    ClientStore store(vault);
    sqlite3* db = vault.database().handle();
    std::vector<Category> mix = queryMix(clients);
    std::vector<std::pair<size_t, int>> order; // category, query: all of them, shuffled
    for (size_t c = 0; c < mix.size(); ++c)
        for (int q = 0; q < mix[c].queries.size(); ++q)
            order.emplace_back(c, q);
    std::shuffle(order.begin(), order.end(), std::mt19937(42));
    std::vector<double> page, cpu, count, pages;
    std::vector<std::pair<double, QString>> slowest;
    for (const auto& [c, q] : order) {
        Category& cat = mix[c];
        ClientQuery query;
        query.search = cat.queries[q];
        query.tag = cat.tag;
        query.sortKey = cat.sortKey;
        query.descending = cat.descending;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        pagesRead(db);
        (void)store.list(query, 0, 200);
        cat.page.push_back(msSince(t));
        cat.cpu.push_back(cpuMs() - cpu0);
        cat.pages.push_back(pagesRead(db));
        cpu.push_back(cat.cpu.back());
        pages.push_back(cat.pages.back());
        t.restart();
        (void)store.count(query);
        cat.count.push_back(msSince(t));
        page.push_back(cat.page.back());
        slowest.emplace_back(cat.page.back(), QStringLiteral("\"%1%2\" %3 ms, %4 pages")
                                                  .arg(cat.queries[q], cat.tag.isEmpty() ? QString() : " +" + cat.tag)
                                                  .arg(cat.page.back(), 0, 'f', 1)
                                                  .arg(cat.pages.back()));
        count.push_back(cat.count.back());
    }
    std::printf("search, first page of 200 and count, by kind of query (ms; cpu: this process's CPU time):\n");
    std::printf("  %-44s %5s %7s %7s %7s %7s %7s %6s %6s %8s %8s\n", "", "share", "median", "p95", "max", "cpu med",
                "cpu p95", "pages", "pg95", "count", "count95");
    for (const Category& cat : mix) {
        std::printf("  %-44s %4zu‰ %7.2f %7.2f %7.2f %7.2f %7.2f %6.0f %6.0f %8.2f %8.2f\n", cat.name,
                    cat.page.size() * 1000 / order.size(), percentile(cat.page, 0.5), percentile(cat.page, 0.95),
                    percentile(cat.page, 1.0), percentile(cat.cpu, 0.5), percentile(cat.cpu, 0.95),
                    percentile(cat.pages, 0.5), percentile(cat.pages, 0.95), percentile(cat.count, 0.5),
                    percentile(cat.count, 0.95));
        std::printf("      e.g. \"%s\", \"%s\"\n", qPrintable(cat.queries[0]), qPrintable(cat.queries[1]));
    }
    std::printf("search, first page of 200, %zu queries: median %.2f ms, p95 %.2f ms (target p95 under 20 ms); "
                "cpu median %.2f ms, p95 %.2f ms; pages read median %.0f, p95 %.0f\n",
                page.size(), percentile(page, 0.5), percentile(page, 0.95), percentile(cpu, 0.5), percentile(cpu, 0.95),
                percentile(pages, 0.5), percentile(pages, 0.95));
    std::printf("search, match count: median %.2f ms, p95 %.2f ms\n", percentile(count, 0.5), percentile(count, 0.95));
    std::sort(slowest.rbegin(), slowest.rend());
    std::printf("slowest first pages:");
    for (size_t i = 0; i < std::min<size_t>(8, slowest.size()); ++i)
        std::printf(" %s;", qPrintable(slowest[i].second));
    std::printf("\n");
}

// Each query cold (the page cache emptied first, so every page it needs is read and decrypted) and
// warm, with the pages it read from the file.
void benchQueries(Vault& vault, const QStringList& queries)
{
    ClientStore store(vault);
    sqlite3* db = vault.database().handle();
    for (const QString& text : queries)
        for (bool cold : {true, false}) {
            // "words +tag", as the mix writes its last kind of query: filtered by the tag, newest first.
            ClientQuery parsed;
            parsed.search = text.section(QStringLiteral(" +"), 0, 0);
            parsed.tag = text.section(QStringLiteral(" +"), 1);
            if (!parsed.tag.isEmpty()) {
                parsed.sortKey = ClientSortKey::Updated;
                parsed.descending = true;
            }
            std::vector<double> page, cpu, pages;
            for (int run = 0; run < 20; ++run) {
                if (cold)
                    sqlite3_db_release_memory(db);
                pagesRead(db);
                QElapsedTimer t;
                t.start();
                const double cpu0 = cpuMs();
                (void)store.list(parsed, 0, 200);
                page.push_back(msSince(t));
                cpu.push_back(cpuMs() - cpu0);
                pages.push_back(pagesRead(db));
            }
            std::printf("%-24s %s: median %6.2f ms, max %6.2f ms, cpu median %6.2f ms, pages read %5.0f\n",
                        qPrintable(QLatin1Char('"') + text + QLatin1Char('"')), cold ? "cold" : "warm",
                        percentile(page, 0.5), percentile(page, 1.0), percentile(cpu, 0.5), percentile(pages, 0.5));
        }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir temporary;
    const QString folder = argc > 2 ? QDir(QString::fromLocal8Bit(argv[2])).absoluteFilePath(QStringLiteral("bench"))
                                    : temporary.filePath(QStringLiteral("bench"));
    std::unique_ptr<Vault> vault;
    if (QDir(Vault::resolveFolder(folder)).exists()) {
        vault = Vault::unlock(folder, QStringLiteral("owner"), Secret::fromUtf8(kPassword));
        std::printf("reusing the vault in %s: no insert figures\n", qPrintable(folder));
    } else {
        vault = fill(folder, clients);
    }
    if (argc > 3) {
        QStringList queries;
        for (int i = 3; i < argc; ++i)
            queries << QString::fromLocal8Bit(argv[i]);
        benchQueries(*vault, queries);
        return 0;
    }
    benchUnlock(vault, folder);
    ClientStore store(*vault);
    benchPages(store, clients);
    benchSearch(*vault, clients);
    return 0;
}
