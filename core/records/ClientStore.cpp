#include "ClientStore.h"

#include "ClientValidation.h"
#include "Error.h"
#include "PurposeRows.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace coffer {

namespace {

// Messages say which field is wrong but never repeat its value: they reach stderr and logs.
[[noreturn]] void invalid(const QString& why)
{
    throw Error(ErrorCode::Usage, why);
}

// The nine profile columns, kind to retention, that INSERT and UPDATE both write, from column first on.
void bindProfile(Statement& st, int first, const Client& c)
{
    st.bind(first, kindName(c.kind))
        .bind(first + 1, c.displayName)
        .bind(first + 2, c.givenName)
        .bind(first + 3, c.familyName)
        .bind(first + 4, c.organisation)
        .bind(first + 5, c.address)
        .bind(first + 6, c.country)
        .bind(first + 7, c.restricted)
        .bind(first + 8, c.retention);
}

// The seven columns the list view sorts and shows by (sort keys, first email and phone, tags), from first on.
void bindListColumns(Statement& st, int first, const Client& c)
{
    st.bind(first, sortKey(c.displayName))
        .bind(first + 1, sortKey(c.organisation))
        .bind(first + 2, sortKey(c.emails.value(0)))
        .bind(first + 3, sortKey(c.phones.value(0)))
        .bind(first + 4, c.emails.value(0))
        .bind(first + 5, c.phones.value(0))
        .bind(first + 6, tagList(c.tags));
}

} // namespace

void ClientStore::validate(Client& c)
{
    // The rules live in ClientValidation, which a form also uses to place each message at its field.
    const std::vector<ClientFieldProblem> problems = checkClient(c);
    if (!problems.empty())
        invalid(problems.front().message);
}

void ClientStore::ensureExists(Database& db, const QString& clientId)
{
    auto st = db.cached("SELECT 1 FROM clients WHERE id = ?");
    st->bind(1, clientId);
    if (!st->next())
        throw Error(ErrorCode::Failed, tr("There is no client with the id %1.").arg(clientId));
}

void ClientStore::ensureChangeable(Database& db, const QString& clientId)
{
    auto st = db.cached("SELECT restricted FROM clients WHERE id = ?");
    st->bind(1, clientId);
    if (!st->next())
        throw Error(ErrorCode::Failed, tr("There is no client with the id %1.").arg(clientId));
    if (st->integer(0) != 0)
        throw Error(ErrorCode::Failed, tr("Processing of this client is restricted (GDPR Article 18): their data is "
                                          "kept but not changed. Lift the restriction first, with its reason."));
}

QString ClientStore::add(Client client)
{
    m_vault.require(Permission::WriteRecords);
    validate(client);
    if (!client.retention.isEmpty())
        client.retention = PurposeRows::resolveRetentionRule(m_vault.database(), client.retention);
    client.id = newRecordId();
    client.created = client.updated = QDateTime::currentDateTimeUtc();
    client.createdBy = client.updatedBy = m_vault.currentUser().id;
    Transaction tx(m_vault.database());
    write(client, true);
    m_vault.audit(QStringLiteral("client.create"), QStringLiteral("client"), m_vault.pseudonym(client.id));
    tx.commit();
    return client.id;
}

bool ClientStore::exists(const QString& id)
{
    m_vault.require(Permission::ReadRecords);
    auto st = m_vault.database().cached("SELECT 1 FROM clients WHERE id = ?");
    return st->bind(1, id).next();
}

void ClientStore::importClient(Client client)
{
    m_vault.require(Permission::WriteRecords);
    validate(client);
    if (client.id.isEmpty() || client.id.size() > 64)
        invalid(tr("A client has no valid id."));
    if (!client.created.isValid())
        client.created = QDateTime::currentDateTimeUtc();
    if (!client.updated.isValid())
        client.updated = client.created;
    Transaction tx(m_vault.database());
    write(client, true);
    tx.commit();
}

