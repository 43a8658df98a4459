// request add | list | show | identify | extend | close — the data-subject request register
// (privacy/RequestRegister); client restrict | unrestrict (privacy/Restriction); note edit | remove and
// file remove, the corrections a rectification or a request to delete one item needs. The checks, the
// roles and the audit live in core; these commands translate arguments and print.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "privacy/Rectification.h"
#include "privacy/RequestRegister.h"
#include "privacy/Restriction.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "transfer/RecordJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

QString dayText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// "due in 5 days", "due today", "3 days overdue", or the closing status.
QString dueText(const DataRequest& r)
{
    if (r.isClosed())
        return requestStatusName(r.status);
    const qint64 days = r.daysLeft();
    if (days == 0)
        return QCoreApplication::translate("coffer-cli", "due today");
    return days > 0 ? QCoreApplication::translate("coffer-cli", "due in %n day(s)", nullptr, int(days))
                    : QCoreApplication::translate("coffer-cli", "%n day(s) overdue", nullptr, int(-days));
}

QString whoText(const RequestRow& row)
{
    const DataRequest& r = row.request;
    if (!row.clientName.isEmpty())
        return row.clientName;
    if (!r.clientPseudonym.isEmpty())
        return QCoreApplication::translate("coffer-cli", "erased client %1").arg(r.clientPseudonym.left(12));
    return r.requester.isEmpty() ? QCoreApplication::translate("coffer-cli", "not yet identified") : r.requester;
}

class RequestAdd : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("add")}; }
    QString synopsis() const override
    {
        return opt("[CLIENT_ID] --type access|rectification|erasure|restriction|portability|objection|withdrawal "
                   "[--received YYYY-MM-DD] [--via email|letter|phone|in-person|other] [--from TEXT]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli",
            "Record a data-subject request; prints its id and the day it is due (one month from receipt).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("type"), QCoreApplication::translate("coffer-cli", "What the person asks for."), opt("TYPE")},
                {opt("received"), QCoreApplication::translate("coffer-cli", "The day it arrived (default today)."),
                 opt("YYYY-MM-DD")},
                {opt("via"),
                 QCoreApplication::translate("coffer-cli",
                                             "How it arrived: email (default), letter, phone, in-person, other."),
                 opt("CHANNEL")},
                {opt("from"),
                 QCoreApplication::translate("coffer-cli", "Who asked, when they are not (yet) a client in the vault."),
                 opt("TEXT")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        if (args.size() > 1)
            expectArgs(args, 1, opt("request add [CLIENT_ID] --type TYPE"));
        const QCommandLineParser& p = ctx.parser();
        NewRequest r;
        r.clientId = args.value(0).trimmed();
        const auto type = requestTypeFromName(p.value(opt("type")));
        if (!type)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate(
                            "coffer-cli", "--type is access, rectification, erasure, restriction, portability, "
                                          "objection or withdrawal."));
        r.type = *type;
        if (p.isSet(opt("via"))) {
            const auto via = requestChannelFromName(p.value(opt("via")));
            if (!via)
                throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                                  "coffer-cli", "--via is email, letter, phone, in-person or other."));
            r.channel = *via;
        }
        r.received = dayOption(p, opt("received"));
        r.requester = p.value(opt("from"));
        RequestRegister reg(ctx.unlock());
        const DataRequest made = reg.get(reg.add(r));
        if (ctx.json())
            ctx.printJson(toJson(made));
        else
            ctx.io().out << made.id << '\n' << Qt::flush;
        ctx.io().err << QCoreApplication::translate("coffer-cli", "Due on %1.").arg(dayText(made.due)) << '\n'
                     << Qt::flush;
        return 0;
    }
};

