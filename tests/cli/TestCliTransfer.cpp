#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
const QStringList kInit{s("init"), s("--user"), s("anna"), s("--kdf-memory"), s("1"), s("--kdf-ops"), s("1")};
} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_stderr;

    CliResult in(const QString& vault, const QStringList& args, const QString& exportPassword = {})
    {
        CliRunner r;
        r.env.insert(s("COFFER_VAULT"), m_dir.filePath(vault));
        r.env.insert(s("COFFER_PASSWORD"), s(kOwnerPassword));
        if (!exportPassword.isEmpty())
            r.env.insert(s("COFFER_EXPORT_PASSWORD"), exportPassword);
        const CliResult res = r.run(args);
        m_stderr << res.err;
        return res;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(in(s("shop"), kInit).code, 0);
        const QString id = in(s("shop"), {s("client"), s("add"), s("--name"), s("Jūratė Žemaitytė"), s("--email"),
                                          s("jurate@example.lt")})
                               .out.trimmed();
        QCOMPARE(in(s("shop"), {s("note"), s("add"), id, s("=SUM(A1:A9) looked odd")}).code, 0);
        writeAll(m_dir.filePath(s("scan.pdf")), QByteArray(200000, 'x') + "end");
        QCOMPARE(in(s("shop"), {s("file"), s("add"), id, m_dir.filePath(s("scan.pdf"))}).code, 0);
        QCOMPARE(in(s("shop"), {s("client"), s("add"), s("--name"), s("Řehoř Dvořák")}).code, 0);
    }

    void exportEncryptDecryptImport()
    {
        CliResult r = in(s("shop"), {s("export"), s("--out"), m_dir.filePath(s("all.zip"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(s("Exported 2 clients")));
        r = in(s("shop"), {s("export"), s("--out"), m_dir.filePath(s("all.zip"))});
        QCOMPARE(r.code, 1); // never overwrites
        r = in(s("shop"),
               {s("export"), s("--out"), m_dir.filePath(s("secret.cex")), s("--encrypt"), s("--kdf-memory"), s("1"),
                s("--kdf-ops"), s("1")},
               s("export passphrase"));
        QCOMPARE(r.code, 0);
        QVERIFY(!readAll(m_dir.filePath(s("secret.cex"))).contains(s("Žemaitytė").toUtf8()));
        QCOMPARE(in(s("shop"), {s("decrypt"), m_dir.filePath(s("secret.cex")), m_dir.filePath(s("plain.zip"))},
                    s("wrong passphrase"))
                     .code,
                 3);
        QVERIFY(!QFile::exists(m_dir.filePath(s("plain.zip"))));
        QCOMPARE(in(s("shop"), {s("decrypt"), m_dir.filePath(s("secret.cex")), m_dir.filePath(s("plain.zip"))},
                    s("export passphrase"))
                     .code,
                 0);
        QVERIFY(readAll(m_dir.filePath(s("plain.zip"))).startsWith("PK"));

        QCOMPARE(in(s("copy"), kInit).code, 0);
        r = in(s("copy"), {s("import"), m_dir.filePath(s("secret.cex"))}, s("export passphrase"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(s("Imported 2 clients, 1 notes, 1 files")), qPrintable(r.out));
        r = in(s("copy"), {s("import"), m_dir.filePath(s("all.zip")), s("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("skipped")).toArray().size(),
                 4); // 2 clients, 1 note, 1 file
        r = in(s("copy"), {s("client"), s("list"), s("--search"), s("zemaityte"), s("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void formatsAndOneClient()
    {
        for (const char* format : {"dir", "json", "csv"})
            QCOMPARE(in(s("shop"), {s("export"), s("--out"), m_dir.filePath(s("f-") + s(format)), s("--format"),
                                    s(format), s("--bom")})
                         .code,
                     0);
        QVERIFY(readAll(m_dir.filePath(s("f-csv/csv/notes.csv"))).contains("'=SUM(A1:A9) looked odd"));
        QCOMPARE(in(s("shop"), {s("export"), s("--out"), m_dir.filePath(s("x")), s("--format"), s("xml")}).code, 2);
        const QString id =
            QJsonDocument::fromJson(
                in(s("shop"), {s("client"), s("list"), s("--search"), s("rehor"), s("--json")}).out.toUtf8())
                .array()[0]
                .toObject()
                .value(s("id"))
                .toString();
        QCOMPARE(in(s("shop"), {s("export"), s("--out"), m_dir.filePath(s("rehor.json")), s("--format"), s("json"),
                                s("--client"), id})
                     .code,
                 0);
        const QByteArray one = readAll(m_dir.filePath(s("rehor.json")));
        QVERIFY(one.contains(s("Dvořák").toUtf8()));
        QVERIFY(!one.contains(s("Žemaitytė").toUtf8()));
    }

    // An export from before the email rules, with an address like "ilze.ozolina@inbox,lv": import says
    // which client and which field it left out, on stdout and in --json, and never the address.
    void oldExportWithAnInvalidEmail()
    {
        const QString path = m_dir.filePath(s("old.json"));
        QCOMPARE(in(s("shop"), {s("export"), s("--out"), path, s("--format"), s("json")}).code, 0);
        QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        QJsonArray clients = json.value(s("clients")).toArray();
        QJsonObject first = clients[0].toObject();
        const QString id = first.value(s("id")).toString();
        first.insert(s("emails"), QJsonArray{s("ilze.ozolina@inbox,lv")});
        clients[0] = first;
        json.insert(s("clients"), clients);
        writeAll(path, QJsonDocument(json).toJson());

        QCOMPARE(in(s("old-import"), kInit).code, 0);
        CliResult r = in(s("old-import"), {s("import"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(s("Imported 1 clients")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(s("  client %1: Email 1: This email address has a comma where a dot should be.\n").arg(id)),
            qPrintable(r.out));
        QVERIFY(!r.out.contains(s("inbox,lv")) && !r.err.contains(s("inbox,lv")));

        QCOMPARE(in(s("old-json"), kInit).code, 0);
        r = in(s("old-json"), {s("import"), path, s("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray invalid = QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("invalid")).toArray();
        QCOMPARE(invalid.size(), 1);
        QVERIFY(invalid[0].toString().startsWith(s("client %1: Email 1: ").arg(id)));
    }

    void hostileImportChangesNothing()
    {
        writeAll(m_dir.filePath(s("evil.json")), R"({"format":"coffer-export","version":1,"clients":"nope"})");
        const CliResult r = in(s("shop"), {s("import"), m_dir.filePath(s("evil.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(s("malformed")));
        QCOMPARE(
            QJsonDocument::fromJson(in(s("shop"), {s("client"), s("list"), s("--json")}).out.toUtf8()).array().size(),
            2);
    }

    // Output paths: an existing file is replaced only with --force; a link is refused even then, and what
    // it points to is untouched; nothing goes into the vault folder or its backup folder.
    void exportAndDecryptKeepTheOutputRules()
    {
        const QString out = m_dir.filePath(s("rules.zip"));
        writeAll(out, "keep me");
        CliResult r = in(s("shop"), {s("export"), s("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("already exists")) && r.err.contains(s("--force")), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("keep me"));
        r = in(s("shop"), {s("export"), s("--out"), out, s("--force")});
        QCOMPARE(r.code, 0);
        QVERIFY(readAll(out).startsWith("PK"));

        const QString victim = m_dir.filePath(s("victim.txt"));
        writeAll(victim, "keep me");
        const QString link = m_dir.filePath(s("link.zip"));
        QVERIFY(QFile::link(victim, link));
        for (const QStringList& extra : {QStringList(), QStringList{s("--force")}}) {
            r = in(s("shop"), QStringList{s("export"), s("--out"), link} + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(s("symbolic link")), qPrintable(r.err));
        }
        QCOMPARE(readAll(victim), QByteArray("keep me"));
        QVERIFY(QFileInfo(link).isSymLink());

        const QString vaultFolder = m_dir.filePath(s("shop.coffer"));
        r = in(s("shop"), {s("export"), s("--out"), QDir(vaultFolder).filePath(s("inside.zip"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("vault folder")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QDir(vaultFolder).filePath(s("inside.zip"))));

        // decrypt, likewise.
        QCOMPARE(in(s("shop"),
                    {s("export"), s("--out"), m_dir.filePath(s("rules.cex")), s("--encrypt"), s("--kdf-memory"), s("1"),
                     s("--kdf-ops"), s("1")},
                    s("export passphrase"))
                     .code,
                 0);
        const QString plain = m_dir.filePath(s("rules-plain.zip"));
        writeAll(plain, "keep me");
        r = in(s("shop"), {s("decrypt"), m_dir.filePath(s("rules.cex")), plain}, s("export passphrase"));
        QCOMPARE(r.code, 1);
        QCOMPARE(readAll(plain), QByteArray("keep me"));
        r = in(s("shop"), {s("decrypt"), m_dir.filePath(s("rules.cex")), plain, s("--force")}, s("export passphrase"));
        QCOMPARE(r.code, 0);
        QVERIFY(readAll(plain).startsWith("PK"));
        r = in(s("shop"), {s("decrypt"), m_dir.filePath(s("rules.cex")), link, s("--force")}, s("export passphrase"));
        QCOMPARE(r.code, 1);
        QCOMPARE(readAll(victim), QByteArray("keep me"));
        const QString backups = m_dir.filePath(s("shop.coffer-backups"));
        QVERIFY(QDir().mkpath(backups));
        r = in(s("shop"), {s("decrypt"), m_dir.filePath(s("rules.cex")), QDir(backups).filePath(s("p.zip"))},
               s("export passphrase"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("backup folder")), qPrintable(r.err));
        r = in(s("shop"), {s("decrypt"), m_dir.filePath(s("rules.cex")), QDir(vaultFolder).filePath(s("p.zip"))},
               s("export passphrase"));
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(QDir(vaultFolder).filePath(s("p.zip"))));
    }

    void stderrHoldsNoClientData()
    {
        const QString all = m_stderr.join(u'\n');
        for (const char* p : {"Jūratė", "Žemaitytė", "jurate@example.lt", "Dvořák", "SUM(A1", "scan.pdf"})
            QVERIFY2(!all.contains(s(p)), p);
    }
};

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "TestCliTransfer.moc"
