// core/privacy: the request register's deadlines, checks, evidence and roles, and restriction of
// processing enforced on every write path of core.
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "privacy/ContactPermission.h"
#include "privacy/Rectification.h"
#include "privacy/RequestRegister.h"
#include "privacy/Restriction.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/Deadline.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString addClient(Vault& vault, const QString& name)
{
    Client c;
    c.givenName = name;
    c.familyName = QStringLiteral("Ozoliņa");
    c.emails = {name.toLower() + QStringLiteral("@inbox.lv")};
    return ClientStore(vault).add(c);
}

qint64 rows(Vault& vault, const char* table)
{
    return vault.database().scalar(QByteArray("SELECT count(*) FROM ").append(table).constData());
}

const QString kHash = QString(64, u'a');

} // namespace

class TestRequestRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueDatesFollowTheMonthEndRule_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("extension");
        QTest::addColumn<QDate>("due");
        QTest::newRow("31 Jan -> 28 Feb") << QDate(2027, 1, 31) << 0 << QDate(2027, 2, 28);
        QTest::newRow("31 Jan, leap year -> 29 Feb") << QDate(2028, 1, 31) << 0 << QDate(2028, 2, 29);
        QTest::newRow("29 Feb -> 29 Mar") << QDate(2028, 2, 29) << 0 << QDate(2028, 3, 29);
        QTest::newRow("31 Mar -> 30 Apr") << QDate(2026, 3, 31) << 0 << QDate(2026, 4, 30);
        QTest::newRow("15 Dec -> 15 Jan next year") << QDate(2026, 12, 15) << 0 << QDate(2027, 1, 15);
        QTest::newRow("31 Jan + 1 -> 31 Mar") << QDate(2027, 1, 31) << 1 << QDate(2027, 3, 31);
        QTest::newRow("31 Jan + 2 -> 30 Apr, not 28 Apr") << QDate(2027, 1, 31) << 2 << QDate(2027, 4, 30);
        QTest::newRow("30 Nov + 2 -> 28 Feb") << QDate(2026, 11, 30) << 2 << QDate(2027, 2, 28);
    }
    void dueDatesFollowTheMonthEndRule()
    {
        QFETCH(QDate, received);
        QFETCH(int, extension);
        QFETCH(QDate, due);
        QCOMPARE(requestDueDate(received, extension), due);
    }

    void aRequestIsDueOneMonthAfterReceiptAndListedOverdueFirst()
    {
        VaultFixture f;
        RequestRegister reg(*f.vault);
        const QString client = addClient(*f.vault, QStringLiteral("Ilze"));
        const QDate today = QDate::currentDate();
        const QString late = reg.add({client, {}, RequestType::Access, RequestChannel::Email, today.addMonths(-2)});
        const QString fresh =
            reg.add({{}, QStringLiteral("a caller"), RequestType::Erasure, RequestChannel::Phone, {}});
        const QString soon =
            reg.add({client, {}, RequestType::Portability, RequestChannel::Letter, today.addMonths(-1).addDays(3)});

        const DataRequest r = reg.get(late);
        QCOMPARE(r.received, today.addMonths(-2));
        QCOMPARE(r.due, today.addMonths(-2).addMonths(1));
        QCOMPARE(r.status, RequestStatus::Open);
        QVERIFY(r.daysLeft() < 0);
        QCOMPARE(reg.get(fresh).received, today);
        QCOMPARE(reg.get(fresh).requester, QStringLiteral("a caller"));

        const auto all = reg.list();
        QCOMPARE(all.size(), size_t(3));
        QCOMPARE(all[0].request.id, late);
        QCOMPARE(all[1].request.id, soon);
        QCOMPARE(all[2].request.id, fresh);
        QCOMPARE(all[0].clientName, QStringLiteral("Ilze Ozoliņa"));
        QVERIFY(all[2].clientName.isEmpty());

        const auto overdue = reg.list({.overdueOnly = true});
        QCOMPARE(overdue.size(), size_t(1));
        QCOMPARE(overdue[0].request.id, late);
        QCOMPARE(reg.countOverdue(), 1);
        QCOMPARE(reg.countDueWithin(7), 2); // the overdue one and the one due in three days
        QCOMPARE(reg.list({.clientId = client}).size(), size_t(2));
        QCOMPARE(reg.list({.type = RequestType::Erasure}).size(), size_t(1));

        // The person is identified later: the words about the caller go with the link.
        reg.linkClient(fresh, client);
        QCOMPARE(reg.get(fresh).clientId, client);
        QVERIFY(reg.get(fresh).requester.isEmpty());
    }

    void badInputIsRefusedAndStoresNothing()
    {
        VaultFixture f;
        RequestRegister reg(*f.vault);
        const QString client = addClient(*f.vault, QStringLiteral("Ilze"));
        const qint64 audit = rows(*f.vault, "audit");
        QString message;
        QCOMPARE(
            thrownCode(
                [&] {
                    reg.add({client, {}, RequestType::Access, RequestChannel::Email, QDate::currentDate().addDays(1)});
                },
                &message),
            ErrorCode::Usage);
        QVERIFY2(message.contains(QStringLiteral("future")), qPrintable(message));
        QCOMPARE(thrownCode([&] {
                     reg.add({QStringLiteral("no-such-client"), {}, RequestType::Access, {}, {}});
                 }),
                 ErrorCode::Failed);
        QCOMPARE(thrownCode([&] {
                     reg.add({client, {}, RequestType::Access, {}, QDate(1899, 12, 31)});
                 }),
                 ErrorCode::Usage);

        DataRequest imported;
        imported.id = QStringLiteral("imported-1");
        imported.received = QDate(2026, 5, 10);
        imported.due = QDate(2026, 5, 9); // before the receipt
        imported.created = QDateTime::currentDateTimeUtc();
        QCOMPARE(thrownCode([&] { reg.importRequest(imported); }), ErrorCode::Usage);
        imported.due = QDate(2026, 8, 11); // more than three months
        imported.extensionMonths = 2;
        QCOMPARE(thrownCode([&] { reg.importRequest(imported); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { reg.get(QStringLiteral("no-such-request")); }), ErrorCode::Failed);
        QCOMPARE(rows(*f.vault, "requests"), 0);
        QCOMPARE(rows(*f.vault, "audit"), audit);
    }

    void extensionsAreToldWithinTheFirstMonthAndStopAtThreeMonths()
    {
        VaultFixture f;
        RequestRegister reg(*f.vault);
        const QDate received = QDate::currentDate().addDays(-10);
        const QString id = reg.add({{}, {}, RequestType::Access, RequestChannel::Email, received});
        QCOMPARE(thrownCode([&] { reg.extend(id, 1, QStringLiteral("  ")); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { reg.extend(id, 3, QStringLiteral("many requests")); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { reg.extend(id, 1, QStringLiteral("x"), received.addDays(-1)); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { reg.extend(id, 1, QStringLiteral("x"), QDate::currentDate().addDays(1)); }),
                 ErrorCode::Usage);

        reg.extend(id, 1, QStringLiteral("Many files to gather"));
        DataRequest r = reg.get(id);
        QCOMPARE(r.status, RequestStatus::Extended);
        QCOMPARE(r.extensionMonths, 1);
        QCOMPARE(r.due, requestDueDate(received, 1));
        QCOMPARE(r.extensionTold, QDate::currentDate());
        reg.extend(id, 1, QStringLiteral("Still gathering"));
        QCOMPARE(reg.get(id).due, received.addMonths(3));
        QString message;
        QCOMPARE(thrownCode([&] { reg.extend(id, 1, QStringLiteral("more")); }, &message), ErrorCode::Usage);
        QVERIFY2(message.contains(QStringLiteral("two months")), qPrintable(message));
        QCOMPARE(reg.get(id).due, received.addMonths(3));

        // Past the first month an extension can no longer be told in time.
        const QString old =
            reg.add({{}, {}, RequestType::Access, RequestChannel::Email, QDate::currentDate().addMonths(-2)});
        QCOMPARE(thrownCode([&] { reg.extend(old, 1, QStringLiteral("late")); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("first month")), qPrintable(message));
        QCOMPARE(reg.get(old).extensionMonths, 0);
    }

    void identityIsPendingThenConfirmedWhileTheClockRuns()
    {
        VaultFixture f;
        RequestRegister reg(*f.vault);
        const QString id = reg.add({{}, {}, RequestType::Access, RequestChannel::Letter, QDate::currentDate()});
        const QDate due = reg.get(id).due;
        reg.awaitIdentity(id);
        QCOMPARE(reg.get(id).status, RequestStatus::Identity);
        QCOMPARE(reg.get(id).due, due);
        QCOMPARE(thrownCode([&] { reg.identify(id, {}); }), ErrorCode::Usage);
        reg.identify(id, QStringLiteral("Passport seen at the desk"));
        const DataRequest r = reg.get(id);
        QCOMPARE(r.status, RequestStatus::Open);
        QCOMPARE(r.identityMethod, QStringLiteral("Passport seen at the desk"));
        QCOMPARE(r.identityBy, f.vault->currentUser().id);
        QCOMPARE(r.identityDate, QDate::currentDate());
        QCOMPARE(r.due, due);
    }

    void closingNeedsEvidenceOrAReason()
    {
        VaultFixture f;
        RequestRegister reg(*f.vault);
        const QString id = reg.add({{}, {}, RequestType::Access, RequestChannel::Email, {}});
        QString message;
        QCOMPARE(thrownCode([&] { reg.close(id, RequestStatus::Done, {}); }, &message), ErrorCode::Usage);
        QVERIFY2(message.contains(QStringLiteral("evidence")), qPrintable(message));
        QCOMPARE(thrownCode([&] {
                     reg.addEvidence(id, {EvidenceKind::Export, {}, {}, QStringLiteral("abc"), {}});
                 }),
                 ErrorCode::Usage);
        reg.addEvidence(id, {EvidenceKind::Export, {}, {}, kHash, QStringLiteral("zip, 1 client")});
        reg.close(id, RequestStatus::Done, {});
        const DataRequest r = reg.get(id);
        QCOMPARE(r.status, RequestStatus::Done);
        QVERIFY(r.closed.isValid());
        QCOMPARE(r.evidence.size(), size_t(1));
        QCOMPARE(r.evidence[0].reference, kHash);
        QCOMPARE(r.evidence[0].actor, f.vault->currentUser().id);
        // A closed request stays as it was closed.
        QCOMPARE(thrownCode([&] { reg.extend(id, 1, QStringLiteral("x")); }), ErrorCode::Failed);
        QCOMPARE(thrownCode([&] { reg.close(id, RequestStatus::Refused, QStringLiteral("x")); }), ErrorCode::Failed);
        QCOMPARE(thrownCode([&] {
                     reg.addEvidence(id, {EvidenceKind::Export, {}, {}, kHash, {}});
                 }),
                 ErrorCode::Failed);

        const QString refused = reg.add({{}, {}, RequestType::Erasure, RequestChannel::Email, {}});
        QCOMPARE(thrownCode([&] { reg.close(refused, RequestStatus::Refused, {}); }), ErrorCode::Usage);
        reg.close(refused, RequestStatus::Refused, QStringLiteral("Art. 17(3)(b): accounting records kept 5 years"));
        QCOMPARE(reg.get(refused).status, RequestStatus::Refused);
        // Closed ones come after the open ones.
        const QString open = reg.add({{}, {}, RequestType::Access, RequestChannel::Email, {}});
        QCOMPARE(reg.list().front().request.id, open);
        QCOMPARE(reg.list({.openOnly = true}).size(), size_t(1));
    }

    void rolesDecideWhoCreatesHandlesRefusesAndDeletes()
    {
        VaultFixture f;
        f.addMember(QStringLiteral("Eva"), Role::Editor);
        f.addMember(QStringLiteral("Vik"), Role::Viewer);
        f.addMember(QStringLiteral("Ada"), Role::Admin);
        const QString id = RequestRegister(*f.vault).add({{}, {}, RequestType::Objection, RequestChannel::Email, {}});
        f.vault->lock();
        {
            auto viewer = f.signInAs(QStringLiteral("Vik"));
            RequestRegister reg(*viewer);
            QCOMPARE(reg.list().size(), size_t(1));
            QCOMPARE(reg.get(id).type, RequestType::Objection);
            QCOMPARE(thrownCode([&] { reg.add({}); }), ErrorCode::Permission);
            QCOMPARE(thrownCode([&] { reg.identify(id, QStringLiteral("x")); }), ErrorCode::Permission);
            QCOMPARE(thrownCode([&] { reg.extend(id, 1, QStringLiteral("x")); }), ErrorCode::Permission);
            QCOMPARE(thrownCode([&] { reg.close(id, RequestStatus::Done, QStringLiteral("x")); }),
                     ErrorCode::Permission);
            QCOMPARE(thrownCode([&] { reg.remove(id); }), ErrorCode::Permission);
        }
        {
            auto editor = f.signInAs(QStringLiteral("Eva"));
            RequestRegister reg(*editor);
            const QString own = reg.add({{}, {}, RequestType::Access, RequestChannel::Phone, {}});
            reg.identify(own, QStringLiteral("Called back on the number we hold"));
            reg.extend(own, 1, QStringLiteral("Archive in storage"));
            QCOMPARE(thrownCode([&] { reg.close(own, RequestStatus::Refused, QStringLiteral("excessive")); }),
                     ErrorCode::Permission);
            QCOMPARE(thrownCode([&] { reg.remove(own); }), ErrorCode::Permission);
            reg.close(own, RequestStatus::Done, QStringLiteral("Answered by letter"));
        }
        {
            auto admin = f.signInAs(QStringLiteral("Ada"));
            RequestRegister reg(*admin);
            reg.close(id, RequestStatus::Refused, QStringLiteral("Manifestly unfounded: the fifth identical request"));
            reg.remove(id);
            QCOMPARE(thrownCode([&] { reg.get(id); }), ErrorCode::Failed);
            const auto entries = admin->auditEntriesBefore(std::numeric_limits<qint64>::max(), 1);
            QCOMPARE(entries.front().action, QStringLiteral("request.delete"));
            QCOMPARE(entries.front().objectId, id);
        }
    }

    void theAuditLogNamesRequestsNotPeople()
    {
        VaultFixture f;
        RequestRegister reg(*f.vault);
        const QString id = reg.add({{}, QStringLiteral("Jānis Bērziņš by phone"), RequestType::Access, {}, {}});
        reg.identify(id, QStringLiteral("Asked for the Bērziņš contract number"));
        reg.extend(id, 1, QStringLiteral("Bērziņš has three accounts"));
        reg.close(id, RequestStatus::Done, QStringLiteral("Bērziņš got his letter"));
        Statement st = f.vault->database().prepare("SELECT action, object_type, object_id, detail FROM audit");
        int requestRows = 0;
        while (st.next()) {
            for (int c = 0; c < 4; ++c)
                QVERIFY2(!st.text(c).contains(QStringLiteral("Bērziņš")), qPrintable(st.text(c)));
            requestRows += st.text(1) == QStringLiteral("request") ? 1 : 0;
        }
        QCOMPARE(requestRows, 4);
    }

    void aRestrictedClientCannotBeChangedUntilLiftedWithAReason()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        definePurposes(v, {QStringLiteral("newsletter")});
        const QString client = addClient(v, QStringLiteral("Ilze"));
        const QString note = NoteStore(v).add(client, NoteKind::Note, QStringLiteral("Prefers mornings"));
        QByteArray bytes("contract");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const QString file =
            FileStore(v).add(client, buffer, QStringLiteral("contract.txt"), QStringLiteral("text/plain")).id;
        const QString request = RequestRegister(v).add({client, {}, RequestType::Restriction, {}, {}});

        Restriction restriction(v);
        QCOMPARE(thrownCode([&] { restriction.restrict(client, QStringLiteral(" ")); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { restriction.restrict(QStringLiteral("nobody"), QStringLiteral("x")); }),
                 ErrorCode::Failed);
        restriction.restrict(client, QStringLiteral("Contests the accuracy of her address"), request);
        QVERIFY(ClientStore(v).get(client).restricted);
        QCOMPARE(RequestRegister(v).get(request).evidence.size(), size_t(1));
        QCOMPARE(RequestRegister(v).get(request).evidence[0].kind, EvidenceKind::Restriction);

        const qint64 noteRows = rows(v, "notes"), fileRows = rows(v, "files"), consentRows = rows(v, "consents");
        Client edited = ClientStore(v).get(client);
        edited.restricted = false;
        edited.address = QStringLiteral("Another street 2");
        QString message;
        QCOMPARE(thrownCode([&] { ClientStore(v).update(edited); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("restricted")), qPrintable(message));
        QCOMPARE(thrownCode([&] { NoteStore(v).add(client, NoteKind::Call, QStringLiteral("x")); }), ErrorCode::Failed);
        QCOMPARE(thrownCode([&] { NoteStore(v).edit(note, QStringLiteral("changed")); }), ErrorCode::Failed);
        QCOMPARE(thrownCode([&] { NoteStore(v).remove(note); }), ErrorCode::Failed);
        buffer.seek(0);
        QCOMPARE(thrownCode(
                     [&] { FileStore(v).add(client, buffer, QStringLiteral("b.txt"), QStringLiteral("text/plain")); }),
                 ErrorCode::Failed);
        QCOMPARE(thrownCode([&] { FileStore(v).remove(file); }), ErrorCode::Failed);
        QCOMPARE(thrownCode([&] { ConsentStore(v).set(client, QStringLiteral("newsletter"), ConsentState::Granted); }),
                 ErrorCode::Failed);
        QCOMPARE(ClientStore(v).get(client).address, QString());
        QCOMPARE(rows(v, "notes"), noteRows);
        QCOMPARE(NoteStore(v).list(client).front().text, QStringLiteral("Prefers mornings"));
        QCOMPARE(rows(v, "files"), fileRows);
        QCOMPARE(rows(v, "consents"), consentRows);
        // Withdrawing a consent processes nothing more: it is allowed.
        ConsentStore(v).set(client, QStringLiteral("newsletter"), ConsentState::Withdrawn);
        QCOMPARE(thrownCode([&] { restriction.restrict(client, QStringLiteral("again")); }), ErrorCode::Failed);

        QCOMPARE(thrownCode([&] { restriction.lift(client, {}); }), ErrorCode::Usage);
        restriction.lift(client, QStringLiteral("Address confirmed by her letter"));
        QVERIFY(!ClientStore(v).get(client).restricted);
        ClientStore(v).update(edited);
        QCOMPARE(ClientStore(v).get(client).address, QStringLiteral("Another street 2"));
        NoteStore(v).edit(note, QStringLiteral("Prefers afternoons"));
        QCOMPARE(NoteStore(v).list(client).front().text, QStringLiteral("Prefers afternoons"));

        const auto history = restriction.history(client);
        QCOMPARE(history.size(), size_t(2));
        QVERIFY(history[0].restricted);
        QCOMPARE(history[0].reason, QStringLiteral("Contests the accuracy of her address"));
        QVERIFY(!history[1].restricted);
        // An edit cannot set the flag behind the register's back.
        edited = ClientStore(v).get(client);
        edited.restricted = true;
        QCOMPARE(thrownCode([&] { ClientStore(v).update(edited); }), ErrorCode::Usage);
        QVERIFY(!ClientStore(v).get(client).restricted);
    }

    // GDPR Art. 21 and 7(3): after an objection or a withdrawal nobody is on the purpose's contact list
    // who should not be, the mark is linked to the request, and a consent given later lifts it.
    void anObjectionKeepsTheClientOffTheContactList()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        const QString anna = addClient(v, QStringLiteral("Anna"));
        const QString beate = addClient(v, QStringLiteral("Beate"));
        const QString cilda = addClient(v, QStringLiteral("Cilda"));
        const QString newsletter = QStringLiteral("Newsletter");
        definePurposes(v, {newsletter});
        ConsentStore consents(v);
        for (const QString& c : {anna, beate, cilda})
            consents.set(c, newsletter, ConsentState::Granted, QStringLiteral("web form"));
        Restriction(v).restrict(cilda, QStringLiteral("Contests her email"));
        const auto contactable = [&] {
            QStringList ids;
            for (const PurposeStanding& s : ContactPermission::standings(v, newsletter, std::nullopt, true))
                ids << s.clientId;
            return ids;
        };
        QCOMPARE(contactable(), (QStringList{anna, beate})); // not the restricted one

        RequestRegister reg(v);
        const QString objection = reg.add({beate, {}, RequestType::Objection, RequestChannel::Email, {}});
        ContactPermission::record(v, beate, newsletter, true, objection);
        QCOMPARE(contactable(), QStringList{anna});
        const DataRequest r = reg.get(objection);
        QCOMPARE(int(r.evidence.size()), 1);
        QCOMPARE(r.evidence[0].kind, EvidenceKind::Objection);
        QCOMPARE(r.evidence[0].detail, QStringLiteral("refused: Newsletter"));
        reg.close(objection, RequestStatus::Done, {});
        const auto standing = ContactPermission::standings(v, newsletter, ConsentState::Refused);
        QCOMPARE(int(standing.size()), 1);
        QCOMPARE(standing[0].source, QString::fromLatin1(ContactPermission::kObjectionSource));

        // A restricted client's withdrawal is recorded all the same: it processes nothing.
        ContactPermission::record(v, cilda, newsletter, false);
        QCOMPARE(ContactPermission::standings(v, newsletter, ConsentState::Withdrawn).at(0).clientId, cilda);
        // Given again later, the consent counts again; the history keeps every step.
        QTest::qWait(5); // a later stamp
        consents.set(beate, newsletter, ConsentState::Granted, QStringLiteral("signed form"));
        QCOMPARE(contactable(), (QStringList{anna, beate}));
        QCOMPARE(int(consents.history(beate).size()), 3);
        // An unknown client, or a closed request, stores nothing.
        QVERIFY_THROWS_EXCEPTION(Error, ContactPermission::record(v, QStringLiteral("nobody"), newsletter, true));
        QVERIFY_THROWS_EXCEPTION(Error, ContactPermission::record(v, anna, newsletter, true, objection));
        QCOMPARE(contactable(), (QStringList{anna, beate}));
    }

    // GDPR Art. 16: the evidence of a correction names the fields and records that changed, never a value.
    void aRectificationIsEvidencedByTheNamesOfWhatChanged()
    {
        VaultFixture f;
        Vault& v = *f.vault;
        const QString ilze = addClient(v, QStringLiteral("Ilze"));
        const QString note = NoteStore(v).add(ilze, NoteKind::Call, QStringLiteral("Lives on Old Street 1"));
        RequestRegister reg(v);
        const QString id = reg.add({ilze, {}, RequestType::Rectification, RequestChannel::Email, {}});
        QVERIFY_THROWS_EXCEPTION(Error, Rectification::linkCorrections(v, id)); // nothing corrected yet
        Client c = ClientStore(v).get(ilze);
        c.address = QStringLiteral("New Street 9");
        c.emails = {QStringLiteral("ilze.new@inbox.lv")};
        ClientStore(v).update(c);
        NoteStore(v).edit(note, QStringLiteral("Lives on New Street 9"));
        // Removed records count too, though the note and the file are no longer there to name the client;
        // another client's removals are not this client's corrections.
        QBuffer scan;
        scan.setData(QByteArrayLiteral("old passport scan"));
        QVERIFY(scan.open(QIODevice::ReadOnly));
        const QString wrongNote = NoteStore(v).add(ilze, NoteKind::Note, QStringLiteral("Old Street tenant"));
        const QString wrongFile =
            FileStore(v).add(ilze, scan, QStringLiteral("old.pdf"), QStringLiteral("application/pdf")).id;
        const QString other = addClient(v, QStringLiteral("Jana"));
        const QString otherNote = NoteStore(v).add(other, NoteKind::Note, QStringLiteral("Jana's note"));
        NoteStore(v).remove(wrongNote);
        FileStore(v).remove(wrongFile);
        NoteStore(v).remove(otherNote);
        const QString detail = Rectification::linkCorrections(v, id);
        QCOMPARE(detail, QStringLiteral("address, emails; files removed 1; notes corrected 1; notes removed 1"));
        // The removals name the client by pseudonym only, and the client's own entries hold them.
        AuditQuery ilzes;
        ilzes.clientId = ilze;
        QStringList removals;
        for (const AuditEntry& e : v.auditEntriesBefore(0, 1000, ilzes))
            if (e.action.endsWith(QLatin1String(".delete"))) {
                removals << e.objectId;
                QCOMPARE(AuditLog::clientOf(e), v.pseudonym(ilze));
            }
        QCOMPARE(removals, (QStringList{wrongFile, wrongNote}));
        const DataRequest r = reg.get(id);
        QCOMPARE(r.evidence.at(0).kind, EvidenceKind::Rectification);
        QCOMPARE(r.evidence.at(0).detail, detail);
        for (const AuditEntry& e : v.auditEntries(0, 1000))
            QVERIFY2(!e.detail.contains(QStringLiteral("Street")) && !e.detail.contains(QStringLiteral("inbox")),
                     qPrintable(e.detail));
        reg.close(id, RequestStatus::Done, {});
        // Only a rectification request takes it.
        const QString access = reg.add({ilze, {}, RequestType::Access, RequestChannel::Email, {}});
        QVERIFY_THROWS_EXCEPTION(Error, Rectification::linkCorrections(v, access));
    }
};

QTEST_GUILESS_MAIN(TestRequestRegister)
#include "TestRequestRegister.moc"
