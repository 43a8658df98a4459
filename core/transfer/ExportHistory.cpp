#include "ExportHistory.h"

#include "store/Database.h"

namespace coffer {

void ExportHistory::record(Database& db, const ExportRecord& r)
{
    db.prepare("INSERT INTO exports (time, made_by, scope, client, format, encrypted, path, manifest_sha256, clients) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, r.time.toUTC().toString(Qt::ISODateWithMs))
        .bind(2, r.madeBy)
        .bind(3, r.wholeVault() ? QStringLiteral("all") : QStringLiteral("client"))
        .bind(4, r.clientPseudonym)
        .bind(5, r.format)
        .bind(6, r.encrypted ? 1 : 0)
        .bind(7, r.path)
        .bind(8, r.manifestSha256)
        .bind(9, r.clients)
        .run();
}

std::vector<ExportRecord> ExportHistory::list(Database& db)
{
    std::vector<ExportRecord> out;
    Statement st = db.prepare("SELECT time, made_by, client, format, encrypted, path, manifest_sha256, clients "
                              "FROM exports ORDER BY seq DESC");
    while (st.next())
        out.push_back({QDateTime::fromString(st.text(0), Qt::ISODateWithMs), st.text(1), st.text(2), st.text(3),
                       st.integer(4) != 0, st.text(5), st.text(6), int(st.integer(7))});
    return out;
}

} // namespace coffer
