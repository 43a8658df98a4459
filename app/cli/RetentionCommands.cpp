// retention add|list|run — rules that say how long data is kept and the run that carries them out;
// client hold|release — the legal hold that pauses them (privacy/Retention.h, privacy/RetentionRun.h).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"
#include "ProgressBar.h"

#include "privacy/Retention.h"
#include "privacy/RetentionRun.h"
#include "store/OutputPath.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coffer::cli {

namespace {

QJsonObject ruleJson(const RetentionRule& r)
{
    return {{opt("name"), r.name},
            {opt("period"), r.periodText()},
            {opt("from"), r.trigger},
            {opt("action"), retentionActionName(r.action)},
            {opt("description"), r.description}};
}

class RetentionAdd : public Command
{
public:
    QStringList words() const override { return {opt("retention"), opt("add")}; }
    QString synopsis() const override
    {
        return opt("NAME --period Nd|Nm|Ny --from created|updated|last-note|field:KEY --action erase|anonymise "
                   "[--description TEXT]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Add a retention rule (admins and the owner).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("period"), QCoreApplication::translate("coffer-cli", "How long: 30d, 6m or 10y."), opt("N")},
                {opt("from"),
                 QCoreApplication::translate("coffer-cli", "From when: the client's creation, last change, last note, "
                                                           "or the date in the custom field KEY."),
                 opt("TRIGGER")},
                {opt("action"),
                 QCoreApplication::translate("coffer-cli", "At the end: erase (the verified erasure) or anonymise "
                                                           "(kept only as a count)."),
                 opt("ACTION")},
                {opt("description"), QCoreApplication::translate("coffer-cli", "Why this period."), opt("TEXT")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("retention add NAME --period N --from TRIGGER --action ACTION"));
        const QCommandLineParser& p = ctx.parser();
        const auto period = retentionPeriodFromText(p.value(opt("period")));
        if (!period)
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--period is a whole number above "
                                                                                    "zero and d, m or y: 30d, 6m, "
                                                                                    "10y."));
        const auto action = retentionActionFromName(p.value(opt("action")));
        if (!action)
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--action is erase or anonymise."));
        RetentionRule r;
        r.name = args[0];
        r.period = period->first;
        r.unit = period->second;
        r.trigger = p.value(opt("from")).trimmed();
        r.action = *action;
        r.description = p.value(opt("description"));
        Retention retention(ctx.unlock());
        retention.addRule(r);
        if (ctx.json())
            ctx.printJson(ruleJson(*retention.rule(r.name)));
        return 0;
    }
};

