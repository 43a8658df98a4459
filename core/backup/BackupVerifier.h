// Checks a backup end to end: the container's structure and SHA-256 sums, the header copy opened with a
// user's password, the manifest's MAC, and the snapshot opened with the data key and put through SQLite's
// integrity check. The snapshot is written to a private temporary folder (0700) that is removed
// afterwards; SQLCipher has no way to open a database at an offset inside another file.
#pragma once

#include "BackupFile.h"
#include "vault/Role.h"

#include <QCoreApplication>
#include <vector>

namespace coffer {

class Vault;

struct BackupCheck
{
    QString name;   // translated
    QString detail; // sizes, counts; never client data
};

struct BackupReport
{
    BackupManifest manifest;
    std::vector<BackupCheck> checks; // every one of them passed: a failed check throws
    qint64 clients = 0;
};

class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
public:
    // Throws Error(Damaged) naming the first check that fails, Error(Auth) for a wrong user or password,
    // Error(Permission) when the user's role may not back up. When audited is given (an open vault), the
    // outcome is recorded there as "backup.verify".
    static BackupReport verify(const QString& file, const QString& userName, const Secret& password,
                               Vault* audited = nullptr, const BackupProgress& progress = {});
    // The same checks with an open vault's data key in place of a password (its header's MAC, the
    // manifest's MAC, the snapshot's integrity): for pruning, which must know that a backup opens before
    // it destroys older ones. Throws Error(Damaged) naming the first check that fails.
    static BackupReport verifyWithKey(const QString& file, const QByteArray& vaultId, const Secret& dataKey);
    // The checks after the snapshot was extracted to dbPath, shared with Restorer. Returns the user id.
    static QString checkSnapshot(const BackupFile& file, const QString& dbPath, const QString& userName,
                                 const Secret& password, BackupReport& report, Permission permission);
};

} // namespace coffer
