#include "SampleData.h"

#include "SampleNames.h"
#include "clients/ClientLabels.h"
#include "crypto/Random.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "records/PurposeRows.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <optional>

namespace coffer {

using namespace Qt::StringLiterals;

const char* const SampleData::kFirstClientName = "J\u0101nis Ozoli\u0146\u0161";

namespace {

template <typename List> const auto& pick(QRandomGenerator& random, const List& list)
{
    return list[qsizetype(random.bounded(quint32(list.size())))];
}

// A moment within the last `days` days, so lists and histories look lived in.
QDateTime daysAgo(QRandomGenerator& random, int maxDays, int minDays = 0)
{
    const qint64 seconds = qint64(random.bounded(minDays * 86400, maxDays * 86400));
    return QDateTime::currentDateTimeUtc().addSecs(-seconds);
}

struct Generator
{
    Vault& vault;
    QRandomGenerator random;
    QString ownerId;
    SampleData::Counts counts;
    QSet<QString> usedNames;

    QStringList tags()
    {
        static const QStringList pool{QStringLiteral("customer"), QStringLiteral("prospect"),
                                      QStringLiteral("supplier"), QStringLiteral("newsletter"),
                                      QStringLiteral("VIP"),      QStringLiteral("wholesale"),
                                      QStringLiteral("returning")};
        QStringList out;
        const int n = int(random.bounded(0, 4));
        for (int i = 0; i < n; ++i)
            out << pick(random, pool);
        return out; // duplicates are folded by ClientStore::validate
    }

    // Each name once: two "Aušra Butkutė" in a short list look like a bug, not like life.
    void pickName(const SampleCountry& country, Client& c)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const bool female = random.bounded(2) == 0;
            const auto& family = pick(random, country.families);
            c.givenName = female ? pick(random, country.femaleGiven) : pick(random, country.maleGiven);
            c.familyName = female ? family.second : family.first;
            if (!usedNames.contains(c.givenName + u' ' + c.familyName))
                break;
        }
        usedNames.insert(c.givenName + u' ' + c.familyName);
    }

    Client person(const SampleCountry& country, int index)
    {
        Client c;
        if (index == 0) {
            c.givenName = u"Jānis"_s;
            c.familyName = u"Ozoliņš"_s;
            usedNames.insert(c.givenName + u' ' + c.familyName);
        } else {
            pickName(country, c);
        }
        if (random.bounded(3) == 0)
            c.organisation = pick(random, country.organisations);
        static const QStringList domains{QStringLiteral("example.com"), QStringLiteral("example.org"),
                                         QStringLiteral("example.net")};
        const QString local = asciiSlug(c.givenName, u'.') + u'.' + asciiSlug(c.familyName, u'-');
        c.emails << local + u'@' + pick(random, domains);
        if (!c.organisation.isEmpty())
            c.emails << local + u'@' + asciiSlug(c.organisation, u'-') + QStringLiteral(".example");
        c.phones << country.phone(random);
        c.fields.insert(SampleData::tr("Customer no."), QStringLiteral("C-%1").arg(10000 + index));
        return c;
    }

    // Null once every organisation of the country is a client already.
    std::optional<Client> organisation(const SampleCountry& country)
    {
        Client c;
        c.kind = ClientKind::Organisation;
        c.organisation = pick(random, country.organisations);
        if (usedNames.contains(c.organisation))
            return std::nullopt;
        usedNames.insert(c.organisation);
        c.emails << QStringLiteral("info@") + asciiSlug(c.organisation, u'-') + QStringLiteral(".example");
        c.phones << country.phone(random);
        return c;
    }

    QString addClient(Client c)
    {
        c.id = newRecordId();
        c.tags = tags();
        c.restricted = random.bounded(60) == 0;
        c.created = daysAgo(random, 720, 30);
        c.updated = random.bounded(3) == 0 ? daysAgo(random, 30) : c.created;
        c.createdBy = c.updatedBy = ownerId;
        ClientStore(vault).importClient(c);
        ++counts.clients;
        return c.id;
    }

    void addNotes(const QString& clientId)
    {
        static const QStringList texts{
            SampleData::tr("Asked for a quote for the spring order."),
            SampleData::tr("Called back about the invoice; paid the same day."),
            SampleData::tr("Prefers email to phone calls."),
            SampleData::tr("Met at the trade fair; interested in the wholesale price list."),
            SampleData::tr("Sent the updated price list."),
            SampleData::tr("Talked about renewing the service contract next quarter."),
            SampleData::tr("Delivery was two days late; offered 10% off the next order."),
            SampleData::tr("Would like a reminder in September."),
        };
        const int n = int(random.bounded(0, 3));
        for (int i = 0; i < n; ++i) {
            Note note;
            note.id = newRecordId();
            note.clientId = clientId;
            note.kind = NoteKind(random.bounded(4));
            note.time = daysAgo(random, 300);
            note.text = pick(random, texts);
            note.createdBy = ownerId;
            NoteStore(vault).importNote(note);
            ++counts.notes;
        }
    }

