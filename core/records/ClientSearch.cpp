// The search half of ClientStore: the FTS4 document of each client and the paged, filtered list.
#include "ClientStore.h"

#include "store/Database.h"
#include "vault/Vault.h"

#include <QRegularExpression>

namespace coffer {

namespace {

// A user's words as FTS4 prefix terms. Only letters and digits pass, lower-cased, so nothing typed can
// become an FTS operator (OR, NEAR, quotes, -).
QStringList matchTerms(const QString& search)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : search.split(separators, Qt::SkipEmptyParts))
        terms << word.toLower() + u'*';
    return terms;
}

// Each word must match, as a prefix, either the client's own document or one of their notes.
struct Filter
{
    QString where;
    QString matches; // the compound SELECT of matching client rowids, or empty without search words
    QStringList terms;
    QString tag;
};

Filter filterFor(const ClientQuery& query)
{
    Filter f;
    QStringList conditions;
    f.terms = matchTerms(query.search);
    // The set of matching rowids is computed once (an intersection over the words of the union of
    // client and note matches); the outer query then only sorts and pages it.
    QStringList perWord;
    for (qsizetype i = 0; i < f.terms.size(); ++i)
        perWord << QStringLiteral("SELECT docid FROM client_search WHERE client_search MATCH ?%1 UNION "
                                  "SELECT cl.rowid FROM note_search s JOIN notes n ON n.rowid = s.docid "
                                  "JOIN clients cl ON cl.id = n.client_id WHERE note_search MATCH ?%1")
                       .arg(i + 1);
    f.matches = perWord.join(QStringLiteral(" INTERSECT "));
    if (!f.matches.isEmpty())
        conditions << QStringLiteral("c.rowid IN (") + f.matches + u')';
    f.tag = query.tag.trimmed();
    if (!f.tag.isEmpty())
        conditions << QStringLiteral("c.id IN (SELECT client_id FROM client_tags WHERE tag = ?%1 COLLATE NOCASE)")
                          .arg(f.terms.size() + 1);
    f.where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

void bindFilter(Statement& st, const Filter& f)
{
    int index = 1;
    for (const QString& term : f.terms)
        st.bind(index++, term);
    if (!f.tag.isEmpty())
        st.bind(index, f.tag);
}

} // namespace

void ClientStore::reindex(Database& db, const QString& clientId)
{
    qint64 docid = 0;
    QStringList parts;
    {
        auto row =
            db.cached("SELECT rowid, display_name, given_name, family_name, organisation FROM clients WHERE id = ?");
        row->bind(1, clientId);
        if (!row->next())
            return;
        docid = row->integer(0);
        parts << row->text(1) << row->text(2) << row->text(3) << row->text(4);
    }
    auto collect = [&](const char* sql, bool digitsToo) {
        auto st = db.cached(sql);
        st->bind(1, clientId);
        while (st->next()) {
            parts << st->text(0);
            if (digitsToo) { // "+371 2912 3456" is also found as 37129123456
                QString digits;
                for (QChar ch : parts.last())
                    if (ch.isDigit())
                        digits += ch;
                parts << digits;
            }
        }
    };
    collect("SELECT email FROM client_emails WHERE client_id = ?", false);
    collect("SELECT phone FROM client_phones WHERE client_id = ?", true);
    collect("SELECT tag FROM client_tags WHERE client_id = ?", false);
    // FTS4 flushes its pending terms whenever a docid is not above the last one it saw; a new client's
    // rowid always is, so bulk adds only buffer, and only a real update pays for the delete.
    bool indexed = false;
    {
        auto existing = db.cached("SELECT 1 FROM client_search WHERE docid = ?");
        indexed = existing->bind(1, docid).next();
    }
    if (indexed)
        db.cached("DELETE FROM client_search WHERE docid = ?")->bind(1, docid).run();
    db.cached("INSERT INTO client_search (docid, content) VALUES (?, ?)")
        ->bind(1, docid)
        .bind(2, parts.join(u'\n'))
        .run();
}

std::vector<ClientSummary> ClientStore::list(const ClientQuery& query, int offset, int limit)
{
    m_vault.require(Permission::ReadRecords);
    const Filter f = filterFor(query);
    // Two ways to a sorted page of matches. Fetch every match by rowid and sort: about one page read
    // (and decrypted) per match. Or walk the name index in order until the page is full: about
    // (offset + limit) / fraction-matching entries, some 100 to an index page. SQLite's planner cannot
    // know the fraction, so the match count decides; the walk wins when count² > entries·total/100.
    bool walkNameIndex = f.terms.isEmpty();
    if (!walkNameIndex) {
        const double matches = count(query);
        const double total = double(m_vault.database().scalar("SELECT max(rowid) FROM clients"));
        walkNameIndex = matches * matches > double(qMax(0, offset) + qMax(1, limit)) * total / 100.0;
    }
    const QByteArray sql =
        QStringLiteral("SELECT c.id, c.kind, c.display_name, c.organisation, "
                       "(SELECT email FROM client_emails WHERE client_id = c.id ORDER BY position LIMIT 1), "
                       "(SELECT phone FROM client_phones WHERE client_id = c.id ORDER BY position LIMIT 1), "
                       "c.country, c.restricted, c.updated FROM clients c %1%2 "
                       "ORDER BY c.display_name COLLATE NOCASE, c.rowid LIMIT %3 OFFSET %4")
            .arg(walkNameIndex ? QStringLiteral("INDEXED BY clients_by_name") : QStringLiteral("NOT INDEXED"), f.where)
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
    // Without a tag the match set alone answers, with no client row read.
    const QByteArray sql =
        (f.tag.isEmpty() && !f.matches.isEmpty() ? QStringLiteral("SELECT count(*) FROM (") + f.matches + u')'
                                                 : QStringLiteral("SELECT count(*) FROM clients c") + f.where)
            .toUtf8();
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
