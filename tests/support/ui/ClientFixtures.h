// Clients for the Clients page's tests, added to a vault (a VaultFixture's, usually): fast (one
// transaction) and the same on every run, with names in Latvian, Lithuanian and Czech so that diacritics
// are always exercised.
#pragma once

#include "records/Records.h"
#include "vault/Vault.h"

#include <memory>

namespace coffer::test {

// count clients, in one transaction. Every 10th has the tag "vip", every 3rd "supplier"; every 7th
// has no email and every 5th is an organisation. Returns their ids in the order added.
QStringList addSampleClients(Vault& vault, int count);

// A person with the given names, emails and tags; returns the id.
QString addPerson(Vault& vault, const QString& given, const QString& family, const QStringList& emails = {},
                  const QStringList& tags = {});

// Two dozen clients as a small business has them: people and organisations, several emails, tags,
// custom fields, notes, consents and a file, for pictures of the page. Returns the id of the richest.
QString addShowcaseClients(Vault& vault, const QString& scratchFolder);

// The folding core's ordering promises: case and diacritics ignored.
QString folded(const QString& text);

} // namespace coffer::test
