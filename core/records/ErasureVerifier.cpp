#include "ErasureVerifier.h"

#include "crypto/Secret.h"
#include "crypto/SqlCipherPages.h"
#include "records/NoteSearch.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace coffer {

namespace {

// Shorter strings ("Li", "Jo") occur inside unrelated words; searching for them proves nothing.
constexpr int kMinSearchLength = 3;

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

struct ScanResult
{
    int tables = 0;
    qint64 rows = 0;
    QStringList tablesWithHits; // schema names only
};

// Every row of every ordinary table (FTS shadow tables included, the FTS tables themselves skipped:
// their shadows hold the same bytes) whose non-BLOB columns contain one of the needles, byte for byte.
// BLOB columns hold hashes, key-slot ids, file contents and index segments: none stores an id or a
// name as text, file contents go with their rows, and index segments are checked term by term.
ScanResult scanTables(Database& db, const QStringList& needles)
{
    ScanResult result;
    if (needles.isEmpty())
        return result;
    QStringList tables;
    {
        Statement st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
                                  "VIRTUAL TABLE%' ORDER BY name");
        while (st.next())
            tables << st.text(0);
    }
    for (const QString& table : tables) {
        QStringList columns;
        {
            Statement info =
                db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)).toUtf8().constData());
            while (info.next())
                if (!info.text(2).contains(QStringLiteral("BLOB"), Qt::CaseInsensitive))
                    columns << quoted(info.text(1));
        }
        ++result.tables;
        if (columns.isEmpty())
            continue;
        QStringList conditions;
        for (int i = 1; i <= needles.size(); ++i)
            for (const QString& c : columns)
                conditions << QStringLiteral("instr(CAST(%1 AS BLOB), ?%2) > 0").arg(c).arg(i);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                .arg(quoted(table), conditions.join(QStringLiteral(" OR ")));
        Statement st = db.prepare(sql.toUtf8().constData());
        for (int i = 0; i < needles.size(); ++i)
            st.bind(i + 1, needles[i].toUtf8());
        const qint64 hits = st.next() ? st.integer(0) : 0;
        if (hits > 0) {
            result.rows += hits;
            result.tablesWithHits << table;
        }
    }
    return result;
}

// The search tables' own tokenizer and term list, as temporary virtual tables: tokens are what the
// index stores (case folded, diacritics removed, split at punctuation), so only these see what it holds.
class IndexTerms
{
public:
    IndexTerms(Database& db, const char* table)
        : m_db(db)
    {
        m_db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.coffer_erase_tokens USING fts3tokenize(unicode61)");
        m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.coffer_erase_terms USING fts4aux(main, %1)")
                      .arg(QString::fromLatin1(table))
                      .toUtf8()
                      .constData());
    }
    ~IndexTerms()
    {
        try {
            m_db.exec("DROP TABLE IF EXISTS temp.coffer_erase_terms");
            m_db.exec("DROP TABLE IF EXISTS temp.coffer_erase_tokens");
        } catch (...) {
        }
    }
    Q_DISABLE_COPY(IndexTerms)

    QSet<QString> tokens(const QString& text)
    {
        QSet<QString> out;
        Statement st = m_db.prepare("SELECT token FROM temp.coffer_erase_tokens WHERE input = ?");
        st.bind(1, text);
        while (st.next())
            out.insert(st.text(0));
        return out;
    }
    // How many documents of the table hold the term (0 when the index has no such term).
    qint64 documents(const QString& term)
    {
        Statement st = m_db.prepare("SELECT documents FROM temp.coffer_erase_terms WHERE term = ? AND col = '*'");
        st.bind(1, term);
        return st.next() ? st.integer(0) : 0;
    }

private:
    Database& m_db;
};

} // namespace

QJsonArray checksToJson(const std::vector<ErasureCheck>& checks)
{
    QJsonArray out;
    for (const ErasureCheck& c : checks)
        out.append(QJsonObject{{QStringLiteral("check"), c.key},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("passed"), c.passed},
                               {QStringLiteral("detail"), c.detail}});
    return out;
}

ErasureVerifier::ErasureVerifier(Database& db, const QString& clientId)
    : m_clientId(clientId)
{
    collectStrings(db);
    collectUniqueTerms(db, "client_search");
    collectUniqueTerms(db, "note_search");
}

ErasureVerifier::~ErasureVerifier()
{
    // The strings were client data in ordinary memory; do not leave them for the allocator to hand out.
    for (QString& s : m_strings)
        s.fill(QChar(u'\0'));
    for (auto& [table, terms] : m_uniqueTerms)
        for (QString& t : terms)
            t.fill(QChar(u'\0'));
}

