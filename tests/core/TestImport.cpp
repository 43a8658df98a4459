#include "Error.h"
#include "TransferFixture.h"
#include "privacy/Purposes.h"
#include "transfer/BundleSink.h"
#include "transfer/Exporter.h"
#include "transfer/Importer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>

using namespace coffer;
using namespace coffer::test;

namespace {

QJsonObject dataJsonOf(const QString& zip)
{
    archive* a = archive_read_new();
    archive_read_support_format_zip(a);
    archive_read_open_filename(a, QFile::encodeName(zip).constData(), 65536);
    archive_entry* e = nullptr;
    QByteArray data;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        if (QByteArray(archive_entry_pathname(e)) != "data.json")
            continue;
        char buf[65536];
        for (la_ssize_t n; (n = archive_read_data(a, buf, sizeof buf)) > 0;)
            data.append(buf, n);
    }
    archive_read_free(a);
    return QJsonDocument::fromJson(data).object();
}

// What the vault holds, as the export shows it: the records, without the parts that belong to the
// export or the vault rather than the data (time, vault id, users, audit).
QJsonObject records(const QJsonObject& data)
{
    QJsonObject r;
    for (const char* k : {"clients", "notes", "files", "consents", "requests"})
        r.insert(QLatin1String(k), data.value(QLatin1String(k)));
    return r;
}

qint64 rows(Vault& v)
{
    return v.database().scalar(
        "SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM notes) + "
        "(SELECT count(*) FROM files) + (SELECT count(*) FROM file_chunks) + (SELECT count(*) FROM consents) + "
        "(SELECT count(*) FROM requests) + (SELECT count(*) FROM request_evidence)");
}

