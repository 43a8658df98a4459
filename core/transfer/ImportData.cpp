#include "ImportData.h"

#include "backup/Tombstones.h"

#include "Error.h"
#include "records/ClientStore.h"
#include "records/ClientValidation.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "records/PurposeRows.h"
#include "records/RequestRows.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace coffer {

void malformed(const QString& what)
{
    throw Error(ErrorCode::Failed,
                QCoreApplication::translate("Import", "The export is malformed (%1); nothing was imported.").arg(what));
}

namespace {

constexpr qint64 kMaxFileSize = qint64(64) * 1024 * 1024 * 1024; // 64 GiB: anything larger is not a real file

// Typed access that names the offending place ("clients[3].emails") instead of guessing.
class Field
{
public:
    Field(const QJsonObject& o, QString where)
        : m_o(o)
        , m_where(std::move(where))
    {
    }
    QString text(const char* key, bool required = true) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" is not text"));
        return v.toString();
    }
    QDateTime time(const char* key) const
    {
        const QString s = text(key);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid() && !s.isEmpty())
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" is not a time"));
        return t;
    }
    QStringList list(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" is not a list"));
        QStringList out;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" holds something that is not text"));
            out << item.toString();
        }
        return out;
    }
    bool flag(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" is not true or false"));
        return v.toBool();
    }
    qint64 number(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" is not a whole number"));
        return qint64(v.toDouble());
    }
    QDate day(const char* key, bool required = true) const // YYYY-MM-DD, or empty for none
    {
        const QString s = text(key, required);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && (s.size() != 10 || !d.isValid()))
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" is not a day"));
        return d;
    }
    template <class E> E choice(const char* key, std::optional<E> (*parse)(const QString&)) const
    {
        const auto e = parse(text(key));
        if (!e)
            malformed(m_where + u'.' + QLatin1String(key) + QStringLiteral(" has an unknown value"));
        return *e;
    }

private:
    const QJsonObject& m_o;
    QString m_where;
};

QJsonArray arrayOf(const QJsonObject& root, const char* key)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray())
        malformed(QStringLiteral("\"%1\" is not a list").arg(QLatin1String(key)));
    return v.toArray();
}

template <class F> void eachObject(const QJsonArray& array, const char* name, F f)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            malformed(QStringLiteral("%1[%2] is not an object").arg(QLatin1String(name)).arg(i));
        f(Field(array[i].toObject(), QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i)), array[i].toObject());
    }
}

// Every problem ClientStore would refuse the client for, each naming its field ("Email 2: …"), none
// repeating a value; empty when the client can be stored. Found here rather than caught from
// importClient(), whose failed nested transaction would spoil the import's own.
QString problemsOf(Client c)
{
    QStringList messages;
    for (const ClientFieldProblem& p : checkClient(c))
        messages << p.message;
    return messages.join(u' ');
}

bool exists(Database& db, const char* sql, const QString& id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    return st.next();
}

} // namespace

