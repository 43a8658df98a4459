#include "RecordSource.h"

#include "records/ClientStore.h"
#include "store/Database.h"

namespace coffer {

namespace {

// The WHERE clause for one client, or none; the client id is bound as ?1 when present.
QByteArray scoped(const char* sql, const QString& clientId, const char* column, const char* order)
{
    QByteArray out(sql);
    if (!clientId.isEmpty())
        out += QByteArray(" WHERE ") + column + " = ?1";
    return out + " ORDER BY " + order;
}

// A child table read in client-id order alongside the clients: values() returns the rows of one client.
class ChildCursor
{
public:
    ChildCursor(Database& db, const QByteArray& sql, const QString& clientId) : m_st(db.prepare(sql.constData()))
    {
        if (!clientId.isEmpty())
            m_st.bind(1, clientId);
        m_more = m_st.next();
    }
    template <class F> void valuesOf(const QString& clientId, F each)
    {
        // Rows of clients that no longer exist cannot occur (foreign keys); skip any smaller id anyway.
        while (m_more && m_st.text(0) < clientId)
            m_more = m_st.next();
        while (m_more && m_st.text(0) == clientId) {
            each(m_st);
            m_more = m_st.next();
        }
    }

private:
    Statement m_st;
    bool m_more = false;
};

} // namespace

void RecordSource::clients(const std::function<void(const Client&)>& each)
{
    ChildCursor emails(m_db, scoped("SELECT client_id, email FROM client_emails", m_clientId, "client_id", "client_id, position"), m_clientId);
    ChildCursor phones(m_db, scoped("SELECT client_id, phone FROM client_phones", m_clientId, "client_id", "client_id, position"), m_clientId);
    ChildCursor tags(m_db, scoped("SELECT client_id, tag FROM client_tags", m_clientId, "client_id", "client_id, tag"), m_clientId);
    ChildCursor fields(m_db, scoped("SELECT client_id, key, value FROM client_fields", m_clientId, "client_id", "client_id, key"), m_clientId);
    const QByteArray sql = QByteArray(ClientStore::kColumns) + " FROM clients";
    Statement st = m_db.prepare(scoped(sql.constData(), m_clientId, "id", "id").constData());
    if (!m_clientId.isEmpty())
        st.bind(1, m_clientId);
    while (st.next()) {
        Client c = ClientStore::fromRow(st);
        emails.valuesOf(c.id, [&](Statement& r) { c.emails << r.text(1); });
        phones.valuesOf(c.id, [&](Statement& r) { c.phones << r.text(1); });
        tags.valuesOf(c.id, [&](Statement& r) { c.tags << r.text(1); });
        fields.valuesOf(c.id, [&](Statement& r) { c.fields.insert(r.text(1), r.text(2)); });
        each(c);
    }
}

void RecordSource::notes(const std::function<void(const Note&)>& each)
{
    Statement st = m_db.prepare(
        scoped("SELECT id, client_id, kind, time, text, created, created_by FROM notes", m_clientId, "client_id", "id").constData());
    if (!m_clientId.isEmpty())
        st.bind(1, m_clientId);
    while (st.next())
        each({st.text(0), st.text(1), noteKindFromName(st.text(2)).value_or(NoteKind::Note), fromStamp(st.text(3)), st.text(4),
              fromStamp(st.text(5)), st.text(6)});
}

void RecordSource::files(const std::function<void(const StoredFile&)>& each)
{
    Statement st = m_db.prepare(
        scoped("SELECT id, client_id, name, type, size, sha256, created, created_by FROM files", m_clientId, "client_id", "id").constData());
    if (!m_clientId.isEmpty())
        st.bind(1, m_clientId);
    while (st.next())
        each({st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4), st.text(5), fromStamp(st.text(6)), st.text(7)});
}

void RecordSource::consents(const std::function<void(const Consent&)>& each)
{
    Statement st = m_db.prepare(scoped("SELECT id, client_id, purpose, state, time, source, policy_version, recorded_by FROM consents",
                                       m_clientId, "client_id", "time, id")
                                    .constData());
    if (!m_clientId.isEmpty())
        st.bind(1, m_clientId);
    while (st.next())
        each({st.text(0), st.text(1), st.text(2), consentStateFromName(st.text(3)).value_or(ConsentState::Refused),
              fromStamp(st.text(4)), st.text(5), st.text(6), st.text(7)});
}

void RecordSource::users(const std::function<void(const UserInfo&)>& each)
{
    if (!m_clientId.isEmpty())
        return; // one client's export holds nothing of anyone else
    Statement st = m_db.prepare("SELECT id, name, role, must_change_password, created, changed FROM users ORDER BY created");
    while (st.next())
        each({st.text(0), st.text(1), roleFromName(st.text(2)).value_or(Role::Viewer), st.integer(3) != 0,
              fromStamp(st.text(4)), fromStamp(st.text(5))});
}

void RecordSource::audit(const std::function<void(const AuditEntry&, const QString&, const QString&)>& each)
{
    if (!m_clientId.isEmpty())
        return;
    Statement st = m_db.prepare("SELECT seq, time, actor, action, object_type, object_id, detail, prev_hash, hash FROM audit ORDER BY seq");
    while (st.next())
        each({st.integer(0), fromStamp(st.text(1)), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)},
             QString::fromLatin1(st.blob(7).toHex()), QString::fromLatin1(st.blob(8).toHex()));
}

RecordSource::Counts RecordSource::counts()
{
    auto count = [&](const char* table, const char* column) {
        QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        if (!m_clientId.isEmpty())
            sql += QByteArray(" WHERE ") + column + " = ?";
        Statement st = m_db.prepare(sql.constData());
        if (!m_clientId.isEmpty())
            st.bind(1, m_clientId);
        return st.next() ? st.integer(0) : 0;
    };
    Counts c;
    c.clients = count("clients", "id");
    c.notes = count("notes", "client_id");
    c.files = count("files", "client_id");
    c.consents = count("consents", "client_id");
    c.users = m_clientId.isEmpty() ? m_db.scalar("SELECT count(*) FROM users") : 0;
    c.audit = m_clientId.isEmpty() ? m_db.scalar("SELECT count(*) FROM audit") : 0;
    QByteArray sql("SELECT coalesce(sum(size), 0) FROM files");
    if (!m_clientId.isEmpty())
        sql += " WHERE client_id = ?";
    Statement st = m_db.prepare(sql.constData());
    if (!m_clientId.isEmpty())
        st.bind(1, m_clientId);
    c.fileBytes = st.next() ? st.integer(0) : 0;
    return c;
}

} // namespace coffer
