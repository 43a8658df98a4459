// How ClientStore::list walks the clients in a list's order: the order's index, the statement that walks
// it (rowids alone, or with what a test needs), and the walk that yields only the members of a set of
// clients found in the search index. Internal to ClientSearch.cpp; kept apart to keep that file readable.
#pragma once

#include "ClientMatch.h"
#include "Records.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QStringList>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace coffer::search {

inline constexpr double kIndexRows = 75; // entries of a sort index to a page, for the choice of plan

// Every order has an index of its columns that ends in sort_name (and, as every index does, the rowid),
// so the order is total and the index yields it without sorting, in either direction. keyColumn is the
// index's first column when that holds sortKey()s of a text, so that the clients whose text begins with
// a word are one range of the index.
struct SortOrder
{
    QString index;
    QString orderBy;
    QString keyColumn;
};

inline SortOrder sortOrder(const ClientQuery& query)
{
    static const std::map<ClientSortKey, std::pair<const char*, QStringList>> orders{
        {ClientSortKey::Name, {"clients_by_sort_name", {}}},
        {ClientSortKey::Kind, {"clients_by_kind", {QStringLiteral("c.kind")}}},
        {ClientSortKey::Organisation, {"clients_by_organisation", {QStringLiteral("c.sort_organisation")}}},
        {ClientSortKey::Email, {"clients_by_email", {QStringLiteral("c.sort_email")}}},
        {ClientSortKey::Phone, {"clients_by_phone", {QStringLiteral("c.sort_phone")}}},
        {ClientSortKey::Updated, {"clients_by_updated", {QStringLiteral("c.updated")}}},
    };
    const auto& [index, leading] = orders.at(query.sortKey);
    QStringList columns = leading;
    columns << QStringLiteral("c.sort_name") << QStringLiteral("c.rowid");
    const bool textKey = query.sortKey != ClientSortKey::Kind && query.sortKey != ClientSortKey::Updated;
    SortOrder order{QString::fromLatin1(index), {}, textKey ? columns.front() : QString()};
    if (query.descending)
        for (QString& c : columns)
            c += QStringLiteral(" DESC");
    order.orderBy = columns.join(QStringLiteral(", "));
    return order;
}

// The clients in the query's order: their rowids, from the order's index alone; for clients to be
// tested, also their tags (their row) when a tag is tested, and their notes' text, a row per note
// (ClientMatch.h's kClientNotes), when a word is common in notes.
struct Walk
{
    bool test = false, tags = false, notes = false;
    int notesColumn() const { return tags ? 2 : 1; }
    QString select() const
    {
        return QStringLiteral("SELECT c.rowid%1%2 FROM clients c %3%4")
            .arg(tags ? QStringLiteral(", c.tag_list") : QString(), notes ? QStringLiteral(", s.c0content") : QString(),
                 QStringLiteral("%1"),
                 notes ? QStringLiteral(" LEFT JOIN note_search_content s ON s.docid BETWEEN c.rowid << 32 AND "
                                        "(c.rowid << 32) | 4294967295")
                       : QString());
    }
};

inline QByteArray walkSql(const SortOrder& order, const Walk& walk = {}, const QString& where = {},
                          const QString& limit = {})
{
    return QStringLiteral("%1 %2 ORDER BY %3 %4")
        .arg(walk.select().arg(QStringLiteral("INDEXED BY ") + order.index),
             where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, order.orderBy, limit)
        .toUtf8();
}

// A walk that tests membership by rowid: a byte per rowid, 1 for a member (SQLite 3.15 has no carray()).
inline const char* const kMember = "substr(?1, c.rowid + 1, 1) = x'01'";

// The keys of an order that begin with a word: [from, to). sortKey() writes UTF-8, which has no 0xff
// byte, so raising the last byte gives the first key past them.
struct KeyRange
{
    QByteArray from, to;
};

// A range of the order's index that holds every member, when one is cheap to find: the members of a
// looked-up word are often the clients whose sorted text begins with it (a given name in name order,
// an email in email order), a run that may lie anywhere in the index. A walk from the start would read
// every entry before the run (83,000 of 100,000 for a name in V); counting the members in the word's
// range reads the range alone, and when the count is all of them the walk seeks there. Exact whatever
// the count says: a word whose members lie elsewhere too only costs the count.
inline std::optional<KeyRange> rangeOfAll(Database& db, const SortOrder& order, const QByteArray& members, size_t count,
                                          const std::vector<Condition>& conditions)
{
    if (order.keyColumn.isEmpty())
        return std::nullopt;
    const QByteArray sql = QStringLiteral("SELECT count(*) FROM clients c INDEXED BY %1 WHERE %2 >= ?2 AND %2 < ?3 "
                                          "AND %3")
                               .arg(order.index, order.keyColumn, QLatin1String(kMember))
                               .toUtf8();
    for (const Condition& c : conditions) {
        if (!c.isWord() || c.tested)
            continue;
        KeyRange range{sortKey(c.term.chopped(1)), {}};
        if (range.from.isEmpty() || quint8(range.from.back()) == 0xff)
            continue;
        range.to = range.from;
        range.to.back() = char(quint8(range.to.back()) + 1);
        Statement st = db.prepare(sql.constData());
        st.bind(1, members).bind(2, range.from).bind(3, range.to);
        if (st.next() && st.integer(0) == qint64(count))
            return range;
    }
    return std::nullopt;
}

// The clients in `rare` (the members of the looked-up conditions), in order: walk the index testing
// membership, or fetch the few members and sort them. The walk reads needed/density entries, about
// kIndexRows to a page, from the start or from the range that holds them all; fetching reads a page per
// member.
inline Statement ordered(Database& db, const SortOrder& order, const Walk& walk, const std::vector<qint64>& rare,
                         double needed, const std::vector<Condition>& conditions)
{
    const double total = double(qMax<qint64>(1, db.scalar("SELECT max(rowid) FROM clients")));
    if (double(rare.size()) * double(rare.size()) > needed * total / kIndexRows) {
        QByteArray members(qsizetype(total) + 1, '\0');
        for (qint64 r : rare)
            members[qsizetype(r)] = 1;
        const std::optional<KeyRange> range = rangeOfAll(db, order, members, rare.size(), conditions);
        QString where = QLatin1String(kMember);
        if (range)
            where += QStringLiteral(" AND %1 >= ?2 AND %1 < ?3").arg(order.keyColumn);
        Statement st = db.prepare(walkSql(order, walk, where).constData());
        st.bind(1, members);
        if (range)
            st.bind(2, range->from).bind(3, range->to);
        return st;
    }
    QStringList list;
    for (qint64 r : rare)
        list << QString::number(r);
    return db.prepare(QStringLiteral("%1 WHERE c.rowid IN (%2) ORDER BY %3")
                          .arg(walk.select().arg(QStringLiteral("NOT INDEXED")), list.join(u','), order.orderBy)
                          .toUtf8()
                          .constData());
}

} // namespace coffer::search
