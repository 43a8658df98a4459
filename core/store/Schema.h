// The vault.db schema, versioned by PRAGMA user_version. Each migration moves the schema one version
// forward inside one transaction; a database newer than this build refuses to open rather than being
// half understood.
#pragma once

namespace coffer {

class Database;

// The version this build writes and understands.
int currentSchemaVersion();

// Applies every migration above the database's user_version. Throws Error(Failed) for a database made
// by a newer Coffer.
void migrate(Database& db);

} // namespace coffer