// A zip with the given entries, written by the same libarchive writer the exporter uses.
void writeZip(const QString& path, const std::vector<std::pair<QString, QByteArray>>& entries)
{
    QSaveFile f(path);
    f.open(QIODevice::WriteOnly);
    ZipSink zip([&](const char* d, qint64 n) { f.write(d, n); });
    for (const auto& [name, bytes] : entries) {
        zip.beginFile(name);
        zip.write(bytes.constData(), bytes.size());
        zip.endFile();
    }
    zip.finish();
    f.commit();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportImportExportRoundTripsExactly_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("zip") << int(ExportFormat::Zip) << false;
        QTest::newRow("dir") << int(ExportFormat::Directory) << false;
        QTest::newRow("json") << int(ExportFormat::Json) << false;
        QTest::newRow("zip encrypted") << int(ExportFormat::Zip) << true;
        QTest::newRow("json encrypted") << int(ExportFormat::Json) << true;
    }

    void exportImportExportRoundTripsExactly()
    {
        QFETCH(int, format);
        QFETCH(bool, encrypted);
        TransferFixture fx;
        const Secret pass = secret("round trip passphrase");
        ExportOptions o;
        o.format = ExportFormat(format);
        o.kdf = kCheapKdf;
        if (encrypted)
            o.passphrase = &pass;
        const QString first = fx.dir.filePath(QStringLiteral("first"));
        Exporter(*fx.vault).run(first, o);

        auto target = fx.emptyVault(QStringLiteral("target"));
        const ImportReport report = Importer(*target).run(first, encrypted ? &pass : nullptr);
        QCOMPARE(report.clients, 3);
        QCOMPARE(report.notes, 2);
        QCOMPARE(report.files, 2);
        QCOMPARE(report.consents, 2);
        QCOMPARE(report.requests, 3); // with their evidence, dates and states, as the records compare below
        QVERIFY(report.skipped.isEmpty());
        QCOMPARE(report.usersNotImported, 1);

        const QString a = fx.dir.filePath(QStringLiteral("a.zip")), b = fx.dir.filePath(QStringLiteral("b.zip"));
        Exporter(*fx.vault).run(a, {});
        Exporter(*target).run(b, {});
        QCOMPARE(records(dataJsonOf(b)), records(dataJsonOf(a)));
        // Every file's bytes came back: the SHA-256 in the re-export is recomputed from the stored chunks.
        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        const QJsonArray files = dataJsonOf(b).value(QStringLiteral("files")).toArray();
        for (const QJsonValue& f : files)
            if (f.toObject().value(QStringLiteral("name")).toString().startsWith(QStringLiteral("līgums")))
                FileStore(*target).read(f.toObject().value(QStringLiteral("id")).toString(), sink);
        QCOMPARE(out, fx.binary);
    }

    void existingIdsAreKeptAndReported()
    {
        TransferFixture fx;
        const QString zip = fx.dir.filePath(QStringLiteral("all.zip"));
        Exporter(*fx.vault).run(zip, {});
        ExportOptions one;
        one.clientId = fx.clientIds[0];
        const QString partial = fx.dir.filePath(QStringLiteral("one.zip"));
        Exporter(*fx.vault).run(partial, one);
        auto target = fx.emptyVault(QStringLiteral("target"));
        Importer(*target).run(partial, nullptr);
        Client changed = ClientStore(*target).get(fx.clientIds[0]);
        changed.address = QStringLiteral("Changed here");
        ClientStore(*target).update(changed);

        const ImportReport r = Importer(*target).run(zip, nullptr);
        QCOMPARE(r.clients, 2);
        QCOMPARE(r.files, 1);
        QVERIFY(
            r.skipped.join(u'\n').contains(QStringLiteral("client %1: already in this vault").arg(fx.clientIds[0])));
        QCOMPARE(ClientStore(*target).get(fx.clientIds[0]).address,
                 QStringLiteral("Changed here")); // kept, not overwritten
        QCOMPARE(ClientStore(*target).count({}), 3);
    }

    // An export whose client has an email an older Coffer let through ("ilze.ozolina@inbox,lv"): that
    // client is left out with their notes, files and consents, the report names the client's id and
    // the field, never the value, and everything else arrives. Put right and imported again, the client
    // arrives too, and what the first import brought is kept.
    void clientWithAnInvalidValueIsLeftOutWithItsRecords_data()
    {
        QTest::addColumn<bool>("bundle");
        QTest::newRow("data.json") << false;
        QTest::newRow("folder with manifest") << true;
    }

    // An export from before the catalogue of purposes (and retention, the breach log, the record of
    // processing): no such arrays, consents without evidence or expiry. Its free-text purposes join the
    // catalogue with the basis consent, as the vault's own did when it was upgraded.
    void anExportFromBeforeTheCatalogueBringsItsPurposes()
    {
        TransferFixture fx;
        const QString out = fx.dir.filePath(QStringLiteral("old.json"));
        ExportOptions o;
        o.format = ExportFormat::Json;
        Exporter(*fx.vault).run(out, o);
        QJsonObject json = QJsonDocument::fromJson(readAll(out)).object();
        for (const char* key :
             {"purposes", "policies", "retentionRules", "legalHolds", "processingRecords", "breaches"})
            json.remove(QLatin1String(key));
        QJsonArray consents = json.value(QStringLiteral("consents")).toArray();
        for (qsizetype i = 0; i < consents.size(); ++i) {
            QJsonObject c = consents[i].toObject();
            c.remove(QStringLiteral("evidenceFileId"));
            c.remove(QStringLiteral("expires"));
            c.insert(QStringLiteral("purpose"), QStringLiteral("Jaunumi e-pastā"));
            consents[i] = c;
        }
        json.insert(QStringLiteral("consents"), consents);
        writeAll(out, QJsonDocument(json).toJson(QJsonDocument::Compact));

        VaultFixture target(QStringLiteral("Anna"), QStringLiteral("target.coffer"));
        const ImportReport r = Importer(*target.vault).run(out, nullptr);
        QCOMPARE(r.consents, 2);
        const auto purpose = PurposeCatalogue(*target.vault).find(QStringLiteral("Jaunumi e-pastā"));
        QVERIFY(purpose);
        QCOMPARE(purpose->basis, LawfulBasis::Consent);
        QVERIFY(purpose->createdBy.isEmpty());
        const auto history = ConsentStore(*target.vault).history(fx.clientIds[0]);
        QCOMPARE(int(history.size()), 2);
        QCOMPARE(history.front().policyVersion, QStringLiteral("2026-01")); // kept as it was, though not archived
        QVERIFY(history.front().evidenceFileId.isEmpty() && !history.front().expires.isValid());
    }

    void clientWithAnInvalidValueIsLeftOutWithItsRecords()
    {
        QFETCH(bool, bundle);
        TransferFixture fx;
        const QString out = fx.dir.filePath(bundle ? QStringLiteral("export") : QStringLiteral("export.json"));
        ExportOptions o;
        o.format = bundle ? ExportFormat::Directory : ExportFormat::Json;
        Exporter(*fx.vault).run(out, o);
        const QString dataPath = bundle ? out + QStringLiteral("/data.json") : out;
        const QJsonObject original = QJsonDocument::fromJson(readAll(dataPath)).object();
        // Writes data.json with the first client's second email set to email, and for a bundle its
        // manifest entry to match, as an export made by an older version would have it.
        const auto writeWithEmail = [&](const QString& email) {
            QJsonObject json = original;
            QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
            for (qsizetype i = 0; i < clients.size(); ++i) {
                QJsonObject c = clients[i].toObject();
                if (c.value(QStringLiteral("id")).toString() == fx.clientIds[0]) {
                    c.insert(QStringLiteral("emails"), QJsonArray{QStringLiteral("eriks@example.eu"), email});
                    clients[i] = c;
                }
            }
            json.insert(QStringLiteral("clients"), clients);
            const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
            writeAll(dataPath, bytes);
            if (!bundle)
                return;
            const QString manifestPath = out + QStringLiteral("/manifest.json");
            QJsonObject manifest = QJsonDocument::fromJson(readAll(manifestPath)).object();
            QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
            for (qsizetype i = 0; i < files.size(); ++i) {
                QJsonObject f = files[i].toObject();
                if (f.value(QStringLiteral("path")).toString() == QLatin1String("data.json")) {
                    f.insert(QStringLiteral("sha256"),
                             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
                    f.insert(QStringLiteral("size"), double(bytes.size()));
                    files[i] = f;
                }
            }
            manifest.insert(QStringLiteral("files"), files);
            writeAll(manifestPath, QJsonDocument(manifest).toJson());
        };
        writeWithEmail(QStringLiteral("ilze.ozolina@inbox,lv"));

        auto target = fx.emptyVault(QStringLiteral("target"));
        ImportReport r = Importer(*target).run(out, nullptr);
        QCOMPARE(r.clients, 2);
        QCOMPARE(r.notes, 1);    // the other client's; the left-out one's call is not
        QCOMPARE(r.consents, 0); // both were the left-out client's
        QCOMPARE(r.files, 1);    // the third client's note.txt; the left-out one's contract is read past
        QCOMPARE(r.requests, 2); // the others' request and the one from someone not yet identified
        QVERIFY(r.skipped.isEmpty());
        QCOMPARE(r.invalid, QStringList{QStringLiteral("client %1: Email 2: This email address has a comma where "
                                                       "a dot should be.")
                                            .arg(fx.clientIds[0])});
        QVERIFY(!ClientStore(*target).exists(fx.clientIds[0]));
        QCOMPARE(target->database().scalar("SELECT count(*) FROM file_chunks"), qint64(1));
        bool audited = false;
        for (const AuditEntry& e : target->auditEntries(0, 1000))
            if (e.action == u"import") {
                audited = e.detail.endsWith(QStringLiteral(" invalid=1"));
                QVERIFY2(!e.detail.contains(u"inbox"), qPrintable(e.detail));
            }
        QVERIFY(audited);

        writeWithEmail(QStringLiteral("ilze.ozolina@inbox.lv"));
        r = Importer(*target).run(out, nullptr);
        QCOMPARE(r.clients, 1);
        QCOMPARE(r.notes, 1);
        QCOMPARE(r.consents, 2);
        QCOMPARE(r.files, 1);
        QVERIFY(r.invalid.isEmpty());
        QCOMPARE(r.requests, 1); // hers, left out the first time
        // The two clients, the note, the file and the two requests the first import brought, and the
        // purpose and policy version the consents refer to.
        QCOMPARE(r.skipped.size(), 8);
        QVERIFY(r.skipped.contains(QStringLiteral("purpose newsletter: already in this vault")));
        QVERIFY(r.skipped.contains(QStringLiteral("policy 2026-01: already in this vault")));
        QCOMPARE(ClientStore(*target).get(fx.clientIds[0]).emails.value(1), QStringLiteral("ilze.ozolina@inbox.lv"));
    }

    // Hostile or broken input is refused whole: the vault is exactly as before.
    void hostileInputChangesNothing_data()
    {
        QTest::addColumn<QString>("attack");
        for (const char* a : {"bad json", "wrong type", "path traversal", "sha mismatch", "huge size", "unlisted entry",
                              "missing file", "truncated zip", "not a zip", "request due before receipt",
                              "request of a client not in the export", "request evidence not a list"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }

    void hostileInputChangesNothing()
    {
        QFETCH(QString, attack);
        TransferFixture fx;
        const QString good = fx.dir.filePath(QStringLiteral("good"));
        ExportOptions dir;
        dir.format = ExportFormat::Directory;
        Exporter(*fx.vault).run(good, dir);
        QByteArray data = readAll(good + QStringLiteral("/data.json"));
        const QByteArray manifest = readAll(good + QStringLiteral("/manifest.json"));
        QJsonObject json = QJsonDocument::fromJson(data).object();
        const QJsonObject file = json.value(QStringLiteral("files")).toArray()[1].toObject();
        const QString filePath = file.value(QStringLiteral("path")).toString();
        const QByteArray fileBytes = readAll(good + u'/' + filePath);
        std::vector<std::pair<QString, QByteArray>> entries;
        auto rebuild = [&](const QByteArray& d) {
            entries = {
                {QStringLiteral("data.json"), d}, {filePath, fileBytes}, {QStringLiteral("manifest.json"), manifest}};
        };
        rebuild(data);
        if (attack == QLatin1String("bad json")) {
            rebuild(data.left(data.size() / 2));
        } else if (attack == QLatin1String("wrong type")) {
            QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
            QJsonObject c = clients[0].toObject();
            c.insert(QStringLiteral("emails"), QStringLiteral("not-a-list@example.eu"));
            clients[0] = c;
            json.insert(QStringLiteral("clients"), clients);
            rebuild(QJsonDocument(json).toJson());
        } else if (attack == QLatin1String("path traversal")) {
            entries.insert(entries.begin() + 1, {QStringLiteral("../../escaped.txt"), QByteArray("x")});
        } else if (attack == QLatin1String("sha mismatch")) {
            entries[1].second[0] = char(entries[1].second[0] ^ 1);
        } else if (attack == QLatin1String("huge size")) {
            QJsonArray files = json.value(QStringLiteral("files")).toArray();
            QJsonObject f = files[1].toObject();
            f.insert(QStringLiteral("size"), 1e15);
            files[1] = f;
            json.insert(QStringLiteral("files"), files);
            rebuild(QJsonDocument(json).toJson());
        } else if (attack.startsWith(QLatin1String("request"))) {
            QJsonArray requests = json.value(QStringLiteral("requests")).toArray();
            QJsonObject r = requests[requests.size() - 1].toObject(); // the last: others import before it fails
            if (attack == QLatin1String("request due before receipt"))
                r.insert(QStringLiteral("due"), QStringLiteral("1999-01-01"));
            else if (attack == QLatin1String("request of a client not in the export"))
                r.insert(QStringLiteral("clientId"), QStringLiteral("0192aaaa-0000-7000-8000-000000000000"));
            else
                r.insert(QStringLiteral("evidence"), QStringLiteral("zip"));
            requests[requests.size() - 1] = r;
            json.insert(QStringLiteral("requests"), requests);
            rebuild(QJsonDocument(json).toJson());
        } else if (attack == QLatin1String("unlisted entry")) {
            entries.insert(entries.begin() + 1, {QStringLiteral("csv/extra.csv"), QByteArray("a,b\r\n")});
        } else if (attack == QLatin1String("missing file")) {
            entries.erase(entries.begin() + 1);
        }
        const QString zip = fx.dir.filePath(QStringLiteral("hostile.zip"));
        writeZip(zip, entries);
        if (attack == QLatin1String("truncated zip"))
            writeAll(zip, readAll(zip).left(readAll(zip).size() - 200));
        if (attack == QLatin1String("not a zip"))
            writeAll(zip, "PK\x03\x04 but nothing after");

        auto target = fx.emptyVault(QStringLiteral("target"));
        const qint64 before = rows(*target);
        const qint64 auditBefore = AuditLog::count(target->database());
        try {
            Importer(*target).run(zip, nullptr);
            QFAIL("hostile input was imported");
        } catch (const Error& e) {
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(rows(*target), before);
        QCOMPARE(AuditLog::count(target->database()), auditBefore);
        QVERIFY(!QFile::exists(fx.dir.filePath(QStringLiteral("escaped.txt"))));
        QVERIFY(!QFile::exists(QDir(fx.dir.path()).filePath(QStringLiteral("../escaped.txt"))));
    }

    void wrongPassphraseIsAnAuthError()
    {
        TransferFixture fx;
        const Secret pass = secret("right passphrase");
        ExportOptions o;
        o.passphrase = &pass;
        o.kdf = kCheapKdf;
        const QString out = fx.dir.filePath(QStringLiteral("e.cex"));
        Exporter(*fx.vault).run(out, o);
        QVERIFY(Importer::isEncrypted(out));
        auto target = fx.emptyVault(QStringLiteral("target"));
        const Secret wrong = secret("wrong passphrase");
        QCOMPARE(thrownCode([&] { Importer(*target).run(out, &wrong); }), ErrorCode::Auth);
        QCOMPARE(rows(*target), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