class RetentionList : public Command
{
public:
    QStringList words() const override { return {opt("retention"), opt("list")}; }
    QString synopsis() const override { return opt("[--examples]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The retention rules; --examples: common periods to "
                                                         "confirm before you add one.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("examples"), QCoreApplication::translate("coffer-cli", "Example rules, not in the vault: "
                                                                            "confirm a period before adding it.")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("retention list [--examples]"));
        const auto rules =
            ctx.parser().isSet(opt("examples")) ? Retention::examples() : Retention(ctx.unlock()).rules();
        if (ctx.json()) {
            QJsonArray a;
            for (const RetentionRule& r : rules)
                a.append(ruleJson(r));
            ctx.printJson(a);
            return 0;
        }
        for (const RetentionRule& r : rules)
            ctx.io().out << r.name << '\t' << r.periodText() << '\t' << r.trigger << '\t'
                         << retentionActionName(r.action) << '\t' << r.description.simplified() << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

QJsonObject dueJson(const RetentionDue& d, const QString& state)
{
    QJsonObject o{{opt("clientId"), d.clientId},
                  {opt("displayName"), d.displayName},
                  {opt("rule"), d.rule},
                  {opt("action"), retentionActionName(d.action)},
                  {opt("from"), d.start.toString(Qt::ISODate)},
                  {opt("due"), d.due.toString(Qt::ISODate)},
                  {opt("state"), state}};
    if (d.hold)
        o.insert(opt("heldUntil"), d.hold->until.toString(Qt::ISODate));
    return o;
}

class RetentionRunCommand : public Command
{
public:
    QStringList words() const override { return {opt("retention"), opt("run")}; }
    QString synopsis() const override { return opt("[--dry-run] [--report FILE]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Erase or anonymise the clients due under their retention "
                                                         "rule; --dry-run only lists them (and those due within 30 "
                                                         "days, and those held).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("dry-run"), QCoreApplication::translate("coffer-cli", "List who is due; change nothing.")},
                {opt("report"), QCoreApplication::translate("coffer-cli", "Also save the run's report (JSON) here."),
                 opt("FILE")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("retention run [--dry-run]"));
        Vault& vault = ctx.unlock();
        const RetentionPlan plan = Retention(vault).plan();
        if (ctx.parser().isSet(opt("dry-run")))
            return printPlan(ctx, plan);
        const QString reportPath = ctx.parser().isSet(opt("report"))
                                       ? checkOutputPath(ctx.parser().value(opt("report")),
                                                         {Overwrite::Refuse, vault.path(), vault.backupFolder()})
                                       : QString();
        RetentionRunReport report;
        {
            ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Retention run"));
            report = RetentionRun(vault).run(plan, [&](int done, int total) {
                bar.update(done, total);
                return true;
            });
        }
        const QJsonObject json = report.toJson();
        if (!reportPath.isEmpty()) {
            QJsonObject withSha = json;
            withSha.insert(opt("sha256"), report.sha256);
            writeWholeFile(reportPath, QJsonDocument(withSha).toJson(QJsonDocument::Indented), Overwrite::Refuse);
        }
        if (ctx.json()) {
            QJsonObject withSha = json;
            withSha.insert(opt("sha256"), report.sha256);
            ctx.printJson(withSha);
        } else {
            ctx.io().out << report.toText() << Qt::flush;
        }
        return report.passed() ? 0 : 1;
    }

private:
    static int printPlan(CliContext& ctx, const RetentionPlan& plan)
    {
        const std::pair<const std::vector<RetentionDue>*, QString> lists[] = {
            {&plan.due, opt("due")}, {&plan.soon, opt("soon")}, {&plan.held, opt("held")}};
        if (ctx.json()) {
            QJsonArray a;
            for (const auto& [list, state] : lists)
                for (const RetentionDue& d : *list)
                    a.append(dueJson(d, state));
            ctx.printJson(QJsonObject{{opt("today"), plan.today.toString(Qt::ISODate)},
                                      {opt("clients"), a},
                                      {opt("unknownRule"), int(plan.unknownRule.size())},
                                      {opt("noTriggerDate"), int(plan.noTriggerDate.size())}});
            return 0;
        }
        QTextStream& out = ctx.io().out;
        for (const auto& [list, state] : lists)
            for (const RetentionDue& d : *list)
                out << state << '\t' << d.due.toString(Qt::ISODate) << '\t' << d.clientId << '\t' << d.rule << '\t'
                    << retentionActionName(d.action) << '\t' << d.displayName
                    << (d.hold ? QStringLiteral("\theld until ") + d.hold->until.toString(Qt::ISODate) : QString())
                    << '\n';
        out << Qt::flush;
        ctx.warn(QCoreApplication::translate("coffer-cli", "%1 due now, %2 within 30 days, %3 held; nothing was "
                                                           "changed (--dry-run).")
                     .arg(plan.due.size())
                     .arg(plan.soon.size())
                     .arg(plan.held.size()));
        if (!plan.unknownRule.empty())
            ctx.warn(QCoreApplication::translate("coffer-cli", "%1 client(s) have a retention category that names no "
                                                               "rule: they are kept until it does.")
                         .arg(plan.unknownRule.size()));
        if (!plan.noTriggerDate.empty())
            ctx.warn(QCoreApplication::translate("coffer-cli", "%1 client(s) lack the date their rule counts from: "
                                                               "they are kept until it is filled in.")
                         .arg(plan.noTriggerDate.size()));
        return 0;
    }
};

class ClientHold : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("hold")}; }
    QString synopsis() const override { return opt("ID --reason TEXT --until YYYY-MM-DD"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "A legal hold: retention pauses for the client until the "
                                                         "day given.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {opt("reason"), QCoreApplication::translate("coffer-cli", "Why (a court case, a tax audit)."), opt("TEXT")},
            {opt("until"), QCoreApplication::translate("coffer-cli", "The last day of the hold."), opt("YYYY-MM-DD")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client hold ID --reason TEXT --until DATE"));
        const QDate until = dayOption(ctx.parser(), opt("until"));
        if (!until.isValid())
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say until when: --until "
                                                                                    "YYYY-MM-DD."));
        Retention(ctx.unlock()).hold(args[0], ctx.parser().value(opt("reason")), until);
        return 0;
    }
};

class ClientRelease : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("release")}; }
    QString synopsis() const override { return opt("ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "End a client's legal hold: their retention rule applies "
                                                         "again.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client release ID"));
        Retention(ctx.unlock()).release(args[0]);
        return 0;
    }
};

} // namespace

void addRetentionCommands(CommandTable& table)
{
    table.push_back(std::make_unique<RetentionAdd>());
    table.push_back(std::make_unique<RetentionList>());
    table.push_back(std::make_unique<RetentionRunCommand>());
    table.push_back(std::make_unique<ClientHold>());
    table.push_back(std::make_unique<ClientRelease>());
}

} // namespace coffer::cli
