#include "ExportWriter.h"

#include "crypto/Sha256.h"

#include "CallbackDevice.h"
#include "CsvWriter.h"
#include "Error.h"
#include "ExportText.h"
#include "RecordJson.h"
#include "records/FileStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <charconv>
#include <map>
#include <string>

namespace coffer {

namespace {

// Base64 of a stream, three bytes at a time, carrying the remainder between writes.
class Base64Stream
{
public:
    explicit Base64Stream(OutputBuffer& out)
        : m_out(out)
    {
    }
    void write(const char* data, qint64 size)
    {
        m_pending.append(data, size);
        const qsizetype whole = m_pending.size() - m_pending.size() % 3;
        m_out.append(m_pending.left(whole).toBase64());
        m_pending.remove(0, whole);
    }
    void finish()
    {
        m_out.append(m_pending.toBase64());
        m_pending.clear();
    }

private:
    OutputBuffer& m_out;
    QByteArray m_pending;
};

// One array of data.json: `,\n"name":[`, then the records one a line, as the format has always had them.
class JsonArray
{
public:
    JsonArray(OutputBuffer& out, const char* name)
        : m_out(out)
    {
        m_out.append(QByteArrayView(",\n\""));
        m_out.append(QByteArrayView(name));
        m_out.append(QByteArrayView("\":["));
    }
    JsonObjectWriter element()
    {
        m_out.append(m_first ? QByteArrayView("\n") : QByteArrayView(",\n"));
        m_first = false;
        return JsonObjectWriter(m_out);
    }
    // An element already written as JSON (by QJsonDocument).
    void rawElement(QByteArrayView json)
    {
        m_out.append(m_first ? QByteArrayView("\n") : QByteArrayView(",\n"));
        m_first = false;
        m_out.append(json);
    }
    void close() { m_out.append(']'); }

private:
    OutputBuffer& m_out;
    bool m_first = true;
};

// A number as CSV text, in a buffer that lives as long as the row.
struct Decimal
{
    explicit Decimal(qint64 value)
        : size(std::to_chars(digits, digits + sizeof digits, value).ptr - digits)
    {
    }
    operator QByteArrayView() const { return QByteArrayView(digits, size); }
    char digits[24];
    qsizetype size;
};

// User ids as names, for the *_name columns beside created_by, updated_by and recorded_by: the users of
// the vault at the time of the export. An id that is no user then (a removed user, records imported from
// another vault) gets an empty name, never a guess; so does every id of a one-client export, which holds
// nothing of anyone else (RecordSource::users gives none).
class UserNames
{
public:
    explicit UserNames(RecordSource& source)
    {
        source.users([&](const UserRow& u) { m_names.emplace(std::string(bytesOf(u.id)), u.name.toByteArray()); });
    }
    Text operator()(Text id) const
    {
        const auto it = m_names.find(bytesOf(id));
        return it == m_names.end() ? Text() : Text(it->second);
    }

private:
    std::map<std::string, QByteArray, std::less<>> m_names;
};

} // namespace

ExportWriter::ExportWriter(Vault& vault, const ExportOptions& options)
    : m_vault(vault)
    , m_options(options)
    , m_source(vault.database(),
               RecordScope{options.clientId, options.clientId.isEmpty() && !options.includeRestricted})
    , m_exportedAt(isoStamp(QDateTime::currentDateTimeUtc()))
{
    if (options.clientId.isEmpty() && !options.includeRestricted) // the manifest and the report say so
        m_counts.restrictedLeftOut = vault.database().scalar("SELECT count(*) FROM clients WHERE restricted = 1");
    if (!options.progress)
        return; // the other counts come from the writing; only a progress bar needs them first
    const RecordSource::Counts c = m_source.counts();
    const qint64 records = c.clients + c.notes + c.files + c.consents + c.requests + c.users + c.audit;
    m_total = records * (options.format == ExportFormat::Zip || options.format == ExportFormat::Directory ? 2 : 1) +
              c.fileBytes;
}

void ExportWriter::tick(qint64 amount)
{
    m_done += amount;
    if (m_options.progress && !m_options.progress(m_done, m_total))
        throw Error(ErrorCode::Failed, tr("The export was cancelled; nothing was written."));
}

QJsonObject ExportWriter::headerFields() const
{
    QJsonObject scope{
        {QStringLiteral("kind"), m_options.clientId.isEmpty() ? QStringLiteral("all") : QStringLiteral("client")}};
    if (!m_options.clientId.isEmpty())
        scope.insert(QStringLiteral("clientId"), m_options.clientId);
    if (m_counts.restrictedLeftOut > 0)
        scope.insert(QStringLiteral("restrictedLeftOut"), m_counts.restrictedLeftOut);
    return {{QStringLiteral("vaultId"), QString::fromLatin1(m_vault.id().toHex())},
            {QStringLiteral("exportedAt"), m_exportedAt},
            {QStringLiteral("exportedBy"), QJsonObject{{QStringLiteral("id"), m_vault.currentUser().id},
                                                       {QStringLiteral("name"), m_vault.currentUser().name}}},
            {QStringLiteral("scope"), scope}};
}

QByteArray ExportWriter::filePath(Text id, Text name)
{
    return "files/" + id.toByteArray() + '/' + name.toByteArray();
}

void ExportWriter::streamFile(Text fileId, const ByteSink& out)
{
    CallbackDevice device([&](const char* data, qint64 size) {
        out(data, size);
        m_counts.fileBytes += size;
        tick(size);
    });
    FileStore(m_vault).stream(QString::fromUtf8(fileId), device);
}

void ExportWriter::writeDataJson(OutputBuffer& out, bool inlineContent)
{
    QJsonObject head = headerFields();
    head.insert(QStringLiteral("format"), QString::fromLatin1(kExportFormatName));
    head.insert(QStringLiteral("version"), kExportFormatVersion);
    QByteArray opening = QJsonDocument(head).toJson(QJsonDocument::Compact);
    opening.chop(1); // leave the object open for the arrays that follow
    out.append(opening);

    JsonArray users(out, "users");
    m_counts.users = m_source.users([&](const UserRow& u) {
        JsonObjectWriter o = users.element();
        o.stamp("created", u.created);
        o.text("id", u.id);
        o.text("name", u.name);
        o.text("role", u.role);
        o.close();
        tick(1);
    });
    users.close();
    JsonArray purposes(out, "purposes");
    for (const Purpose& p : m_source.purposes())
        purposes.rawElement(QJsonDocument(toJson(p)).toJson(QJsonDocument::Compact));
    purposes.close();
    JsonArray policies(out, "policies");
    for (const PolicyVersion& v : m_source.policies())
        policies.rawElement(QJsonDocument(toJson(v, true)).toJson(QJsonDocument::Compact));
    policies.close();
    JsonArray rules(out, "retentionRules");
    for (const QJsonObject& r : m_source.retentionRules())
        rules.rawElement(QJsonDocument(r).toJson(QJsonDocument::Compact));
    rules.close();
    JsonArray processing(out, "processingRecords");
    for (const QJsonObject& r : m_source.processingRecords())
        processing.rawElement(QJsonDocument(r).toJson(QJsonDocument::Compact));
    processing.close();
    JsonArray breaches(out, "breaches");
    for (const QJsonObject& b : m_source.breaches())
        breaches.rawElement(QJsonDocument(b).toJson(QJsonDocument::Compact));
    breaches.close();
    JsonArray clients(out, "clients");
    m_counts.clients = m_source.clients(true, [&](const ClientRow& c) {
        JsonObjectWriter o = clients.element();
        writeClientFields(o, c);
        o.close();
        tick(1);
    });
    clients.close();
    JsonArray notes(out, "notes");
    m_counts.notes = m_source.notes([&](const NoteRow& n) {
        JsonObjectWriter o = notes.element();
        writeNoteFields(o, n);
        o.close();
        tick(1);
    });
    notes.close();
    JsonArray files(out, "files");
    m_counts.files = m_source.files([&](const FileRow& f) {
        JsonObjectWriter o = files.element();
        if (!inlineContent) {
            writeFileFields(o, f, filePath(f.id, f.name));
        } else {
            writeFileFields(o, f);
            OutputBuffer& raw = o.rawValue("content");
            raw.append('"');
            Base64Stream base64(raw);
            streamFile(f.id, [&](const char* data, qint64 size) { base64.write(data, size); });
            base64.finish();
            raw.append('"');
        }
        o.close();
        tick(1);
    });
    files.close();
    JsonArray consents(out, "consents");
    m_counts.consents = m_source.consents([&](const ConsentRow& c) {
        JsonObjectWriter o = consents.element();
        writeConsentFields(o, c);
        o.close();
        tick(1);
    });
    consents.close();
    JsonArray legalHolds(out, "legalHolds");
    for (const QJsonObject& h : m_source.legalHolds())
        legalHolds.rawElement(QJsonDocument(h).toJson(QJsonDocument::Compact));
    legalHolds.close();
    JsonArray requests(out, "requests");
    m_counts.requests = m_source.requests([&](const DataRequest& r) {
        // Whole, as `request show --json` prints it: a register holds thousands of requests, not millions.
        requests.rawElement(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact));
        tick(1);
    });
    requests.close();
    JsonArray audit(out, "audit");
    m_counts.audit = m_source.audit([&](const AuditRow& e) {
        JsonObjectWriter o = audit.element();
        o.text("action", e.action);
        o.text("actor", e.actor);
        o.text("detail", e.detail);
        o.text("hash", e.hash);
        o.text("objectId", e.objectId);
        o.text("objectType", e.objectType);
        o.text("prevHash", e.prevHash);
        o.number("seq", e.seq);
        o.stamp("time", e.time);
        o.close();
        tick(1);
    });
    audit.close();
    out.append(QByteArrayView("\n}\n"));
}