class RequestList : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("list")}; }
    QString synopsis() const override { return opt("[--due-within DAYS] [--overdue] [--status S] [--client ID]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "List requests: open ones by due date, overdue first, then closed ones.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("due-within"),
                 QCoreApplication::translate("coffer-cli",
                                             "Only open requests due within DAYS days (overdue ones included)."),
                 opt("DAYS")},
                {opt("overdue"), QCoreApplication::translate("coffer-cli", "Only open requests past their due date.")},
                {opt("status"),
                 QCoreApplication::translate("coffer-cli",
                                             "Only requests in this state: open, identity, extended, done, refused."),
                 opt("S")},
                {opt("client"), QCoreApplication::translate("coffer-cli", "Only this client's requests."), opt("ID")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("request list [--due-within DAYS] [--overdue] [--status S]"));
        const QCommandLineParser& p = ctx.parser();
        RequestQuery q;
        if (p.isSet(opt("status"))) {
            q.status = requestStatusFromName(p.value(opt("status")));
            if (!q.status)
                throw Error(ErrorCode::Usage,
                            QCoreApplication::translate("coffer-cli",
                                                        "--status is open, identity, extended, done or refused."));
        }
        if (p.isSet(opt("due-within"))) {
            bool ok = false;
            q.dueWithinDays = p.value(opt("due-within")).toInt(&ok);
            if (!ok || q.dueWithinDays < 0)
                throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                                  "coffer-cli", "--due-within takes a number of days, 0 or more."));
        }
        q.overdueOnly = p.isSet(opt("overdue"));
        q.clientId = p.value(opt("client")).trimmed();
        const auto rows = RequestRegister(ctx.unlock()).list(q);
        if (ctx.json()) {
            QJsonArray all;
            for (const RequestRow& row : rows) {
                QJsonObject o = toJson(row.request);
                o.insert(opt("clientName"), row.clientName);
                all.append(o);
            }
            ctx.printJson(all);
            return 0;
        }
        for (const RequestRow& row : rows)
            ctx.io().out << row.request.id << "  " << dayText(row.request.due) << "  "
                         << requestTypeName(row.request.type).leftJustified(13) << "  "
                         << dueText(row.request).leftJustified(18) << "  " << whoText(row) << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class RequestShow : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("show")}; }
    QString synopsis() const override { return opt("ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "Show a request with its deadline, identity check and evidence.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request show ID"));
        const DataRequest r = RequestRegister(ctx.unlock()).get(args[0]);
        if (ctx.json()) {
            ctx.printJson(toJson(r));
            return 0;
        }
        QTextStream& out = ctx.io().out;
        auto line = [&](const QString& label, const QString& value) {
            if (!value.isEmpty())
                out << (label + u':').leftJustified(16) << value << '\n';
        };
        line(QCoreApplication::translate("coffer-cli", "Id"), r.id);
        line(QCoreApplication::translate("coffer-cli", "Type"), requestTypeName(r.type));
        line(QCoreApplication::translate("coffer-cli", "Client"),
             r.clientId.isEmpty() && r.clientPseudonym.isEmpty()
                 ? QCoreApplication::translate("coffer-cli", "not yet identified")
                 : r.clientId);
        line(QCoreApplication::translate("coffer-cli", "Erased client"), r.clientPseudonym);
        line(QCoreApplication::translate("coffer-cli", "From"), r.requester);
        line(QCoreApplication::translate("coffer-cli", "Arrived by"), requestChannelName(r.channel));
        line(QCoreApplication::translate("coffer-cli", "Received"), dayText(r.received));
        line(QCoreApplication::translate("coffer-cli", "Due"),
             dayText(r.due) + QStringLiteral(" (") + dueText(r) + u')');
        line(QCoreApplication::translate("coffer-cli", "Identity"),
             r.identityMethod.isEmpty()
                 ? QCoreApplication::translate("coffer-cli", "pending — the deadline runs from receipt all the same")
                 : QCoreApplication::translate("coffer-cli", "%1 (%2)").arg(r.identityMethod, dayText(r.identityDate)));
        if (r.extensionMonths > 0)
            line(QCoreApplication::translate("coffer-cli", "Extended"),
                 QCoreApplication::translate("coffer-cli", "by %n month(s), told on %1: %2", nullptr, r.extensionMonths)
                     .arg(dayText(r.extensionTold), r.extensionReason));
        line(QCoreApplication::translate("coffer-cli", "Status"), requestStatusName(r.status));
        line(QCoreApplication::translate("coffer-cli", "Outcome"), r.outcome);
        for (const RequestEvidence& e : r.evidence)
            line(QCoreApplication::translate("coffer-cli", "Evidence"),
                 QStringLiteral("%1 %2 %3 %4")
                     .arg(evidenceKindName(e.kind), e.time.toLocalTime().toString(Qt::ISODate), e.reference, e.detail)
                     .trimmed());
        out << Qt::flush;
        return 0;
    }
};

