// A vault with clients in three languages, notes, consents, files and data-subject requests (one with
// evidence, one extended, one from someone not yet identified), for export and import tests.
#pragma once

#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "crypto/Random.h"
#include "privacy/RequestRegister.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "vault/Vault.h"

#include <QBuffer>

namespace coffer::test {

struct TransferFixture : VaultFixture
{
    QStringList clientIds;
    QByteArray binary; // one file's bytes

    explicit TransferFixture(const QString& name = QStringLiteral("source"))
        : VaultFixture(QStringLiteral("Anna"), name)
    {
        ClientStore clients(*vault);
        NoteStore notes(*vault);
        ConsentStore consents(*vault);
        definePurposes(*vault, {QStringLiteral("newsletter")});
        archivePolicies(*vault, {QStringLiteral("2026-01")});
        for (auto [given, family, country] :
             {std::tuple{"Ēriks", "Ozoliņš", "LV"}, {"Jūratė", "Žemaitytė", "LT"}, {"Řehoř", "Dvořák", "CZ"}}) {
            Client c;
            c.givenName = QString::fromUtf8(given);
            c.familyName = QString::fromUtf8(family);
            c.country = QString::fromLatin1(country);
            c.emails = {QStringLiteral("%1@example.eu").arg(QString::fromUtf8(given).toLower()),
                        QStringLiteral("second@example.eu")};
            c.phones = {QStringLiteral("+371 2912 3456")};
            c.tags = {QStringLiteral("vip"), QStringLiteral("=cmd|' /C calc'!A0")};
            c.fields = {{QStringLiteral("VAT"), QStringLiteral("LV400, \"quoted\"")}};
            c.address = QStringLiteral("Brīvības iela 1\nRīga");
            clientIds << clients.add(c);
        }
        notes.add(clientIds[0], NoteKind::Call, QStringLiteral("Said \"yes\"; then, -1 discount"));
        notes.add(clientIds[1], NoteKind::Meeting, QStringLiteral("Met at the fair"));
        consents.set(clientIds[0], QStringLiteral("newsletter"), ConsentState::Granted, QStringLiteral("form"),
                     QStringLiteral("2026-01"));
        consents.set(clientIds[0], QStringLiteral("newsletter"), ConsentState::Withdrawn, QStringLiteral("email"),
                     QStringLiteral("2026-01"));
        binary = randomBytes(3 * 1024 * 1024 + 17); // incompressible, so a zip of it is as large
        QBuffer b(&binary);
        b.open(QIODevice::ReadOnly);
        FileStore(*vault).add(clientIds[0], b, QStringLiteral("līgums (signed).pdf"),
                              QStringLiteral("application/pdf"));
        QByteArray small("hello");
        QBuffer s(&small);
        s.open(QIODevice::ReadOnly);
        FileStore(*vault).add(clientIds[2], s, QStringLiteral("note.txt"), QStringLiteral("text/plain"));

        RequestRegister requests(*vault);
        const QDate today = QDate::currentDate();
        const QString access =
            requests.add({clientIds[0], {}, RequestType::Access, RequestChannel::Email, today.addDays(-3)});
        requests.identify(access, QStringLiteral("Replied from the address on record"), today.addDays(-2));
        requests.addEvidence(access,
                             {EvidenceKind::Export, {}, {}, QString(64, u'e'), QStringLiteral("zip, 1 client")});
        requests.close(access, RequestStatus::Done, {});
        const QString fix =
            requests.add({clientIds[1], {}, RequestType::Rectification, RequestChannel::Letter, today.addDays(-1)});
        requests.extend(fix, 1, QStringLiteral("Archives in two offices"));
        requests.add({{}, QStringLiteral("A caller from Kaunas"), RequestType::Objection, RequestChannel::Phone, {}});
    }

    std::unique_ptr<Vault> emptyVault(const QString& name)
    {
        return Vault::create(dir.filePath(name), QStringLiteral("Bob"), secret(kOwnerPassword), kCheapKdf).vault;
    }
};

} // namespace coffer::test
