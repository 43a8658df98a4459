#include "Error.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "records/ClientPseudonyms.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

// Distinctive strings that must never leave the encrypted records.
const QStringList kClientStrings{QStringLiteral("Zyxwvutsrq"),
                                 QStringLiteral("Qponmlkjih"),
                                 QStringLiteral("zyxwvutsrq@privacy.example"),
                                 QStringLiteral("+371 2999 8877"),
                                 QStringLiteral("Gfedcba Holdings"),
                                 QStringLiteral("Mysterious-note-text"),
                                 QStringLiteral("secret-contract.pdf"),
                                 QStringLiteral("Vpurpose-of-consent")};

QStringList actions(Vault& v)
{
    QStringList out;
    for (const AuditEntry& e : v.auditEntries(0, 10000))
        out << e.action;
    return out;
}

// A session of ordinary use touching every kind of record; returns the client id.
QString useEveryRecordKind(Vault& v)
{
    Client c;
    c.givenName = kClientStrings[0];
    c.familyName = kClientStrings[1];
    c.emails = {kClientStrings[2]};
    c.phones = {kClientStrings[3]};
    c.organisation = kClientStrings[4];
    ClientStore clients(v);
    const QString id = clients.add(c);
    c = clients.get(id);
    c.tags = {QStringLiteral("tagged")};
    clients.update(c);
    NoteStore(v).add(id, NoteKind::Call, kClientStrings[5]);
    QByteArray content = "%PDF-1.4 the contract body " + kClientStrings[0].toUtf8();
    QBuffer source(&content);
    source.open(QIODevice::ReadOnly);
    const StoredFile f = FileStore(v).add(id, source, kClientStrings[6], QStringLiteral("application/pdf"));
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    FileStore(v).read(f.id, sink);
    definePurposes(v, {kClientStrings[7]});
    ConsentStore(v).set(id, kClientStrings[7], ConsentState::Granted, QStringLiteral("form"));
    return id;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsWhoDidWhat()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("a.coffer"));
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            (void)created.vault->addUser(QStringLiteral("bob"), Role::Editor);
        }
        QVERIFY_THROWS_EXCEPTION(Error, Vault::unlock(folder, QStringLiteral("Anna"), secret("wrong password")));
        QVERIFY_THROWS_EXCEPTION(Error, Vault::unlock(folder, QStringLiteral("mallory"), secret("guess")));
        auto v = Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword));
        const QString clientId = useEveryRecordKind(*v);
        const QStringList got = actions(*v);
        for (const char* expected : {"vault.create", "user.add", "lock", "signin.failed", "signin", "client.create",
                                     "client.update", "note.create", "file.add", "file.read", "consent.set"})
            QVERIFY2(got.contains(QString::fromLatin1(expected)), expected);
        QCOMPARE(got.count(QStringLiteral("signin.failed")), 2);
        // Client objects are named by a keyed pseudonym, not their id.
        for (const AuditEntry& e : v->auditEntries(0, 10000)) {
            QVERIFY(!e.objectId.contains(clientId));
            if (e.action == QLatin1String("client.create")) {
                QCOMPARE(e.objectId, v->pseudonym(clientId));
                QCOMPARE(e.actor, v->currentUser().id);
            }
        }
    }

    void chainVerifiesAndFindsTheFirstBrokenLink()
    {
        QTemporaryDir dir;
        auto v =
            Vault::create(dir.filePath(QStringLiteral("c")), QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf)
                .vault;
        useEveryRecordKind(*v);
        AuditVerification ok = v->verifyAudit();
        QVERIFY(ok.intact());
        QVERIFY(ok.rowsChecked >= 7);

        Database& db = v->database();
        const QString original = [&] {
            Statement st = db.prepare("SELECT action FROM audit WHERE seq = 4");
            return st.next() ? st.text(0) : QString();
        }();
        QVERIFY(!original.isEmpty());
        db.exec("UPDATE audit SET action = 'client.read' WHERE seq = 4");
        QCOMPARE(v->verifyAudit().firstBrokenSeq, qint64(4));
        db.prepare("UPDATE audit SET action = ? WHERE seq = 4").bind(1, original).run();
        QVERIFY(v->verifyAudit().intact());

        // Removing a row breaks the link of the row after it.
        db.exec("DELETE FROM audit WHERE seq = 3");
        QCOMPARE(v->verifyAudit().firstBrokenSeq, qint64(4));
    }

    // What the Audit log page's filters ask for: one client's entries (their notes, files and consents
    // included, another client's not), one user's, some actions, some days; and the users the log names.
    void queriesNarrowByClientUserActionAndTime()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("q.coffer"));
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            (void)created.vault->addUser(QStringLiteral("bob"), Role::Editor);
        }
        auto v = Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword));
        const QString clientId = useEveryRecordKind(*v);
        Client other;
        other.givenName = QStringLiteral("Other");
        other.familyName = QStringLiteral("Person");
        const QString otherId = ClientStore(*v).add(other);
        NoteStore(*v).add(otherId, NoteKind::Note, QStringLiteral("not hers"));
        const auto actionsOf = [&](const AuditQuery& query, qint64 before = 0, int limit = 1000) {
            QStringList out;
            for (const AuditEntry& e : v->auditEntriesBefore(before, limit, query))
                out << e.action;
            return out;
        };

        AuditQuery hers;
        hers.clientId = clientId;
        const QStringList herActions{QStringLiteral("consent.set"),   QStringLiteral("file.read"),
                                     QStringLiteral("file.add"),      QStringLiteral("note.create"),
                                     QStringLiteral("client.update"), QStringLiteral("client.create")};
        QCOMPARE(actionsOf(hers), herActions);
        // A page at a time, newest first, as the page reads it.
        const std::vector<AuditEntry> firstTwo = v->auditEntriesBefore(0, 2, hers);
        QCOMPARE(int(firstTwo.size()), 2);
        QCOMPARE(actionsOf(hers, firstTwo.back().seq), herActions.mid(2));

        AuditQuery created;
        created.actions = {QStringLiteral("client.create")};
        QCOMPARE(actionsOf(created).size(), 2);
        created.actors = {v->currentUser().id};
        QCOMPARE(actionsOf(created).size(), 2);
        created.actors = {QString()}; // nobody signed in: only failed sign-ins have no actor
        QVERIFY(actionsOf(created).isEmpty());

        AuditQuery notClients;
        notClients.exceptActions = {QStringLiteral("client.create"), QStringLiteral("client.update")};
        const QStringList rest = actionsOf(notClients);
        QVERIFY(!rest.isEmpty());
        QVERIFY(!rest.contains(QStringLiteral("client.create")) && !rest.contains(QStringLiteral("client.update")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        AuditQuery days;
        days.from = now.addDays(-1);
        days.until = now.addDays(1);
        QCOMPARE(actionsOf(days), actionsOf({}));
        days.from = now.addDays(1);
        QVERIFY(actionsOf(days).isEmpty());
        days.from = {};
        days.until = now.addDays(-1);
        QVERIFY(actionsOf(days).isEmpty());

        // The names the page shows for the log's pseudonyms: the clients that exist, as they are called now.
        const QHash<QString, QString> names = clientNamesByPseudonym(*v);
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.value(v->pseudonym(clientId)), ClientStore(*v).get(clientId).displayName);
        QCOMPARE(names.value(v->pseudonym(otherId)), QStringLiteral("Other Person"));

        // The users the log names, and only what is new after a given entry.
        QStringList actors;
        qint64 newest = 0;
        for (const AuditActor& a : v->auditActors()) {
            actors << a.userId;
            newest = std::max(newest, a.newestSeq);
        }
        QVERIFY(actors.contains(v->currentUser().id));
        QVERIFY(!actors.contains(QStringLiteral("bob"))); // an id, never a name; bob did nothing
        QCOMPARE(newest, v->auditEntriesBefore(0, 1).front().seq);
        QVERIFY(v->auditActors(newest).empty());
    }

    void viewersAndEditorsCannotReadTheLog()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("p.coffer"));
        Secret otp;
        {
            auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
            otp = created.vault->addUser(QStringLiteral("ed"), Role::Editor);
        }
        auto v = Vault::unlock(folder, QStringLiteral("ed"), otp);
        v->changePassword(secret("ed's password"));
        QCOMPARE(thrownCode([&] { (void)v->auditEntries(0, 10); }), ErrorCode::Permission);
        QCOMPARE(thrownCode([&] { (void)v->auditEntriesBefore(0, 10); }), ErrorCode::Permission);
        QCOMPARE(thrownCode([&] { (void)v->auditActors(); }), ErrorCode::Permission);
    }

    // The audit table holds none of the client's strings, and neither does any file of the vault.
    void noClientDataInTheLogOrOnDisk()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("s.coffer"));
        {
            auto v = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf).vault;
            useEveryRecordKind(*v);
            Statement st =
                v->database().prepare("SELECT time, actor, action, object_type, object_id, detail FROM audit");
            while (st.next())
                for (int col = 0; col < 6; ++col)
                    for (const QString& s : kClientStrings)
                        QVERIFY2(!st.text(col).contains(s, Qt::CaseInsensitive), qPrintable(s));
        }
        for (const QString& s : kClientStrings) {
            QVERIFY2(filesContaining(folder, s.toUtf8()).isEmpty(), qPrintable(s));
            QVERIFY2(filesContaining(folder, s.toUtf8().toLower()).isEmpty(), qPrintable(s));
        }
        QVERIFY(filesContaining(folder, "the contract body").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