void ClientStore::update(Client client)
{
    m_vault.require(Permission::WriteRecords);
    validate(client);
    Database& db = m_vault.database();
    Transaction tx(db);
    ensureChangeable(db, client.id);
    if (client.restricted) // only privacy/Restriction sets it, with a reason
        throw Error(ErrorCode::Usage, tr("Processing is restricted with its reason, not by editing the client."));
    const Client before = get(client.id);
    // A category names a rule; one an older vault or an import left as free text stays until changed.
    if (!client.retention.isEmpty() && client.retention != before.retention)
        client.retention = PurposeRows::resolveRetentionRule(db, client.retention);
    const QStringList changed = changedFields(before, client);
    client.updated = QDateTime::currentDateTimeUtc();
    client.updatedBy = m_vault.currentUser().id;
    write(client, false);
    // The names of what changed, never the values: the evidence of a rectification (Art. 16).
    m_vault.audit(QStringLiteral("client.update"), QStringLiteral("client"), m_vault.pseudonym(client.id),
                  changed.isEmpty() ? QString() : QStringLiteral("fields=") + changed.join(u','));
    tx.commit();
}

QStringList ClientStore::changedFields(const Client& before, const Client& after)
{
    QStringList names;
    const auto check = [&](bool differs, const char* name) {
        if (differs)
            names << QLatin1String(name);
    };
    check(before.kind != after.kind, "kind");
    check(before.displayName != after.displayName && !after.displayName.isEmpty(), "name");
    check(before.givenName != after.givenName, "given");
    check(before.familyName != after.familyName, "family");
    check(before.organisation != after.organisation, "organisation");
    check(before.emails != after.emails, "emails");
    check(before.phones != after.phones, "phones");
    check(before.address != after.address, "address");
    check(before.country != after.country, "country");
    check(before.tags != after.tags, "tags");
    check(before.fields != after.fields, "custom-fields");
    check(before.retention != after.retention, "retention");
    return names;
}

