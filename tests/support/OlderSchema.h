// SQL that takes a current vault.db back to an older schema's tables, for the tests of migrations: what
// each newer schema added, removed again. A fixture that goes back further runs these first, newest
// first, then undoes the older schemas itself. A new schema adds its own line here.
#pragma once

namespace coffer::test {

// Schema 10 → 9: the breach log and the record of processing.
inline const char* const kBackToSchema9 = R"sql(
    DROP TABLE breaches; DROP TABLE processing_records;
)sql";

// Schema 9 → 8 (after kBackToSchema9): retention rules, legal holds, what anonymisation counts and the runs' reports;
// the purposes' retention rule (the table made again as schema 8 made it).
inline const char* const kBackToSchema8 = R"sql(
    DROP TABLE retention_rules; DROP TABLE legal_holds; DROP TABLE retention_counts; DROP TABLE retention_runs;
    CREATE TABLE purposes_8 (
        seq INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated TEXT NOT NULL,
        updated_by TEXT NOT NULL
    );
    INSERT INTO purposes_8 SELECT seq, name, description, basis, created, created_by, updated, updated_by
        FROM purposes;
    DROP TABLE purposes; ALTER TABLE purposes_8 RENAME TO purposes;
)sql";

// Schema 8 → 7 (after kBackToSchema8): the catalogue of purposes, the archive of policy versions, and the consents'
// evidence and expiry (SQLite 3.15 has no DROP COLUMN: the table is made again as schema 2 made it).
inline const char* const kBackToSchema7 = R"sql(
    DROP TABLE purposes; DROP TABLE policies;
    CREATE TABLE consents_7 (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('granted', 'refused', 'withdrawn')),
        time TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        policy_version TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL
    );
    INSERT INTO consents_7 SELECT id, client_id, purpose, state, time, source, policy_version, recorded_by
        FROM consents ORDER BY rowid;
    DROP TABLE consents; ALTER TABLE consents_7 RENAME TO consents;
    CREATE INDEX consents_by_client ON consents(client_id, purpose, time);
)sql";

} // namespace coffer::test
