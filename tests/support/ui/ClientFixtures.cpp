#include "ClientFixtures.h"

#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"

#include <QDir>

namespace coffer::test {

namespace {
const QStringList kGiven{QStringLiteral("Ēriks"), QStringLiteral("Jūratė"), QStringLiteral("Řehoř"),
                         QStringLiteral("Anna"),  QStringLiteral("Līga"),   QStringLiteral("Tomáš"),
                         QStringLiteral("Aušra"), QStringLiteral("Věra"),   QStringLiteral("Jānis")};
const QStringList kFamily{QStringLiteral("Bērziņš"), QStringLiteral("Kazlauskaitė"), QStringLiteral("Dvořák"),
                          QStringLiteral("Kalniņa"), QStringLiteral("Novák"),        QStringLiteral("Petrauskas"),
                          QStringLiteral("Šťastná"), QStringLiteral("Zariņš"),       QStringLiteral("Vilkas"),
                          QStringLiteral("Černý"),   QStringLiteral("Liepa")};
const QStringList kOrganisations{QStringLiteral("Zaļā Māja SIA"), QStringLiteral("Žalias Namas UAB"),
                                 QStringLiteral("Pekárna Šťastný s.r.o."), QStringLiteral("Baltic Timber")};
} // namespace

QStringList addSampleClients(Vault& vault, int count)
{
    ClientStore store(vault);
    QStringList ids;
    Transaction tx(vault.database());
    for (int i = 0; i < count; ++i) {
        Client c;
        if (i % 5 == 4) {
            c.kind = ClientKind::Organisation;
            c.organisation = QStringLiteral("%1 %2").arg(kOrganisations[i % kOrganisations.size()]).arg(i);
        } else {
            c.givenName = kGiven[i % kGiven.size()];
            c.familyName = kFamily[(i / kGiven.size()) % kFamily.size()];
            c.displayName = QStringLiteral("%1 %2 %3").arg(c.givenName, c.familyName).arg(i);
            if (i % 2 == 0)
                c.organisation = kOrganisations[(i / 2) % kOrganisations.size()];
        }
        if (i % 7 != 0)
            c.emails = {QStringLiteral("client%1@example.lv").arg(i, 4, 10, QLatin1Char('0'))};
        c.phones = {QStringLiteral("+371 2%1").arg((i * 7919) % 10000000, 7, 10, QLatin1Char('0'))};
        if (i % 10 == 0)
            c.tags << QStringLiteral("vip");
        if (i % 3 == 0)
            c.tags << QStringLiteral("supplier");
        ids << store.add(c);
    }
    tx.commit();
    return ids;
}

QString addPerson(Vault& vault, const QString& given, const QString& family, const QStringList& emails,
                  const QStringList& tags)
{
    Client c;
    c.givenName = given;
    c.familyName = family;
    c.emails = emails;
    c.tags = tags;
    return ClientStore(vault).add(c);
}

QString addShowcaseClients(Vault& vault, const QString& scratchFolder)
{
    struct Row
    {
        const char* given;
        const char* family;
        const char* organisation;
        const char* email;
        const char* phone;
        const char* tags;
    };
    const Row rows[] = {
        {"Ēriks", "Ozoliņš", "Zaļā Māja SIA", "eriks@zalamaja.lv", "+371 2912 3456", "greenhouse,vip"},
        {"Jūratė", "Kazlauskaitė", "", "jurate.k@gmail.com", "+370 612 34567", "newsletter"},
        {"Řehoř", "Dvořák", "Pekárna Dvořák", "rehor@pekarna-dvorak.cz", "+420 601 234 567", "supplier"},
        {"Līga", "Bērziņa", "", "liga.berzina@inbox.lv", "+371 2655 1020", "newsletter,vip"},
        {"Tomáš", "Novák", "Novák & syn s.r.o.", "tomas@novak-syn.cz", "+420 777 120 330", "supplier"},
        {"Aušra", "Petrauskienė", "", "ausra.p@yahoo.com", "+370 686 11223", ""},
        {"Anna", "Kalniņa", "Baltic Timber", "anna@baltictimber.lv", "+371 2011 2233", "wholesale"},
        {"Věra", "Šťastná", "", "vera.stastna@seznam.cz", "+420 603 998 877", "newsletter"},
        {"Jānis", "Zariņš", "Zariņš Būve", "janis@zarinsbuve.lv", "+371 2944 5566", "vip"},
        {"Žydrūnas", "Vilkas", "", "zydrunas@vilkas.lt", "+370 655 44332", ""},
        {"Pēteris", "Liepa", "", "peteris.liepa@gmail.com", "+371 2233 4455", "greenhouse"},
        {"Šárka", "Černá", "Kavárna U Lípy", "sarka@ulipy.cz", "+420 720 111 222", "wholesale"},
    };
    ClientStore store(vault);
    QString richest;
    for (const Row& r : rows) {
        Client c;
        c.givenName = QString::fromUtf8(r.given);
        c.familyName = QString::fromUtf8(r.family);
        c.organisation = QString::fromUtf8(r.organisation);
        c.emails = {QString::fromUtf8(r.email)};
        c.phones = {QString::fromUtf8(r.phone)};
        c.tags = QString::fromUtf8(r.tags).split(u',', Qt::SkipEmptyParts);
        c.country = c.phones[0].startsWith(QStringLiteral("+371"))   ? QStringLiteral("LV")
                    : c.phones[0].startsWith(QStringLiteral("+370")) ? QStringLiteral("LT")
                                                                     : QStringLiteral("CZ");
        const QString id = store.add(c);
        if (richest.isEmpty())
            richest = id;
    }
    for (const char* org : {"Zaļā Māja SIA", "Žalias Namas UAB", "Pekárna Šťastný s.r.o.", "Rīgas Dārzi"}) {
        Client c;
        c.kind = ClientKind::Organisation;
        c.organisation = QString::fromUtf8(org);
        c.emails = {QStringLiteral("info@example.com")};
        c.tags = {QStringLiteral("supplier")};
        store.add(c);
    }
    Client eriks = store.get(richest);
    eriks.emails << QStringLiteral("eriks.ozolins@gmail.com");
    eriks.address = QStringLiteral("Brīvības iela 21-4\nRīga, LV-1010");
    eriks.fields.insert(QStringLiteral("VAT number"), QStringLiteral("LV40003123456"));
    defineRetentionRule(vault, QStringLiteral("contract"));
    eriks.retention = QStringLiteral("contract");
    store.update(eriks);
    NoteStore notes(vault);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    notes.add(richest, NoteKind::Meeting, QStringLiteral("Visited the site; wants a 3 × 6 m greenhouse by May."),
              now.addDays(-12));
    notes.add(richest, NoteKind::Call, QStringLiteral("Agreed the price; offer sent by email."), now.addDays(-5));
    notes.add(richest, NoteKind::Email, QStringLiteral("Asked to move delivery to the first week of May."),
              now.addDays(-1));
    definePurposes(vault, {QStringLiteral("newsletter"), QStringLiteral("photos on the website")});
    archivePolicies(vault, {QStringLiteral("2025-01")}, QDate(2025, 1, 1));
    ConsentStore consents(vault);
    consents.set(richest, QStringLiteral("newsletter"), ConsentState::Granted, QStringLiteral("signed form"),
                 QStringLiteral("2025-01"), now.addDays(-30));
    consents.set(richest, QStringLiteral("photos on the website"), ConsentState::Refused, QStringLiteral("email"),
                 QStringLiteral("2025-01"), now.addDays(-12));
    const QString offer = QDir(scratchFolder).filePath(QStringLiteral("Greenhouse offer.pdf"));
    writeAll(offer, QByteArray(48 * 1024, 'x'));
    FileStore(vault).addFromPath(richest, offer);
    return richest;
}

QString folded(const QString& text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toCaseFolded();
}

} // namespace coffer::test