void ClientStore::write(const Client& c, bool isNew)
{
    Database& db = m_vault.database();
    const QString updated = c.updated.toUTC().toString(Qt::ISODateWithMs);
    const QString created = c.created.toUTC().toString(Qt::ISODateWithMs);
    if (isNew) {
        Database::Cached insert = db.cached(
            "INSERT INTO clients (id, kind, display_name, given_name, family_name, organisation, address, country, "
            "restricted, retention, created, created_by, updated, updated_by, sort_name, sort_organisation, "
            "sort_email, sort_phone, first_email, first_phone, tag_list) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        insert->bind(1, c.id);
        bindProfile(*insert, 2, c);
        insert->bind(11, created).bind(12, c.createdBy).bind(13, updated).bind(14, c.updatedBy);
        bindListColumns(*insert, 15, c);
        insert->run();
    } else {
        Statement update = db.prepare(
            "UPDATE clients SET kind = ?, display_name = ?, given_name = ?, family_name = ?, organisation = ?, "
            "address = ?, country = ?, restricted = ?, retention = ?, updated = ?, updated_by = ?, sort_name = ?, "
            "sort_organisation = ?, sort_email = ?, sort_phone = ?, first_email = ?, first_phone = ?, "
            "tag_list = ? WHERE id = ?");
        bindProfile(update, 1, c);
        update.bind(10, updated).bind(11, c.updatedBy);
        bindListColumns(update, 12, c);
        update.bind(19, c.id).run();
        for (const char* sql :
             {"DELETE FROM client_emails WHERE client_id = ?", "DELETE FROM client_phones WHERE client_id = ?",
              "DELETE FROM client_tags WHERE client_id = ?", "DELETE FROM client_fields WHERE client_id = ?"})
            db.prepare(sql).bind(1, c.id).run();
    }
    auto insertList = [&](const char* sql, const QStringList& values) {
        for (int i = 0; i < values.size(); ++i)
            db.cached(sql)->bind(1, c.id).bind(2, i).bind(3, values[i]).run();
    };
    insertList("INSERT INTO client_emails (client_id, position, email) VALUES (?, ?, ?)", c.emails);
    insertList("INSERT INTO client_phones (client_id, position, phone) VALUES (?, ?, ?)", c.phones);
    for (const QString& t : c.tags)
        db.cached("INSERT INTO client_tags (client_id, tag, client_rowid) "
                  "VALUES (?1, ?2, (SELECT rowid FROM clients WHERE id = ?1))")
            ->bind(1, c.id)
            .bind(2, t)
            .run();
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        db.cached("INSERT INTO client_fields (client_id, key, value) VALUES (?, ?, ?)")
            ->bind(1, c.id)
            .bind(2, it.key())
            .bind(3, it.value())
            .run();
    reindex(db, c.id);
}

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

void ClientStore::rebuildSearchIndexes(Database& db)
{
    db.exec("UPDATE client_tags SET client_rowid = (SELECT rowid FROM clients WHERE id = client_tags.client_id)");
    // Each index as its migration made it (client_search: schema 2; note_search: schema 4), filled in
    // docid order so that FTS4 buffers every document rather than flushing at each.
    db.exec("DROP TABLE client_search; "
            "CREATE VIRTUAL TABLE client_search USING fts4(content, tokenize=unicode61, prefix=\"2,3,4\")");
    QStringList ids;
    {
        Statement st = db.prepare("SELECT id FROM clients ORDER BY rowid");
        while (st.next())
            ids << st.text(0);
    }
    for (const QString& id : std::as_const(ids))
        reindex(db, id);
    db.exec("DROP TABLE note_search; "
            "CREATE VIRTUAL TABLE note_search USING fts4(content, tokenize=unicode61, prefix=\"2,3,4\"); "
            "INSERT INTO note_search (docid, content) SELECT (c.rowid << 32) | n.rowid, n.text "
            "FROM notes n JOIN clients c ON c.id = n.client_id ORDER BY 1");
}

const char* const ClientStore::kColumns =
    "SELECT id, kind, display_name, given_name, family_name, organisation, address, "
    "country, restricted, retention, created, created_by, updated, updated_by";

Client ClientStore::fromRow(const Statement& st)
{
    Client c;
    c.id = st.text(0);
    c.kind = clientKindFromName(st.text(1)).value_or(ClientKind::Person);
    c.displayName = st.text(2);
    c.givenName = st.text(3);
    c.familyName = st.text(4);
    c.organisation = st.text(5);
    c.address = st.text(6);
    c.country = st.text(7);
    c.restricted = st.integer(8) != 0;
    c.retention = st.text(9);
    c.created = fromStamp(st.text(10));
    c.createdBy = st.text(11);
    c.updated = fromStamp(st.text(12));
    c.updatedBy = st.text(13);
    return c;
}

Client ClientStore::get(const QString& id)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    const QByteArray sql = QByteArray(kColumns) + " FROM clients WHERE id = ?";
    Statement st = db.prepare(sql.constData());
    st.bind(1, id);
    if (!st.next())
        throw Error(ErrorCode::Failed, tr("There is no client with the id %1.").arg(id));
    Client c = fromRow(st);
    auto column = [&](const char* sql) {
        QStringList out;
        Statement q = db.prepare(sql);
        q.bind(1, id);
        while (q.next())
            out << q.text(0);
        return out;
    };
    c.emails = column("SELECT email FROM client_emails WHERE client_id = ? ORDER BY position");
    c.phones = column("SELECT phone FROM client_phones WHERE client_id = ? ORDER BY position");
    c.tags = column("SELECT tag FROM client_tags WHERE client_id = ? ORDER BY tag COLLATE NOCASE");
    Statement f = db.prepare("SELECT key, value FROM client_fields WHERE client_id = ?");
    f.bind(1, id);
    while (f.next())
        c.fields.insert(f.text(0), f.text(1));
    return c;
}

} // namespace coffer
