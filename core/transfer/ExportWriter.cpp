#include "ExportWriter.h"

#include "CallbackDevice.h"
#include "CsvWriter.h"
#include "Error.h"
#include "crypto/Sodium.h"
#include "records/FileStore.h"
#include "records/RecordJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace coffer {

namespace {

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QString stamp(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// Tracks size and SHA-256 of each file passing through to the real sink, for the manifest.
class ManifestingSink : public BundleSink
{
public:
    ManifestingSink(BundleSink& inner, QJsonArray& manifest) : m_inner(inner), m_manifest(manifest) {}
    void beginFile(const QString& path) override
    {
        m_inner.beginFile(path);
        m_path = path;
        m_size = 0;
        crypto_hash_sha256_init(&m_hash);
    }
    void write(const char* data, qint64 size) override
    {
        m_inner.write(data, size);
        crypto_hash_sha256_update(&m_hash, reinterpret_cast<const unsigned char*>(data), size_t(size));
        m_size += size;
    }
    void endFile() override
    {
        m_inner.endFile();
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&m_hash, digest);
        m_manifest.append(QJsonObject{{QStringLiteral("path"), m_path},
                                      {QStringLiteral("size"), m_size},
                                      {QStringLiteral("sha256"), QString::fromLatin1(QByteArray(reinterpret_cast<char*>(digest), sizeof digest).toHex())}});
    }
    void finish() override { m_inner.finish(); }

private:
    BundleSink& m_inner;
    QJsonArray& m_manifest;
    QString m_path;
    qint64 m_size = 0;
    crypto_hash_sha256_state m_hash;
};

// Base64 of a stream, three bytes at a time, carrying the remainder between writes.
class Base64Stream
{
public:
    explicit Base64Stream(const ByteSink& out) : m_out(out) {}
    void write(const char* data, qint64 size)
    {
        m_pending.append(data, size);
        const qsizetype whole = m_pending.size() - m_pending.size() % 3;
        const QByteArray encoded = m_pending.left(whole).toBase64();
        m_out(encoded.constData(), encoded.size());
        m_pending.remove(0, whole);
    }
    void finish()
    {
        const QByteArray encoded = m_pending.toBase64();
        m_out(encoded.constData(), encoded.size());
        m_pending.clear();
    }

private:
    const ByteSink& m_out;
    QByteArray m_pending;
};

void writeBytes(const ByteSink& out, const QByteArray& bytes) { out(bytes.constData(), bytes.size()); }

} // namespace

ExportWriter::ExportWriter(Vault& vault, const ExportOptions& options)
    : m_vault(vault), m_options(options), m_source(vault.database(), options.clientId),
      m_exportedAt(stamp(QDateTime::currentDateTimeUtc()))
{
    ensureSodium();
    m_counts = m_source.counts();
    const qint64 records = m_counts.clients + m_counts.notes + m_counts.files + m_counts.consents + m_counts.users + m_counts.audit;
    m_total = records * (options.format == ExportFormat::Zip || options.format == ExportFormat::Directory ? 2 : 1) + m_counts.fileBytes;
}

void ExportWriter::tick(qint64 amount)
{
    m_done += amount;
    if (m_options.progress && !m_options.progress(m_done, m_total))
        throw Error(ErrorCode::Failed, QCoreApplication::translate("Export", "The export was cancelled; nothing was written."));
}

QJsonObject ExportWriter::headerFields() const
{
    QJsonObject scope{{QStringLiteral("kind"), m_options.clientId.isEmpty() ? QStringLiteral("all") : QStringLiteral("client")}};
    if (!m_options.clientId.isEmpty())
        scope.insert(QStringLiteral("clientId"), m_options.clientId);
    return {{QStringLiteral("vaultId"), QString::fromLatin1(m_vault.id().toHex())},
            {QStringLiteral("exportedAt"), m_exportedAt},
            {QStringLiteral("exportedBy"),
             QJsonObject{{QStringLiteral("id"), m_vault.currentUser().id}, {QStringLiteral("name"), m_vault.currentUser().name}}},
            {QStringLiteral("scope"), scope}};
}

