// Every row that belongs to one client, in one place: the tables a client's data spreads over, named
// one by one. The eraser deletes them for a right-to-erasure request, and a restore deletes them again
// for each tombstone newer than the backup, so both ask the records layer, which owns the tables. Both
// then compact the database the same way, so that nothing of the rows survives in the file.
#pragma once

#include <QString>

namespace coffer {

class Database;

// Deletes every row of the client inside the caller's transaction (when there is one) and returns how
// many went; their data-subject requests stay, under pseudonym (Vault::pseudonym of the id) and without
// their free text, and count among the rows changed. No permission check, no audit, and an absent
// client is not an error.
qint64 deleteClientRows(Database& db, const QString& clientId, const QString& pseudonym);

// After rows are deleted their bytes can still be in three places: the WAL (old page images), FTS
// segments (a deletion in FTS4 only adds a newer segment that masks the old one) and free pages. This
// checkpoints the WAL (TRUNCATE), merges each search index into one segment without the deleted
// documents, VACUUMs the file without free pages and checkpoints again. Outside any transaction.
// Throws Error(Failed) when a step cannot complete (the database is busy, the disk is full).
void compactAfterDeletion(Database& db);
// A checkpoint with TRUNCATE that must complete: one that does not leaves page images in the WAL.
void checkpointTruncate(Database& db);

// The mark of a deletion whose compaction has not run yet. Set it inside the transaction that deletes
// the rows; compactAfterDeletion clears it when it completes. A vault opened with the mark still set
// (the process died between the two) compacts first: finishPendingCompaction, which returns whether it
// had to.
void markCompactionPending(Database& db);
bool finishPendingCompaction(Database& db);

} // namespace coffer
