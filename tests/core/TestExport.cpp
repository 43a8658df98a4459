#include "Error.h"
#include "TransferFixture.h"
#include "privacy/Restriction.h"
#include "transfer/CsvImporter.h"
#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"
#include "transfer/Exporter.h"
#include "transfer/Importer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>

using namespace coffer;
using namespace coffer::test;

namespace {

// Every entry of a zip, read with libarchive's reader (independent of how it was written).
std::map<QString, QByteArray> unzip(const QString& path)
{
    std::map<QString, QByteArray> out;
    archive* a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK)
        return out;
    archive_entry* e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        QByteArray data;
        char buf[65536];
        for (la_ssize_t n; (n = archive_read_data(a, buf, sizeof buf)) > 0;)
            data.append(buf, n);
        out[QString::fromUtf8(archive_entry_pathname_utf8(e))] = data;
    }
    archive_read_free(a);
    return out;
}

QString sha256(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

void validateAgainstSchema(const QString& dataJson)
{
    QProcess p;
    const QString src = qEnvironmentVariable("COFFER_SOURCE_DIR");
    p.start(QStringLiteral("/usr/bin/python3"),
            {src + QStringLiteral("/tests/core/validate-export.py"),
             src + QStringLiteral("/resources/schema/coffer-export.schema.json"), dataJson});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

// A CSV table as people read it: its header, and each row by column name.
struct CsvTable
{
    QStringList header;
    std::vector<QMap<QString, QString>> rows;
};
CsvTable readCsv(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvTable table;
    QStringList fields;
    reader.readRecord(table.header);
    while (reader.readRecord(fields)) {
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < table.header.size(); ++i)
            row.insert(table.header[i], fields.value(i));
        table.rows.push_back(row);
    }
    return table;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zipBundleIsCompleteAndMatchesItsManifest()
    {
        TransferFixture fx;
        const QString out = fx.dir.filePath(QStringLiteral("all.zip"));
        const ExportResult r = Exporter(*fx.vault).run(out, {});
        QCOMPARE(r.counts.clients, qint64(3));
        const auto entries = unzip(out);
        QVERIFY(entries.count(QStringLiteral("manifest.json")));
        QVERIFY(entries.count(QStringLiteral("data.json")));
        for (const char* t : {"clients", "client_fields", "notes", "files", "consents", "requests", "request_evidence",
                              "users", "audit"})
            QVERIFY2(entries.count(QStringLiteral("csv/%1.csv").arg(QLatin1String(t))), t);
        // Attachments byte-identical under files/<id>/<original name>.
        const QJsonObject data = QJsonDocument::fromJson(entries.at(QStringLiteral("data.json"))).object();
        const QJsonArray files = data.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (const QJsonValue& f : files) {
            const QString path = f.toObject().value(QStringLiteral("path")).toString();
            QVERIFY(entries.count(path));
            QCOMPARE(sha256(entries.at(path)), f.toObject().value(QStringLiteral("sha256")).toString());
            if (path.endsWith(QStringLiteral("līgums (signed).pdf")))
                QCOMPARE(entries.at(path), fx.binary);
        }
        // The manifest lists every other entry with its size and SHA-256, and the counts.
        const QJsonObject manifest = QJsonDocument::fromJson(entries.at(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("counts")).toObject().value(QStringLiteral("clients")).toInt(), 3);
        QCOMPARE(manifest.value(QStringLiteral("vaultId")).toString(), QString::fromLatin1(fx.vault->id().toHex()));
        const QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(listed.size(), int(entries.size()) - 1);
        for (const QJsonValue& v : listed) {
            const QJsonObject o = v.toObject();
            const QByteArray& bytes = entries.at(o.value(QStringLiteral("path")).toString());
            QCOMPARE(qint64(o.value(QStringLiteral("size")).toDouble()), qint64(bytes.size()));
            QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256(bytes));
        }
        // Users are there without credentials; the audit log is there with its chain.
        QCOMPARE(data.value(QStringLiteral("users")).toArray().size(), 1);
        QVERIFY(!data.value(QStringLiteral("users")).toArray()[0].toObject().contains(QStringLiteral("slot")));
        QVERIFY(data.value(QStringLiteral("audit")).toArray().size() > 5);
        const QString dataPath = fx.dir.filePath(QStringLiteral("data.json"));
        writeAll(dataPath, entries.at(QStringLiteral("data.json")));
        validateAgainstSchema(dataPath);
        // The export itself is audited, with counts only.
        bool audited = false;
        for (const AuditEntry& e : fx.vault->auditEntries(0, 1000))
            audited |= e.action == QLatin1String("export") && e.detail.contains(QStringLiteral("clients=3")) &&
                       !e.detail.contains(u'Ē');
        QVERIFY(audited);
        QCOMPARE(QFile(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void csvIsRfc4180WithNeutralisedFormulas()
    {
        QCOMPARE(CsvWriter::encodeCell(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(CsvWriter::encodeCell(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(CsvWriter::encodeCell(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::encodeCell(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
        for (const char* formula : {"=1+1", "+371", "-5", "@SUM(A1)", "\tx", "\rx"})
            QVERIFY2(CsvWriter::encodeCell(QString::fromLatin1(formula)).startsWith("'") ||
                         CsvWriter::encodeCell(QString::fromLatin1(formula)).startsWith("\"'"),
                     formula);
        TransferFixture fx;
        const QString out = fx.dir.filePath(QStringLiteral("csv"));
        ExportOptions o;
        o.format = ExportFormat::Csv;
        o.byteOrderMark = true;
        Exporter(*fx.vault).run(out, o);
        QVERIFY(!QFile::exists(out + QStringLiteral("/data.json")));
        const QByteArray clients = readAll(out + QStringLiteral("/csv/clients.csv"));
        QVERIFY(clients.startsWith("\xEF\xBB\xBFid,kind,display_name"));
        QVERIFY(clients.contains("\r\n"));
        QVERIFY(clients.contains(QStringLiteral("Ēriks Ozoliņš").toUtf8()));
        QVERIFY(clients.contains("'+371 2912 3456"));
        QVERIFY(clients.contains("\"'=cmd|' /C calc'!A0; vip\"")); // tags on one line, the formula neutralised
        QVERIFY(readAll(out + QStringLiteral("/csv/client_fields.csv")).contains("\"LV400, \"\"quoted\"\"\""));
        QVERIFY(readAll(out + QStringLiteral("/csv/notes.csv")).contains("\"Said \"\"yes\"\"; then, -1 discount\""));
        QCOMPARE(QDir(out + QStringLiteral("/files")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }

    // For people reading the tables: each user id beside the user's name, a removed user's with none (it is
    // not guessed), tags on one line; and the importer still reads the file back.
    void csvNamesTheUsersAndPutsTagsOnOneLine()
    {
        TransferFixture fx;
        const QString anna = fx.vault->currentUser().id;
        // Bob edits Ēriks's record and is then removed: his id stays in updated_by, his name is gone.
        const Secret once = fx.vault->addUser(QStringLiteral("Bob"), Role::Editor);
        fx.vault->lock();
        QString bob;
        {
            std::unique_ptr<Vault> asBob = Vault::unlock(fx.folder, QStringLiteral("Bob"), once.copy());
            asBob->changePassword(secret("walnut harbour 1887"));
            bob = asBob->currentUser().id;
            Client c = ClientStore(*asBob).get(fx.clientIds[0]);
            c.organisation = QStringLiteral("Ozols SIA");
            ClientStore(*asBob).update(c);
        }
        fx.vault = Vault::unlock(fx.folder, QStringLiteral("Anna"), secret(kOwnerPassword));
        fx.vault->removeUser(QStringLiteral("Bob"));

        const QString out = fx.dir.filePath(QStringLiteral("tables"));
        ExportOptions o;
        o.format = ExportFormat::Csv;
        Exporter(*fx.vault).run(out, o);
        const QByteArray bytes = readAll(out + QStringLiteral("/csv/clients.csv"));
        QVERIFY(bytes.startsWith("id,kind,display_name,given_name,family_name,organisation,emails,phones,address,"
                                 "country,tags,restricted,retention,created,created_by,created_by_name,updated,"
                                 "updated_by,updated_by_name\r\n"));
        const CsvTable clients = readCsv(bytes);
        QCOMPARE(clients.rows.size(), size_t(3));
        for (const auto& row : clients.rows) {
            QCOMPARE(row.value(QStringLiteral("created_by")), anna);
            QCOMPARE(row.value(QStringLiteral("created_by_name")), QStringLiteral("Anna"));
            QCOMPARE(row.value(QStringLiteral("tags")), QStringLiteral("'=cmd|' /C calc'!A0; vip"));
            QVERIFY(row.value(QStringLiteral("emails")).contains(u'\n')); // emails stay one a line
            const bool edited = row.value(QStringLiteral("id")) == fx.clientIds[0];
            QCOMPARE(row.value(QStringLiteral("updated_by")), edited ? bob : anna);
            QCOMPARE(row.value(QStringLiteral("updated_by_name")), edited ? QString() : QStringLiteral("Anna"));
        }
        for (const auto& [table, column] : {std::pair{"notes", "created_by"}, std::pair{"files", "created_by"},
                                            std::pair{"consents", "recorded_by"}}) {
            const CsvTable t = readCsv(readAll(out + QStringLiteral("/csv/%1.csv").arg(QLatin1String(table))));
            const QString name = QLatin1String(column) + QStringLiteral("_name");
            QCOMPARE(t.header.indexOf(name), t.header.indexOf(QLatin1String(column)) + 1);
            QVERIFY(!t.rows.empty());
            for (const auto& row : t.rows)
                QCOMPARE(row.value(name), QStringLiteral("Anna"));
        }

        // One client's export names nobody of the business: the ids are there, the name cells empty.
        const QString one = fx.dir.filePath(QStringLiteral("one"));
        o.clientId = fx.clientIds[1];
        Exporter(*fx.vault).run(one, o);
        const CsvTable hers = readCsv(readAll(one + QStringLiteral("/csv/clients.csv")));
        QCOMPARE(hers.rows.size(), size_t(1));
        QCOMPARE(hers.rows[0].value(QStringLiteral("created_by")), anna);
        QCOMPARE(hers.rows[0].value(QStringLiteral("created_by_name")), QString());
        QVERIFY(!readAll(one + QStringLiteral("/csv/notes.csv")).contains("Anna"));

        // The CSV import reads the table back: names and tags as they were, the name columns ignored.
        std::unique_ptr<Vault> other = fx.emptyVault(QStringLiteral("other"));
        QFile file(out + QStringLiteral("/csv/clients.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvImportReport report = CsvImporter(*other).import(file);
        QCOMPARE(report.imported, 3);
        QVERIFY(report.ignoredColumns.contains(QStringLiteral("updated_by_name")));
        for (const ClientSummary& c : ClientStore(*other).list({}, 0, 10))
            QCOMPARE(ClientStore(*other).get(c.id).tags,
                     (QStringList{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("vip")}));
    }

    void oneClientHoldsNothingOfAnyoneElse()
    {
        TransferFixture fx;
        ExportOptions o;
        o.format = ExportFormat::Json;
        o.clientId = fx.clientIds[0];
        const QString out = fx.dir.filePath(QStringLiteral("one.json"));
        Exporter(*fx.vault).run(out, o);
        const QByteArray bytes = readAll(out);
        QVERIFY(bytes.contains(QStringLiteral("Ozoliņš").toUtf8()));
        for (const char* other : {"Žemaitytė", "Dvořák", "Met at the fair", "note.txt"})
            QVERIFY2(!bytes.contains(QByteArray(other)), other);
        const QJsonObject data = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(data.value(QStringLiteral("clients")).toArray().size(), 1);
        QCOMPARE(data.value(QStringLiteral("users")).toArray().size(), 0);
        QCOMPARE(data.value(QStringLiteral("audit")).toArray().size(), 0);
        // Their own request and its evidence, not the request of someone else or of no one yet.
        const QJsonArray requests = data.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].toObject().value(QStringLiteral("clientId")).toString(), fx.clientIds[0]);
        QCOMPARE(requests[0].toObject().value(QStringLiteral("evidence")).toArray().size(), 1);
        QVERIFY(!bytes.contains("Kaunas"));
        const QJsonObject file = data.value(QStringLiteral("files")).toArray()[0].toObject();
        QCOMPARE(QByteArray::fromBase64(file.value(QStringLiteral("content")).toString().toLatin1()), fx.binary);
        validateAgainstSchema(out);
    }

    // GDPR Art. 18: a restricted client's data is only kept; an export of everything leaves them out, with
    // their notes, files, consents and requests, unless the user includes them; their own export holds them.
    void aBulkExportLeavesOutRestrictedClientsUnlessIncluded()
    {
        TransferFixture fx;
        Restriction(*fx.vault).restrict(fx.clientIds[1], QStringLiteral("Contests her address"));
        ExportOptions o;
        o.format = ExportFormat::Json;
        const QString without = fx.dir.filePath(QStringLiteral("without.json"));
        const ExportResult r = Exporter(*fx.vault).run(without, o);
        QCOMPARE(r.counts.clients, qint64(2));
        QCOMPARE(r.counts.restrictedLeftOut, qint64(1));
        const QByteArray bytes = readAll(without);
        for (const char* hers : {"Žemaitytė", "Met at the fair", "Archives in two offices"})
            QVERIFY2(!bytes.contains(QByteArray(hers)), hers);
        const QJsonObject data = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(data.value(QStringLiteral("scope")).toObject().value(QStringLiteral("restrictedLeftOut")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(data.value(QStringLiteral("requests")).toArray().size(), 2); // the others', and the unidentified
        validateAgainstSchema(without);
        bool audited = false;
        for (const AuditEntry& e : fx.vault->auditEntries(0, 1000))
            audited |=
                e.action == QLatin1String("export") && e.detail.endsWith(QStringLiteral("restricted-left-out=1"));
        QVERIFY(audited);

        o.includeRestricted = true;
        const QString with = fx.dir.filePath(QStringLiteral("with.json"));
        QCOMPARE(Exporter(*fx.vault).run(with, o).counts.clients, qint64(3));
        QVERIFY(readAll(with).contains(QStringLiteral("Žemaitytė").toUtf8()));
        QVERIFY(!QJsonDocument::fromJson(readAll(with))
                     .object()
                     .value(QStringLiteral("scope"))
                     .toObject()
                     .contains(QStringLiteral("restrictedLeftOut")));

        ExportOptions hers;
        hers.format = ExportFormat::Json;
        hers.clientId = fx.clientIds[1];
        const QString own = fx.dir.filePath(QStringLiteral("hers.json"));
        QCOMPARE(Exporter(*fx.vault).run(own, hers).counts.clients, qint64(1));
        QVERIFY(readAll(own).contains("Met at the fair"));
    }

    void encryptedExportHasNoPlaintextAndDecrypts()
    {
        TransferFixture fx;
        const Secret pass = secret("export passphrase");
        ExportOptions o;
        o.passphrase = &pass;
        o.kdf = kCheapKdf;
        const QString out = fx.dir.filePath(QStringLiteral("all.cex"));
        Exporter(*fx.vault).run(out, o);
        const QByteArray bytes = readAll(out);
        QVERIFY(bytes.startsWith("COFFEREX"));
        for (const QByteArray& s : {QStringLiteral("Ozoliņš").toUtf8(), QByteArray("example.eu"),
                                    QByteArray("data.json"), QByteArray("manifest"), fx.binary.mid(1000, 64)})
            QVERIFY(!bytes.contains(s));
        const QString plain = fx.dir.filePath(QStringLiteral("plain.zip"));
        decryptExport(out, plain, pass);
        QVERIFY(unzip(plain).count(QStringLiteral("data.json")));

        auto refused = [&](const QString& in, const char* passphrase, ErrorCode expected) {
            const QString target = fx.dir.filePath(QStringLiteral("refused.zip"));
            QString message;
            const std::optional<ErrorCode> code =
                thrownCode([&] { decryptExport(in, target, secret(passphrase)); }, &message);
            if (code && *code != expected)
                qWarning("got error %d: %s", int(*code), qPrintable(message));
            return code == expected && !QFile::exists(target);
        };
        QVERIFY(refused(out, "wrong passphrase", ErrorCode::Auth));
        const QString cut = fx.dir.filePath(QStringLiteral("cut.cex"));
        writeAll(cut, bytes.left(bytes.size() - 100));
        QVERIFY(refused(cut, "export passphrase", ErrorCode::Damaged));
        QByteArray flipped = bytes;
        flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x01);
        writeAll(cut, flipped);
        QVERIFY(refused(cut, "export passphrase", ErrorCode::Damaged));
        QVERIFY(QDir(fx.dir.path()).entryList({QStringLiteral("*refused*")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void failuresLeaveNoPartialOutput()
    {
        TransferFixture fx;
        const QString out = fx.dir.filePath(QStringLiteral("cancelled.zip"));
        ExportOptions o;
        o.progress = [](qint64 done, qint64) { return done < 5; };
        QVERIFY_THROWS_EXCEPTION(Error, Exporter(*fx.vault).run(out, o));
        ExportOptions dir;
        dir.format = ExportFormat::Directory;
        dir.progress = o.progress;
        QVERIFY_THROWS_EXCEPTION(Error, Exporter(*fx.vault).run(fx.dir.filePath(QStringLiteral("cancelled-dir")), dir));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 Exporter(*fx.vault).run(fx.dir.filePath(QStringLiteral("no/such/folder.zip")), {}));
        // Nothing but the vault folder (and its backup folder, which holds its tombstones from the start)
        // is left: no target, no temporary.
        QCOMPARE(QDir(fx.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("source.coffer"), QStringLiteral("source.coffer-backups")}));
        // An existing target is never overwritten.
        writeAll(out, "keep me");
        QVERIFY_THROWS_EXCEPTION(Error, Exporter(*fx.vault).run(out, {}));
        QCOMPARE(readAll(out), QByteArray("keep me"));
    }

    // store/OutputPath's rules, as the exporter and decryptExport apply them.
    void outputPathRules()
    {
        TransferFixture fx;
        auto refused = [&](const QString& target, const ExportOptions& o = {}) {
            return thrownCode([&] { Exporter(*fx.vault).run(target, o); }) == ErrorCode::Failed;
        };
        // An existing file is replaced only when allowed, and then whole.
        const QString out = fx.dir.filePath(QStringLiteral("all.zip"));
        writeAll(out, "keep me");
        QVERIFY(refused(out));
        QCOMPARE(readAll(out), QByteArray("keep me"));
        ExportOptions replace;
        replace.overwrite = Overwrite::Replace;
        Exporter(*fx.vault).run(out, replace);
        QVERIFY(unzip(out).count(QStringLiteral("data.json")));
        // A link is refused even then, and what it points to stays as it was.
        const QString victim = fx.dir.filePath(QStringLiteral("victim"));
        writeAll(victim, "keep me");
        QVERIFY(QFile::link(victim, fx.dir.filePath(QStringLiteral("link.zip"))));
        QVERIFY(refused(fx.dir.filePath(QStringLiteral("link.zip")), replace));
        QCOMPARE(readAll(victim), QByteArray("keep me"));
        // An existing folder is never replaced, not even an empty one.
        QVERIFY(QDir(fx.dir.path()).mkdir(QStringLiteral("taken")));
        ExportOptions folder = replace;
        folder.format = ExportFormat::Directory;
        QVERIFY(refused(fx.dir.filePath(QStringLiteral("taken")), folder));
        // Never inside the vault folder or its backup folder.
        QVERIFY(refused(QDir(fx.vault->path()).filePath(QStringLiteral("x.zip"))));
        const QString backups = fx.vault->backupFolder();
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(refused(QDir(backups).filePath(QStringLiteral("x.zip"))));
        QVERIFY(QFileInfo(QDir(backups).filePath(QStringLiteral("x.zip"))).exists() == false);

        // decryptExport: the same rules.
        const Secret pass = secret("export passphrase");
        ExportOptions encrypted;
        encrypted.passphrase = &pass;
        encrypted.kdf = kCheapKdf;
        const QString sealed = fx.dir.filePath(QStringLiteral("all.cex"));
        Exporter(*fx.vault).run(sealed, encrypted);
        const QString plain = fx.dir.filePath(QStringLiteral("plain.zip"));
        writeAll(plain, "old");
        QCOMPARE(thrownCode([&] { decryptExport(sealed, plain, pass); }), ErrorCode::Failed);
        QCOMPARE(readAll(plain), QByteArray("old"));
        decryptExport(sealed, plain, pass, {Overwrite::Replace, {}, {}});
        QVERIFY(unzip(plain).count(QStringLiteral("data.json")));
        QCOMPARE(
            thrownCode([&] {
                decryptExport(sealed, fx.dir.filePath(QStringLiteral("link.zip")), pass, {Overwrite::Replace, {}, {}});
            }),
            ErrorCode::Failed);
        QCOMPARE(readAll(victim), QByteArray("keep me"));
        // Inside a vault folder even when no vault is named.
        QCOMPARE(
            thrownCode([&] { decryptExport(sealed, QDir(fx.vault->path()).filePath(QStringLiteral("p.zip")), pass); }),
            ErrorCode::Failed);
        QCOMPARE(thrownCode([&] {
                     decryptExport(sealed, QDir(backups).filePath(QStringLiteral("p.zip")), pass,
                                   {Overwrite::Refuse, fx.vault->path(), backups});
                 }),
                 ErrorCode::Failed);
    }

    // Disk full, for real: the CLI in a child process under a small RLIMIT_FSIZE.
    void diskFullInAChildProcess()
    {
        TransferFixture fx;
        fx.vault->lock();
        const QString out = fx.dir.filePath(QStringLiteral("full.zip"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COFFER_PASSWORD"), QString::fromLatin1(kOwnerPassword));
        env.insert(QStringLiteral("COFFER_VAULT"), fx.dir.filePath(QStringLiteral("source")));
        // libarchive's zip writer leaks its deflate state when a write fails mid-entry (freed at exit
        // anyway); the leak checker would turn that into a different exit code.
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        p.setProcessEnvironment(env);
        // prlimit sets the limit on the child only; 1 MiB is less than the 3 MiB attachment.
        p.start(QStringLiteral("prlimit"), {QStringLiteral("--fsize=1048576"), qEnvironmentVariable("COFFER_CLI"),
                                            QStringLiteral("export"), QStringLiteral("--out"), out});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("Cannot write the export") && err.contains("large"), err.constData());
        // The vault and its automatic backups (made when the fixture locked it), nothing else.
        QCOMPARE(QDir(fx.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("source.coffer"), QStringLiteral("source.coffer-backups")}));
        QVERIFY(!err.contains("Ozoli"));
    }

    void viewersMayNotExportAndEditorsOnlyOneClient()
    {
        TransferFixture fx;
        const Secret otpViewer = fx.vault->addUser(QStringLiteral("vera"), Role::Viewer);
        const Secret otpEditor = fx.vault->addUser(QStringLiteral("ed"), Role::Editor);
        const QString folder = fx.vault->path();
        fx.vault->lock();
        auto ed = Vault::unlock(folder, QStringLiteral("ed"), otpEditor);
        ed->changePassword(secret("ed's password"));
        QCOMPARE(thrownCode([&] { Exporter(*ed).run(fx.dir.filePath(QStringLiteral("all.zip")), {}); }),
                 ErrorCode::Permission);
        ExportOptions one;
        one.clientId = fx.clientIds[1];
        Exporter(*ed).run(fx.dir.filePath(QStringLiteral("one.zip")), one);
        ed.reset();
        auto vera = Vault::unlock(folder, QStringLiteral("vera"), otpViewer);
        vera->changePassword(secret("vera's password"));
        QVERIFY_THROWS_EXCEPTION(Error, Exporter(*vera).run(fx.dir.filePath(QStringLiteral("v.zip")), one));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "TestExport.moc"