void ImportData::load(const QByteArray& json, bool contentInline)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        malformed(
            QStringLiteral("data.json is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("coffer-export"))
        malformed(QStringLiteral("data.json is not a Coffer export"));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        malformed(QStringLiteral("data.json has an unknown version"));
    Database& db = m_vault.database();
    ClientStore clients(m_vault);
    NoteStore notes(m_vault);
    ConsentStore consents(m_vault);
    auto skip = [&](const char* kind, const QString& id) {
        m_report.skipped << QStringLiteral("%1 %2: already in this vault").arg(QLatin1String(kind), id);
    };
    const QSet<QString> tombstoned = Tombstones::pseudonymsIn(db);
    const auto ofLeftOut = [&](const QString& clientId) { return m_leftOutClients.contains(clientId); };

    m_report.usersNotImported = int(arrayOf(root, "users").size());
    m_report.auditEntriesNotImported = int(arrayOf(root, "audit").size());
    eachObject(arrayOf(root, "clients"), "clients", [&](const Field& f, const QJsonObject& o) {
        Client c;
        c.id = f.text("id");
        c.kind = f.choice<ClientKind>("kind", &clientKindFromName);
        c.displayName = f.text("displayName");
        c.givenName = f.text("givenName");
        c.familyName = f.text("familyName");
        c.organisation = f.text("organisation");
        c.emails = f.list("emails");
        c.phones = f.list("phones");
        c.address = f.text("address");
        c.country = f.text("country");
        c.tags = f.list("tags");
        const QJsonValue fields = o.value(QStringLiteral("fields"));
        if (!fields.isObject())
            malformed(QStringLiteral("a client's fields are not an object"));
        const QJsonObject fieldObject = fields.toObject();
        for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it) {
            if (!it.value().isString())
                malformed(QStringLiteral("a client's field value is not text"));
            c.fields.insert(it.key(), it.value().toString());
        }
        c.restricted = f.flag("restricted");
        c.retention = f.text("retention");
        c.created = f.time("created");
        c.createdBy = f.text("createdBy");
        c.updated = f.time("updated");
        c.updatedBy = f.text("updatedBy");
        if (clients.exists(c.id))
            return skip("client", c.id);
        if (tombstoned.contains(m_vault.pseudonym(c.id))) {
            if (!m_allowErased) {
                m_leftOutClients.insert(c.id);
                ++m_report.erasedNotImported;
                return;
            }
            ++m_report.erasedReimported;
        }
        if (const QString problems = problemsOf(c); !problems.isEmpty()) {
            m_leftOutClients.insert(c.id);
            m_report.invalid << QStringLiteral("client %1: %2").arg(c.id, problems);
            return;
        }
        clients.importClient(c);
        ++m_report.clients;
    });
    eachObject(arrayOf(root, "notes"), "notes", [&](const Field& f, const QJsonObject&) {
        const Note n{f.text("id"),       f.text("clientId"), f.choice<NoteKind>("kind", &noteKindFromName),
                     f.time("time"),     f.text("text"),     f.time("created"),
                     f.text("createdBy")};
        if (ofLeftOut(n.clientId))
            return;
        if (exists(db, "SELECT 1 FROM notes WHERE id = ?", n.id))
            return skip("note", n.id);
        notes.importNote(n);
        ++m_report.notes;
    });
    loadPurposesAndPolicies(root);
    eachObject(arrayOf(root, "consents"), "consents", [&](const Field& f, const QJsonObject&) {
        // Exports made before the catalogue have no evidence and no expiry.
        const Consent c{f.text("id"),
                        f.text("clientId"),
                        f.text("purpose"),
                        f.choice<ConsentState>("state", &consentStateFromName),
                        f.time("time"),
                        f.text("source"),
                        f.text("policyVersion"),
                        f.text("recordedBy"),
                        f.text("evidenceFileId", false),
                        f.day("expires", false)};
        if (ofLeftOut(c.clientId))
            return;
        if (exists(db, "SELECT 1 FROM consents WHERE id = ?", c.id))
            return skip("consent", c.id);
        consents.importConsent(c);
        ++m_report.consents;
    });
    loadLegalHolds(root);
    loadRegulatorRecords(root);
    loadRequests(root);
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    eachObject(arrayOf(root, "files"), "files", [&](const Field& f, const QJsonObject&) {
        const StoredFile meta{f.text("id"),     f.text("clientId"), f.text("name"),    f.text("type"),
                              f.number("size"), f.text("sha256"),   f.time("created"), f.text("createdBy")};
        if (meta.size < 0 || meta.size > kMaxFileSize)
            malformed(QStringLiteral("a file declares an impossible size"));
        if (!hex64.match(meta.sha256).hasMatch())
            malformed(QStringLiteral("a file's sha256 is not 64 hex digits"));
        if (meta.id.contains(u'/') || meta.name.contains(u'/') || meta.name.contains(u'\\') ||
            meta.name == QLatin1String("..") || meta.name == QLatin1String("."))
            malformed(QStringLiteral("a file's id or name is not a plain name"));
        if (ofLeftOut(meta.clientId)) {
            m_presentFiles.insert(meta.id, true); // its content, if any, is read past and dropped
        } else if (exists(db, "SELECT 1 FROM files WHERE id = ?", meta.id)) {
            m_presentFiles.insert(meta.id, true);
            skip("file", meta.id);
        } else if (contentInline) {
            QByteArray bytes = QByteArray::fromBase64(f.text("content").toLatin1());
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            FileStore(m_vault).importFile(meta, buffer);
            ++m_report.files;
            markArrived(meta.id);
        }
        m_filesByPath.insert(QStringLiteral("files/%1/%2").arg(meta.id, meta.name), meta);
    });
}

