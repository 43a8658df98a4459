#include "AuditLog.h"

#include "crypto/Sha256.h"
#include "store/Database.h"

#include <QtEndian>
#include <limits>

namespace coffer {

namespace {

constexpr int kHashSize = 32;                 // SHA-256
const QLatin1String kClientPrefix("client="); // the detail of a removal (AuditLog::clientDetail)

void addField(Sha256& hash, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    char len[4];
    qToBigEndian(quint32(utf8.size()), len);
    hash.add(len, sizeof len);
    hash.add(utf8);
}

// Length-prefixed fields, so no two different rows hash the same by shifting text between fields.
QByteArray rowHash(const QByteArray& prev, qint64 seq, const QString& time, const QString& actor, const QString& action,
                   const QString& objectType, const QString& objectId, const QString& detail)
{
    Sha256 hash;
    hash.add(prev);
    char seqBytes[8];
    qToBigEndian(quint64(seq), seqBytes);
    hash.add(seqBytes, sizeof seqBytes);
    for (const QString* field : {&time, &actor, &action, &objectType, &objectId, &detail})
        addField(hash, *field);
    return hash.result();
}

} // namespace

qint64 AuditLog::append(Database& db, const QString& actor, const QString& action, const QString& objectType,
                        const QString& objectId, const QString& detail)
{
    qint64 seq = 1;
    QByteArray prev(kHashSize, '\0');
    {
        auto last = db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last->next()) {
            seq = last->integer(0) + 1;
            prev = last->blob(1);
        }
    }
    const QString time = nowStamp();
    db.cached("INSERT INTO audit (seq, time, actor, action, object_type, object_id, detail, prev_hash, hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, seq)
        .bind(2, time)
        .bind(3, actor)
        .bind(4, action)
        .bind(5, objectType)
        .bind(6, objectId)
        .bind(7, detail)
        .bind(8, prev)
        .bind(9, rowHash(prev, seq, time, actor, action, objectType, objectId, detail))
        .run();
    return seq;
}

namespace {
std::vector<AuditEntry> readEntries(Statement& st)
{
    std::vector<AuditEntry> out;
    while (st.next())
        out.push_back(
            {st.integer(0), fromStamp(st.text(1)), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    return out;
}
} // namespace

std::vector<AuditEntry> AuditLog::entries(Database& db, qint64 afterSeq, int limit)
{
    Statement st = db.prepare("SELECT seq, time, actor, action, object_type, object_id, detail FROM audit "
                              "WHERE seq > ? ORDER BY seq LIMIT ?");
    st.bind(1, afterSeq).bind(2, limit);
    return readEntries(st);
}

bool AuditQuery::narrows() const
{
    return !actors.isEmpty() || !actions.isEmpty() || !exceptActions.isEmpty() || from.isValid() || until.isValid() ||
           !clientId.isEmpty();
}

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The query's conditions as SQL, each ending in its own AND, and the text bound to them in order.
// Times compare as text: every stamp is written by nowStamp (UTC, ISO 8601 with milliseconds).
QString conditions(const AuditQuery& query, QStringList& values)
{
    QString sql;
    const auto inList = [&](const char* column, const QStringList& list, bool negate) {
        if (list.isEmpty())
            return;
        sql += QStringLiteral("%1 %2IN (%3) AND ")
                   .arg(QLatin1String(column), negate ? QStringLiteral("NOT ") : QString(), placeholders(list.size()));
        values += list;
    };
    inList("actor", query.actors, false);
    inList("action", query.actions, false);
    inList("action", query.exceptActions, true);
    if (query.from.isValid()) {
        sql += QStringLiteral("time >= ? AND ");
        values << query.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (query.until.isValid()) {
        sql += QStringLiteral("time < ? AND ");
        values << query.until.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!query.clientId.isEmpty()) {
        // NoteStore, FileStore and ConsentStore log their rows by their own ids; those rows are the
        // client's while the client exists (an erasure deletes them, and its entries name the pseudonym).
        // A removed note or file is no longer there to ask: its removal names the client (clientDetail),
        // and so leads to every entry about it, from its creation to the removal itself.
        sql += QStringLiteral("((object_type = 'client' AND object_id = ?) OR "
                              "(object_type IN ('note', 'file') AND object_id IN (SELECT object_id FROM audit "
                              "WHERE action IN ('note.delete', 'file.delete') AND detail = ?)) OR "
                              "(object_type = 'note' AND object_id IN (SELECT id FROM notes WHERE client_id = ?)) OR "
                              "(object_type = 'file' AND object_id IN (SELECT id FROM files WHERE client_id = ?)) OR "
                              "(object_type = 'consent' AND object_id IN "
                              "(SELECT id FROM consents WHERE client_id = ?))) AND ");
        values << query.clientPseudonym << AuditLog::clientDetail(query.clientPseudonym) << query.clientId
               << query.clientId << query.clientId;
    }
    return sql;
}

} // namespace

std::vector<AuditEntry> AuditLog::entriesBefore(Database& db, qint64 beforeSeq, int limit, const AuditQuery& query)
{
    QStringList values;
    const QString where = conditions(query, values);
    const QByteArray sql =
        QStringLiteral("SELECT seq, time, actor, action, object_type, object_id, detail FROM audit WHERE %1seq < ? "
                       "ORDER BY seq DESC LIMIT ?")
            .arg(where)
            .toUtf8();
    Statement st = db.prepare(sql.constData());
    int index = 1;
    for (const QString& value : values)
        st.bind(index++, value);
    st.bind(index, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    st.bind(index + 1, limit);
    return readEntries(st);
}

std::vector<AuditActor> AuditLog::actors(Database& db, qint64 afterSeq)
{
    std::vector<AuditActor> out;
    Statement st = db.prepare("SELECT actor, max(seq) FROM audit WHERE seq > ? GROUP BY actor");
    st.bind(1, afterSeq);
    while (st.next())
        out.push_back({st.text(0), st.integer(1)});
    return out;
}

QString AuditLog::clientDetail(const QString& pseudonym)
{
    return QString(kClientPrefix) + pseudonym;
}

QString AuditLog::clientOf(const AuditEntry& entry)
{
    const bool removal = entry.objectType == QLatin1String("note") || entry.objectType == QLatin1String("file");
    return removal && entry.detail.startsWith(kClientPrefix) ? entry.detail.mid(kClientPrefix.size()) : QString();
}

qint64 AuditLog::count(Database& db)
{
    return db.scalar("SELECT count(*) FROM audit");
}

AuditVerification AuditLog::verify(Database& db)
{
    AuditVerification result;
    QByteArray expectedPrev(kHashSize, '\0');
    Statement st = db.prepare("SELECT seq, time, actor, action, object_type, object_id, detail, prev_hash, hash "
                              "FROM audit ORDER BY seq");
    while (st.next()) {
        ++result.rowsChecked;
        const qint64 seq = st.integer(0);
        const QByteArray prev = st.blob(7);
        const QByteArray hash = st.blob(8);
        if (prev != expectedPrev ||
            hash != rowHash(prev, seq, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6))) {
            result.firstBrokenSeq = seq;
            return result;
        }
        expectedPrev = hash;
    }
    return result;
}

} // namespace coffer
