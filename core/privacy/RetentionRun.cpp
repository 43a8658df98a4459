#include "RetentionRun.h"

#include "Error.h"
#include "crypto/Sha256.h"
#include "erase/ClientEraser.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace coffer {

namespace {

// What anonymisation keeps of a client: one more in the count of their kind, country and year.
void count(Database& db, const QString& clientId)
{
    Statement client = db.prepare("SELECT kind, country, CAST(substr(created, 1, 4) AS INTEGER) FROM clients "
                                  "WHERE id = ?");
    client.bind(1, clientId);
    if (!client.next())
        return;
    // SQLite 3.15 (SQLCipher 3) has no upsert: the row first, then the count.
    for (const char* sql :
         {"INSERT OR IGNORE INTO retention_counts (kind, country, year, count) VALUES (?, ?, ?, 0)",
          "UPDATE retention_counts SET count = count + 1 WHERE kind = ? AND country = ? AND year = ?"})
        db.prepare(sql).bind(1, client.text(0)).bind(2, client.text(1)).bind(3, client.integer(2)).run();
}

} // namespace

bool RetentionRunReport::passed() const
{
    return std::all_of(outcomes.begin(), outcomes.end(), [](const RetentionOutcome& o) { return o.passed; });
}

QJsonObject RetentionRunReport::toJson() const
{
    QJsonArray clients;
    for (const RetentionOutcome& o : outcomes)
        clients.append(QJsonObject{{QStringLiteral("pseudonym"), o.pseudonym},
                                   {QStringLiteral("rule"), o.rule},
                                   {QStringLiteral("action"), retentionActionName(o.action)},
                                   {QStringLiteral("due"), o.due.toString(Qt::ISODate)},
                                   {QStringLiteral("erasureReportSha256"), o.erasureSha256},
                                   {QStringLiteral("passed"), o.passed},
                                   {QStringLiteral("failedChecks"), QJsonArray::fromStringList(o.failedChecks)},
                                   {QStringLiteral("error"), o.error}});
    return {{QStringLiteral("format"), QStringLiteral("coffer-retention-report")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("ranAt"), ranAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("ranBy"), ranBy},
            {QStringLiteral("clients"), clients},
            {QStringLiteral("held"), held},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("passed"), passed()}};
}

QString RetentionRunReport::toText() const
{
    QString out = RetentionRun::tr("Retention run of %1 by %2: %n client(s) acted on.", nullptr, int(outcomes.size()))
                      .arg(ranAt.toLocalTime().toString(Qt::ISODate), ranBy) +
                  u'\n';
    for (const RetentionOutcome& o : outcomes) {
        const QString what =
            o.action == RetentionAction::Anonymise ? RetentionRun::tr("anonymised") : RetentionRun::tr("erased");
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(o.pseudonym, o.due.toString(Qt::ISODate), o.rule, what,
                        o.passed ? RetentionRun::tr("all checks passed")
                        : o.error.isEmpty()
                            ? RetentionRun::tr("checks failed: %1").arg(o.failedChecks.join(QStringLiteral(", ")))
                            : o.error);
    }
    if (held > 0)
        out += RetentionRun::tr("%n client(s) due but under a legal hold: left as they are.", nullptr, held) + u'\n';
    if (cancelled)
        out += RetentionRun::tr("Stopped before the end: the clients not listed are still due.") + u'\n';
    out += RetentionRun::tr("Report SHA-256: %1").arg(sha256) + u'\n';
    return out;
}

RetentionRunReport RetentionRun::run(const RetentionPlan& plan, const Progress& progress)
{
    m_vault.require(Permission::ManageController);
    m_vault.requireErase();
    Database& db = m_vault.database();
    RetentionRunReport report;
    report.ranAt = QDateTime::currentDateTimeUtc();
    report.ranBy = m_vault.currentUser().name;
    report.held = int(plan.held.size());
    const int total = int(plan.due.size());
    for (int i = 0; i < total; ++i) {
        const RetentionDue& d = plan.due[size_t(i)];
        RetentionOutcome o{m_vault.pseudonym(d.clientId), d.rule, d.action, d.due, {}, false, {}, {}};
        try {
            if (d.action == RetentionAction::Anonymise) {
                Transaction tx(db);
                count(db, d.clientId);
                tx.commit();
            }
            const ErasureReport erased = ClientEraser(m_vault).erase(d.clientId);
            o.erasureSha256 = erased.sha256;
            o.passed = erased.passed();
            for (const ErasureCheck& c : erased.checks)
                if (!c.passed)
                    o.failedChecks << c.key;
        } catch (const Error& e) {
            o.error = e.message();
        }
        report.outcomes.push_back(std::move(o));
        if (progress && !progress(i + 1, total) && i + 1 < total) {
            report.cancelled = true;
            break;
        }
    }
    report.sha256 =
        QString::fromLatin1(Sha256::of(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)).toHex());
    Transaction tx(db);
    db.prepare("INSERT INTO retention_runs (time, actor, clients, passed, report, report_sha256) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, report.ranAt.toString(Qt::ISODateWithMs))
        .bind(2, m_vault.currentUser().id)
        .bind(3, qint64(report.outcomes.size()))
        .bind(4, report.passed())
        .bind(5, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)))
        .bind(6, report.sha256)
        .run();
    m_vault.audit(QStringLiteral("retention.run"), QStringLiteral("vault"), QString::fromLatin1(m_vault.id().toHex()),
                  QStringLiteral("clients=%1 passed=%2").arg(report.outcomes.size()).arg(report.passed() ? 1 : 0));
    tx.commit();
    return report;
}

} // namespace coffer
