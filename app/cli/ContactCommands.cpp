// consent list --purpose P [--state S] [--may-contact] — who stands where for a purpose, and who may be
// contacted for it; consent object CLIENT_ID PURPOSE [--withdrawal] [--request ID] — the do-not-contact
// mark of an objection (GDPR Art. 21) or a withdrawal, linked to the request it answers
// (privacy/ContactPermission).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "privacy/ContactPermission.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

class ConsentList : public Command
{
public:
    QStringList words() const override { return {opt("consent"), opt("list")}; }
    QString synopsis() const override { return opt("--purpose P [--state granted|refused|withdrawn] [--may-contact]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The clients with a consent entry for a purpose, by their "
                                                         "latest one; --may-contact: those who may be contacted.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("purpose"), QCoreApplication::translate("coffer-cli", "The purpose, as recorded."), opt("P")},
                {opt("state"), QCoreApplication::translate("coffer-cli", "Only those whose latest entry is this."),
                 opt("S")},
                {opt("may-contact"),
                 QCoreApplication::translate("coffer-cli", "Only those who may be contacted for it: consent "
                                                           "granted, no objection since, not restricted.")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("consent list --purpose P"));
        const QCommandLineParser& p = ctx.parser();
        if (p.value(opt("purpose")).trimmed().isEmpty())
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say which purpose: --purpose P."));
        std::optional<ConsentState> state;
        if (p.isSet(opt("state"))) {
            state = consentStateFromName(p.value(opt("state")));
            if (!state)
                throw Error(ErrorCode::Usage,
                            QCoreApplication::translate("coffer-cli", "--state is granted, refused or withdrawn."));
        }
        const auto rows =
            ContactPermission::standings(ctx.unlock(), p.value(opt("purpose")), state, p.isSet(opt("may-contact")));
        if (ctx.json()) {
            QJsonArray a;
            for (const PurposeStanding& s : rows)
                a.append(QJsonObject{{opt("clientId"), s.clientId},
                                     {opt("displayName"), s.displayName},
                                     {opt("email"), s.email},
                                     {opt("state"), stateName(s.state)},
                                     {opt("since"), s.since.toUTC().toString(Qt::ISODateWithMs)},
                                     {opt("source"), s.source},
                                     {opt("restricted"), s.restricted},
                                     {opt("mayContact"), s.mayContact()}});
            ctx.printJson(a);
            return 0;
        }
        for (const PurposeStanding& s : rows)
            ctx.io().out << s.clientId << '\t' << stateName(s.state) << (s.restricted ? "+restricted" : "") << '\t'
                         << s.since.toLocalTime().date().toString(Qt::ISODate) << '\t' << s.displayName << '\t'
                         << s.email << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class ConsentObject : public Command
{
public:
    QStringList words() const override { return {opt("consent"), opt("object")}; }
    QString synopsis() const override { return opt("CLIENT_ID PURPOSE [--withdrawal] [--request REQUEST_ID]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Mark a client not to be contacted for a purpose: their "
                                                         "objection (Art. 21), or --withdrawal of their consent.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("withdrawal"),
                 QCoreApplication::translate("coffer-cli", "A withdrawal of consent rather than an objection.")},
                {opt("request"),
                 QCoreApplication::translate("coffer-cli", "The request it answers: linked as its evidence."),
                 opt("REQUEST_ID")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, opt("consent object CLIENT_ID PURPOSE"));
        ctx.io().out << ContactPermission::record(ctx.unlock(), args[0], args[1],
                                                  !ctx.parser().isSet(opt("withdrawal")),
                                                  ctx.parser().value(opt("request")))
                     << '\n'
                     << Qt::flush;
        return 0;
    }
};

} // namespace

void addContactCommands(CommandTable& table)
{
    table.push_back(std::make_unique<ConsentList>());
    table.push_back(std::make_unique<ConsentObject>());
}

} // namespace coffer::cli