void ErasureVerifier::collectStrings(Database& db)
{
    // Each kind of string counts as another client's own only where that client keeps the same kind: a
    // household's phone, a common tag, a file named "contract.pdf" like theirs, a sentence in their notes
    // too. A name mentioned in another client's note or field is still the erased person's data, and is
    // searched for (and reported).
    enum Kind { Identity, Tag, FieldValue, FileName, NoteText };
    std::vector<std::pair<QString, Kind>> candidates;
    {
        Statement st =
            db.prepare("SELECT display_name, given_name, family_name, organisation, address FROM clients WHERE id = ?");
        st.bind(1, m_clientId);
        if (st.next())
            for (int i = 0; i < 5; ++i)
                candidates.emplace_back(st.text(i), Identity);
    }
    for (const char* sql : {"SELECT email FROM client_emails WHERE client_id = ?",
                            "SELECT phone FROM client_phones WHERE client_id = ?"}) {
        Statement st = db.prepare(sql);
        st.bind(1, m_clientId);
        while (st.next()) {
            candidates.emplace_back(st.text(0), Identity);
            QString digits; // the search document also holds a phone as bare digits
            for (QChar ch : st.text(0))
                if (ch.isDigit())
                    digits += ch;
            candidates.emplace_back(digits, Identity);
        }
    }
    // Tags, custom field values and file names identify a person as well as a name does.
    for (const auto& [sql, kind] : {std::pair("SELECT tag FROM client_tags WHERE client_id = ?", Tag),
                                    std::pair("SELECT value FROM client_fields WHERE client_id = ?", FieldValue),
                                    std::pair("SELECT name FROM files WHERE client_id = ?", FileName)}) {
        Statement st = db.prepare(sql);
        st.bind(1, m_clientId);
        while (st.next())
            candidates.emplace_back(st.text(0), kind);
    }
    // A note's text, as fragments: a whole note is rarely found verbatim where a part of it survives (an
    // index segment, a page image), and a short window still names what only that note said.
    {
        constexpr int kWindow = 24, kStep = 96, kMaxPerNote = 8;
        Statement st = db.prepare("SELECT text FROM notes WHERE client_id = ?");
        st.bind(1, m_clientId);
        while (st.next()) {
            const QString text = st.text(0).simplified();
            for (int at = 0, n = 0; at < text.size() && n < kMaxPerNote; at += kStep, ++n)
                candidates.emplace_back(text.mid(at, kWindow), NoteText);
        }
    }
    Statement identity = db.prepare(
        "SELECT EXISTS (SELECT 1 FROM clients WHERE id <> ?1 AND (instr(display_name, ?2) OR instr(given_name, ?2) "
        "OR instr(family_name, ?2) OR instr(organisation, ?2) OR instr(address, ?2))) "
        "OR EXISTS (SELECT 1 FROM client_emails WHERE client_id <> ?1 AND instr(email, ?2)) "
        "OR EXISTS (SELECT 1 FROM client_phones WHERE client_id <> ?1 AND instr(phone, ?2)) "
        // Another client's search document: their phones as bare digits, their tags.
        "OR EXISTS (SELECT 1 FROM clients c JOIN client_search s ON s.docid = c.rowid "
        "WHERE c.id <> ?1 AND instr(s.content, ?2))");
    Statement tag = db.prepare("SELECT EXISTS (SELECT 1 FROM client_tags WHERE client_id <> ?1 AND tag = ?2)");
    Statement field = db.prepare("SELECT EXISTS (SELECT 1 FROM client_fields WHERE client_id <> ?1 AND value = ?2)");
    Statement file = db.prepare("SELECT EXISTS (SELECT 1 FROM files WHERE client_id <> ?1 AND name = ?2)");
    Statement note = db.prepare("SELECT EXISTS (SELECT 1 FROM notes WHERE client_id <> ?1 AND instr(text, ?2))");
    QSet<QString> seen;
    for (const auto& [raw, kind] : candidates) {
        const QString s = raw.trimmed();
        if (s.isEmpty() || seen.contains(s))
            continue;
        seen.insert(s);
        if (s.size() < kMinSearchLength) {
            ++m_tooShort;
            continue;
        }
        Statement& shared = kind == Identity     ? identity
                            : kind == Tag        ? tag
                            : kind == FieldValue ? field
                            : kind == FileName   ? file
                                                 : note;
        shared.reset();
        shared.bind(1, m_clientId).bind(2, s);
        if (shared.next() && shared.integer(0) != 0)
            ++m_shared;
        else
            m_strings << s;
    }
}

void ErasureVerifier::collectUniqueTerms(Database& db, const char* table)
{
    // The client's documents in this index: their own in client_search (docid = their rowid), their
    // notes' in note_search (their docid range, NoteSearch.h).
    QStringList documents;
    {
        Statement row = db.prepare("SELECT rowid FROM clients WHERE id = ?");
        row.bind(1, m_clientId);
        const qint64 rowid = row.next() ? row.integer(0) : 0; // rowids start at 1: 0 holds no document
        const bool notes = qstrcmp(table, "note_search") == 0;
        Statement st = db.prepare(notes ? "SELECT content FROM note_search WHERE docid BETWEEN ? AND ?"
                                        : "SELECT content FROM client_search WHERE docid = ?");
        st.bind(1, notes ? noteSearch::firstDocid(rowid) : rowid);
        if (notes)
            st.bind(2, noteSearch::lastDocid(rowid));
        while (rowid > 0 && st.next())
            documents << st.text(0);
    }
    IndexTerms index(db, table);
    std::map<QString, qint64> own; // term → how many of the client's documents hold it
    for (const QString& doc : documents)
        for (const QString& term : index.tokens(doc))
            ++own[term];
    QStringList& unique = m_uniqueTerms[QString::fromLatin1(table)];
    for (const auto& [term, count] : own)
        if (index.documents(term) == count)
            unique << term;
}

