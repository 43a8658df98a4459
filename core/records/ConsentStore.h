// Consents per client and purpose. Append-only: every change is a new row, so the history is kept
// and the current state of a purpose is its latest row. A row's time is when the person gave, refused
// or withdrew the consent, which may be a day before it was recorded, never a day after; when it was
// recorded is the audit log's to say (consent.set).
#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <vector>

namespace coffer {

class Vault;

class ConsentStore
{
    Q_DECLARE_TR_FUNCTIONS(ConsentStore)
public:
    explicit ConsentStore(Vault& vault)
        : m_vault(vault)
    {
    }

    // Records a new state for (clientId, purpose); returns its id. Editors and above. The purpose must be
    // in the catalogue (privacy/Purposes.h), in any case; it is stored as the catalogue spells it. time
    // defaults to now; a time later than now, or before 1900 (a mistyped year), is refused with
    // Error(Usage). policyVersion must be in the archive (privacy/PolicyArchive.h); left empty, it is the
    // version in force on the consent's day, if any. The evidence file must be one of the client's files;
    // an expiry only goes with a grant and falls after its day.
    QString set(const Consent& entry);
    QString set(const QString& clientId, const QString& purpose, ConsentState state, const QString& source = {},
                const QString& policyVersion = {}, const QDateTime& time = {});
    // The time to record for a consent given on day (the person's own date, as a form or --date has it):
    // now for today; for an earlier day the last millisecond of it, local time, so that records of one
    // day keep the order they were made in, after any made on that day itself. A null day is today.
    static QDateTime timeFor(const QDate& day);
    // SQL that keeps, of the consents aliased k, each client's latest entry for the purpose bound to ?1:
    // no later one (by time, then by the order recorded, as history() orders them) exists.
    static inline const char* const kLatestForPurpose =
        "k.purpose = ?1 AND NOT EXISTS (SELECT 1 FROM consents l WHERE l.client_id = k.client_id AND "
        "l.purpose = k.purpose AND (l.time > k.time OR (l.time = k.time AND l.rowid > k.rowid)))";
    // The names of the catalogue's purposes, in case-insensitive order; for offering them. Viewers and up.
    QStringList purposes();
    // SQL over each client c (when everyone, with k's columns NULL where there is no entry) and their
    // latest consent entry k for the purpose bound to ?1, selecting columns; ends in a WHERE clause that
    // the caller may extend with AND. Who may be contacted for it (ContactPermission): contactCondition.
    static QByteArray latestEntriesSql(const char* columns, bool everyone);
    // The condition of latestEntriesSql for a client who may be contacted: for a purpose with the basis
    // consent, a granted entry that has not expired on the day bound to ?2 (only this one has a ?2); for
    // any other basis, no objection or withdrawal. Never a restricted client.
    static const char* contactCondition(bool basisIsConsent);
    std::vector<Consent> history(const QString& clientId); // every row, oldest first
    std::vector<Consent> current(const QString& clientId); // the latest row per purpose, by purpose

    // Stores a record exactly as given (id, stamps), for an import. Not audited: the import audits once.
    void importConsent(const Consent& record);

private:
    Vault& m_vault;
};

} // namespace coffer
