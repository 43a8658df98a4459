#include "PrivacyCheck.h"

#include "BreachLog.h"
#include "ContactPermission.h"
#include "RequestRegister.h"
#include "Retention.h"
#include "records/PurposeRows.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <algorithm>

namespace coffer {

namespace {

PrivacyFinding overdueRequests(Vault& vault)
{
    const int n = RequestRegister(vault).countOverdue();
    return {QStringLiteral("requests.overdue"), n > 0, n,
            n > 0 ? PrivacyCheck::tr("%n request(s) past the day to answer by.", nullptr, n)
                  : PrivacyCheck::tr("No request is past the day to answer by."),
            n > 0 ? PrivacyCheck::tr("Answer them now, or record the extension: request list --overdue.") : QString()};
}

PrivacyFinding retentionDue(Vault& vault)
{
    const RetentionPlan plan = Retention(vault).plan();
    const int n = int(plan.due.size());
    return {QStringLiteral("retention.due"), n > 0, n,
            n > 0 ? PrivacyCheck::tr("%n client(s) past their retention period.", nullptr, n)
                  : PrivacyCheck::tr("No client is past their retention period."),
            n > 0 ? PrivacyCheck::tr("Review them and run retention: retention run --dry-run, then retention run.")
                  : QString()};
}

PrivacyFinding supersededConsents(Vault& vault)
{
    qint64 n = 0;
    Statement st = vault.database().prepare("SELECT name FROM purposes WHERE basis = 'consent'");
    while (st.next())
        n += qint64(ContactPermission::standings(vault, st.text(0), std::nullopt, false, true).size());
    return {QStringLiteral("consents.superseded"), n > 0, n,
            n > 0 ? PrivacyCheck::tr("%n consent(s) granted under a policy version since superseded.", nullptr, int(n))
                  : PrivacyCheck::tr("No consent rests on a superseded policy version."),
            n > 0 ? PrivacyCheck::tr("Ask those clients again: consent list --purpose P --superseded.") : QString()};
}

// A restricted client is read-only in Coffer; one changed after the restriction was set was changed
// another way (or the restriction was set again since).
PrivacyFinding restrictedChanged(Vault& vault)
{
    const qint64 n = vault.database().scalar(
        "SELECT count(*) FROM clients c WHERE c.restricted = 1 AND c.updated > "
        "(SELECT max(r.time) FROM restrictions r WHERE r.client_id = c.id AND r.restricted = 1)");
    return {QStringLiteral("restricted.changed"), n > 0, n,
            n > 0 ? PrivacyCheck::tr("%n restricted client(s) changed after their restriction.", nullptr, int(n))
                  : PrivacyCheck::tr("No restricted client was changed."),
            n > 0 ? PrivacyCheck::tr("See who changed them in the audit log, and whether the change was allowed.")
                  : QString()};
}

PrivacyFinding verifiedBackup(Vault& vault)
{
    Statement st =
        vault.database().prepare("SELECT max(time) FROM audit WHERE action = 'backup.verify' AND detail = 'ok'");
    const QDateTime last = st.next() ? fromStamp(st.text(0)) : QDateTime();
    const bool stale = !last.isValid() || last.daysTo(QDateTime::currentDateTimeUtc()) > PrivacyCheck::kBackupDays;
    return {QStringLiteral("backup.verified"), stale, last.isValid() ? 1 : 0,
            last.isValid()
                ? PrivacyCheck::tr("The last backup verified: %1.").arg(last.toLocalTime().toString(Qt::ISODate))
                : PrivacyCheck::tr("No backup of this vault has been verified."),
            stale ? PrivacyCheck::tr("Verify a recent backup (backup verify FILE): one every %1 days at least.")
                        .arg(PrivacyCheck::kBackupDays)
                  : QString()};
}

// A breach whose 72 hours run (or ran out) until the authority is told, or a reason not to is recorded.
PrivacyFinding openBreaches(Vault& vault)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 open = 0, late = 0;
    for (const Breach& b : BreachLog(vault).list()) {
        open += b.clockRunning() ? 1 : 0;
        late += b.late(now) ? 1 : 0;
    }
    return {QStringLiteral("breaches.open"), open > 0, open,
            open == 0 ? PrivacyCheck::tr("Every breach logged was notified, or why not is recorded.")
            : late > 0
                ? PrivacyCheck::tr("%n breach(es) not notified, %1 past the 72 hours.", nullptr, int(open)).arg(late)
                : PrivacyCheck::tr("%n breach(es) not notified yet; the 72 hours run.", nullptr, int(open)),
            open > 0 ? PrivacyCheck::tr("Tell the supervisory authority (breach notify ID --authority DATETIME), or "
                                        "record why not.")
                     : QString()};
}

PrivacyFinding auditChain(Vault& vault)
{
    const AuditVerification v = vault.verifyAudit();
    const bool ok = v.untouched();
    return {QStringLiteral("audit.chain"), !ok, v.rowsChecked,
            ok ? PrivacyCheck::tr("The audit log's %n entries are whole.", nullptr, int(v.rowsChecked))
               : PrivacyCheck::tr("The audit log shows a change made outside Coffer."),
            ok ? QString()
               : PrivacyCheck::tr("Run audit --verify for what was found, and restore a backup if needed.")};
}

} // namespace

bool PrivacyReport::clean() const
{
    return std::none_of(findings.begin(), findings.end(), [](const PrivacyFinding& f) { return f.needsAction; });
}

PrivacyReport PrivacyCheck::run(Vault& vault)
{
    vault.require(Permission::ReadAudit);
    PrivacyReport report;
    report.time = QDateTime::currentDateTimeUtc();
    report.findings = {overdueRequests(vault),   retentionDue(vault), supersededConsents(vault),
                       restrictedChanged(vault), openBreaches(vault), verifiedBackup(vault),
                       auditChain(vault)};
    return report;
}

} // namespace coffer
