// The privacy check: one report of what needs the business's action now — requests past their answer-by
// day, clients past their retention period, consents granted under a superseded policy, restricted
// clients changed after their restriction, breaches not yet notified, the last verified backup, the
// audit log's state. Each finding says what it counts and what to do; `privacy check` exits 1 when one
// needs action.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <vector>

namespace coffer {

class Vault;

struct PrivacyFinding
{
    QString key; // stable: "requests.overdue", "retention.due", "consents.superseded",
                 // "restricted.changed", "breaches.open", "backup.verified", "audit.chain"
    bool needsAction = false;
    qint64 count = 0;
    QString text;   // what was found, translated, never client data
    QString advice; // what to do, translated; empty when nothing needs doing
};

struct PrivacyReport
{
    QDateTime time;
    std::vector<PrivacyFinding> findings;
    bool clean() const;
};

class PrivacyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCheck)
public:
    // A backup verified longer ago than this needs doing again.
    static constexpr int kBackupDays = 30;

    // Admins and the owner (it reads the audit log).
    static PrivacyReport run(Vault& vault);
};

} // namespace coffer
