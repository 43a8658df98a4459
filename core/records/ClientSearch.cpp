// The search half of ClientStore: the paged, filtered, ordered list of clients, and its count.
//
// A page of matches can be found two ways. Look up: ask FTS4 for every matching document; a note's
// docid names its client (NoteSearch.h), so this reads the index alone, an entry per match: cheap for a
// rare word, some milliseconds for a word in a quarter of the notes. Or test: walk the order's index
// and read each client's document and notes until the page is full: cheap when most clients match,
// hopeless when few do. list() tests the first clients of the order to tell the common conditions from
// the rare ones, looks the rare ones up and tests the common ones on the clients that remain
// (ClientOrder.h walks them). A long run of misses means the sample misled it (the order put the
// matches first, as a name does in name order), and it looks those up after all. What a cold query
// costs is mostly pages read, each decrypted and checked: the plans are chosen to read few.
#include "ClientStore.h"

#include "ClientMatch.h"
#include "ClientOrder.h"
#include "ConsentStore.h"
#include "PurposeRows.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <algorithm>
#include <unordered_map>
#include <utility>

namespace coffer {

namespace {

using namespace search;

constexpr int kSample = 32;      // clients tested to tell the common conditions from the rare ones
constexpr int kCommon = 8;       // met by this many of the sample: tested client by client
constexpr int kMaxTests = 2000;  // clients a page may test before a common word is looked up instead
constexpr int kMisses = 48;      // tests failed in a row that prove the sample wrong ((3/4)^48 < 1e-5)
constexpr double kTagRows = 200; // entries of client_tags_by_tag to a page

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

const char* const kDocumentMatches = "SELECT docid FROM client_search WHERE client_search MATCH ?1";
// A note's docid holds its client's rowid (NoteSearch.h): no notes or clients row is read.
const char* const kNoteMatches = "SELECT docid >> 32 FROM note_search WHERE note_search MATCH ?1";
const char* const kTagMatches = "SELECT client_rowid FROM client_tags WHERE tag = ?1 COLLATE NOCASE";

// The rowids a statement yields, ascending and distinct.
std::vector<qint64> rowidsOf(Statement& st)
{
    std::vector<qint64> out;
    while (st.next())
        out.push_back(st.integer(0));
    if (!std::is_sorted(out.begin(), out.end())) // FTS4 yields docids in order, a tag's index too
        std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Client rowids, ascending.
std::vector<qint64> lookUp(Database& db, const char* sql, const QString& term)
{
    Statement st = db.prepare(sql);
    st.bind(1, term);
    return rowidsOf(st);
}

std::vector<qint64> lookUp(Database& db, const Condition& c)
{
    if (c.isSet)
        return c.members;
    if (c.isTag)
        return lookUp(db, kTagMatches, c.term);
    std::vector<qint64> out = lookUp(db, kDocumentMatches, c.term), notes = lookUp(db, kNoteMatches, c.term), both;
    std::set_union(out.begin(), out.end(), notes.begin(), notes.end(), std::back_inserter(both));
    return both;
}

std::vector<qint64> intersection(std::vector<qint64> a, const std::vector<qint64>& b)
{
    a.erase(std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), a.begin()), a.end());
    return a;
}

// The clients whose processing is restricted: a scan of the clients' rows, for restrictions are few and
// a filter by them is rare. Those who may be contacted for a purpose, as ContactPermission says
// (ConsentStore::contactCondition).
std::vector<qint64> restrictedClients(Database& db)
{
    Statement st = db.prepare("SELECT rowid FROM clients WHERE restricted = 1");
    return rowidsOf(st);
}

std::vector<qint64> contactableClients(Database& db, const QString& purpose)
{
    // A name not in the catalogue matches nobody: a filter is no place for an error.
    const auto found = PurposeRows::lookUp(db, purpose);
    if (!found)
        return {};
    const bool byConsent = PurposeRows::basisOf(db, found->second) == LawfulBasis::Consent;
    const QByteArray sql =
        ConsentStore::latestEntriesSql("c.rowid", !byConsent) + " AND " + ConsentStore::contactCondition(byConsent);
    Statement st = db.prepare(sql.constData());
    st.bind(1, found->second);
    if (byConsent)
        st.bind(2, QDate::currentDate().toString(Qt::ISODate));
    return rowidsOf(st);
}

std::vector<Condition> conditionsFor(Database& db, Tokenizer& tokenizer, const ClientQuery& query)
{
    std::vector<Condition> out;
    for (const QString& term : matchTerms(query.search)) {
        Condition c;
        c.term = term;
        if (tokenizer.available())
            tokenizer.split(term.chopped(1).toUtf8(), [&](const QByteArray& t, bool last) {
                c.tokens.push_back({t, last});
            });
        out.push_back(std::move(c));
    }
    if (!query.tag.trimmed().isEmpty()) {
        Condition c;
        c.term = query.tag.trimmed();
        c.isTag = true;
        out.push_back(std::move(c));
    }
    const auto set = [&](QString term, std::vector<qint64> members) {
        Condition c;
        c.term = std::move(term);
        c.isSet = true;
        c.members = std::move(members);
        out.push_back(std::move(c));
    };
    if (query.restrictedOnly)
        set(QStringLiteral("restricted"), restrictedClients(db));
    if (!query.mayContactFor.trimmed().isEmpty())
        set(query.mayContactFor.trimmed(), contactableClients(db, query.mayContactFor));
    return out;
}

ClientSummary summaryOf(Database& db, qint64 rowid)
{
    auto st = db.cached("SELECT id, kind, display_name, organisation, first_email, first_phone, country, "
                        "restricted, updated, tag_list FROM clients WHERE rowid = ?");
    st->bind(1, rowid);
    ClientSummary s;
    if (!st->next())
        return s;
    s.id = st->text(0);
    s.kind = clientKindFromName(st->text(1)).value_or(ClientKind::Person);
    s.displayName = st->text(2);
    s.organisation = st->text(3);
    s.firstEmail = st->text(4);
    s.firstPhone = st->text(5);
    s.country = st->text(6);
    s.restricted = st->integer(7) != 0;
    s.updated = fromStamp(st->text(8));
    s.tags = st->text(9).split(QChar(kTagSeparator), Qt::SkipEmptyParts);
    return s;
}

bool meetsTested(Candidate&& client, const std::vector<Condition>& conditions)
{
    return std::all_of(conditions.begin(), conditions.end(),
                       [&](const Condition& c) { return !c.tested || client.meets(c); });
}

// What the first clients of the order say of each condition.
struct Sample
{
    std::vector<int> met, inDocuments;         // per condition: clients meeting it, and by their own document
    std::unordered_map<qint64, bool> meetsAll; // per client tested
};

Sample sampleOf(Database& db, Tokenizer& tokenizer, const SortOrder& order, const std::vector<Condition>& conditions)
{
    Sample s{std::vector<int>(conditions.size()), std::vector<int>(conditions.size()), {}};
    if (!tokenizer.available())
        return s; // no condition common: every one is looked up
    Statement st = db.prepare(walkSql(order, {}, {}, QStringLiteral("LIMIT %1").arg(kSample)).constData());
    while (st.next()) {
        Candidate client(db, tokenizer, st.integer(0));
        bool all = true;
        for (size_t i = 0; i < conditions.size(); ++i) {
            const bool own = conditions[i].isWord() && client.inOwnDocument(conditions[i]);
            const bool meets = own || client.meets(conditions[i]);
            s.inDocuments[i] += own;
            s.met[i] += meets;
            all = all && meets;
        }
        s.meetsAll.emplace(st.integer(0), all);
    }
    return s;
}

// Decides which conditions to test client by client (those much of the sample meets) and looks the
// others up. A word common in notes is always tested: a look-up decodes an index entry for every
// matching note (70,000 for a word in a quarter of them), where a page tests a few hundred clients at a
// page of notes each. A word common in the clients' own documents is tested only while testing would
// take fewer than kMaxTests clients for `needed` matches. A tag left after a word was looked up is
// tested on the word's clients (a row each) unless looking it up (an index range as long as the tag is
// common) reads fewer pages than the clients it would spare.
// Returns the clients meeting the looked-up conditions, or nothing when all are tested.
std::optional<std::vector<qint64>> plan(Database& db, std::vector<Condition>& conditions, const Sample& sample,
                                        int needed, double* passing)
{
    std::optional<std::vector<qint64>> rare;
    *passing = 1;
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 0; i < conditions.size(); ++i) {
            Condition& c = conditions[i];
            if (c.isTag != (pass == 1))
                continue;
            const double share = double(qMax(1, sample.met[i])) / kSample;
            c.commonInNotes = c.isWord() && sample.met[i] - sample.inDocuments[i] >= kCommon;
            c.tested = sample.met[i] >= kCommon && (c.commonInNotes || needed * kSample <= kMaxTests * sample.met[i]);
            if (c.isTag && rare && !c.tested) {
                const double clients = double(qMax<qint64>(1, db.scalar("SELECT max(rowid) FROM clients")));
                c.tested = double(rare->size()) * (1 - share) < share * clients / kTagRows;
            }
            if (!c.tested) {
                rare = rare ? intersection(std::move(*rare), lookUp(db, c)) : lookUp(db, c);
                continue;
            }
            *passing *= share;
            if (c.isWord() && sample.inDocuments[i] < kCommon)
                c.documents = lookUp(db, kDocumentMatches, c.term);
        }
    return rare;
}

