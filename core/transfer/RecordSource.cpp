#include "RecordSource.h"

#include "ExportText.h"
#include "records/Records.h"
#include "records/RequestRows.h"
#include "store/Database.h"
#include "vault/Role.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace coffer {

namespace {

// The WHERE clause of scope on column (which holds a client id), or none; a client id is bound as ?1.
QByteArray scopeCondition(const RecordScope& scope, const char* column)
{
    if (!scope.clientId.isEmpty())
        return QByteArray(" WHERE ") + column + " = ?1";
    if (scope.withoutRestricted)
        return QByteArray(" WHERE ") + column + " NOT IN (SELECT id FROM clients WHERE restricted = 1)";
    return {};
}

Statement prepareScoped(Database& db, const char* sql, const RecordScope& scope, const char* column, const char* order)
{
    Statement st = db.prepare((QByteArray(sql) + scopeCondition(scope, column) + " ORDER BY " + order).constData());
    if (!scope.clientId.isEmpty())
        st.bind(1, scope.clientId);
    return st;
}

// One row's columns as the export writes them. A column whose stored text needs converting is
// converted into its own scratch buffer, which lives until the next row.
class Columns
{
public:
    explicit Columns(Statement& st)
        : m_st(st)
    {
    }
    Text text(int column) { return exportText(m_st.utf8(column), m_scratch[column]); }
    Text stamp(int column) { return exportStamp(m_st.utf8(column), m_scratch[column]); }
    Text name(int column, NameColumn& names) { return names(m_st.utf8(column), m_scratch[column]); }
    Text hex(int column) // lower case, as QByteArray::toHex; into the scratch buffer it keeps
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        const QByteArray bytes = m_st.blob(column);
        QByteArray& out = m_scratch[column];
        out.resize(bytes.size() * 2);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            out[2 * i] = kDigits[uchar(bytes[i]) >> 4];
            out[2 * i + 1] = kDigits[uchar(bytes[i]) & 0xF];
        }
        return out;
    }
    qint64 integer(int column) { return m_st.integer(column); }

private:
    Statement& m_st;
    QByteArray m_scratch[16];
};

// A child table read in client-id order alongside its parent: rowsOf() gives the rows of one client.
// Ids compare as bytes, the order of SQLite's BINARY collation that sorted both.
class ChildCursor
{
public:
    explicit ChildCursor(Statement st)
        : m_st(std::move(st))
    {
        m_more = m_st.next();
    }
    bool atEnd() const { return !m_more; }
    Text currentId() const { return m_st.utf8(0); }
    template <class F> void rowsOf(std::string_view clientId, F each)
    {
        while (m_more && bytesOf(m_st.utf8(0)) < clientId) // orphans cannot occur (foreign keys); skip any
            m_more = m_st.next();
        while (m_more && bytesOf(m_st.utf8(0)) == clientId) {
            each(m_st);
            m_more = m_st.next();
        }
    }

private:
    Statement m_st;
    bool m_more = false;
};

void appendField(FieldList& fields, Statement& st)
{
    QByteArray key, value;
    fields.append(exportText(st.utf8(1), key), exportText(st.utf8(2), value));
}

QString clientKind(const QString& s)
{
    return kindName(clientKindFromName(s).value_or(ClientKind::Person));
}
QString noteKind(const QString& s)
{
    return kindName(noteKindFromName(s).value_or(NoteKind::Note));
}
QString consentState(const QString& s)
{
    return stateName(consentStateFromName(s).value_or(ConsentState::Refused));
}
QString role(const QString& s)
{
    return roleName(roleFromName(s).value_or(Role::Viewer));
}

} // namespace

