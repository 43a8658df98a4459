// The audit log: who did what, when — ids only. A row holds a time, the acting user's id, an action
// name ("client.create"), an object type and id, and a detail that is a count or a role name, never
// client data. Each row carries the SHA-256 of the previous row's hash and its own fields, so an edit,
// insertion or deletion inside the chain shows in verify().
//
// What the chain does not protect against: anyone holding the data key (an owner with their password,
// or someone who took the key from memory) can rewrite the whole chain consistently, and can drop the
// newest rows; the chain proves the log was not edited by a tool that does not recompute it. The
// checkpoints of vault/IntegrityKey.h add what the chain cannot: a MAC of its head under a key that only
// the owner and the administrators hold, so a member without it who recomputes the chain is caught.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace coffer {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;
    QString actor; // a user id, or empty for events without a signed-in user (failed sign-ins)
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
};

// Which entries a reader wants (the Audit log page's filters); a field left empty does not narrow. Every
// condition is on ids and stored names, so a query holds no client data either.
struct AuditQuery
{
    QStringList actors;        // these user ids only; "" stands for entries without a signed-in user
    QStringList actions;       // these action names only
    QStringList exceptActions; // none of these action names
    QDateTime from;            // at or after, when valid
    QDateTime until;           // before, when valid
    // One client's entries: about the client (by pseudonym) and about the notes, files and consents the
    // client has now. Vault::auditEntriesBefore fills the pseudonym from the id (Vault::pseudonym).
    QString clientId;
    QString clientPseudonym;

    bool narrows() const;
};

struct AuditActor
{
    QString userId;
    qint64 newestSeq = 0;
};

struct AuditVerification
{
    qint64 rowsChecked = 0;
    qint64 firstBrokenSeq = 0; // 0 when the chain is whole
    bool intact() const { return firstBrokenSeq == 0; }

    // The integrity key's half (vault/IntegrityKey.h): what holds under the key only the owner and the
    // administrators hold. Checked only when the one verifying holds it.
    enum class Seal {
        Checked, // the fields below are filled
        NotHeld, // the vault has the key, the one verifying has no copy of it (yet)
        Missing, // the vault had the key and every copy of it is gone: removed outside Coffer
        None,    // the vault has never had one (made before Coffer 0.4, and no administrator signed in since)
    };
    Seal seal = Seal::None;
    bool usersIntact = true;          // the users table is as the last change by a holder left it
    QStringList usersChanged;         // the names of the users whose row changed (or was added) since
    qint64 checkpoints = 0;           // how many checkpoints the log has
    qint64 firstForgedCheckpoint = 0; // the seq of the first one that does not hold, 0 when all hold
    bool checkpointsMissing = false;  // the log has entries but every checkpoint is gone
    qint64 sealedThrough = 0;         // the newest checkpoint that holds, as do all before it
    qint64 rowsAfterSeal = 0;         // entries after it: covered by the hash chain alone
    qint64 earlierFindings = 0;       // log entries of an earlier finding (integrity.users, …)
    // Nothing found, now or before: a finding, like a broken link, stays in the log for good.
    bool untouched() const
    {
        return intact() && seal != Seal::Missing && usersIntact && firstForgedCheckpoint == 0 && !checkpointsMissing &&
               earlierFindings == 0;
    }
};

class AuditLog
{
public:
    // Appends one row and returns its seq; call inside the transaction of the change it records.
    static qint64 append(Database& db, const QString& actor, const QString& action, const QString& objectType = {},
                         const QString& objectId = {}, const QString& detail = {});
    // Entries with seq > afterSeq, oldest first, at most limit.
    static std::vector<AuditEntry> entries(Database& db, qint64 afterSeq, int limit);
    // Entries with seq < beforeSeq (0: from the newest) that match query, newest first, at most limit: a
    // log read from today backwards, as a person reads it.
    static std::vector<AuditEntry> entriesBefore(Database& db, qint64 beforeSeq, int limit,
                                                 const AuditQuery& query = {});
    // Each actor of the entries after afterSeq ("" for entries without a signed-in user) with the seq of
    // their newest entry, in no particular order: a reader that keeps them asks only for what is new.
    static std::vector<AuditActor> actors(Database& db, qint64 afterSeq = 0);
    static qint64 count(Database& db);
    static AuditVerification verify(Database& db);

    // The detail of an entry about a row that is gone once the entry is written (note.delete,
    // file.delete): "client=" and the pseudonym of the client the row belonged to, so that the client's
    // entries (AuditQuery::clientId) still hold the removal. clientOf gives the pseudonym back, or "".
    static QString clientDetail(const QString& pseudonym);
    static QString clientOf(const AuditEntry& entry);
};

} // namespace coffer
