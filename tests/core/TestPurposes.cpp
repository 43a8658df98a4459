// core/privacy: the catalogue of purposes and the archive of policy versions, the consents that refer to
// them, who may be contacted for a purpose (against an answer computed here from generated data), the
// consents to ask again after a policy change, and the migration of an older vault's free-text purposes.
#include "OlderSchema.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "privacy/ContactPermission.h"
#include "privacy/Restriction.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

QString addClient(Vault& vault, const QString& name)
{
    Client c;
    c.displayName = name;
    return ClientStore(vault).add(c);
}

QStringList idsOf(const std::vector<PurposeStanding>& rows)
{
    QStringList out;
    for (const PurposeStanding& s : rows)
        out << s.clientId;
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

Consent consent(const QString& client, const QString& purpose, ConsentState state)
{
    Consent c;
    c.clientId = client;
    c.purpose = purpose;
    c.state = state;
    return c;
}

} // namespace

class TestPurposes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCatalogueRefusesWhatIsNoPurpose_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::newRow("no name") << QStringLiteral("  ") << QString();
        QTest::newRow("a name too long") << QString(201, u'n') << QString();
        QTest::newRow("a description too long") << QStringLiteral("Photos") << QString(2001, u'd');
        QTest::newRow("the same name in another case") << QStringLiteral("NEWSLETTER") << QString();
    }
    void theCatalogueRefusesWhatIsNoPurpose()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        VaultFixture f;
        PurposeCatalogue catalogue(*f.vault);
        catalogue.add(QStringLiteral("Newsletter"), LawfulBasis::Consent);
        QCOMPARE(thrownCode([&] { catalogue.add(name, LawfulBasis::Contract, description); }), ErrorCode::Usage);
        QCOMPARE(int(catalogue.list().size()), 1);
    }

    void basesHaveTheirArticleAndStableNames()
    {
        QCOMPARE(basisArticle(LawfulBasis::Consent), QStringLiteral("Art. 6(1)(a)"));
        QCOMPARE(basisArticle(LawfulBasis::LegitimateInterests), QStringLiteral("Art. 6(1)(f)"));
        QCOMPARE(basisFromName(QStringLiteral("legal-obligation")), LawfulBasis::LegalObligation);
        QCOMPARE(basisFromName(QStringLiteral("Public-Task ")), LawfulBasis::PublicTask);
        QVERIFY(!basisFromName(QStringLiteral("whim")));
        for (auto b : {LawfulBasis::Consent, LawfulBasis::Contract, LawfulBasis::LegalObligation,
                       LawfulBasis::VitalInterests, LawfulBasis::PublicTask, LawfulBasis::LegitimateInterests})
            QCOMPARE(basisFromName(basisName(b)), b);
    }

    void onlyAdministratorsAndTheOwnerKeepTheCatalogueAndTheArchive()
    {
        VaultFixture f;
        f.addMember(QStringLiteral("Eda"), Role::Editor);
        definePurposes(*f.vault, {QStringLiteral("Newsletter")});
        const QString client = addClient(*f.vault, QStringLiteral("Ilze"));
        f.vault->lock();
        auto editor = f.signInAs(QStringLiteral("Eda"));
        QCOMPARE(thrownCode([&] { PurposeCatalogue(*editor).add(QStringLiteral("Photos"), LawfulBasis::Consent); }),
                 ErrorCode::Permission);
        QCOMPARE(thrownCode([&] {
                     PurposeCatalogue(*editor).edit(QStringLiteral("Newsletter"), LawfulBasis::Contract, std::nullopt);
                 }),
                 ErrorCode::Permission);
        QCOMPARE(thrownCode([&] {
                     PolicyArchive(*editor).add(QStringLiteral("1"), QDate::currentDate(), QStringLiteral("text"));
                 }),
                 ErrorCode::Permission);
        // An editor records consents for the purposes an administrator defined.
        ConsentStore(*editor).set(client, QStringLiteral("newsletter"), ConsentState::Granted);
        QCOMPARE(ConsentStore(*editor).current(client).at(0).purpose, QStringLiteral("Newsletter"));
    }

    void aConsentNamesAPurposeOfTheCatalogueAsItIsSpelt()
    {
        VaultFixture f;
        const QString client = addClient(*f.vault, QStringLiteral("Ilze"));
        ConsentStore consents(*f.vault);
        QString message;
        QCOMPARE(thrownCode([&] { consents.set(client, QStringLiteral("Photos"), ConsentState::Granted); }, &message),
                 ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("catalogue")), qPrintable(message));
        QVERIFY(consents.history(client).empty());
        definePurposes(*f.vault, {QStringLiteral("Photos")});
        consents.set(client, QStringLiteral(" PHOTOS "), ConsentState::Granted);
        QCOMPARE(consents.history(client).at(0).purpose, QStringLiteral("Photos"));
        QCOMPARE(consents.purposes(), QStringList{QStringLiteral("Photos")});
        QCOMPARE(f.vault->database().scalar("SELECT count(*) FROM audit WHERE action = 'purpose.add'"), 1);
    }

    void editingAPurposeKeepsItsNameAndChangesWhatIsGiven()
    {
        VaultFixture f;
        PurposeCatalogue catalogue(*f.vault);
        catalogue.add(QStringLiteral("Contract"), LawfulBasis::Consent, QStringLiteral("The work"));
        catalogue.edit(QStringLiteral("contract"), LawfulBasis::Contract, std::nullopt);
        QCOMPARE(catalogue.find(QStringLiteral("Contract"))->basis, LawfulBasis::Contract);
        QCOMPARE(catalogue.find(QStringLiteral("Contract"))->description, QStringLiteral("The work"));
        catalogue.edit(QStringLiteral("Contract"), std::nullopt, QStringLiteral("The work we agreed"));
        QCOMPARE(catalogue.find(QStringLiteral("CONTRACT"))->description, QStringLiteral("The work we agreed"));
        QCOMPARE(catalogue.find(QStringLiteral("Contract"))->basis, LawfulBasis::Contract);
        QCOMPARE(thrownCode([&] { catalogue.edit(QStringLiteral("Other"), LawfulBasis::Contract, std::nullopt); }),
                 ErrorCode::Failed);
    }

    void thePolicyArchiveRefusesWhatIsNoVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("file");
        const QDate today = QDate::currentDate();
        QTest::newRow("in the future") << QStringLiteral("2") << today.addDays(1) << QStringLiteral("t")
                                       << QByteArray();
        QTest::newRow("before 1990") << QStringLiteral("2") << QDate(1989, 12, 31) << QStringLiteral("t")
                                     << QByteArray();
        QTest::newRow("no day") << QStringLiteral("2") << QDate() << QStringLiteral("t") << QByteArray();
        QTest::newRow("no name") << QStringLiteral(" ") << today << QStringLiteral("t") << QByteArray();
        QTest::newRow("no text, no file") << QStringLiteral("2") << today << QStringLiteral("  ") << QByteArray();
        QTest::newRow("text and a file") << QStringLiteral("2") << today << QStringLiteral("t") << QByteArray("pdf");
        QTest::newRow("a version known") << QStringLiteral("1") << today << QStringLiteral("t") << QByteArray();
    }
    void thePolicyArchiveRefusesWhatIsNoVersion()
    {
        QFETCH(QString, version);
        QFETCH(QDate, effective);
        QFETCH(QString, text);
        QFETCH(QByteArray, file);
        VaultFixture f;
        PolicyArchive archive(*f.vault);
        archive.add(QStringLiteral("1"), QDate::currentDate().addYears(-1), QStringLiteral("First"));
        QCOMPARE(thrownCode([&] { archive.add(version, effective, text, QStringLiteral("policy.pdf"), file); }),
                 ErrorCode::Usage);
        QCOMPARE(int(archive.list().size()), 1);
    }

    void aPolicyIsKeptWholeWithItsSha256()
    {
        VaultFixture f;
        PolicyArchive archive(*f.vault);
        const QByteArray pdf("%PDF-1.4 a signed policy\n\0binary", 32);
        const QString sha = archive.add(QStringLiteral("2026-01"), QDate(2026, 1, 1), {}, QStringLiteral("p.pdf"), pdf);
        QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        const auto v = archive.find(QStringLiteral("2026-01"));
        QVERIFY(v);
        QCOMPARE(v->file, pdf);
        QCOMPARE(v->fileName, QStringLiteral("p.pdf"));
        QVERIFY(v->text.isEmpty());
        const QString text = QString::fromUtf8("Jūsu dati ir drošībā.");
        QCOMPARE(archive.add(QStringLiteral("2026-02"), QDate(2026, 2, 1), text),
                 QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(archive.find(QStringLiteral("2026-02"))->text, text);
        QCOMPARE(archive.list().at(0).version, QStringLiteral("2026-02"));
        QVERIFY(archive.list().at(0).text.isEmpty()); // a list leaves the bodies out
    }

    void aConsentRecordsThePolicyInForceOnItsDay()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Newsletter")});
        const QString client = addClient(*f.vault, QStringLiteral("Ilze"));
        ConsentStore consents(*f.vault);
        const QDate today = QDate::currentDate();
        // None in the archive: none is recorded.
        consents.set(client, QStringLiteral("Newsletter"), ConsentState::Granted, {}, {},
                     ConsentStore::timeFor(today.addDays(-400)));
        PolicyArchive archive(*f.vault);
        archive.add(QStringLiteral("old"), today.addDays(-300), QStringLiteral("Old"));
        archive.add(QStringLiteral("new"), today.addDays(-10), QStringLiteral("New"));
        consents.set(client, QStringLiteral("Newsletter"), ConsentState::Granted, {}, {},
                     ConsentStore::timeFor(today.addDays(-100)));
        consents.set(client, QStringLiteral("Newsletter"), ConsentState::Granted);
        consents.set(client, QStringLiteral("Newsletter"), ConsentState::Granted, {}, QStringLiteral("old"));
        const auto history = consents.history(client);
        QCOMPARE(history.at(0).policyVersion, QString());
        QCOMPARE(history.at(1).policyVersion, QStringLiteral("old"));
        QCOMPARE(history.at(2).policyVersion, QStringLiteral("new"));
        QCOMPARE(history.at(3).policyVersion, QStringLiteral("old"));
        QCOMPARE(archive.inForce(today.addDays(-11)), QStringLiteral("old"));
        QCOMPARE(archive.inForce(today.addDays(-301)), QString());
        QCOMPARE(thrownCode([&] {
                     consents.set(client, QStringLiteral("Newsletter"), ConsentState::Granted, {},
                                  QStringLiteral("2019"));
                 }),
                 ErrorCode::Failed);
        QCOMPARE(int(consents.history(client).size()), 4);
    }

    void consentsUnderASupersededPolicyAreListedToAskAgain()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Newsletter")});
        const QDate today = QDate::currentDate();
        ConsentStore consents(*f.vault);
        const QString before = addClient(*f.vault, QStringLiteral("Before"));
        const QString old = addClient(*f.vault, QStringLiteral("Old"));
        const QString current = addClient(*f.vault, QStringLiteral("Current"));
        const QString refused = addClient(*f.vault, QStringLiteral("Refused"));
        consents.set(before, QStringLiteral("Newsletter"), ConsentState::Granted);
        // Without an archive nothing is superseded.
        QVERIFY(ContactPermission::standings(*f.vault, QStringLiteral("Newsletter"), {}, false, true).empty());
        PolicyArchive archive(*f.vault);
        archive.add(QStringLiteral("v1"), today.addDays(-30), QStringLiteral("One"));
        consents.set(old, QStringLiteral("Newsletter"), ConsentState::Granted);
        consents.set(refused, QStringLiteral("Newsletter"), ConsentState::Refused);
        archive.add(QStringLiteral("v2"), today, QStringLiteral("Two"));
        consents.set(current, QStringLiteral("Newsletter"), ConsentState::Granted);
        const auto toAsk = ContactPermission::standings(*f.vault, QStringLiteral("newsletter"), {}, false, true);
        QCOMPARE(idsOf(toAsk), sorted({before, old}));
        for (const PurposeStanding& s : toAsk)
            QVERIFY(s.superseded && s.mayContact);
        // Asked again under v2, they leave the list.
        consents.set(old, QStringLiteral("Newsletter"), ConsentState::Granted);
        QCOMPARE(idsOf(ContactPermission::standings(*f.vault, QStringLiteral("Newsletter"), {}, false, true)),
                 QStringList{before});
    }

    // Generated clients with random consent histories, expiries, objections and restrictions; the
    // answer is computed here from the same events, by the rules in ContactPermission.h.
    void whoMayBeContactedFollowsTheLawfulBasis()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Newsletter")});
        definePurposes(*f.vault, {QStringLiteral("Contract")}, LawfulBasis::Contract);
        QRandomGenerator random(20261204);
        ConsentStore consents(*f.vault);
        const QDate today = QDate::currentDate();
        QSet<QString> granted, expired, objectedContract, restricted, withNewsletterEntry, grantedEver;
        QStringList all;
        for (int i = 0; i < 150; ++i) {
            const QString id = addClient(*f.vault, QStringLiteral("Client %1").arg(i, 3, 10, QChar(u'0')));
            all << id;
            std::optional<ConsentState> last;
            bool lastExpired = false;
            const int entries = int(random.bounded(4));
            for (int e = 0; e < entries; ++e) {
                Consent c = consent(id, QStringLiteral("Newsletter"), ConsentState(random.bounded(3)));
                c.time = ConsentStore::timeFor(today.addDays(-60 + e * 10));
                QDate expires;
                if (c.state == ConsentState::Granted && random.bounded(3) == 0)
                    expires = today.addDays(random.bounded(2) == 0 ? -1 : 30);
                if (expires > today)
                    c.expires = expires;
                const QString consentId = consents.set(c);
                // An expiry already past is written to the table: the store refuses one when recorded.
                if (expires.isValid() && expires < today)
                    f.vault->database()
                        .prepare("UPDATE consents SET expires = ? WHERE id = ?")
                        .bind(1, expires.toString(Qt::ISODate))
                        .bind(2, consentId)
                        .run();
                last = c.state;
                lastExpired = expires.isValid() && expires < today;
            }
            if (last)
                withNewsletterEntry << id;
            if (last == ConsentState::Granted)
                (lastExpired ? expired : granted) << id;
            if (random.bounded(5) == 0) {
                ContactPermission::record(*f.vault, id, QStringLiteral("Contract"), true);
                objectedContract << id;
            }
            if (random.bounded(10) == 0) {
                Restriction(*f.vault).restrict(id, QStringLiteral("disputed accuracy"));
                restricted << id;
            }
        }
        QStringList newsletter, contract;
        for (const QString& id : all) {
            if (granted.contains(id) && !restricted.contains(id))
                newsletter << id;
            if (!objectedContract.contains(id) && !restricted.contains(id))
                contract << id;
        }
        QVERIFY(newsletter.size() > 10 && contract.size() > 50 && !expired.isEmpty());
        QCOMPARE(idsOf(ContactPermission::standings(*f.vault, QStringLiteral("Newsletter"), {}, true)),
                 sorted(newsletter));
        QCOMPARE(idsOf(ContactPermission::standings(*f.vault, QStringLiteral("Contract"), {}, true)), sorted(contract));
        // The client list's filter says the same.
        ClientStore store(*f.vault);
        for (const auto& [purpose, expected] :
             {std::pair{QStringLiteral("Newsletter"), newsletter}, std::pair{QStringLiteral("Contract"), contract}}) {
            ClientQuery q;
            q.mayContactFor = purpose;
            QCOMPARE(store.count(q), int(expected.size()));
            QStringList listed;
            for (const ClientSummary& s : store.list(q, 0, 1000))
                listed << s.id;
            QCOMPARE(sorted(listed), sorted(expected));
        }
        // Without --may-contact, a list holds those with an entry, each with its latest state.
        const auto entries = ContactPermission::standings(*f.vault, QStringLiteral("Newsletter"));
        QCOMPARE(idsOf(entries), sorted(QStringList(withNewsletterEntry.begin(), withNewsletterEntry.end())));
        for (const PurposeStanding& s : entries)
            QCOMPARE(s.mayContact, granted.contains(s.clientId) && !restricted.contains(s.clientId));
    }

    void theEvidenceOfAConsentIsTheClientsOwnFileAndIsKept()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Photos")});
        const QString ilze = addClient(*f.vault, QStringLiteral("Ilze"));
        const QString juris = addClient(*f.vault, QStringLiteral("Juris"));
        QByteArray form("signed form");
        QBuffer buffer(&form);
        buffer.open(QIODevice::ReadOnly);
        const StoredFile file =
            FileStore(*f.vault).add(ilze, buffer, QStringLiteral("form.pdf"), QStringLiteral("application/pdf"));
        ConsentStore consents(*f.vault);
        Consent c = consent(juris, QStringLiteral("Photos"), ConsentState::Granted);
        c.evidenceFileId = file.id;
        QCOMPARE(thrownCode([&] { consents.set(c); }), ErrorCode::Failed);
        c.clientId = ilze;
        consents.set(c);
        QCOMPARE(consents.history(ilze).at(0).evidenceFileId, file.id);
        QCOMPARE(thrownCode([&] { FileStore(*f.vault).remove(file.id); }), ErrorCode::Failed);
        QCOMPARE(int(FileStore(*f.vault).list(ilze).size()), 1);
    }

    void anExpiryGoesWithAGrantAndFallsAfterIt()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Photos")});
        const QString ilze = addClient(*f.vault, QStringLiteral("Ilze"));
        ConsentStore consents(*f.vault);
        Consent c = consent(ilze, QStringLiteral("Photos"), ConsentState::Withdrawn);
        c.expires = QDate::currentDate().addYears(1);
        QCOMPARE(thrownCode([&] { consents.set(c); }), ErrorCode::Usage);
        c.state = ConsentState::Granted;
        c.expires = QDate::currentDate();
        QCOMPARE(thrownCode([&] { consents.set(c); }), ErrorCode::Usage);
        c.expires = QDate::currentDate().addDays(1);
        consents.set(c);
        QCOMPARE(consents.current(ilze).at(0).expires, QDate::currentDate().addDays(1));
        QVERIFY(ContactPermission::standings(*f.vault, QStringLiteral("Photos"), {}, true).at(0).mayContact);
    }

    // A vault of schema 7 kept free-text purposes in its consents: opening it makes them the catalogue's,
    // with the basis consent, and keeps every consent as it was.
    void anOlderVaultsFreeTextPurposesJoinTheCatalogue()
    {
        VaultFixture f;
        definePurposes(*f.vault, {QStringLiteral("Newsletter"), QString::fromUtf8("Ēdienu degustācija")});
        const QString ilze = addClient(*f.vault, QStringLiteral("Ilze"));
        ConsentStore consents(*f.vault);
        consents.set(ilze, QStringLiteral("Newsletter"), ConsentState::Granted, QStringLiteral("form"), {},
                     ConsentStore::timeFor(QDate::currentDate().addDays(-5)));
        consents.set(ilze, QString::fromUtf8("Ēdienu degustācija"), ConsentState::Refused);
        // Two spellings, as an older vault's free text could hold them.
        Database& db = f.vault->database();
        db.exec("UPDATE consents SET purpose = 'newsletter' WHERE state = 'refused'");
        consents.set(ilze, QStringLiteral("Newsletter"), ConsentState::Withdrawn);
        const auto before = consents.history(ilze);
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec(kBackToSchema9);
        db.exec(kBackToSchema8);
        db.exec(kBackToSchema7);
        db.exec("PRAGMA user_version = 7; PRAGMA foreign_keys = ON");
        const QString path = f.vault->path();
        f.vault->setKeepBackups(0);
        f.vault->lock();
        f.vault = Vault::unlock(path, QStringLiteral("Anna"), secret(kOwnerPassword));
        QCOMPARE(f.vault->database().userVersion(), currentSchemaVersion());
        const auto purposes = PurposeCatalogue(*f.vault).list();
        QCOMPARE(int(purposes.size()), 2);
        // Equal but for case: in the order of their first consent.
        QCOMPARE(purposes.at(0).name, QStringLiteral("Newsletter"));
        QCOMPARE(purposes.at(1).name, QStringLiteral("newsletter"));
        for (const Purpose& p : purposes) {
            QCOMPARE(p.basis, LawfulBasis::Consent);
            QVERIFY(p.createdBy.isEmpty());
        }
        QCOMPARE(purposes.at(0).created, before.at(0).time);
        const auto after = ConsentStore(*f.vault).history(ilze);
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].purpose, before[i].purpose);
            QCOMPARE(after[i].state, before[i].state);
            QCOMPARE(after[i].time, before[i].time);
        }
        // Both spellings are found exactly; a new consent in a third takes the exact one or the first.
        ConsentStore(*f.vault).set(ilze, QStringLiteral("newsletter"), ConsentState::Granted);
        QCOMPARE(ConsentStore(*f.vault).history(ilze).back().purpose, QStringLiteral("newsletter"));
    }
};

QTEST_GUILESS_MAIN(TestPurposes)
#include "TestPurposes.moc"