qint64 RecordSource::clients(bool withFields, const std::function<void(const ClientRow&)>& each)
{
    ChildCursor emails(
        prepareScoped(m_db, "SELECT client_id, email FROM client_emails", m_scope, "client_id", "client_id, position"));
    ChildCursor phones(
        prepareScoped(m_db, "SELECT client_id, phone FROM client_phones", m_scope, "client_id", "client_id, position"));
    ChildCursor tags(
        prepareScoped(m_db, "SELECT client_id, tag FROM client_tags", m_scope, "client_id", "client_id, tag"));
    std::optional<ChildCursor> fields;
    if (withFields)
        fields.emplace(prepareScoped(m_db, "SELECT client_id, key, value FROM client_fields", m_scope, "client_id",
                                     "client_id, key"));
    Statement st =
        prepareScoped(m_db,
                      "SELECT id, kind, display_name, given_name, family_name, organisation, address, country, "
                      "restricted, retention, created, created_by, updated, updated_by FROM clients",
                      m_scope, "id", "id");
    Columns col(st);
    NameColumn kinds(clientKind);
    ClientRow c;
    QByteArray scratch;
    qint64 n = 0;
    for (; st.next(); ++n) {
        const std::string_view id = bytesOf(st.utf8(0));
        c.id = col.text(0);
        c.kind = col.name(1, kinds);
        c.displayName = col.text(2);
        c.givenName = col.text(3);
        c.familyName = col.text(4);
        c.organisation = col.text(5);
        c.address = col.text(6);
        c.country = col.text(7);
        c.restricted = col.integer(8) != 0;
        c.retention = col.text(9);
        c.created = col.stamp(10);
        c.createdBy = col.text(11);
        c.updated = col.stamp(12);
        c.updatedBy = col.text(13);
        for (const auto& [cursor, values] :
             {std::pair{&emails, &c.emails}, std::pair{&phones, &c.phones}, std::pair{&tags, &c.tags}}) {
            auto* list = values; // clang before 16 (and so clang-tidy) lets no lambda capture a structured binding
            list->clear();
            cursor->rowsOf(id, [&](Statement& r) { list->append(exportText(r.utf8(1), scratch)); });
        }
        c.fields.clear();
        if (fields)
            fields->rowsOf(id, [&](Statement& r) { appendField(c.fields, r); });
        c.fields.finish();
        each(c);
    }
    return n;
}

qint64 RecordSource::clientFields(const std::function<void(Text, const FieldList&)>& each)
{
    ChildCursor rows(
        prepareScoped(m_db, "SELECT client_id, key, value FROM client_fields", m_scope, "client_id", "client_id, key"));
    FieldList fields;
    QByteArray id, scratch;
    qint64 n = 0;
    while (!rows.atEnd()) {
        id = rows.currentId().toByteArray(); // the cursor moves on past this client's rows
        fields.clear();
        rows.rowsOf(bytesOf(id), [&](Statement& r) { appendField(fields, r); });
        fields.finish();
        each(exportText(id, scratch), fields);
        n += fields.size();
    }
    return n;
}

qint64 RecordSource::notes(const std::function<void(const NoteRow&)>& each)
{
    Statement st = prepareScoped(m_db, "SELECT id, client_id, kind, time, text, created, created_by FROM notes",
                                 m_scope, "client_id", "id");
    Columns col(st);
    NameColumn kinds(noteKind);
    qint64 n = 0;
    for (; st.next(); ++n)
        each({col.text(0), col.text(1), col.name(2, kinds), col.stamp(3), col.text(4), col.stamp(5), col.text(6)});
    return n;
}

qint64 RecordSource::files(const std::function<void(const FileRow&)>& each)
{
    Statement st = prepareScoped(m_db, "SELECT id, client_id, name, type, size, sha256, created, created_by FROM files",
                                 m_scope, "client_id", "id");
    Columns col(st);
    qint64 n = 0;
    for (; st.next(); ++n)
        each({col.text(0), col.text(1), col.text(2), col.text(3), col.integer(4), col.text(5), col.stamp(6),
              col.text(7)});
    return n;
}