namespace {

QByteArray stampText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

// Rows given as JSON objects, the cells in the order of keys; numbers in decimal.
void jsonRows(CsvWriter& csv, const std::vector<QJsonObject>& rows, std::initializer_list<const char*> keys)
{
    for (const QJsonObject& o : rows) {
        std::vector<QByteArray> cells;
        for (const char* k : keys) {
            const QJsonValue v = o.value(QLatin1String(k));
            cells.push_back(v.isDouble() ? QByteArray::number(qint64(v.toDouble())) : v.toString().toUtf8());
        }
        csv.row(std::vector<QByteArrayView>(cells.begin(), cells.end()));
    }
}

} // namespace

void ExportWriter::writeCsvTables(BundleSink& sink)
{
    OutputBuffer out([&](const char* data, qint64 size) { sink.write(data, size); });
    auto table = [&](const char* name, std::initializer_list<QByteArrayView> header, const auto& rows) {
        sink.beginFile(QStringLiteral("csv/%1.csv").arg(QLatin1String(name)));
        CsvWriter csv(out, m_options.byteOrderMark);
        csv.row(header);
        rows(csv);
        out.flush();
        sink.endFile();
    };
    const UserNames name(m_source);
    std::string tags;
    table("clients",
          {"id", "kind", "display_name", "given_name", "family_name", "organisation", "emails", "phones", "address",
           "country", "tags", "restricted", "retention", "created", "created_by", "created_by_name", "updated",
           "updated_by", "updated_by_name"},
          [&](CsvWriter& csv) {
              m_counts.clients = m_source.clients(false, [&](const ClientRow& c) {
                  // Tags on one line, as people write them; emails and phones one a line, as they are dialled.
                  csv.row({c.id, c.kind, c.displayName, c.givenName, c.familyName, c.organisation, c.emails.joined(),
                           c.phones.joined(), c.address, c.country, c.tags.joined("; ", tags),
                           c.restricted ? "yes" : "no", c.retention, c.created, c.createdBy, name(c.createdBy),
                           c.updated, c.updatedBy, name(c.updatedBy)});
                  tick(1);
              });
          });
    table("client_fields", {"client_id", "key", "value"}, [&](CsvWriter& csv) {
        m_source.clientFields([&](Text clientId, const FieldList& fields) {
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                csv.row({clientId, it.key(), it.value()});
            tick(fields.size());
        });
    });
    table("notes", {"id", "client_id", "kind", "time", "text", "created", "created_by", "created_by_name"},
          [&](CsvWriter& csv) {
              m_counts.notes = m_source.notes([&](const NoteRow& n) {
                  csv.row({n.id, n.clientId, n.kind, n.time, n.text, n.created, n.createdBy, name(n.createdBy)});
                  tick(1);
              });
          });
    table("files",
          {"id", "client_id", "name", "type", "size", "sha256", "path", "created", "created_by", "created_by_name"},
          [&](CsvWriter& csv) {
              m_counts.files = m_source.files([&](const FileRow& f) {
                  csv.row({f.id, f.clientId, f.name, f.type, Decimal(f.size), f.sha256, filePath(f.id, f.name),
                           f.created, f.createdBy, name(f.createdBy)});
                  tick(1);
              });
          });
    table("consents",
          {"id", "client_id", "purpose", "state", "time", "source", "policy_version", "recorded_by", "recorded_by_name",
           "evidence_file_id", "expires"},
          [&](CsvWriter& csv) {
              m_counts.consents = m_source.consents([&](const ConsentRow& c) {
                  csv.row({c.id, c.clientId, c.purpose, c.state, c.time, c.source, c.policyVersion, c.recordedBy,
                           name(c.recordedBy), c.evidenceFileId, c.expires});
                  tick(1);
              });
          });
    // Requests as text the spreadsheet shows; their evidence one row each, as kept.
    table("requests",
          {"id",
           "client_id",
           "client_pseudonym",
           "requester",
           "type",
           "channel",
           "received",
           "due",
           "identity_method",
           "identity_by",
           "identity_date",
           "extension_months",
           "extension_reason",
           "extension_told",
           "status",
           "outcome",
           "closed",
           "closed_by",
           "created",
           "created_by"},
          [&](CsvWriter& csv) {
              m_source.requests([&](const DataRequest& r) {
                  const auto day = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
                  const QList<QByteArray> cells{r.id.toUtf8(),
                                                r.clientId.toUtf8(),
                                                r.clientPseudonym.toUtf8(),
                                                r.requester.toUtf8(),
                                                requestTypeName(r.type).toUtf8(),
                                                requestChannelName(r.channel).toUtf8(),
                                                day(r.received).toUtf8(),
                                                day(r.due).toUtf8(),
                                                r.identityMethod.toUtf8(),
                                                r.identityBy.toUtf8(),
                                                day(r.identityDate).toUtf8(),
                                                QByteArray::number(r.extensionMonths),
                                                r.extensionReason.toUtf8(),
                                                day(r.extensionTold).toUtf8(),
                                                requestStatusName(r.status).toUtf8(),
                                                r.outcome.toUtf8(),
                                                isoStamp(r.closed).toUtf8(),
                                                r.closedBy.toUtf8(),
                                                isoStamp(r.created).toUtf8(),
                                                r.createdBy.toUtf8()};
                  csv.row(std::vector<QByteArrayView>(cells.cbegin(), cells.cend()));
                  tick(1);
              });
          });
    table("request_evidence", {"request_id", "kind", "time", "actor", "reference", "detail"}, [&](CsvWriter& csv) {
        m_source.requests([&](const DataRequest& r) {
            for (const RequestEvidence& e : r.evidence) {
                const QByteArray cells[] = {r.id.toUtf8(),
                                            evidenceKindName(e.kind).toUtf8(),
                                            isoStamp(e.time).toUtf8(),
                                            e.actor.toUtf8(),
                                            e.reference.toUtf8(),
                                            e.detail.toUtf8()};
                csv.row(std::vector<QByteArrayView>(std::begin(cells), std::end(cells)));
            }
        });
    });
    if (!m_options.clientId.isEmpty())
        return; // users and the audit log are the business's, not the client's
    table("purposes", {"name", "basis", "description", "created", "created_by", "updated", "updated_by", "retention"},
          [&](CsvWriter& csv) {
              for (const Purpose& p : m_source.purposes())
                  csv.row({p.name.toUtf8(), basisName(p.basis).toUtf8(), p.description.toUtf8(), stampText(p.created),
                           p.createdBy.toUtf8(), stampText(p.updated), p.updatedBy.toUtf8(), p.retention.toUtf8()});
          });
    table("retention_rules", {"name", "period", "trigger", "action", "description", "created", "created_by"},
          [&](CsvWriter& csv) {
              for (const QJsonObject& r : m_source.retentionRules())
                  csv.row({r.value(QStringLiteral("name")).toString().toUtf8(),
                           r.value(QStringLiteral("period")).toString().toUtf8(),
                           r.value(QStringLiteral("trigger")).toString().toUtf8(),
                           r.value(QStringLiteral("action")).toString().toUtf8(),
                           r.value(QStringLiteral("description")).toString().toUtf8(),
                           r.value(QStringLiteral("created")).toString().toUtf8(),
                           r.value(QStringLiteral("createdBy")).toString().toUtf8()});
          });
    table("processing_records", {"purpose", "subjects", "data", "recipients", "transfers", "updated", "updated_by"},
          [&](CsvWriter& csv) {
              jsonRows(csv, m_source.processingRecords(),
                       {"purpose", "subjects", "data", "recipients", "transfers", "updated", "updatedBy"});
          });
    table("breaches",
          {"id", "detected", "description", "categories", "people", "records", "consequences", "measures",
           "authority_notified", "people_notified", "not_notified_reason", "created", "created_by"},
          [&](CsvWriter& csv) {
              jsonRows(csv, m_source.breaches(),
                       {"id", "detected", "description", "categories", "people", "records", "consequences", "measures",
                        "authorityNotified", "peopleNotified", "notNotifiedReason", "created", "createdBy"});
          });
    table("legal_holds", {"client_id", "reason", "until", "time", "actor"}, [&](CsvWriter& csv) {
        for (const QJsonObject& h : m_source.legalHolds())
            csv.row({h.value(QStringLiteral("clientId")).toString().toUtf8(),
                     h.value(QStringLiteral("reason")).toString().toUtf8(),
                     h.value(QStringLiteral("until")).toString().toUtf8(),
                     h.value(QStringLiteral("time")).toString().toUtf8(),
                     h.value(QStringLiteral("actor")).toString().toUtf8()});
    });
    table("policies", {"version", "effective", "sha256", "text", "file_name", "path", "created", "created_by"},
          [&](CsvWriter& csv) {
              for (const PolicyVersion& v : m_source.policies())
                  csv.row({v.version.toUtf8(), v.effective.toString(Qt::ISODate).toUtf8(), v.sha256.toUtf8(),
                           v.text.toUtf8(), v.fileName.toUtf8(), policyPath(v), stampText(v.created),
                           v.createdBy.toUtf8()});
          });
    table("users", {"id", "name", "role", "created"}, [&](CsvWriter& csv) {
        m_counts.users = m_source.users([&](const UserRow& u) {
            csv.row({u.id, u.name, u.role, u.created});
            tick(1);
        });
    });
    table("audit", {"seq", "time", "actor", "action", "object_type", "object_id", "detail", "prev_hash", "hash"},
          [&](CsvWriter& csv) {
              m_counts.audit = m_source.audit([&](const AuditRow& e) {
                  csv.row({Decimal(e.seq), e.time, e.actor, e.action, e.objectType, e.objectId, e.detail, e.prevHash,
                           e.hash});
                  tick(1);
              });
          });
}

