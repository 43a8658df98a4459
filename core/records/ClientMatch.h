// How ClientStore::list tests one client against a search without asking the index: the conditions of
// a query as FTS4 reads them, FTS4's own tokenizer, and a client read only as far as a test needs.
// Internal to ClientSearch.cpp; kept apart to keep that file readable.
#pragma once

#include "NoteSearch.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QStringList>
#include <algorithm>
#include <cstring>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace coffer::search {

// The index's own unicode61 tokenizer, so that testing a client agrees with MATCH token for token. It is
// called directly (fts3_tokenizer() hands out the module; the fts3tokenize table costs a statement per
// text, which was most of a test). The structs are those of SQLite's fts3_tokenizer.h, an interface
// SQLite documents as stable but does not install. Newer SQLite builds hand the module out only for a
// bound name, and a build may refuse altogether: then nothing is tested and every search is looked up.
struct TokenizerModule;
struct TokenizerHandle
{
    const TokenizerModule* module;
};
struct TokenizerCursor
{
    TokenizerHandle* tokenizer;
};
struct TokenizerModule
{
    int version;
    int (*create)(int argc, const char* const* argv, TokenizerHandle** tokenizer);
    int (*destroy)(TokenizerHandle* tokenizer);
    int (*open)(TokenizerHandle* tokenizer, const char* input, int bytes, TokenizerCursor** cursor);
    int (*close)(TokenizerCursor* cursor);
    int (*next)(TokenizerCursor* cursor, const char** token, int* bytes, int* start, int* end, int* position);
};

class Tokenizer
{
public:
    explicit Tokenizer(Database& db)
    {
        Statement st = db.prepare("SELECT fts3_tokenizer(?)");
        st.bind(1, QStringLiteral("unicode61"));
        const QByteArray pointer = st.next() ? st.blob(0) : QByteArray();
        // fts3_tokenizer() returns the module's address itself as a blob, so its size is a pointer's.
        if (pointer.size() == sizeof(m_module))                            // NOLINT(bugprone-sizeof-expression)
            std::memcpy(&m_module, pointer.constData(), sizeof(m_module)); // NOLINT(bugprone-sizeof-expression)
        if (m_module && m_module->create(0, nullptr, &m_tokenizer) == SQLITE_OK)
            m_tokenizer->module = m_module;
        else
            m_tokenizer = nullptr;
    }
    ~Tokenizer()
    {
        if (m_tokenizer)
            m_module->destroy(m_tokenizer);
    }
    Q_DISABLE_COPY(Tokenizer)
    bool available() const { return m_tokenizer != nullptr; }

    // Each token, and whether it ends where the text does.
    template <typename Each> void split(const QByteArray& utf8, Each each)
    {
        TokenizerCursor* cursor = nullptr;
        if (m_module->open(m_tokenizer, utf8.constData(), int(utf8.size()), &cursor) != SQLITE_OK)
            return;
        cursor->tokenizer = m_tokenizer;
        const char* token = nullptr;
        int bytes = 0, start = 0, end = 0, position = 0;
        while (m_module->next(cursor, &token, &bytes, &start, &end, &position) == SQLITE_OK)
            each(QByteArray(token, bytes), end == utf8.size());
        m_module->close(cursor);
    }
    std::vector<QByteArray> tokens(const QByteArray& utf8)
    {
        std::vector<QByteArray> out;
        split(utf8, [&](QByteArray t, bool) { out.push_back(std::move(t)); });
        return out;
    }

private:
    const TokenizerModule* m_module = nullptr;
    TokenizerHandle* m_tokenizer = nullptr;
};

struct Token
{
    QByteArray text;
    bool prefix;
};

// One condition of a query: a search word, in the client's own document or in one of their notes; the
// tag; or a set of clients found by a query of their own (the restricted ones, those who may be
// contacted for a purpose), whose members are known before the walk and tested by rowid. A word is
// what FTS4 parses "word*" into: its tokens, all in one document, the last a prefix when the star
// follows it directly. A word without tokens is an empty MATCH, which matches nothing.
struct Condition
{
    QString term; // "word*", or the tag
    bool isTag = false;
    bool isSet = false;
    std::vector<qint64> members; // a set's clients, ascending
    std::vector<Token> tokens;
    bool tested = false;                          // tested client by client rather than looked up
    bool commonInNotes = false;                   // met by many through their notes: a walk reads them
    std::optional<std::vector<qint64>> documents; // a tested word's own-document matches, when few
    bool isWord() const { return !isTag && !isSet; }
};

