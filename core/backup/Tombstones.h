// Erasure tombstones: after a client is erased, the vault records (pseudonym, time) in its own tombstones
// table and in a tombstone file in every backup folder it has used, authenticated with the vault's stable
// tombstone key (vault/StableKeys.h), which a change of the data key leaves alone. A restore of an older backup merges
// every tombstone it can find and re-applies those newer than the backup, so an erased person does not come back; an
// import refuses them. No personal data: a tombstone names the client only by the keyed pseudonym of their random id
// (Vault::pseudonym), the same one the audit log uses.
#pragma once

#include "crypto/Secret.h"
#include "vault/StableKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <vector>

namespace coffer {

class Database;

struct Tombstone
{
    QString pseudonym;
    QDateTime erasedAt;
    bool operator==(const Tombstone&) const = default;
};

class Tombstones
{
    Q_DECLARE_TR_FUNCTIONS(Tombstones)
public:
    // The tombstone file of a vault in a backup folder.
    static QString filePath(const QString& backupFolder, const QByteArray& vaultId);

    // vault.db's own list. record() runs inside the caller's transaction; an entry already there keeps
    // its time. inDatabase() of a database older than schema 5 (an old backup's snapshot) is empty.
    static void record(Database& db, const Tombstone& t);
    static std::vector<Tombstone> inDatabase(Database& db);
    static QSet<QString> pseudonymsIn(Database& db);

    // Rewrites the folder's file (atomically, mode 0600, creating the folder 0700 when missing) with every
    // entry it held and every entry of `entries`: a file only ever grows. Throws Error(Failed) if it
    // cannot be written, Error(Damaged) if the file there does not authenticate.
    static void writeFile(const QString& backupFolder, const QByteArray& vaultId, const StableKeys& keys,
                          const std::vector<Tombstone>& entries);
    // Every tombstone in the file, after checking each entry's authentication; throws Error(Damaged)
    // when an entry was altered. An absent file is an empty list. Reads format 1 (client ids) and 2.
    static std::vector<Tombstone> read(const QString& file, const QByteArray& vaultId, const StableKeys& keys);
    // Whether the file's first bytes say it is a tombstone file of vaultId (no key needed).
    static bool belongsTo(const QString& file, const QByteArray& vaultId);
    // The union, oldest time kept for a pseudonym found twice, ordered by time.
    static std::vector<Tombstone> merged(const std::vector<Tombstone>& a, const std::vector<Tombstone>& b);
};

} // namespace coffer
