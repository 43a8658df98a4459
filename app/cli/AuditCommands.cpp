// audit [--verify]: the log for admins and the owner, with user ids shown as names.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace coffer::cli {

namespace {

class AuditCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("audit")}; }
    QString synopsis() const override { return QStringLiteral("[--verify]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Show the audit log; --verify checks its hash chain.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("verify"),
                 QCoreApplication::translate("coffer-cli", "Check the hash chain; exit 1 at the first broken link.")}};
    }

    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, QStringLiteral("audit [--verify]"));
        Vault& vault = ctx.unlock();
        if (ctx.parser().isSet(QStringLiteral("verify")))
            return verify(ctx, vault);
        QMap<QString, QString> names;
        for (const UserInfo& u : vault.users())
            names.insert(u.id, u.name);
        QJsonArray rows;
        constexpr int kPage = 1000;
        for (qint64 after = 0;;) {
            const auto page = vault.auditEntries(after, kPage);
            for (const AuditEntry& e : page) {
                const QString who = e.actor.isEmpty() ? QStringLiteral("-") : names.value(e.actor, e.actor);
                if (ctx.json())
                    rows.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                            {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("actor"), e.actor},
                                            {QStringLiteral("actorName"), names.value(e.actor)},
                                            {QStringLiteral("action"), e.action},
                                            {QStringLiteral("objectType"), e.objectType},
                                            {QStringLiteral("objectId"), e.objectId},
                                            {QStringLiteral("detail"), e.detail}});
                else
                    ctx.io().out << QString::number(e.seq).rightJustified(6) << "  "
                                 << e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
                                 << who.leftJustified(16) << "  " << e.action.leftJustified(16) << "  " << e.objectType
                                 << (e.objectId.isEmpty() ? QString() : u' ' + e.objectId)
                                 << (e.detail.isEmpty() ? QString() : QStringLiteral("  ") + e.detail) << '\n';
                after = e.seq;
            }
            if (int(page.size()) < kPage)
                break;
        }
        if (ctx.json())
            ctx.printJson(rows);
        ctx.io().out << Qt::flush;
        return 0;
    }

private:
    static QString sealName(AuditVerification::Seal seal)
    {
        switch (seal) {
        case AuditVerification::Seal::Checked:
            return QStringLiteral("checked");
        case AuditVerification::Seal::NotHeld:
            return QStringLiteral("not-held");
        case AuditVerification::Seal::Missing:
            return QStringLiteral("missing");
        case AuditVerification::Seal::None:
            break;
        }
        return QStringLiteral("none");
    }

    // What the integrity key found (vault/IntegrityKey.h), one sentence a line.
    static QStringList sealLines(const AuditVerification& v)
    {
        QStringList lines;
        switch (v.seal) {
        case AuditVerification::Seal::NotHeld:
            return {QCoreApplication::translate(
                "coffer-cli",
                "The users and the checkpoints were not checked: you hold no copy of the vault's integrity "
                "key yet. It is given when the owner or another administrator next signs in.")};
        case AuditVerification::Seal::Missing:
            return {QCoreApplication::translate(
                "coffer-cli", "The vault's integrity key is missing: it was removed outside Coffer.")};
        case AuditVerification::Seal::None:
            return {QCoreApplication::translate(
                "coffer-cli",
                "This vault has no integrity key yet: the owner or an administrator makes it at their next "
                "sign-in.")};
        case AuditVerification::Seal::Checked:
            break;
        }
        lines << (v.usersIntact
                      ? QCoreApplication::translate(
                            "coffer-cli",
                            "The users and their roles are as the owner or an administrator last left them.")
                      : QCoreApplication::translate(
                            "coffer-cli", "The users or their roles were changed outside Coffer since the owner or an "
                                          "administrator last changed them.") +
                            (v.usersChanged.isEmpty() ? QString()
                                                      : u' ' + QCoreApplication::translate("coffer-cli", "Changed: %1.")
                                                                   .arg(v.usersChanged.join(QStringLiteral(", ")))));
        if (v.checkpointsMissing)
            lines << QCoreApplication::translate("coffer-cli",
                                                 "The audit log's checkpoints were removed outside Coffer.");
        else if (v.firstForgedCheckpoint != 0)
            lines << QCoreApplication::translate(
                         "coffer-cli",
                         "The checkpoint at entry %1 does not hold: the log was changed outside Coffer at or before "
                         "that entry, by someone who recomputed its chain.")
                         .arg(v.firstForgedCheckpoint);
        else
            lines << (v.rowsAfterSeal == 0
                          ? QCoreApplication::translate("coffer-cli",
                                                        "%1 checkpoints seal the log through its newest entry, %2.")
                                .arg(v.checkpoints)
                                .arg(v.sealedThrough)
                          : QCoreApplication::translate("coffer-cli",
                                                        "%1 checkpoints seal the log through entry %2; the %3 entries "
                                                        "after it are covered by the hash chain alone.")
                                .arg(v.checkpoints)
                                .arg(v.sealedThrough)
                                .arg(v.rowsAfterSeal));
        if (v.earlierFindings > 0)
            lines << QCoreApplication::translate("coffer-cli",
                                                 "Earlier findings recorded in the log: %1 (entries integrity.users, "
                                                 "integrity.audit, integrity.missing, integrity.forged).")
                         .arg(v.earlierFindings);
        return lines;
    }

    static int verify(CliContext& ctx, Vault& vault)
    {
        const AuditVerification v = vault.verifyAudit();
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("intact"), v.intact()},
                                      {QStringLiteral("rowsChecked"), v.rowsChecked},
                                      {QStringLiteral("firstBrokenSeq"), v.firstBrokenSeq},
                                      {QStringLiteral("untouched"), v.untouched()},
                                      {QStringLiteral("seal"), sealName(v.seal)},
                                      {QStringLiteral("usersIntact"), v.usersIntact},
                                      {QStringLiteral("usersChanged"), QJsonArray::fromStringList(v.usersChanged)},
                                      {QStringLiteral("checkpoints"), v.checkpoints},
                                      {QStringLiteral("firstForgedCheckpoint"), v.firstForgedCheckpoint},
                                      {QStringLiteral("checkpointsMissing"), v.checkpointsMissing},
                                      {QStringLiteral("sealedThrough"), v.sealedThrough},
                                      {QStringLiteral("rowsAfterSeal"), v.rowsAfterSeal},
                                      {QStringLiteral("earlierFindings"), v.earlierFindings}});
        } else {
            if (v.intact())
                ctx.io().out << QCoreApplication::translate("coffer-cli",
                                                            "The audit log is intact: %1 entries, every link checked.")
                                    .arg(v.rowsChecked)
                             << '\n';
            else
                ctx.io().out
                    << QCoreApplication::translate(
                           "coffer-cli",
                           "The audit log is broken at entry %1: it or the entry before it was changed or removed.")
                           .arg(v.firstBrokenSeq)
                    << '\n';
            for (const QString& line : sealLines(v))
                ctx.io().out << line << '\n';
        }
        ctx.io().out << Qt::flush;
        return v.untouched() ? 0 : int(ErrorCode::Failed);
    }
};

} // namespace

void addAuditCommands(CommandTable& table)
{
    table.push_back(std::make_unique<AuditCommand>());
}

} // namespace coffer::cli