inline bool contains(const std::vector<qint64>& sorted, qint64 rowid)
{
    return std::binary_search(sorted.begin(), sorted.end(), rowid);
}

inline bool inDocument(const std::vector<QByteArray>& document, const std::vector<Token>& tokens)
{
    return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [&](const Token& t) {
        return std::any_of(document.begin(), document.end(),
                           [&](const QByteArray& d) { return t.prefix ? d.startsWith(t.text) : d == t.text; });
    });
}

// Where a test reads a client's notes: note_search's own content table, FTS4's documented
// %_content(docid INTEGER PRIMARY KEY, c0<column>, ...), which holds the bytes FTS4 tokenized. A
// client's note documents are one docid range (NoteSearch.h) of that table's b-tree, so their text is
// one page, found by the rowid alone; the notes table would take the client's row (for its id) and a
// page of notes_by_client.
inline const char* const kClientNotes =
    "SELECT c0content FROM note_search_content WHERE docid BETWEEN ?1 << 32 AND (?1 << 32) | 4294967295";

// One client under test, read as far as the conditions need: their tags (their row), their FTS
// document, their notes' text. A walk that reads the tags or the notes itself, in the same statement,
// hands them over.
class Candidate
{
public:
    Candidate(Database& db, Tokenizer& tokenizer, qint64 rowid)
        : m_db(db)
        , m_tokenizer(tokenizer)
        , m_rowid(rowid)
    {
    }
    void setTags(const QString& tagList) { m_tags = tagList.split(QChar(kTagSeparator), Qt::SkipEmptyParts); }
    void addNote(const QByteArray& utf8)
    {
        if (!m_notes)
            m_notes.emplace();
        m_notes->push_back(m_tokenizer.tokens(utf8));
    }
    void noNotes() { m_notes.emplace(); }

    bool meets(const Condition& c)
    {
        if (c.isSet)
            return std::binary_search(c.members.begin(), c.members.end(), m_rowid);
        return c.isTag ? hasTag(c) : inOwnDocument(c) || inNotes(c);
    }
    bool hasTag(const Condition& c)
    {
        if (!m_tags) {
            auto row = m_db.cached("SELECT tag_list FROM clients WHERE rowid = ?");
            row->bind(1, m_rowid);
            setTags(row->next() ? row->text(0) : QString());
        }
        return std::any_of(m_tags->begin(), m_tags->end(),
                           [&](const QString& t) { return nocaseKey(t) == nocaseKey(c.term); });
    }
    bool inOwnDocument(const Condition& c)
    {
        if (c.documents)
            return contains(*c.documents, m_rowid);
        if (!m_document) {
            auto st = m_db.cached("SELECT content FROM client_search WHERE docid = ?");
            st->bind(1, m_rowid);
            m_document = st->next() ? m_tokenizer.tokens(st->blob(0)) : std::vector<QByteArray>{};
        }
        return inDocument(*m_document, c.tokens);
    }
    bool inNotes(const Condition& c)
    {
        if (!m_notes) {
            m_notes.emplace();
            auto st = m_db.cached(kClientNotes);
            st->bind(1, m_rowid);
            while (st->next())
                m_notes->push_back(m_tokenizer.tokens(st->blob(0)));
        }
        return std::any_of(m_notes->begin(), m_notes->end(), [&](const auto& n) { return inDocument(n, c.tokens); });
    }

private:
    Database& m_db;
    Tokenizer& m_tokenizer;
    qint64 m_rowid;
    std::optional<QStringList> m_tags;
    std::optional<std::vector<QByteArray>> m_document;
    std::optional<std::vector<std::vector<QByteArray>>> m_notes;
};

} // namespace coffer::search