qint64 RecordSource::consents(const std::function<void(const ConsentRow&)>& each)
{
    Statement st = prepareScoped(
        m_db,
        "SELECT id, client_id, purpose, state, time, source, policy_version, recorded_by, evidence_file, expires "
        "FROM consents",
        m_scope, "client_id", "time, id");
    Columns col(st);
    NameColumn states(consentState);
    qint64 n = 0;
    for (; st.next(); ++n)
        each({col.text(0), col.text(1), col.text(2), col.name(3, states), col.stamp(4), col.text(5), col.text(6),
              col.text(7), col.text(8), col.text(9)});
    return n;
}

std::vector<Purpose> RecordSource::purposes()
{
    const QByteArray scoped = m_scope.clientId.isEmpty()
                                  ? QByteArray()
                                  : QByteArray(" WHERE name IN (SELECT purpose FROM consents WHERE client_id = ?1)");
    Statement st = m_db.prepare(
        (QByteArray("SELECT ") + PurposeRows::kPurposeColumns + " FROM purposes" + scoped + " ORDER BY seq")
            .constData());
    if (!m_scope.clientId.isEmpty())
        st.bind(1, m_scope.clientId);
    std::vector<Purpose> out;
    while (st.next())
        out.push_back(PurposeRows::purposeFrom(st));
    return out;
}

std::vector<PolicyVersion> RecordSource::policies()
{
    const QByteArray scoped =
        m_scope.clientId.isEmpty()
            ? QByteArray()
            : QByteArray(" WHERE version IN (SELECT policy_version FROM consents WHERE client_id = ?1)");
    Statement st =
        m_db.prepare((QByteArray("SELECT ") + PurposeRows::kPolicyColumns + " FROM policies" + scoped + " ORDER BY seq")
                         .constData());
    if (!m_scope.clientId.isEmpty())
        st.bind(1, m_scope.clientId);
    std::vector<PolicyVersion> out;
    while (st.next())
        out.push_back(PurposeRows::policyFrom(st, true));
    return out;
}

std::vector<QJsonObject> RecordSource::retentionRules()
{
    const QByteArray scoped = m_scope.clientId.isEmpty()
                                  ? QByteArray()
                                  : QByteArray(" WHERE name IN (SELECT retention FROM clients WHERE id = ?1)");
    Statement st = m_db.prepare(("SELECT name, period, unit, trigger, action, description, created, created_by FROM "
                                 "retention_rules" +
                                 scoped + " ORDER BY seq")
                                    .constData());
    if (!m_scope.clientId.isEmpty())
        st.bind(1, m_scope.clientId);
    std::vector<QJsonObject> out;
    while (st.next())
        out.push_back({{QStringLiteral("name"), st.text(0)},
                       {QStringLiteral("period"), QString::number(st.integer(1)) + st.text(2)},
                       {QStringLiteral("trigger"), st.text(3)},
                       {QStringLiteral("action"), st.text(4)},
                       {QStringLiteral("description"), st.text(5)},
                       {QStringLiteral("created"), st.text(6)},
                       {QStringLiteral("createdBy"), st.text(7)}});
    return out;
}

std::vector<QJsonObject> RecordSource::legalHolds()
{
    Statement st = prepareScoped(m_db, "SELECT client_id, reason, until, time, actor FROM legal_holds", m_scope,
                                 "client_id", "client_id");
    std::vector<QJsonObject> out;
    while (st.next())
        out.push_back({{QStringLiteral("clientId"), st.text(0)},
                       {QStringLiteral("reason"), st.text(1)},
                       {QStringLiteral("until"), st.text(2)},
                       {QStringLiteral("time"), st.text(3)},
                       {QStringLiteral("actor"), st.text(4)}});
    return out;
}