    // What the consents refer to: the purposes with their lawful basis, and the policy they were given under.
    void addPurposesAndPolicy()
    {
        Database& db = vault.database();
        const QDateTime made = QDateTime::currentDateTimeUtc().addDays(-400);
        PurposeRows::insertPurpose(db, {ClientLabels::purpose(CommonPurpose::Newsletter),
                                        SampleData::tr("News and offers by email, about once a month."),
                                        LawfulBasis::Consent,
                                        made,
                                        ownerId,
                                        made,
                                        ownerId,
                                        {}});
        PurposeRows::insertPurpose(db, {ClientLabels::purpose(CommonPurpose::MarketingCalls),
                                        SampleData::tr("Calls about new products and seasonal offers."),
                                        LawfulBasis::Consent,
                                        made,
                                        ownerId,
                                        made,
                                        ownerId,
                                        {}});
        PolicyVersion policy;
        policy.version = QStringLiteral("2024-03");
        policy.effective = QDate(2024, 3, 1);
        policy.text = SampleData::tr("A sample privacy policy: what we keep about our clients, why, for how long, and "
                                     "how to ask us about it.");
        policy.sha256 = PurposeRows::policySha256(policy.text, {});
        policy.created = made;
        policy.createdBy = ownerId;
        PurposeRows::insertPolicy(db, policy);
    }

    void addConsent(const QString& clientId, const QString& purpose, ConsentState state, const QDateTime& time)
    {
        // The consent dialog's words, so that the demo's history reads like one recorded in the app.
        static const QStringList sources = ClientLabels::consentSources();
        Consent consent{newRecordId(), clientId, purpose, state, time, pick(random, sources), QStringLiteral("2024-03"),
                        ownerId,       {},       {}};
        ConsentStore(vault).importConsent(consent);
        ++counts.consents;
    }

    void addConsents(const QString& clientId)
    {
        const quint32 roll = random.bounded(10);
        if (roll < 4)
            return;
        const QDateTime given = daysAgo(random, 400, 60);
        const QString newsletter = ClientLabels::purpose(CommonPurpose::Newsletter);
        if (roll == 9) { // given once, withdrawn later: the history shows both
            addConsent(clientId, newsletter, ConsentState::Granted, given);
            addConsent(clientId, newsletter, ConsentState::Withdrawn, daysAgo(random, 50));
            return;
        }
        addConsent(clientId, newsletter, roll == 8 ? ConsentState::Refused : ConsentState::Granted, given);
        if (roll >= 6)
            addConsent(clientId, ClientLabels::purpose(CommonPurpose::MarketingCalls), ConsentState::Granted, given);
    }

    void addFile(const QString& clientId)
    {
        QByteArray text = SampleData::tr("Service agreement — summary\n\n"
                                         "Monthly bookkeeping and one annual report.\n"
                                         "Documents are handed over by the 5th of each month.\n"
                                         "Either side may end the agreement with one month's notice.\n")
                              .toUtf8();
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        FileStore(vault).add(clientId, buffer, SampleData::tr("Service agreement summary.txt"),
                             QStringLiteral("text/plain"));
        ++counts.files;
    }
};

} // namespace

SampleData::Counts SampleData::fill(Vault& vault, int clients, quint32 seed)
{
    Generator g{vault, QRandomGenerator(seed), vault.currentUser().id, {}, {}};
    const std::vector<SampleCountry>& countries = sampleCountries();
    // One transaction: the stores' own transactions join it, and a sample is stored whole or not at all.
    Transaction tx(vault.database());
    g.addPurposesAndPolicy();
    for (int i = 0; i < clients; ++i) {
        const SampleCountry& country = countries[size_t(i) % countries.size()];
        std::optional<Client> organisation = i % 7 == 6 ? g.organisation(country) : std::nullopt;
        Client c = organisation ? *organisation : g.person(country, i);
        c.address = country.address(g.random);
        c.country = country.code;
        const QString id = g.addClient(std::move(c));
        if (i == 0)
            g.addFile(id);
        g.addNotes(id);
        g.addConsents(id);
    }
    vault.audit(QStringLiteral("import"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()),
                QStringLiteral("clients=%1 notes=%2 files=%3 consents=%4 skipped=0")
                    .arg(g.counts.clients)
                    .arg(g.counts.notes)
                    .arg(g.counts.files)
                    .arg(g.counts.consents));
    tx.commit();

    // Colleagues, so that the Users page and the audit log have something to show. Their one-time
    // passwords are thrown away: nobody is meant to sign in to a demo as them. Outside the transaction
    // above, because adding a user writes the vault header at once.
    const std::pair<QString, Role> colleagues[] = {
        {u"Līga Kalniņa"_s, Role::Admin}, {u"Tomáš Dvořák"_s, Role::Editor}, {u"Rūta Petrauskienė"_s, Role::Viewer}};
    for (const auto& [name, role] : colleagues) {
        (void)vault.addUser(name, role);
        ++g.counts.users;
    }
    return g.counts;
}

} // namespace coffer