void ImportData::loadPurposesAndPolicies(const QJsonObject& root)
{
    // Exports made before the catalogue have neither: their consents bring their purposes (ConsentStore).
    Database& db = m_vault.database();
    loadRetentionRules(root);
    if (root.contains(QStringLiteral("purposes")))
        eachObject(arrayOf(root, "purposes"), "purposes", [&](const Field& f, const QJsonObject&) {
            const Purpose p{
                f.text("name"),      f.text("description"),     f.choice<LawfulBasis>("basis", &basisFromName),
                f.time("created"),   f.text("createdBy"),       f.time("updated"),
                f.text("updatedBy"), f.text("retention", false)};
            try {
                if (!PurposeRows::insertPurpose(db, p))
                    m_report.skipped << QStringLiteral("purpose %1: already in this vault").arg(p.name);
            } catch (const Error& e) {
                malformed(QStringLiteral("a purpose: %1").arg(e.message()));
            }
        });
    if (root.contains(QStringLiteral("policies")))
        eachObject(arrayOf(root, "policies"), "policies", [&](const Field& f, const QJsonObject&) {
            PolicyVersion v;
            v.version = f.text("version");
            v.effective = f.day("effective");
            v.text = f.text("text");
            v.fileName = f.text("fileName");
            v.file = QByteArray::fromBase64(f.text("file").toLatin1());
            v.sha256 = f.text("sha256");
            v.created = f.time("created");
            v.createdBy = f.text("createdBy");
            try {
                if (!PurposeRows::insertPolicy(db, v))
                    m_report.skipped << QStringLiteral("policy %1: already in this vault").arg(v.version);
            } catch (const Error& e) {
                malformed(QStringLiteral("a policy version: %1").arg(e.message()));
            }
        });
}

