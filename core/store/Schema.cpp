#include "Schema.h"

#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <array>

namespace coffer {

namespace {

// Append only: a released migration is never edited, a change is a new entry.
const std::array kMigrations = {
    // 1: vault metadata and users. Credentials are not here: a user's password only ever unlocks their
    // key slot in the header; this table holds who they are and what they may do.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'viewer')),
        slot_id BLOB NOT NULL UNIQUE,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        changed TEXT NOT NULL
    );
    CREATE UNIQUE INDEX one_owner ON users(role) WHERE role = 'owner';
    )sql",
};

} // namespace

int currentSchemaVersion() { return int(kMigrations.size()); }

void migrate(Database& db)
{
    const int version = db.userVersion();
    if (version > currentSchemaVersion())
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("Schema", "This vault was made by a newer version of Coffer (schema %1); "
                                                          "this version understands up to %2.")
                        .arg(version)
                        .arg(currentSchemaVersion()));
    for (int v = version; v < currentSchemaVersion(); ++v) {
        Transaction tx(db);
        db.exec(kMigrations[size_t(v)]);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(v + 1)).constData());
        tx.commit();
    }
}

} // namespace coffer
