#include "CliRunner.h"
#include "TestSupport.h"
#include "records/ClientStore.h"
#include "records/FileStore.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace coffer;
using namespace coffer::test;

namespace {
const char* const kViewerPassword = "viewer's own password";

QByteArray someBytes(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char& c : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x);
    }
    return out;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_clientId;
    QString m_source;
    QByteArray m_bytes;

    CliResult as(const char* user, const char* password, const QStringList& args)
    {
        CliRunner r;
        r.env.insert(QStringLiteral("COFFER_VAULT"), m_vault);
        r.env.insert(QStringLiteral("COFFER_USER"), QString::fromUtf8(user));
        r.env.insert(QStringLiteral("COFFER_PASSWORD"), QString::fromUtf8(password));
        return r.run(args);
    }
    CliResult owner(const QStringList& args) { return as("Anna", kOwnerPassword, args); }
    QString addSource()
    {
        const CliResult r = owner({QStringLiteral("file"), QStringLiteral("add"), m_clientId, m_source});
        return r.code == 0 ? r.out.trimmed() : QString();
    }

private Q_SLOTS:
    // A vault with one client and a viewer who has chosen their password, made through core; the
    // client commands are tested elsewhere.
    void init()
    {
        m_vault = m_dir.filePath(QStringLiteral("files-%1.coffer").arg(QTest::currentTestFunction()));
        auto created = Vault::create(m_vault, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        Client client;
        client.givenName = QStringLiteral("Ēriks");
        client.familyName = QStringLiteral("Ozoliņš");
        m_clientId = ClientStore(*created.vault).add(client);
        const Secret oneTime = created.vault->addUser(QStringLiteral("Vera"), Role::Viewer);
        created.vault.reset();
        Vault::unlock(m_vault, QStringLiteral("Vera"), oneTime)->changePassword(secret(kViewerPassword));

        m_source = m_dir.filePath(QStringLiteral("Ozoliņš līgums.pdf"));
        m_bytes = someBytes(3 * FileStore::kChunkSize + 5);
        writeAll(m_source, m_bytes);
    }

    void addPrintsTheIdAndGetWritesTheFile()
    {
        const CliResult added = owner({QStringLiteral("file"), QStringLiteral("add"), m_clientId, m_source});
        QCOMPARE(added.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}\n$")).match(added.out).hasMatch(),
                 qPrintable(added.out));
        const QString id = added.out.trimmed();

        const QString out = m_dir.filePath(QStringLiteral("out-%1.pdf").arg(QTest::currentTestFunction()));
        const CliResult got = owner({QStringLiteral("file"), QStringLiteral("get"), id, out});
        QCOMPARE(got.code, 0);
        QCOMPARE(got.out, QString());
        QCOMPARE(readAll(out), m_bytes);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        for (const CliResult* r : {&added, &got})
            QVERIFY(!r->err.contains(QStringLiteral("Ozoliņš")) && !r->err.contains(QStringLiteral("līgums")));
    }

    void addWithJsonDescribesTheFile()
    {
        const CliResult r =
            owner({QStringLiteral("--json"), QStringLiteral("file"), QStringLiteral("add"), m_clientId, m_source});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString().size(), 36);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Ozoliņš līgums.pdf"));
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), m_bytes.size());
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Hex(m_bytes));
    }

    void viewerCannotAddButCanGet()
    {
        const QString id = addSource();
        QVERIFY(!id.isEmpty());
        const CliResult refused =
            as("Vera", kViewerPassword, {QStringLiteral("file"), QStringLiteral("add"), m_clientId, m_source});
        QCOMPARE(refused.code, 5);
        const QString out = m_dir.filePath(QStringLiteral("viewer-copy.pdf"));
        QCOMPARE(as("Vera", kViewerPassword, {QStringLiteral("file"), QStringLiteral("get"), id, out}).code, 0);
        QCOMPARE(readAll(out), m_bytes);
    }

    void unknownClientOrFileFails()
    {
        const CliResult r =
            owner({QStringLiteral("file"), QStringLiteral("add"), QStringLiteral("no-such-client"), m_source});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no client")), qPrintable(r.err));
        const QString out = m_dir.filePath(QStringLiteral("never.bin"));
        QCOMPARE(owner({QStringLiteral("file"), QStringLiteral("get"), QStringLiteral("no-such-file"), out}).code, 1);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(owner({QStringLiteral("file"), QStringLiteral("add"), m_clientId,
                        m_dir.filePath(QStringLiteral("missing"))})
                     .code,
                 1);
        QCOMPARE(owner({QStringLiteral("file"), QStringLiteral("add"), m_clientId}).code, 2);
        QCOMPARE(owner({QStringLiteral("file"), QStringLiteral("get"), QStringLiteral("x")}).code, 2);
    }

    void damagedFileWritesNothing()
    {
        const QString id = addSource();
        QVERIFY(!id.isEmpty());
        {
            auto v = Vault::unlock(m_vault, QStringLiteral("Anna"), secret(kOwnerPassword));
            QByteArray bad = m_bytes.mid(2 * FileStore::kChunkSize, FileStore::kChunkSize);
            bad[7] = char(bad[7] ^ 0x40);
            v->database()
                .prepare("UPDATE file_chunks SET data = ? WHERE file_id = ? AND seq = 2")
                .bind(1, bad)
                .bind(2, id)
                .run();
        }
        const QString out = m_dir.filePath(QStringLiteral("damaged-copy.pdf"));
        const CliResult r = owner({QStringLiteral("file"), QStringLiteral("get"), id, out});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("part 3 of 4")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("damaged-copy*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void unwritableOutputSaysWhy()
    {
        const QString id = addSource();
        QVERIFY(!id.isEmpty());
        const CliResult r = owner(
            {QStringLiteral("file"), QStringLiteral("get"), id, m_dir.filePath(QStringLiteral("no/such/folder/out"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot write the output file")), qPrintable(r.err));
    }

    void getNeverOverwritesWithoutForce()
    {
        const QString id = addSource();
        QVERIFY(!id.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("existing-%1.pdf").arg(QTest::currentTestFunction()));
        writeAll(out, "keep me");
        CliResult r = owner({QStringLiteral("file"), QStringLiteral("get"), id, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("keep me"));
        r = owner({QStringLiteral("file"), QStringLiteral("get"), id, out, QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readAll(out), m_bytes);

        // Not through a link, even with --force; not into the vault folder.
        const QString victim = m_dir.filePath(QStringLiteral("victim-%1").arg(QTest::currentTestFunction()));
        writeAll(victim, "keep me");
        const QString link = victim + QStringLiteral(".link");
        QVERIFY(QFile::link(victim, link));
        r = owner({QStringLiteral("file"), QStringLiteral("get"), id, link, QStringLiteral("--force")});
        QCOMPARE(r.code, 1);
        QCOMPARE(readAll(victim), QByteArray("keep me"));
        r = owner({QStringLiteral("file"), QStringLiteral("get"), id, QDir(m_vault).filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(QDir(m_vault).filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "TestCliFiles.moc"