namespace {

// Every row of table as an object of its columns (names as given, values as text or integers).
std::vector<QJsonObject> rowsOf(Database& db, const char* sql, const std::vector<std::pair<const char*, bool>>& keys)
{
    std::vector<QJsonObject> out;
    Statement st = db.prepare(sql);
    while (st.next()) {
        QJsonObject o;
        for (size_t i = 0; i < keys.size(); ++i)
            o.insert(QLatin1String(keys[i].first),
                     keys[i].second ? QJsonValue(st.integer(int(i))) : QJsonValue(st.text(int(i))));
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace

std::vector<QJsonObject> RecordSource::breaches()
{
    if (!m_scope.clientId.isEmpty())
        return {};
    return rowsOf(m_db,
                  "SELECT id, detected, description, categories, people, records, consequences, measures, "
                  "authority_notified, people_notified, not_notified_reason, created, created_by FROM breaches "
                  "ORDER BY seq",
                  {{"id", false},
                   {"detected", false},
                   {"description", false},
                   {"categories", false},
                   {"people", true},
                   {"records", true},
                   {"consequences", false},
                   {"measures", false},
                   {"authorityNotified", false},
                   {"peopleNotified", false},
                   {"notNotifiedReason", false},
                   {"created", false},
                   {"createdBy", false}});
}

std::vector<QJsonObject> RecordSource::processingRecords()
{
    if (!m_scope.clientId.isEmpty())
        return {};
    return rowsOf(m_db,
                  "SELECT purpose, subjects, data, recipients, transfers, updated, updated_by FROM processing_records "
                  "ORDER BY purpose",
                  {{"purpose", false},
                   {"subjects", false},
                   {"data", false},
                   {"recipients", false},
                   {"transfers", false},
                   {"updated", false},
                   {"updatedBy", false}});
}

qint64 RecordSource::users(const std::function<void(const UserRow&)>& each)
{
    if (!m_scope.clientId.isEmpty())
        return 0; // one client's export holds nothing of anyone else
    Statement st = m_db.prepare("SELECT id, name, role, created FROM users ORDER BY created");
    Columns col(st);
    NameColumn roles(role);
    qint64 n = 0;
    for (; st.next(); ++n)
        each({col.text(0), col.text(1), col.name(2, roles), col.stamp(3)});
    return n;
}

qint64 RecordSource::audit(const std::function<void(const AuditRow&)>& each)
{
    if (!m_scope.clientId.isEmpty())
        return 0;
    Statement st = m_db.prepare(
        "SELECT seq, time, actor, action, object_type, object_id, detail, prev_hash, hash FROM audit ORDER BY seq");
    Columns col(st);
    qint64 n = 0;
    for (; st.next(); ++n)
        each({col.integer(0), col.stamp(1), col.text(2), col.text(3), col.text(4), col.text(5), col.text(6), col.hex(7),
              col.hex(8)});
    return n;
}

qint64 RecordSource::requests(const std::function<void(const DataRequest&)>& each)
{
    return RequestRows::each(m_db, m_scope.clientId, each, m_scope.withoutRestricted);
}

RecordSource::Counts RecordSource::counts()
{
    auto count = [&](const char* what, const char* table, const char* column) {
        Statement st = m_db.prepare(
            (QByteArray("SELECT ") + what + " FROM " + table + scopeCondition(m_scope, column)).constData());
        if (!m_scope.clientId.isEmpty())
            st.bind(1, m_scope.clientId);
        return st.next() ? st.integer(0) : 0;
    };
    Counts c;
    c.clients = count("count(*)", "clients", "id");
    c.notes = count("count(*)", "notes", "client_id");
    c.files = count("count(*)", "files", "client_id");
    c.consents = count("count(*)", "consents", "client_id");
    c.requests = m_scope.withoutRestricted ? count("count(*)", "requests", "coalesce(client_id, '')")
                                           : count("count(*)", "requests", "client_id");
    c.users = m_scope.clientId.isEmpty() ? m_db.scalar("SELECT count(*) FROM users") : 0;
    c.audit = m_scope.clientId.isEmpty() ? m_db.scalar("SELECT count(*) FROM audit") : 0;
    c.fileBytes = count("coalesce(sum(size), 0)", "files", "client_id");
    if (m_scope.withoutRestricted)
        c.restrictedLeftOut = m_db.scalar("SELECT count(*) FROM clients WHERE restricted = 1");
    return c;
}

} // namespace coffer
