// Erasure tombstones: after a client is erased, the vault appends (client id, time) to a small file in
// its backup folder, authenticated with a key derived from the vault's data key. A restore of an older
// backup re-applies every tombstone newer than the backup, so an erased person does not come back.
// No personal data: a client id is a random UUID.
#pragma once

#include "crypto/Secret.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace coffer {

struct Tombstone
{
    QString clientId;
    QDateTime erasedAt;
};

class Tombstones
{
public:
    // The tombstone file of a vault in a backup folder.
    static QString filePath(const QString& backupFolder, const QByteArray& vaultId);
    // Appends one tombstone (atomically rewriting the file). Throws Error(Failed) if it cannot.
    static void append(const QString& backupFolder, const QByteArray& vaultId, const Secret& dataKey,
                       const Tombstone& t);
    // Every tombstone in the file, after checking each entry's authentication; throws Error(Damaged)
    // when an entry was altered. An absent file is an empty list.
    static std::vector<Tombstone> read(const QString& file, const QByteArray& vaultId, const Secret& dataKey);
};

} // namespace coffer
