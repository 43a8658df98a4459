// Search and insert figures over a vault of 100,000 clients with 300,000 notes (names with Latvian,
// Lithuanian and Czech diacritics). Targets: search p95 under 20 ms; adding at least 5,000 clients per
// second in one transaction. Usage: bench_search [clients] (default 100000).
#include "crypto/Argon2Kdf.h"
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

QString pick(const QStringList& list, QRandomGenerator& rng)
{
    return list[int(rng.bounded(quint32(list.size())))];
}

QString familyName(QRandomGenerator& rng)
{
    QString n;
    const int parts = 2 + int(rng.bounded(2u));
    for (int i = 0; i < parts; ++i)
        n += pick(kSyllables, rng);
    n[0] = n[0].toUpper();
    return n + QStringLiteral("s");
}

QString stripAccents(const QString& s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QRandomGenerator rng(42);
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("bench")), QStringLiteral("owner"),
                               Secret::fromUtf8("benchmark password"), KdfParams{1, 1024})
                     .vault;
    ClientStore store(*vault);
    NoteStore notes(*vault);
    QStringList ids;
    ids.reserve(clients);
    QStringList families;

    QElapsedTimer t;
    t.start();
    {
        Transaction tx(vault->database());
        for (int i = 0; i < clients; ++i) {
            Client c;
            c.givenName = pick(kGiven, rng);
            c.familyName = familyName(rng);
            c.emails = {stripAccents(c.givenName) + QStringLiteral(".%1@example.lv").arg(i)};
            c.phones = {QStringLiteral("+371 2%1").arg(rng.bounded(10000000u), 7, 10, QLatin1Char('0'))};
            c.tags = {i % 10 == 0 ? QStringLiteral("vip") : QStringLiteral("regular")};
            ids << store.add(c);
            if (i % 1000 == 0)
                families << c.familyName;
        }
        tx.commit();
    }
    const double insertSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    {
        Transaction tx(vault->database());
        for (int i = 0; i < clients * 3; ++i)
            notes.add(ids[i % clients], NoteKind::Note,
                      QStringLiteral("%1 about the %2, follow up").arg(pick(kNoteWords, rng), pick(kNoteWords, rng)));
        tx.commit();
    }
    const double noteSeconds = t.nsecsElapsed() / 1e9;
    std::printf("inserted %d clients in %.2f s: %.0f clients/s in one transaction (target at least 5000/s)\n", clients,
                insertSeconds, clients / insertSeconds);
    std::printf("inserted %d notes in %.2f s: %.0f notes/s\n", clients * 3, noteSeconds, clients * 3 / noteSeconds);

    // Queries a person types: surname prefixes without accents, a first name and a surname, an email
    // prefix, a note word, with a tag filter.
    QStringList queries;
    for (const QString& f : families) {
        const QString plain = stripAccents(f);
        queries << plain.left(4) << plain.left(6) << plain;
    }
    queries << QStringLiteral("eriks ozo") << QStringLiteral("jurate") << QStringLiteral("rehor dvo")
            << QStringLiteral("anna.12") << QStringLiteral("greenhouse") << QStringLiteral("contract renewal");
    std::vector<double> firstPage, counts;
    for (int round = 0; round < 3; ++round) {
        for (const QString& q : queries) {
            QElapsedTimer s;
            s.start();
            const auto page = store.list({q, {}}, 0, 50);
            firstPage.push_back(s.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE") && round == 0)
                std::printf("  %-20s %7.2f ms, %zu rows\n", qPrintable(q), firstPage.back(), page.size());
            s.restart();
            (void)store.count({q, {}});
            counts.push_back(s.nsecsElapsed() / 1e6);
        }
    }
    std::printf("search, first page of 50, %zu queries: median %.2f ms, p95 %.2f ms (target p95 under 20 ms)\n",
                firstPage.size(), percentile(firstPage, 0.5), percentile(firstPage, 0.95));
    std::printf("search, match count: median %.2f ms, p95 %.2f ms\n", percentile(counts, 0.5),
                percentile(counts, 0.95));
    return 0;
}
