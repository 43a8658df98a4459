// The search half of ClientStore: the FTS4 document of each client and the paged, filtered list.
#include "ClientStore.h"

#include "store/Database.h"
#include "vault/Vault.h"

#include <QRegularExpression>

namespace coffer {

namespace {

// A user's words as an FTS4 query: each word a prefix term, all of them required. Only letters and
// digits pass, lower-cased, so nothing typed can become an FTS operator (OR, NEAR, quotes, -).
QString matchExpression(const QString& search)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : search.split(separators, Qt::SkipEmptyParts))
        terms << word.toLower() + u'*';
    return terms.join(u' ');
}

struct Filter
{
    QString where;
    QString match;
    QString tag;
};

Filter filterFor(const ClientQuery& query)
{
    Filter f;
    QStringList conditions;
    f.match = matchExpression(query.search);
    if (!f.match.isEmpty())
        conditions << QStringLiteral("c.rowid IN (SELECT docid FROM client_search WHERE client_search MATCH :match)");
    f.tag = query.tag.trimmed();
    if (!f.tag.isEmpty())
        conditions << QStringLiteral("c.id IN (SELECT client_id FROM client_tags WHERE tag = :tag COLLATE NOCASE)");
    f.where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

void bindFilter(Statement& st, const Filter& f)
{
    // Named parameters are numbered in order of first appearance.
    int index = 1;
    if (!f.match.isEmpty())
        st.bind(index++, f.match);
    if (!f.tag.isEmpty())
        st.bind(index++, f.tag);
}

} // namespace

void ClientStore::reindex(Database& db, const QString& clientId)
{
    Statement row = db.prepare("SELECT rowid, display_name, given_name, family_name, organisation FROM clients WHERE id = ?");
    row.bind(1, clientId);
    if (!row.next())
        return;
    const qint64 docid = row.integer(0);
    QStringList parts{row.text(1), row.text(2), row.text(3), row.text(4)};
    auto collect = [&](const char* sql, bool digitsToo) {
        Statement st = db.prepare(sql);
        st.bind(1, clientId);
        while (st.next()) {
            parts << st.text(0);
            if (digitsToo) // "+371 2912 3456" is also found as 37129123456 or 2912…
                parts << QString(st.text(0)).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        }
    };
    collect("SELECT email FROM client_emails WHERE client_id = ?", false);
    collect("SELECT phone FROM client_phones WHERE client_id = ?", true);
    collect("SELECT tag FROM client_tags WHERE client_id = ?", false);
    collect("SELECT text FROM notes WHERE client_id = ?", false);
    db.prepare("DELETE FROM client_search WHERE docid = ?").bind(1, docid).run();
    db.prepare("INSERT INTO client_search (docid, content) VALUES (?, ?)").bind(1, docid).bind(2, parts.join(u'\n')).run();
}

std::vector<ClientSummary> ClientStore::list(const ClientQuery& query, int offset, int limit)
{
    m_vault.require(Permission::ReadRecords);
    const Filter f = filterFor(query);
    const QByteArray sql =
        QStringLiteral("SELECT c.id, c.kind, c.display_name, c.organisation, "
                       "(SELECT email FROM client_emails WHERE client_id = c.id ORDER BY position LIMIT 1), "
                       "(SELECT phone FROM client_phones WHERE client_id = c.id ORDER BY position LIMIT 1), "
                       "c.country, c.restricted, c.updated FROM clients c%1 "
                       "ORDER BY c.display_name COLLATE NOCASE, c.id LIMIT %2 OFFSET %3")
            .arg(f.where)
            .arg(qMax(0, limit))
            .arg(qMax(0, offset))
            .toUtf8();
    Statement st = m_vault.database().prepare(sql.constData());
    bindFilter(st, f);
    std::vector<ClientSummary> out;
    while (st.next())
        out.push_back({st.text(0), clientKindFromName(st.text(1)).value_or(ClientKind::Person), st.text(2), st.text(3),
                       st.text(4), st.text(5), st.text(6), st.integer(7) != 0, fromStamp(st.text(8))});
    return out;
}

int ClientStore::count(const ClientQuery& query)
{
    m_vault.require(Permission::ReadRecords);
    const Filter f = filterFor(query);
    const QByteArray sql = (QStringLiteral("SELECT count(*) FROM clients c") + f.where).toUtf8();
    Statement st = m_vault.database().prepare(sql.constData());
    bindFilter(st, f);
    return st.next() ? int(st.integer(0)) : 0;
}

QStringList ClientStore::allTags()
{
    m_vault.require(Permission::ReadRecords);
    QStringList tags;
    Statement st = m_vault.database().prepare("SELECT DISTINCT tag FROM client_tags ORDER BY tag COLLATE NOCASE");
    while (st.next())
        tags << st.text(0);
    return tags;
}

} // namespace coffer