void ExportWriter::writeFiles(BundleSink& sink)
{
    m_source.files([&](const FileRow& f) {
        sink.beginFile(QString::fromUtf8(filePath(f.id, f.name)));
        streamFile(f.id, [&](const char* data, qint64 size) { sink.write(data, size); });
        sink.endFile();
    });
    // A policy's file beside its text in policies.csv, for a person; data.json carries it for an import.
    for (const PolicyVersion& v : m_source.policies()) {
        if (v.fileName.isEmpty())
            continue;
        sink.beginFile(QString::fromUtf8(policyPath(v)));
        sink.write(v.file.constData(), v.file.size());
        sink.endFile();
    }
}

QByteArray ExportWriter::policyPath(const PolicyVersion& v)
{
    // The version percent-encoded, dots too: unique, one path segment, and never "." or "..".
    return v.fileName.isEmpty() ? QByteArray()
                                : "policies/" + QUrl::toPercentEncoding(v.version, {}, ".") + '/' + v.fileName.toUtf8();
}

void ExportWriter::writeBundle(BundleSink& target)
{
    ManifestingSink sink(target, m_manifestFiles);
    if (m_options.format != ExportFormat::Csv) {
        sink.beginFile(QStringLiteral("data.json"));
        OutputBuffer out([&](const char* data, qint64 size) { sink.write(data, size); });
        writeDataJson(out, false);
        out.flush();
        sink.endFile();
    }
    writeCsvTables(sink);
    writeFiles(sink);

    QJsonObject manifest = headerFields();
    manifest.insert(QStringLiteral("format"), QString::fromLatin1(kManifestFormatName));
    manifest.insert(QStringLiteral("version"), kExportFormatVersion);
    manifest.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("clients"), m_counts.clients},
                                                          {QStringLiteral("notes"), m_counts.notes},
                                                          {QStringLiteral("files"), m_counts.files},
                                                          {QStringLiteral("consents"), m_counts.consents},
                                                          {QStringLiteral("requests"), m_counts.requests},
                                                          {QStringLiteral("users"), m_counts.users},
                                                          {QStringLiteral("audit"), m_counts.audit}});
    manifest.insert(QStringLiteral("files"), m_manifestFiles);
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    m_manifestSha256 = Sha256::of(bytes);
    target.beginFile(QStringLiteral("manifest.json"));
    target.write(bytes.constData(), bytes.size());
    target.endFile();
    target.finish();
}

void ExportWriter::writeSingleJson(const ByteSink& sink)
{
    // A single data.json has no manifest: its own SHA-256 identifies it.
    Sha256 hash;
    OutputBuffer out([&](const char* data, qint64 size) {
        hash.add(data, size);
        sink(data, size);
    });
    writeDataJson(out, true);
    out.flush();
    m_manifestSha256 = hash.result();
}

} // namespace coffer