// The rowids of a page of clients that meet every condition, in order.
std::vector<qint64> pageOf(Database& db, Tokenizer& tokenizer, const SortOrder& order,
                           std::vector<Condition>& conditions, int offset, int limit)
{
    Sample sample = sampleOf(db, tokenizer, order, conditions);
    double passing = 1;
    std::optional<std::vector<qint64>> rare = plan(db, conditions, sample, offset + qMax(1, limit), &passing);
    for (;;) {
        Walk walk;
        walk.test = std::any_of(conditions.begin(), conditions.end(), [](const Condition& c) { return c.tested; });
        walk.tags =
            std::any_of(conditions.begin(), conditions.end(), [](const Condition& c) { return c.tested && c.isTag; });
        walk.notes = std::any_of(conditions.begin(), conditions.end(),
                                 [](const Condition& c) { return c.tested && c.commonInNotes; });
        const bool canLookUp = std::any_of(conditions.begin(), conditions.end(),
                                           [](const Condition& c) { return c.tested && !c.commonInNotes; });
        Statement st = rare ? ordered(db, order, walk, *rare, (offset + qMax(1, limit)) / passing, conditions)
                            : db.prepare(walkSql(order, walk).constData());
        std::vector<qint64> page;
        int skipped = 0, misses = 0;
        bool misjudged = false, more = st.next();
        while (int(page.size()) < limit && more) {
            const qint64 rowid = st.integer(0);
            const auto known = sample.meetsAll.find(rowid);
            bool meets = known != sample.meetsAll.end() ? known->second : true;
            if (known == sample.meetsAll.end() && walk.test) {
                Candidate client(db, tokenizer, rowid);
                if (walk.tags)
                    client.setTags(st.text(1));
                if (walk.notes) { // a row per note, the client's rows together
                    client.noNotes();
                    for (; more && st.integer(0) == rowid; more = st.next())
                        if (!st.isNull(walk.notesColumn()))
                            client.addNote(st.blob(walk.notesColumn()));
                }
                meets = meetsTested(std::move(client), conditions);
                misses = meets ? 0 : misses + 1;
                // So many misses in a row are next to impossible for a condition met by kCommon in
                // kSample: the sample was misled, as when the order puts the matches first (a name
                // searched in name order). A look-up is exact at any depth.
                misjudged = canLookUp && misses >= kMisses;
                if (misjudged)
                    break;
            }
            if (!walk.notes)
                more = st.next();
            else
                for (; more && st.integer(0) == rowid; more = st.next()) {
                }
            if (!meets)
                continue;
            if (skipped < offset)
                ++skipped;
            else
                page.push_back(rowid);
        }
        if (!misjudged)
            return page;
        for (Condition& c : conditions)
            if (c.tested && !c.commonInNotes) {
                c.tested = false;
                rare = rare ? intersection(std::move(*rare), lookUp(db, c)) : lookUp(db, c);
            }
    }
}

} // namespace