class RequestIdentify : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("identify")}; }
    QString synopsis() const override { return opt("ID (--method TEXT [--date YYYY-MM-DD] | --waiting)"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli", "Record how the person's identity was checked, or that the request waits for proof of it.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {opt("method"),
             QCoreApplication::translate("coffer-cli", "How identity was checked (e.g. passport seen at the desk)."),
             opt("TEXT")},
            {opt("date"), QCoreApplication::translate("coffer-cli", "The day it was checked (default today)."),
             opt("YYYY-MM-DD")},
            {opt("waiting"),
             QCoreApplication::translate("coffer-cli",
                                         "The person was asked to confirm who they are; the deadline does not move.")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request identify ID --method TEXT"));
        const QCommandLineParser& p = ctx.parser();
        if (p.isSet(opt("waiting")) == p.isSet(opt("method")))
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "Give either --method TEXT or --waiting."));
        const QDate day = dayOption(p, opt("date"));
        RequestRegister reg(ctx.unlock());
        if (p.isSet(opt("waiting")))
            reg.awaitIdentity(args[0]);
        else
            reg.identify(args[0], p.value(opt("method")), day);
        return 0;
    }
};

class RequestExtend : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("extend")}; }
    QString synopsis() const override { return opt("ID --months 1|2 --reason TEXT [--told YYYY-MM-DD]"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli",
            "Extend the deadline by one or two months (three months from receipt at most); prints the new "
            "due date.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("months"), QCoreApplication::translate("coffer-cli", "1 or 2."), opt("N")},
                {opt("reason"),
                 QCoreApplication::translate("coffer-cli", "Why more time is needed; the person must be told."),
                 opt("TEXT")},
                {opt("told"), QCoreApplication::translate("coffer-cli", "The day the person was told (default today)."),
                 opt("YYYY-MM-DD")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request extend ID --months 1|2 --reason TEXT"));
        const QCommandLineParser& p = ctx.parser();
        bool ok = false;
        const int months = p.value(opt("months")).toInt(&ok);
        if (!ok || months < 1 || months > 2)
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--months is 1 or 2."));
        const QDate told = dayOption(p, opt("told"));
        RequestRegister reg(ctx.unlock());
        reg.extend(args[0], months, p.value(opt("reason")), told);
        ctx.io().out << dayText(reg.get(args[0]).due) << '\n' << Qt::flush;
        return 0;
    }
};

class RequestLink : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("link")}; }
    QString synopsis() const override { return opt("ID CLIENT_ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Link a request from someone not yet identified to their "
                                                         "client record (the words about who asked then go).");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, opt("request link ID CLIENT_ID"));
        RequestRegister(ctx.unlock()).linkClient(args[0], args[1]);
        return 0;
    }
};

class RequestCorrections : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("corrections")}; }
    QString synopsis() const override { return opt("ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli",
                                           "Link what was corrected in the client's record since a "
                                           "rectification request arrived (field names) as its evidence.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request corrections ID"));
        ctx.io().out << Rectification::linkCorrections(ctx.unlock(), args[0]) << '\n' << Qt::flush;
        return 0;
    }
};

