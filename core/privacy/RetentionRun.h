// A retention run: what a person starts (admins and the owner; the app asks first) when clients are due
// under their retention rules. Each due client who is not held is erased with the verified erasure, or
// anonymised — counted by kind, country and year in retention_counts, then erased the same way — and one
// report lists every client acted on by pseudonym with the result of each erasure's checks. The report
// is kept in the vault (retention_runs, with its SHA-256) and the run is audited; no name is in either.
#pragma once

#include "Retention.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <vector>

namespace coffer {

struct RetentionOutcome
{
    QString pseudonym;
    QString rule;
    RetentionAction action = RetentionAction::Erase;
    QDate due;
    QString erasureSha256; // the erasure report kept as evidence (table erasures)
    bool passed = false;
    QStringList failedChecks; // the ids of the erasure's checks that failed
    QString error;            // when the client could not be erased at all
};

struct RetentionRunReport
{
    QDateTime ranAt;
    QString ranBy; // user name
    std::vector<RetentionOutcome> outcomes;
    int held = 0; // due but held
    bool cancelled = false;
    QString sha256; // of toJson() without it, as kept in the vault

    bool passed() const;
    // "coffer-retention-report" version 1.
    QJsonObject toJson() const;
    QString toText() const; // in the current language
};

class RetentionRun
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRun)
public:
    using Progress = std::function<bool(int done, int total)>; // return false to stop after this client

    explicit RetentionRun(Vault& vault)
        : m_vault(vault)
    {
    }
    // Acts on plan.due (made by Retention::plan, now). Admins and the owner, and whoever the vault lets
    // erase. A client that cannot be erased is reported and the run goes on.
    RetentionRunReport run(const RetentionPlan& plan, const Progress& progress = {});

private:
    Vault& m_vault;
};

} // namespace coffer
