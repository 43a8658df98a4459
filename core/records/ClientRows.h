// Every row that belongs to one client, in one place: the tables a client's data spreads over, named
// one by one. The eraser deletes them for a right-to-erasure request, and a restore deletes them again
// for each tombstone newer than the backup, so both ask the records layer, which owns the tables.
#pragma once

#include <QString>

namespace coffer {

class Database;

// Deletes every row of the client inside the caller's transaction (when there is one) and returns how
// many went. No permission check, no audit, and an absent client is not an error.
qint64 deleteClientRows(Database& db, const QString& clientId);

} // namespace coffer
