// coffer-cli request …, client restrict|unrestrict, note edit|remove, file remove: the register as a
// script or a person at a terminal uses it, with the exit codes of the contract.
#include "CliRunner.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QJsonObject object(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT

    std::optional<CliVault> m_vault;
    QString m_client;

private Q_SLOTS:
    void init()
    {
        m_vault.emplace();
        QCOMPARE(m_vault->create(s("requests.coffer")), 0);
        const CliResult added =
            m_vault->owner({s("client"), s("add"), s("--name"), s("Ilze Ozoliņa"), s("--email"), s("ilze@inbox.lv")});
        QCOMPARE(added.code, 0);
        m_client = added.out.trimmed();
        QCOMPARE(m_vault->owner({s("purpose"), s("add"), s("Newsletter"), s("--basis"), s("consent")}).code, 0);
    }
    void cleanup() { m_vault.reset(); }

    void anAccessRequestIsDueAMonthLaterAndClosedWithItsExport()
    {
        CliVault& v = *m_vault;
        // The latest 31 January whose answer-by day has passed, so that the request is overdue today.
        int year = QDate::currentDate().year();
        if (QDate(year, 1, 31).addMonths(1) >= QDate::currentDate())
            --year;
        const QString received = QDate(year, 1, 31).toString(Qt::ISODate);
        const QDate due = QDate(year, 1, 31).addMonths(1); // 28 or 29 February
        const CliResult added =
            v.owner({s("request"), s("add"), m_client, s("--type"), s("access"), s("--received"), received});
        QCOMPARE(added.code, 0);
        const QString id = added.out.trimmed();
        QVERIFY2(added.err.contains(due.toString(Qt::ISODate)), qPrintable(added.err));
        QCOMPARE(due.month(), 2);
        QVERIFY(due.day() == 28 || due.day() == 29);

        // Overdue at a glance, first in the list.
        CliResult listed = v.owner({s("request"), s("list"), s("--overdue")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.startsWith(id), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(s("overdue")), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(s("Ilze Ozoliņa")), qPrintable(listed.out));

        // Closing without evidence or reason is refused; with the export made for it, it closes.
        QCOMPARE(v.owner({s("request"), s("close"), id, s("--outcome"), s("done")}).code, 2);
        const QString out = v.dir.filePath(s("ilze.zip"));
        QCOMPARE(v.owner({s("export"), s("--client"), m_client, s("--out"), out}).code, 0);
        const CliResult exports = v.owner({s("--json"), s("export"), s("list")});
        const QString manifest = QJsonDocument::fromJson(exports.out.toUtf8())
                                     .array()
                                     .first()
                                     .toObject()
                                     .value(s("manifestSha256"))
                                     .toString();
        QCOMPARE(manifest.size(), 64);
        QCOMPARE(
            v.owner({s("request"), s("close"), id, s("--outcome"), s("done"), s("--export-sha256"), manifest}).code, 0);
        const QJsonObject shown = object(v.owner({s("--json"), s("request"), s("show"), id}));
        QCOMPARE(shown.value(s("status")).toString(), s("done"));
        QCOMPARE(shown.value(s("due")).toString(), due.toString(Qt::ISODate));
        QCOMPARE(shown.value(s("evidence")).toArray().first().toObject().value(s("reference")).toString(), manifest);
        QCOMPARE(v.owner({s("request"), s("list"), s("--overdue")}).out, QString());
    }

    void badInputGetsAClearErrorAndStoresNothing()
    {
        CliVault& v = *m_vault;
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        CliResult r = v.owner({s("request"), s("add"), m_client, s("--type"), s("access"), s("--received"), tomorrow});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(s("future")), qPrintable(r.err));
        QCOMPARE(v.owner({s("request"), s("add"), m_client, s("--type"), s("gossip")}).code, 2);
        QCOMPARE(
            v.owner({s("request"), s("add"), m_client, s("--type"), s("access"), s("--received"), s("31.01")}).code, 2);
        QCOMPARE(v.owner({s("request"), s("add"), s("no-such-client"), s("--type"), s("access")}).code, 1);
        QCOMPARE(v.owner({s("request"), s("show"), s("no-such-request")}).code, 1);
        QCOMPARE(QJsonDocument::fromJson(v.owner({s("--json"), s("request"), s("list")}).out.toUtf8()).array().size(),
                 0);

        const QString id = v.owner({s("request"), s("add"), s("--type"), s("erasure"), s("--via"), s("phone"),
                                    s("--from"), s("a caller")})
                               .out.trimmed();
        QCOMPARE(v.owner({s("request"), s("extend"), id, s("--months"), s("3"), s("--reason"), s("x")}).code, 2);
        QCOMPARE(
            v.owner({s("request"), s("extend"), id, s("--months"), s("2"), s("--reason"), s("Many archives")}).code, 0);
        r = v.owner({s("request"), s("extend"), id, s("--months"), s("1"), s("--reason"), s("more")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(s("two months")), qPrintable(r.err));
        QCOMPARE(object(v.owner({s("--json"), s("request"), s("show"), id})).value(s("extensionMonths")).toInt(), 2);
        QCOMPARE(v.owner({s("request"), s("identify"), id}).code, 2); // neither --method nor --waiting
        QCOMPARE(v.owner({s("request"), s("identify"), id, s("--waiting")}).code, 0);
        QCOMPARE(object(v.owner({s("--json"), s("request"), s("show"), id})).value(s("status")).toString(),
                 s("identity"));
        // Once it is known who called, the request is linked to their record and the caller's words go.
        QCOMPARE(v.owner({s("request"), s("link"), id, s("no-such-client")}).code, 1);
        QCOMPARE(v.owner({s("request"), s("link"), id, m_client}).code, 0);
        const QJsonObject linked = object(v.owner({s("--json"), s("request"), s("show"), id}));
        QCOMPARE(linked.value(s("clientId")).toString(), m_client);
        QCOMPARE(linked.value(s("requester")).toString(), QString());
        QCOMPARE(v.owner({s("request"), s("link"), id, m_client}).code, 1); // already linked
    }

    void rolesDecideWhoHandlesAndWhoRefuses()
    {
        CliVault& v = *m_vault;
        const QString viewer = v.addUser(s("vik"), s("viewer"));
        const QString editor = v.addUser(s("eva"), s("editor"));
        const QString admin = v.addUser(s("ada"), s("admin"));
        QVERIFY(!viewer.isEmpty() && !editor.isEmpty() && !admin.isEmpty());
        QCOMPARE(v.as(s("vik"), viewer, {s("request"), s("add"), m_client, s("--type"), s("access")}).code, 5);
        const QString id =
            v.as(s("eva"), editor, {s("request"), s("add"), m_client, s("--type"), s("objection")}).out.trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(v.as(s("vik"), viewer, {s("request"), s("show"), id}).code, 0);
        QCOMPARE(v.as(s("vik"), viewer, {s("request"), s("list")}).code, 0);
        QCOMPARE(v.as(s("vik"), viewer, {s("request"), s("identify"), id, s("--method"), s("x")}).code, 5);
        QCOMPARE(v.as(s("eva"), editor, {s("request"), s("identify"), id, s("--method"), s("Known customer")}).code, 0);
        QCOMPARE(v.as(s("eva"), editor,
                      {s("request"), s("close"), id, s("--outcome"), s("refused"), s("--reason"), s("unfounded")})
                     .code,
                 5);
        QCOMPARE(v.as(s("ada"), admin,
                      {s("request"), s("close"), id, s("--outcome"), s("refused"), s("--reason"), s("unfounded")})
                     .code,
                 0);
    }

    void aRestrictedClientCannotBeChangedUntilLiftedWithAReason()
    {
        CliVault& v = *m_vault;
        const QString note = v.owner({s("note"), s("add"), m_client, s("Prefers mornings")}).out.trimmed();
        QCOMPARE(v.owner({s("client"), s("restrict"), m_client}).code, 2); // no reason
        QCOMPARE(v.owner({s("client"), s("restrict"), m_client, s("--reason"), s("Contests her address")}).code, 0);
        CliResult r = v.owner({s("client"), s("edit"), m_client, s("--address"), s("Elsewhere 1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("restricted")), qPrintable(r.err));
        QCOMPARE(v.owner({s("note"), s("add"), m_client, s("x")}).code, 1);
        QCOMPARE(v.owner({s("note"), s("edit"), note, s("changed")}).code, 1);
        QCOMPARE(v.owner({s("note"), s("remove"), note}).code, 1);
        QCOMPARE(object(v.owner({s("--json"), s("client"), s("show"), m_client})).value(s("restricted")).toBool(),
                 true);
        QCOMPARE(v.owner({s("client"), s("unrestrict"), m_client}).code, 2);
        QCOMPARE(v.owner({s("client"), s("unrestrict"), m_client, s("--reason"), s("Address confirmed")}).code, 0);
        QCOMPARE(v.owner({s("client"), s("edit"), m_client, s("--address"), s("Elsewhere 1")}).code, 0);
        QCOMPARE(v.owner({s("note"), s("edit"), note, s("Prefers afternoons")}).code, 0);
        const QJsonObject shown = object(v.owner({s("--json"), s("client"), s("show"), m_client}));
        QCOMPARE(shown.value(s("address")).toString(), s("Elsewhere 1"));
        QCOMPARE(shown.value(s("notes")).toArray().first().toObject().value(s("text")).toString(),
                 s("Prefers afternoons"));
        QCOMPARE(v.owner({s("note"), s("remove"), note}).code, 0);
        QCOMPARE(object(v.owner({s("--json"), s("client"), s("show"), m_client})).value(s("notes")).toArray().size(),
                 0);
        // While restricted, an export of everything leaves her out, and says so; she can be included.
        QCOMPARE(v.owner({s("client"), s("restrict"), m_client, s("--reason"), s("Contests it again")}).code, 0);
        const QString all = v.dir.filePath(s("all.json"));
        CliResult exported = v.owner({s("export"), s("--format"), s("json"), s("--out"), all});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.err.contains(s("Left out 1 client")), qPrintable(exported.err));
        QFile written(all);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("Ozoli"));
        const QString included = v.dir.filePath(s("included.json"));
        exported = v.owner({s("export"), s("--format"), s("json"), s("--include-restricted"), s("--out"), included});
        QCOMPARE(exported.code, 0);
        QVERIFY(!exported.err.contains(s("Left out")));
        for (const QString& line : v.stderrLines)
            QVERIFY2(!line.contains(s("Ozoliņa")) && !line.contains(s("mornings")), qPrintable(line));
    }

    void anErasureRequestIsProvedAfterThePersonIsGone()
    {
        CliVault& v = *m_vault;
        const QString id =
            v.owner({s("request"), s("add"), m_client, s("--type"), s("erasure"), s("--via"), s("letter")})
                .out.trimmed();
        const QString access = v.owner({s("request"), s("add"), m_client, s("--type"), s("access")}).out.trimmed();
        // The erasure runs from the request that asked for it, and only from one that did.
        QCOMPARE(v.owner({s("client"), s("erase"), m_client, s("--request"), access}).code, 1);
        QCOMPARE(v.owner({s("--json"), s("client"), s("show"), m_client}).code, 0);
        const CliResult erased = v.owner({s("--json"), s("client"), s("erase"), m_client, s("--request"), id});
        QCOMPARE(erased.code, 0);
        const QString report = object(erased).value(s("sha256")).toString();
        QCOMPARE(report.size(), 64);
        QCOMPARE(v.owner({s("request"), s("close"), id, s("--outcome"), s("done")}).code, 0);
        const QJsonObject shown = object(v.owner({s("--json"), s("request"), s("show"), id}));
        QCOMPARE(shown.value(s("clientId")).toString(), QString());
        QVERIFY(shown.value(s("clientPseudonym")).toString().startsWith(s("p:")));
        QCOMPARE(shown.value(s("type")).toString(), s("erasure"));
        QCOMPARE(shown.value(s("status")).toString(), s("done"));
        const QJsonObject evidence = shown.value(s("evidence")).toArray().first().toObject();
        QCOMPARE(evidence.value(s("kind")).toString(), s("erasure"));
        QCOMPARE(evidence.value(s("reference")).toString(), report);
        const CliResult listed = v.owner({s("request"), s("list")});
        QVERIFY2(listed.out.contains(s("erased client")), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(s("Ozoliņa")));
    }

    void theBusinessSignsItsLettersWithTheDetailsItSetOnce()
    {
        CliVault& v = *m_vault;
        QCOMPARE(v.owner({s("business"), s("set"), s("--name"), s("Ozols SIA"), s("--address"),
                          s("Brīvības iela 1\\nRīga"), s("--email"), s("privacy@ozols.lv"), s("--authority"), s("lv")})
                     .code,
                 0);
        const QJsonObject shown = object(v.owner({s("--json"), s("business"), s("show")}));
        QCOMPARE(shown.value(s("name")).toString(), s("Ozols SIA"));
        QCOMPARE(shown.value(s("address")).toString(), s("Brīvības iela 1\nRīga"));
        QVERIFY(shown.value(s("authority")).toString().startsWith(s("Datu valsts inspekcija")));
        const QString editor = v.addUser(s("eva"), s("editor"));
        QCOMPARE(v.as(s("eva"), editor, {s("business"), s("set"), s("--name"), s("Other")}).code, 5);
        QCOMPARE(v.as(s("eva"), editor, {s("business"), s("show")}).code, 0);
        QCOMPARE(v.owner({s("business"), s("set"), s("--name"), QString(4000, u'x')}).code, 2);
        QCOMPARE(object(v.owner({s("--json"), s("business"), s("show")})).value(s("name")).toString(), s("Ozols SIA"));
    }

    // The installed program, as a person at a terminal without a display runs it: the pack, its letter in
    // Latvian, the export linked as the request's evidence.
    void anAccessRequestIsAnsweredWithItsPack()
    {
        CliVault& v = *m_vault;
        QCOMPARE(v.owner({s("business"), s("set"), s("--name"), s("Ozols SIA"), s("--email"), s("info@ozols.lv")}).code,
                 0);
        QCOMPARE(v.owner({s("client"), s("add"), s("--name"), s("Pēteris Kalniņš")}).code, 0);
        const QString id = v.owner({s("request"), s("add"), m_client, s("--type"), s("access")}).out.trimmed();
        const QString out = v.dir.filePath(s("answer"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(s(name));
        env.insert(s("COFFER_VAULT"), v.path);
        env.insert(s("COFFER_PASSWORD"), QString::fromUtf8(kOwnerPassword));
        const auto startPack = [&](QProcess& p, const QString& request) {
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("COFFER_CLI"),
                    {s("--json"), s("request"), s("pack"), request, s("--out"), out, s("--language"), s("lv")});
            return p.waitForFinished(120000);
        };
        QProcess p;
        QVERIFY(startPack(p, id));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject pack = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(pack.value(s("folder")).toString(), out);
        QVERIFY(!pack.value(s("identityConfirmed")).toBool());
        QVERIFY2(err.contains("identity"), err.constData());
        QVERIFY(QFileInfo(out + s("/data.zip")).isFile());

        QProcess text;
        text.start(s("pdftotext"), {s("-enc"), s("UTF-8"), out + s("/letter.pdf"), s("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString letter = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(letter.contains(s("Jūsu dati, kas ir mūsu rīcībā")), qPrintable(letter.left(400)));
        QVERIFY(letter.contains(s("Ilze Ozoliņa")) && letter.contains(s("Ozols SIA")));
        QVERIFY(!letter.contains(s("Kalniņš")));

        const QJsonObject shown = object(v.owner({s("--json"), s("request"), s("show"), id}));
        QCOMPARE(shown.value(s("evidence")).toArray().first().toObject().value(s("reference")).toString(),
                 pack.value(s("manifestSha256")).toString());
        QCOMPARE(v.owner({s("request"), s("close"), id, s("--outcome"), s("done")}).code, 0);
        // A closed request gets no second pack; another request none into the first one's folder.
        QProcess again;
        QVERIFY(startPack(again, id));
        QCOMPARE(again.exitCode(), 1);
        const QString next = v.owner({s("request"), s("add"), m_client, s("--type"), s("access")}).out.trimmed();
        QProcess into;
        QVERIFY(startPack(into, next));
        QCOMPARE(into.exitCode(), 1);
        QVERIFY2(into.readAllStandardError().contains("already exists"), "the folder is refused");
        // The acknowledgement of the next one, as text, in Lithuanian; a completion before it is done is refused.
        const QString ack = v.dir.filePath(s("ack.txt"));
        QProcess reply;
        reply.setProcessEnvironment(env);
        reply.start(qEnvironmentVariable("COFFER_CLI"),
                    {s("request"), s("letter"), next, s("--kind"), s("acknowledgement"), s("--out"), ack,
                     s("--language"), s("lt")});
        QVERIFY(reply.waitForFinished(120000));
        QCOMPARE(reply.exitCode(), 0);
        QFile ackFile(ack);
        QVERIFY(ackFile.open(QIODevice::ReadOnly));
        const QString ackText = QString::fromUtf8(ackFile.readAll());
        QVERIFY2(ackText.contains(s("gavome jūsų prašymą")) && ackText.contains(s("Ilze Ozoliņa")),
                 qPrintable(ackText));
        QProcess early;
        early.setProcessEnvironment(env);
        early.start(qEnvironmentVariable("COFFER_CLI"), {s("request"), s("letter"), next, s("--kind"), s("completion"),
                                                         s("--out"), v.dir.filePath(s("done.pdf"))});
        QVERIFY(early.waitForFinished(120000));
        QCOMPARE(early.exitCode(), 1);
        QVERIFY(!QFileInfo::exists(v.dir.filePath(s("done.pdf"))));
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{s("data.zip"), s("letter.pdf")}));
    }

    void anObjectionTakesTheClientOffThePurposesContactList()
    {
        CliVault& v = *m_vault;
        const QString other = v.owner({s("client"), s("add"), s("--name"), s("Pēteris Kalniņš")}).out.trimmed();
        for (const QString& c : {m_client, other})
            QCOMPARE(v.owner({s("consent"), s("set"), c, s("Newsletter"), s("granted")}).code, 0);
        const auto mayContact = [&] {
            const CliResult r =
                v.owner({s("--json"), s("consent"), s("list"), s("--purpose"), s("Newsletter"), s("--may-contact")});
            QStringList ids;
            for (const QJsonValue& row : QJsonDocument::fromJson(r.out.toUtf8()).array())
                ids << row.toObject().value(s("clientId")).toString();
            return ids;
        };
        QCOMPARE(mayContact().size(), 2);
        const QString id = v.owner({s("request"), s("add"), m_client, s("--type"), s("objection")}).out.trimmed();
        QCOMPARE(v.owner({s("consent"), s("object"), m_client, s("Newsletter"), s("--request"), id}).code, 0);
        QCOMPARE(mayContact(), QStringList{other});
        const QJsonObject shown = object(v.owner({s("--json"), s("request"), s("show"), id}));
        QCOMPARE(shown.value(s("evidence")).toArray().first().toObject().value(s("kind")).toString(), s("objection"));
        QCOMPARE(v.owner({s("request"), s("close"), id, s("--outcome"), s("done")}).code, 0);
        const CliResult refused =
            v.owner({s("consent"), s("list"), s("--purpose"), s("Newsletter"), s("--state"), s("refused")});
        QVERIFY2(refused.out.startsWith(m_client), qPrintable(refused.out));
        QCOMPARE(v.owner({s("consent"), s("list")}).code, 2);                                         // no purpose
        QCOMPARE(v.owner({s("consent"), s("object"), s("no-such-client"), s("Newsletter")}).code, 1); // stores nothing
    }

    // A pack that cannot be written — the disk full, a link where the folder should go — leaves nothing
    // behind: no folder, no half-made one beside it, no evidence on the request, no export in the history.
    void aPackThatCannotBeWrittenLeavesNothing()
    {
        CliVault& v = *m_vault;
        const QString big = v.dir.filePath(s("contract.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk(64 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 48; ++i) { // 3 MiB that no zip makes smaller, more than the limit below
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
                f.write(chunk);
            }
        }
        QCOMPARE(v.owner({s("file"), s("add"), m_client, big}).code, 0);
        const QString id = v.owner({s("request"), s("add"), m_client, s("--type"), s("access")}).out.trimmed();
        const QString parent = v.dir.filePath(s("answers"));
        QVERIFY(QDir().mkpath(parent));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("COFFER_VAULT"), v.path);
        env.insert(s("COFFER_PASSWORD"), QString::fromUtf8(kOwnerPassword));
        env.insert(s("ASAN_OPTIONS"), s("detect_leaks=0")); // libarchive's deflate state, as in TestExport
        QProcess full;
        full.setProcessEnvironment(env);
        full.start(s("prlimit"), {s("--fsize=1048576"), qEnvironmentVariable("COFFER_CLI"), s("request"), s("pack"), id,
                                  s("--out"), parent + s("/pack")});
        QVERIFY(full.waitForFinished(120000));
        const QByteArray err = full.readAllStandardError();
        QVERIFY2(full.exitCode() == 1, err.constData());
        QVERIFY(QDir(parent).isEmpty()); // neither the pack nor its hidden partial folder
        QVERIFY(!err.contains("Ozoli"));

        const QString elsewhere = v.dir.filePath(s("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, parent + s("/link")));
        QProcess linked;
        linked.setProcessEnvironment(env);
        linked.start(qEnvironmentVariable("COFFER_CLI"),
                     {s("request"), s("pack"), id, s("--out"), parent + s("/link")});
        QVERIFY(linked.waitForFinished(120000));
        QVERIFY(linked.exitCode() != 0);
        QVERIFY(QDir(elsewhere).isEmpty());

        QVERIFY(object(v.owner({s("--json"), s("request"), s("show"), id})).value(s("evidence")).toArray().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(v.owner({s("--json"), s("export"), s("list")}).out.toUtf8()).array().size(),
                 0);
    }

    // The role matrix of the register's commands: viewers read, editors handle, only admins and the owner
    // refuse or set the business's details. 5 is the contract's "not allowed". REQ and CLIENT stand for a
    // fresh open request and the client it concerns.
    void everyRoleMayDoWhatItsRoleAllows_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QList<int>>("codes"); // viewer, editor, admin, owner
        const QList<int> handle{5, 0, 0, 0}, read{0, 0, 0, 0}, admin{5, 5, 0, 0};
        QTest::newRow("request list") << QStringList{s("request"), s("list")} << read;
        QTest::newRow("request show") << QStringList{s("request"), s("show"), s("REQ")} << read;
        QTest::newRow("request add") << QStringList{s("request"), s("add"), s("CLIENT"), s("--type"), s("access")}
                                     << handle;
        QTest::newRow("request identify")
            << QStringList{s("request"), s("identify"), s("REQ"), s("--method"), s("ID")} << handle;
        QTest::newRow("request extend") << QStringList{s("request"), s("extend"),   s("REQ"),     s("--months"),
                                                       s("1"),       s("--reason"), s("Archives")}
                                        << handle;
        QTest::newRow("request close done")
            << QStringList{s("request"), s("close"), s("REQ"), s("--outcome"), s("done"), s("--reason"), s("Sent")}
            << handle;
        QTest::newRow("request close refused")
            << QStringList{s("request"), s("close"),    s("REQ"),      s("--outcome"),
                           s("refused"), s("--reason"), s("Unfounded")}
            << admin;
        QTest::newRow("consent object") << QStringList{s("consent"), s("object"), s("CLIENT"), s("Newsletter")}
                                        << handle;
        QTest::newRow("consent list") << QStringList{s("consent"), s("list"), s("--purpose"), s("Newsletter")} << read;
        QTest::newRow("client restrict") << QStringList{s("client"), s("restrict"), s("CLIENT"), s("--reason"), s("x")}
                                         << handle;
        QTest::newRow("business show") << QStringList{s("business"), s("show")} << read;
        // CLIENT stands for a name each role's run has to itself: a new client's id.
        QTest::newRow("purpose add") << QStringList{s("purpose"), s("add"), s("CLIENT"), s("--basis"), s("contract")}
                                     << admin;
        QTest::newRow("purpose edit") << QStringList{s("purpose"), s("edit"), s("Newsletter"), s("--description"),
                                                     s("Monthly")}
                                      << admin;
        QTest::newRow("purpose list") << QStringList{s("purpose"), s("list")} << read;
        QTest::newRow("policy add") << QStringList{s("policy"),      s("add"),        s("--version"), s("CLIENT"),
                                                   s("--effective"), s("2026-01-01"), s("--text"),    s("Policy")}
                                    << admin;
        QTest::newRow("policy list") << QStringList{s("policy"), s("list")} << read;
        QTest::newRow("business set") << QStringList{s("business"), s("set"), s("--name"), s("Ozols SIA")} << admin;
    }
    void everyRoleMayDoWhatItsRoleAllows()
    {
        QFETCH(QStringList, command);
        QFETCH(QList<int>, codes);
        CliVault& v = *m_vault;
        const std::pair<const char*, const char*> roles[] = {
            {"vik", "viewer"}, {"eva", "editor"}, {"ada", "admin"}, {"anna", "owner"}};
        for (int r = 0; r < 4; ++r) {
            const QString name = s(roles[r].first);
            const QString password = r == 3 ? QString::fromUtf8(kOwnerPassword) : v.addUser(name, s(roles[r].second));
            QVERIFY(!password.isEmpty());
            const QString client = v.owner({s("client"), s("add"), s("--name"), s("Client ") + name}).out.trimmed();
            const QString request =
                v.owner({s("request"), s("add"), client, s("--type"), s("objection")}).out.trimmed();
            QStringList args = command;
            args.replaceInStrings(QRegularExpression(s("^REQ$")), request);
            args.replaceInStrings(QRegularExpression(s("^CLIENT$")), client);
            const CliResult result = v.as(name, password, args);
            QVERIFY2(result.code == codes[r], qPrintable(s("%1 as %2: exit %3, %4")
                                                             .arg(command.join(u' '), s(roles[r].second))
                                                             .arg(result.code)
                                                             .arg(result.err)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "TestCliRequests.moc"