std::vector<ErasureCheck> ErasureVerifier::checkContent(Database& db) const
{
    return {checkId(db), checkStrings(db), checkIndexTerms(db)};
}

ErasureCheck ErasureVerifier::checkId(Database& db) const
{
    const ScanResult r = scanTables(db, {m_clientId});
    ErasureCheck c{QStringLiteral("id"), tr("No row refers to the client"), r.rows == 0, {}};
    c.detail = r.rows == 0 ? tr("%n table(s) searched, no row holds the id", nullptr, r.tables)
                           : tr("%n row(s) still hold the id, in: %1", nullptr, int(r.rows))
                                 .arg(r.tablesWithHits.join(QStringLiteral(", ")));
    return c;
}

ErasureCheck ErasureVerifier::checkStrings(Database& db) const
{
    const ScanResult r = scanTables(db, m_strings);
    ErasureCheck c{QStringLiteral("strings"),
                   tr("Nothing that identified them (names, emails, phones, address, organisation, tags, custom "
                      "fields, note and file names) is in any table"),
                   r.rows == 0,
                   {}};
    c.detail = tr("%n string(s) searched in %1 tables", nullptr, int(m_strings.size())).arg(r.tables);
    c.detail +=
        r.rows == 0
            ? tr(": none found")
            : tr(": found in %n row(s), in: %1", nullptr, int(r.rows)).arg(r.tablesWithHits.join(QStringLiteral(", ")));
    if (m_shared > 0)
        c.detail += tr("; %n also belong(s) to another client and stay with them", nullptr, m_shared);
    if (m_tooShort > 0)
        c.detail += tr("; %n too short to search", nullptr, m_tooShort);
    return c;
}

ErasureCheck ErasureVerifier::checkIndexTerms(Database& db) const
{
    int total = 0, left = 0;
    QStringList where;
    for (const auto& [table, terms] : m_uniqueTerms) {
        IndexTerms index(db, table.toLatin1().constData());
        int here = 0;
        for (const QString& term : terms)
            if (index.documents(term) > 0)
                ++here;
        total += int(terms.size());
        left += here;
        if (here > 0)
            where << table;
    }
    ErasureCheck c{QStringLiteral("index"), tr("The search indexes hold none of their words"), left == 0, {}};
    c.detail = tr("%n word(s) only they had", nullptr, total) +
               (left == 0 ? tr(", none left in the indexes")
                          : tr(", %n still indexed, in: %1", nullptr, left).arg(where.join(QStringLiteral(", "))));
    return c;
}

ErasureCheck ErasureVerifier::checkRawBytes(const QString& databasePath, const Secret& key, quint32 pageSize,
                                            bool hmac) const
{
    QList<QByteArray> needles;
    for (const QString& s : m_strings)
        if (s.toUtf8().size() >= kMinRawLength)
            needles << s.toUtf8();
    qint64 pages = 0, hits = 0;
    const auto search = [&](const QByteArray& page) {
        ++pages;
        for (const QByteArray& n : needles)
            if (page.contains(n)) {
                ++hits;
                break;
            }
    };
    const bool read = forEachDecryptedPage(databasePath, false, key, pageSize, hmac, search) &&
                      forEachDecryptedPage(databasePath + QStringLiteral("-wal"), true, key, pageSize, hmac, search);
    for (QByteArray& n : needles)
        n.fill('\0');
    ErasureCheck c{QStringLiteral("raw"),
                   tr("None of their data is in the file's decrypted pages or its log"),
                   read && hits == 0,
                   {}};
    c.detail =
        !read ? tr("the file could not be read")
              : tr("%n string(s) searched in %1 decrypted page(s), free ones included", nullptr, int(needles.size()))
                        .arg(pages) +
                    (hits == 0 ? tr(": none found") : tr(": found in %n page(s)", nullptr, int(hits)));
    return c;
}

ErasureCheck ErasureVerifier::checkFreePages(Database& db)
{
    const qint64 free = db.scalar("PRAGMA freelist_count");
    return {QStringLiteral("free-pages"), tr("No free page is left that could hold old content"), free == 0,
            tr("%n free page(s)", nullptr, int(free))};
}

ErasureCheck ErasureVerifier::checkWal(const QString& databasePath)
{
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    const qint64 size = wal.exists() ? wal.size() : 0;
    return {QStringLiteral("wal"), tr("The write-ahead log is empty"), size == 0,
            wal.exists() ? tr("%n byte(s)", nullptr, int(size)) : tr("no log file")};
}

} // namespace coffer
