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

    // Records a new state for (clientId, purpose); returns its id. time defaults to now; a time later
    // than now, or before 1900 (a mistyped year), is refused with Error(Usage). Editors and above.
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
    // Every purpose that has a consent in the vault, whoever it is for, in case-insensitive order; for
    // offering them again in the same words. Viewers and above.
    QStringList purposes();
    std::vector<Consent> history(const QString& clientId); // every row, oldest first
    std::vector<Consent> current(const QString& clientId); // the latest row per purpose, by purpose

    // Stores a record exactly as given (id, stamps), for an import. Not audited: the import audits once.
    void importConsent(const Consent& record);

private:
    Vault& m_vault;
};

} // namespace coffer