void ImportData::loadRetentionRules(const QJsonObject& root)
{
    if (!root.contains(QStringLiteral("retentionRules")))
        return;
    Database& db = m_vault.database();
    static const QRegularExpression period(QStringLiteral("^([1-9][0-9]{0,5})([dmy])$"));
    eachObject(arrayOf(root, "retentionRules"), "retentionRules", [&](const Field& f, const QJsonObject&) {
        const QString name = f.text("name").trimmed();
        const QRegularExpressionMatch m = period.match(f.text("period"));
        const QString trigger = f.text("trigger");
        const bool triggerKnown = trigger == QLatin1String("created") || trigger == QLatin1String("updated") ||
                                  trigger == QLatin1String("last-note") ||
                                  (trigger.startsWith(QLatin1String("field:")) && trigger.size() > 6);
        if (name.isEmpty() || !m.hasMatch() || !triggerKnown)
            malformed(QStringLiteral("a retention rule has no name, or an unknown period or trigger"));
        if (exists(db, "SELECT 1 FROM retention_rules WHERE name = ? COLLATE NOCASE", name)) {
            m_report.skipped << QStringLiteral("retention rule %1: already in this vault").arg(name);
            return;
        }
        try {
            db.prepare("INSERT INTO retention_rules (name, period, unit, trigger, action, description, created, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, name)
                .bind(2, m.captured(1).toLongLong())
                .bind(3, m.captured(2))
                .bind(4, trigger)
                .bind(5, f.text("action"))
                .bind(6, f.text("description"))
                .bind(7, f.text("created"))
                .bind(8, f.text("createdBy"))
                .run();
        } catch (const Error&) {
            malformed(QStringLiteral("a retention rule has an unknown action"));
        }
    });
}

void ImportData::loadRegulatorRecords(const QJsonObject& root)
{
    Database& db = m_vault.database();
    if (root.contains(QStringLiteral("breaches")))
        eachObject(arrayOf(root, "breaches"), "breaches", [&](const Field& f, const QJsonObject&) {
            const QString id = f.text("id");
            if (id.isEmpty() || f.text("description").trimmed().isEmpty() || !f.time("detected").isValid())
                malformed(QStringLiteral("a breach has no id, description or time of detection"));
            if (exists(db, "SELECT 1 FROM breaches WHERE id = ?", id))
                return m_report.skipped.append(QStringLiteral("breach %1: already in this vault").arg(id));
            db.prepare("INSERT INTO breaches (id, detected, description, categories, people, records, consequences, "
                       "measures, authority_notified, people_notified, not_notified_reason, created, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, id)
                .bind(2, f.text("detected"))
                .bind(3, f.text("description"))
                .bind(4, f.text("categories"))
                .bind(5, std::max<qint64>(-1, f.number("people")))
                .bind(6, std::max<qint64>(-1, f.number("records")))
                .bind(7, f.text("consequences"))
                .bind(8, f.text("measures"))
                .bind(9, f.text("authorityNotified"))
                .bind(10, f.text("peopleNotified"))
                .bind(11, f.text("notNotifiedReason"))
                .bind(12, f.text("created"))
                .bind(13, f.text("createdBy"))
                .run();
        });
    if (root.contains(QStringLiteral("processingRecords")))
        eachObject(arrayOf(root, "processingRecords"), "processingRecords", [&](const Field& f, const QJsonObject&) {
            const QString purpose = f.text("purpose");
            if (!exists(db, "SELECT 1 FROM purposes WHERE name = ?", purpose))
                malformed(QStringLiteral("the record of processing names a purpose the export does not hold"));
            if (exists(db, "SELECT 1 FROM processing_records WHERE purpose = ?", purpose))
                return m_report.skipped.append(
                    QStringLiteral("record of processing for %1: already in this vault").arg(purpose));
            db.prepare("INSERT INTO processing_records (purpose, subjects, data, recipients, transfers, updated, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(1, purpose)
                .bind(2, f.text("subjects"))
                .bind(3, f.text("data"))
                .bind(4, f.text("recipients"))
                .bind(5, f.text("transfers"))
                .bind(6, f.text("updated"))
                .bind(7, f.text("updatedBy"))
                .run();
        });
}

void ImportData::loadLegalHolds(const QJsonObject& root)
{
    if (!root.contains(QStringLiteral("legalHolds")))
        return;
    Database& db = m_vault.database();
    eachObject(arrayOf(root, "legalHolds"), "legalHolds", [&](const Field& f, const QJsonObject&) {
        const QString clientId = f.text("clientId");
        const QDate until = f.day("until");
        if (f.text("reason").trimmed().isEmpty() || !until.isValid())
            malformed(QStringLiteral("a legal hold has no reason or no day"));
        if (m_leftOutClients.contains(clientId))
            return;
        if (!exists(db, "SELECT 1 FROM clients WHERE id = ?", clientId))
            malformed(QStringLiteral("a legal hold concerns a client the export does not hold"));
        if (exists(db, "SELECT 1 FROM legal_holds WHERE client_id = ?", clientId))
            return m_report.skipped.append(QStringLiteral("legal hold of %1: already in this vault").arg(clientId));
        db.prepare("INSERT INTO legal_holds (client_id, reason, until, time, actor) VALUES (?, ?, ?, ?, ?)")
            .bind(1, clientId)
            .bind(2, f.text("reason"))
            .bind(3, until.toString(Qt::ISODate))
            .bind(4, f.text("time"))
            .bind(5, f.text("actor"))
            .run();
    });
}

void ImportData::loadRequests(const QJsonObject& root)
{
    // Exports made before the register existed have no "requests".
    if (!root.contains(QStringLiteral("requests")))
        return;
    Database& db = m_vault.database();
    eachObject(arrayOf(root, "requests"), "requests", [&](const Field& f, const QJsonObject& o) {
        DataRequest r;
        r.id = f.text("id");
        r.clientId = f.text("clientId");
        r.clientPseudonym = f.text("clientPseudonym");
        r.requester = f.text("requester");
        r.type = f.choice<RequestType>("type", &requestTypeFromName);
        r.channel = f.choice<RequestChannel>("channel", &requestChannelFromName);
        r.received = f.day("received");
        r.due = f.day("due");
        r.identityMethod = f.text("identityMethod");
        r.identityBy = f.text("identityBy");
        r.identityDate = f.day("identityDate");
        r.extensionMonths = int(f.number("extensionMonths"));
        r.extensionReason = f.text("extensionReason");
        r.extensionTold = f.day("extensionTold");
        r.status = f.choice<RequestStatus>("status", &requestStatusFromName);
        r.outcome = f.text("outcome");
        r.closed = f.time("closed");
        r.closedBy = f.text("closedBy");
        r.created = f.time("created");
        r.createdBy = f.text("createdBy");
        const QJsonValue evidence = o.value(QStringLiteral("evidence"));
        if (!evidence.isArray())
            malformed(QStringLiteral("a request's evidence is not a list"));
        eachObject(evidence.toArray(), "evidence", [&](const Field& e, const QJsonObject&) {
            r.evidence.push_back({e.choice<EvidenceKind>("kind", &evidenceKindFromName), e.time("time"),
                                  e.text("actor"), e.text("reference"), e.text("detail")});
        });
        if (!r.clientId.isEmpty() && m_leftOutClients.contains(r.clientId))
            return; // left out with the client it concerns
        if (exists(db, "SELECT 1 FROM requests WHERE id = ?", r.id)) {
            m_report.skipped << QStringLiteral("request %1: already in this vault").arg(r.id);
            return;
        }
        if (!r.clientId.isEmpty() && !exists(db, "SELECT 1 FROM clients WHERE id = ?", r.clientId))
            malformed(QStringLiteral("the request %1 concerns a client the export does not hold").arg(r.id));
        try {
            RequestRows::insert(db, r); // checks everything before it writes anything
        } catch (const Error& e) {
            malformed(QStringLiteral("the request %1: %2").arg(r.id, e.message()));
        }
        ++m_report.requests;
    });
}

const StoredFile* ImportData::fileAt(const QString& path) const
{
    const auto it = m_filesByPath.constFind(path);
    return it == m_filesByPath.cend() ? nullptr : &it.value();
}

void ImportData::checkAllFilesArrived() const
{
    for (const StoredFile& f : m_filesByPath)
        if (!m_presentFiles.contains(f.id) && !m_arrived.contains(f.id))
            malformed(QStringLiteral("the file %1 listed in data.json is missing").arg(f.id));
}

} // namespace coffer