QString ExportWriter::filePath(const StoredFile& file)
{
    return QStringLiteral("files/%1/%2").arg(file.id, file.name);
}

void ExportWriter::streamFile(const StoredFile& file, const ByteSink& out)
{
    CallbackDevice device([&](const char* data, qint64 size) {
        out(data, size);
        tick(size);
    });
    FileStore(m_vault).stream(file.id, device);
}

void ExportWriter::writeDataJson(const ByteSink& out, bool inlineContent)
{
    QJsonObject head = headerFields();
    head.insert(QStringLiteral("format"), QString::fromLatin1(kExportFormatName));
    head.insert(QStringLiteral("version"), kExportFormatVersion);
    QByteArray opening = compact(head);
    opening.chop(1); // leave the object open for the arrays that follow
    writeBytes(out, opening);

    auto array = [&](const char* name, const auto& forEach) {
        writeBytes(out, QByteArray(",\n\"") + name + "\":[");
        bool first = true;
        forEach([&](const QByteArray& element) {
            writeBytes(out, first ? "\n" + element : ",\n" + element);
            first = false;
            tick(1);
        });
        writeBytes(out, "]");
    };
    array("users", [&](auto add) {
        m_source.users([&](const UserInfo& u) {
            add(compact({{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name}, {QStringLiteral("role"), roleName(u.role)},
                          {QStringLiteral("created"), stamp(u.created)}}));
        });
    });
    array("clients", [&](auto add) { m_source.clients([&](const Client& c) { add(compact(toJson(c))); }); });
    array("notes", [&](auto add) { m_source.notes([&](const Note& n) { add(compact(toJson(n))); }); });
    array("files", [&](auto add) {
        m_source.files([&](const StoredFile& f) {
            QJsonObject o = toJson(f);
            if (!inlineContent) {
                o.insert(QStringLiteral("path"), filePath(f));
                add(compact(o));
                return;
            }
            QByteArray open = compact(o);
            open.chop(1);
            add(open + ",\"content\":\"");
            Base64Stream base64(out);
            streamFile(f, [&](const char* data, qint64 size) { base64.write(data, size); });
            base64.finish();
            writeBytes(out, "\"}");
        });
    });
    array("consents", [&](auto add) { m_source.consents([&](const Consent& c) { add(compact(toJson(c))); }); });
    array("audit", [&](auto add) {
        m_source.audit([&](const AuditEntry& e, const QString& prev, const QString& hash) {
            add(compact({{QStringLiteral("seq"), e.seq}, {QStringLiteral("time"), stamp(e.time)}, {QStringLiteral("actor"), e.actor},
                          {QStringLiteral("action"), e.action}, {QStringLiteral("objectType"), e.objectType},
                          {QStringLiteral("objectId"), e.objectId}, {QStringLiteral("detail"), e.detail},
                          {QStringLiteral("prevHash"), prev}, {QStringLiteral("hash"), hash}}));
        });
    });
    writeBytes(out, "\n}\n");
}

