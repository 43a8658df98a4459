// Reads any Coffer export — zip, folder, data.json, or any of these encrypted — back into a vault, in
// one transaction. Records keep their ids; a record whose id the vault already has is kept as it is
// and reported as skipped. Malformed or hostile input (bad JSON, wrong types, paths like ../../x, a
// file whose SHA-256 does not match the manifest, impossible sizes) is refused with a clear error and
// the vault is left exactly as it was. A client with a value that ClientValidation refuses (an email
// an older Coffer let through, or an edited export) is left out with its notes, files and consents, and
// reported by id and field; put right where the export came from, it can be imported again, since what
// is already here is kept. Users and the audit log are not imported: credentials are never exported,
// and a vault's log records its own history.
#pragma once

#include "crypto/Secret.h"
#include "store/OutputPath.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace coffer {

class Vault;

struct ImportReport
{
    int clients = 0, notes = 0, files = 0, consents = 0, requests = 0;
    QStringList skipped; // "client 0192…: already in this vault"
    QStringList invalid; // "client 0192…: Email 2: This email address …" (no value), left out with its records
    int erasedNotImported = 0; // clients erased from this vault (tombstoned), with their records, left out
    int erasedReimported = 0;  // the same, imported all the same on request (allowErased)
    int usersNotImported = 0;
    int auditEntriesNotImported = 0;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Import)
public:
    explicit Importer(Vault& vault)
        : m_vault(vault)
    {
    }
    // passphrase: for an encrypted export (ignored otherwise). Editors and above. A client this vault
    // erased (a tombstone holds their pseudonym) is not re-created, nor their notes, files and consents,
    // unless allowErased: then they are, and the audit log says so ("import.erased").
    ImportReport run(const QString& path, const Secret* passphrase, bool allowErased = false);

    static bool isEncrypted(const QString& path);

private:
    Vault& m_vault;
};

// `decrypt IN OUT`: the plain zip or data.json of an encrypted export, written to OUT only when every
// chunk authenticated to the end. OUT follows store/OutputPath's rules (rules: whether an existing file
// may be replaced, and the vault and backup folders it must stay out of, when a vault is known).
void decryptExport(const QString& in, const QString& out, const Secret& passphrase, const OutputRules& rules = {});

} // namespace coffer