std::vector<ClientSummary> ClientStore::list(const ClientQuery& query, int offset, int limit)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    offset = qMax(0, offset);
    limit = qMax(0, limit);
    const SortOrder order = sortOrder(query);
    Tokenizer tokenizer(db);
    std::vector<Condition> conditions = conditionsFor(db, tokenizer, query);
    std::vector<qint64> page;
    if (conditions.empty()) {
        const QString limits = QStringLiteral("LIMIT %1 OFFSET %2").arg(limit).arg(offset);
        Statement st = db.prepare(walkSql(order, {}, {}, limits).constData());
        while (st.next())
            page.push_back(st.integer(0));
    } else {
        page = pageOf(db, tokenizer, order, conditions, offset, limit);
    }
    std::vector<ClientSummary> out;
    out.reserve(page.size());
    for (qint64 rowid : page)
        out.push_back(summaryOf(db, rowid));
    return out;
}

int ClientStore::count(const ClientQuery& query)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    Tokenizer tokenizer(db);
    const std::vector<Condition> conditions = conditionsFor(db, tokenizer, query);
    if (conditions.empty())
        return int(db.scalar("SELECT count(*) FROM clients"));
    if (conditions.size() == 1 && conditions[0].isTag) { // validate keeps a client's tags distinct
        Statement st = db.prepare("SELECT count(*) FROM client_tags WHERE tag = ? COLLATE NOCASE");
        st.bind(1, conditions[0].term);
        return st.next() ? int(st.integer(0)) : 0;
    }
    std::vector<qint64> matches = lookUp(db, conditions[0]);
    for (size_t i = 1; i < conditions.size(); ++i)
        matches = intersection(std::move(matches), lookUp(db, conditions[i]));
    return int(matches.size());
}

int ClientStore::countRestricted()
{
    m_vault.require(Permission::ReadRecords);
    return int(m_vault.database().scalar("SELECT count(*) FROM clients WHERE restricted = 1"));
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