void ExportWriter::writeCsvTables(BundleSink& sink)
{
    auto table = [&](const char* name, const QStringList& header, const auto& forEach) {
        sink.beginFile(QStringLiteral("csv/%1.csv").arg(QLatin1String(name)));
        CsvWriter csv([&](const char* data, qint64 size) { sink.write(data, size); }, m_options.byteOrderMark);
        csv.writeRow(header);
        forEach([&](const QStringList& row) {
            csv.writeRow(row);
            tick(1);
        });
        sink.endFile();
    };
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    table("clients",
          {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("display_name"), QStringLiteral("given_name"),
           QStringLiteral("family_name"), QStringLiteral("organisation"), QStringLiteral("emails"), QStringLiteral("phones"),
           QStringLiteral("address"), QStringLiteral("country"), QStringLiteral("tags"), QStringLiteral("restricted"),
           QStringLiteral("retention"), QStringLiteral("created"), QStringLiteral("created_by"), QStringLiteral("updated"),
           QStringLiteral("updated_by")},
          [&](auto row) {
              m_source.clients([&](const Client& c) {
                  row({c.id, kindName(c.kind), c.displayName, c.givenName, c.familyName, c.organisation,
                       CsvWriter::joinValues(c.emails), CsvWriter::joinValues(c.phones), c.address, c.country,
                       CsvWriter::joinValues(c.tags), yesNo(c.restricted), c.retention, stamp(c.created), c.createdBy,
                       stamp(c.updated), c.updatedBy});
              });
          });
    table("client_fields", {QStringLiteral("client_id"), QStringLiteral("key"), QStringLiteral("value")}, [&](auto row) {
        m_source.clients([&](const Client& c) {
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                row({c.id, it.key(), it.value()});
        });
    });
    table("notes",
          {QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("kind"), QStringLiteral("time"), QStringLiteral("text"),
           QStringLiteral("created"), QStringLiteral("created_by")},
          [&](auto row) {
              m_source.notes([&](const Note& n) {
                  row({n.id, n.clientId, kindName(n.kind), stamp(n.time), n.text, stamp(n.created), n.createdBy});
              });
          });
    table("files",
          {QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("size"),
           QStringLiteral("sha256"), QStringLiteral("path"), QStringLiteral("created"), QStringLiteral("created_by")},
          [&](auto row) {
              m_source.files([&](const StoredFile& f) {
                  row({f.id, f.clientId, f.name, f.type, QString::number(f.size), f.sha256, filePath(f), stamp(f.created), f.createdBy});
              });
          });
    table("consents",
          {QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("purpose"), QStringLiteral("state"), QStringLiteral("time"),
           QStringLiteral("source"), QStringLiteral("policy_version"), QStringLiteral("recorded_by")},
          [&](auto row) {
              m_source.consents([&](const Consent& c) {
                  row({c.id, c.clientId, c.purpose, stateName(c.state), stamp(c.time), c.source, c.policyVersion, c.recordedBy});
              });
          });
    if (!m_options.clientId.isEmpty())
        return; // users and the audit log are the business's, not the client's
    table("users", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("created")}, [&](auto row) {
        m_source.users([&](const UserInfo& u) { row({u.id, u.name, roleName(u.role), stamp(u.created)}); });
    });
    table("audit",
          {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("object_type"),
           QStringLiteral("object_id"), QStringLiteral("detail"), QStringLiteral("prev_hash"), QStringLiteral("hash")},
          [&](auto row) {
              m_source.audit([&](const AuditEntry& e, const QString& prev, const QString& hash) {
                  row({QString::number(e.seq), stamp(e.time), e.actor, e.action, e.objectType, e.objectId, e.detail, prev, hash});
              });
          });
}

void ExportWriter::writeFiles(BundleSink& sink)
{
    m_source.files([&](const StoredFile& f) {
        sink.beginFile(filePath(f));
        streamFile(f, [&](const char* data, qint64 size) { sink.write(data, size); });
        sink.endFile();
    });
}

void ExportWriter::writeBundle(BundleSink& target)
{
    ManifestingSink sink(target, m_manifestFiles);
    if (m_options.format != ExportFormat::Csv) {
        sink.beginFile(QStringLiteral("data.json"));
        writeDataJson([&](const char* data, qint64 size) { sink.write(data, size); }, false);
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
                                                          {QStringLiteral("users"), m_counts.users},
                                                          {QStringLiteral("audit"), m_counts.audit}});
    manifest.insert(QStringLiteral("files"), m_manifestFiles);
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    target.beginFile(QStringLiteral("manifest.json"));
    target.write(bytes.constData(), bytes.size());
    target.endFile();
    target.finish();
}

void ExportWriter::writeSingleJson(const ByteSink& out) { writeDataJson(out, true); }

} // namespace coffer