class RequestClose : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("close")}; }
    QString synopsis() const override
    {
        return opt("ID --outcome done|refused [--reason TEXT] [--export-sha256 HEX | --erasure-sha256 HEX]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli", "Close a request: done with its evidence or a reason, or refused (owner and admins) with the "
                          "reason.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("outcome"), QCoreApplication::translate("coffer-cli", "done or refused."), opt("OUTCOME")},
                {opt("reason"),
                 QCoreApplication::translate("coffer-cli", "The outcome in words; for a refusal its legal ground."),
                 opt("TEXT")},
                {opt("export-sha256"),
                 QCoreApplication::translate("coffer-cli",
                                             "Link the export made for it (its manifest SHA-256, from export list)."),
                 opt("HEX")},
                {opt("erasure-sha256"),
                 QCoreApplication::translate("coffer-cli", "Link the erasure report made for it (its SHA-256)."),
                 opt("HEX")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request close ID --outcome done|refused --reason TEXT"));
        const QCommandLineParser& p = ctx.parser();
        const auto outcome = requestStatusFromName(p.value(opt("outcome")));
        if (!outcome || (*outcome != RequestStatus::Done && *outcome != RequestStatus::Refused))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--outcome is done or refused."));
        Vault& vault = ctx.unlock();
        RequestRegister reg(vault);
        Transaction tx(vault.database()); // the evidence and the closing, or neither
        if (p.isSet(opt("export-sha256")))
            reg.addEvidence(args[0],
                            {EvidenceKind::Export, {}, {}, p.value(opt("export-sha256")).trimmed().toLower(), {}});
        if (p.isSet(opt("erasure-sha256")))
            reg.addEvidence(args[0],
                            {EvidenceKind::Erasure, {}, {}, p.value(opt("erasure-sha256")).trimmed().toLower(), {}});
        reg.close(args[0], *outcome, p.value(opt("reason")));
        tx.commit();
        return 0;
    }
};

class ClientRestrict : public Command
{
public:
    explicit ClientRestrict(bool restrict)
        : m_restrict(restrict)
    {
    }
    QStringList words() const override { return {opt("client"), m_restrict ? opt("restrict") : opt("unrestrict")}; }
    QString synopsis() const override { return opt("ID --reason TEXT [--request REQUEST_ID]"); }
    QString summary() const override
    {
        return m_restrict ? QCoreApplication::translate(
                                "coffer-cli",
                                "Restrict processing (GDPR Art. 18): the client's data is kept but cannot be changed.")
                          : QCoreApplication::translate("coffer-cli",
                                                        "Lift the restriction of processing; tell the person first.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("reason"),
                 QCoreApplication::translate("coffer-cli", "Why (kept in the client's restriction history)."),
                 opt("TEXT")},
                {opt("request"),
                 QCoreApplication::translate("coffer-cli", "The request that asked for it: linked as its evidence."),
                 opt("REQUEST_ID")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client restrict|unrestrict ID --reason TEXT"));
        Restriction r(ctx.unlock());
        const QString reason = ctx.parser().value(opt("reason"));
        const QString request = ctx.parser().value(opt("request")).trimmed();
        if (m_restrict)
            r.restrict(args[0].trimmed(), reason, request);
        else
            r.lift(args[0].trimmed(), reason, request);
        return 0;
    }

private:
    bool m_restrict;
};

class NoteEdit : public Command
{
public:
    QStringList words() const override { return {opt("note"), opt("edit")}; }
    QString synopsis() const override { return opt("NOTE_ID TEXT"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Replace a note's text (a correction).");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, opt("note edit NOTE_ID TEXT"));
        NoteStore(ctx.unlock()).edit(args[0].trimmed(), args[1]);
        return 0;
    }
};

class NoteRemove : public Command
{
public:
    QStringList words() const override { return {opt("note"), opt("remove")}; }
    QString synopsis() const override { return opt("NOTE_ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli", "Delete a note (older backups still hold it; erase the client to remove them everywhere).");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("note remove NOTE_ID"));
        NoteStore(ctx.unlock()).remove(args[0].trimmed());
        return 0;
    }
};

class FileRemove : public Command
{
public:
    QStringList words() const override { return {opt("file"), opt("remove")}; }
    QString synopsis() const override { return opt("FILE_ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "coffer-cli", "Delete a file (older backups still hold it; erase the client to remove them everywhere).");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("file remove FILE_ID"));
        FileStore(ctx.unlock()).remove(args[0].trimmed());
        return 0;
    }
};

} // namespace

void addRequestCommands(CommandTable& table)
{
    table.push_back(std::make_unique<RequestAdd>());
    table.push_back(std::make_unique<RequestList>());
    table.push_back(std::make_unique<RequestShow>());
    table.push_back(std::make_unique<RequestIdentify>());
    table.push_back(std::make_unique<RequestExtend>());
    table.push_back(std::make_unique<RequestLink>());
    table.push_back(std::make_unique<RequestCorrections>());
    table.push_back(std::make_unique<RequestClose>());
    table.push_back(std::make_unique<ClientRestrict>(true));
    table.push_back(std::make_unique<ClientRestrict>(false));
    table.push_back(std::make_unique<NoteEdit>());
    table.push_back(std::make_unique<NoteRemove>());
    table.push_back(std::make_unique<FileRemove>());
}

} // namespace coffer::cli
