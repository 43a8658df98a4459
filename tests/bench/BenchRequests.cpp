// The request register at size: 100,000 clients and 20,000 requests (a tenth of them open, some
// overdue), the Requests page from its creation to its first painted rows, and `request list --overdue`
// as the CLI runs it. Target for each: first rows under 50 ms. Also the sidebar's count of those due
// within a week, which the page computes at every reload. Usage: bench_requests [clients] [requests]
// (default 100000 20000). Runs offscreen.
#include "Application.h"
#include "CliIo.h"
#include "privacy/RequestRegister.h"
#include "privacy/RequestsPage.h"
#include "records/ClientStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTreeWidget>
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Clients through the store, requests through the register's import (its own checks, one transaction):
// received over the last two years; those of the last five weeks open, the rest done.
void fill(Vault& vault, int clients, int requests)
{
    QRandomGenerator rng(7);
    ClientStore store(vault);
    RequestRegister reg(vault);
    Transaction tx(vault.database());
    QStringList ids;
    for (int i = 0; i < clients; ++i) {
        Client c;
        c.givenName = QStringLiteral("Client");
        c.familyName = QStringLiteral("Number %1").arg(i);
        c.emails = {QStringLiteral("client.%1@example.lv").arg(i)};
        ids << store.add(c);
    }
    const QDate today = QDate::currentDate();
    const RequestType types[] = {RequestType::Access, RequestType::Erasure, RequestType::Rectification,
                                 RequestType::Objection, RequestType::Portability};
    for (int i = 0; i < requests; ++i) {
        const bool open = i % 10 == 0;
        DataRequest r;
        r.id = QStringLiteral("req-%1").arg(i, 6, 10, QLatin1Char('0'));
        r.clientId = ids[int(rng.bounded(quint32(ids.size())))];
        r.type = types[i % 5];
        r.received = today.addDays(open ? -int(rng.bounded(35u)) : -int(40 + rng.bounded(690u)));
        r.due = r.received.addMonths(1);
        r.created = r.received.startOfDay(Qt::UTC);
        r.createdBy = vault.currentUser().id;
        if (!open) {
            r.status = RequestStatus::Done;
            r.outcome = QStringLiteral("answered");
            r.closed = r.due.startOfDay(Qt::UTC);
            r.closedBy = r.createdBy;
        }
        reg.importRequest(r);
    }
    tx.commit();
}

double pageToFirstRows(Vault& vault, int& rows)
{
    QElapsedTimer t;
    t.start();
    RequestsPage page(vault);
    page.resize(1090, 740);
    page.show();
    auto* list = page.findChild<QTreeWidget*>(QStringLiteral("requestsList"));
    while (!list->viewport()->isVisible())
        QCoreApplication::processEvents();
    (void)list->viewport()->grab(); // a paint of the visible rows
    rows = list->topLevelItemCount();
    return ms(t);
}

double cliOverdue(const QString& folder, int& lines)
{
    QByteArray in, out, err;
    QTextStream inStream(&in), outStream(&out), errStream(&err);
    cli::CliIo io{inStream, outStream, errStream, false, false};
    QProcessEnvironment env;
    env.insert(QStringLiteral("COFFER_VAULT"), folder);
    env.insert(QStringLiteral("COFFER_PASSWORD"), QString::fromLatin1(kPassword));
    QElapsedTimer t;
    t.start();
    cli::runCli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--overdue")}, io, env);
    outStream.flush();
    lines = int(out.count('\n'));
    return ms(t);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initApplication();
    const int clients = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int requests = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 20000;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("bench.coffer"));
    {
        auto created = Vault::create(folder, QStringLiteral("owner"), Secret::fromUtf8(kPassword), kCheap);
        QElapsedTimer t;
        t.start();
        fill(*created.vault, clients, requests);
        std::printf("made %d clients and %d requests in %.1f s\n", clients, requests, ms(t) / 1000);
    }
    auto vault = Vault::unlock(folder, QString(), Secret::fromUtf8(kPassword));
    std::vector<double> page, count, overdue, firstChunk;
    int rows = 0;
    for (int i = 0; i < 5; ++i) {
        page.push_back(pageToFirstRows(*vault, rows));
        QElapsedTimer t;
        t.start();
        (void)RequestRegister(*vault).countDueWithin(RequestsPage::kDueSoonDays);
        count.push_back(ms(t));
        t.restart();
        (void)RequestRegister(*vault).list({.overdueOnly = true});
        overdue.push_back(ms(t));
        t.restart();
        (void)RequestRegister(*vault).list({.openOnly = true}, 0, RequestsPage::kChunk);
        firstChunk.push_back(ms(t));
    }
    std::printf("Requests page to first rows: first %.1f ms, median %.1f ms (%d open rows; target under 50 ms)\n",
                page.front(), median(page), rows);
    std::printf("of which the first %d open rows from the register: median %.1f ms\n", RequestsPage::kChunk,
                median(firstChunk));
    std::printf("count due within 7 days: median %.2f ms; overdue list in core: median %.1f ms\n", median(count),
                median(overdue));
    vault->lock();
    int lines = 0;
    std::vector<double> cli;
    for (int i = 0; i < 3; ++i)
        cli.push_back(cliOverdue(folder, lines));
    std::printf("request list --overdue (unlock with the vault's KDF included): median %.1f ms, %d lines\n",
                median(cli), lines);
    return 0;
}
