// consent list --purpose P [--state S] [--superseded] [--may-contact] — who stands where for a purpose,
// whose consent rests on a superseded policy version, and who may be contacted for it; consent object CLIENT_ID PURPOSE
// [--withdrawal] [--request ID] — the do-not-contact mark of an objection (GDPR Art. 21) or a withdrawal, linked to the
// request it answers (privacy/ContactPermission).
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
    QString synopsis() const override
    {
        return opt("--purpose P [--state granted|refused|withdrawn] [--superseded] [--may-contact]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The clients with a consent entry for a purpose, by their "
                                                         "latest one; --may-contact: those who may be contacted.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {opt("purpose"), QCoreApplication::translate("coffer-cli", "The purpose, from the catalogue."), opt("P")},
            {opt("state"), QCoreApplication::translate("coffer-cli", "Only those whose latest entry is this."),
             opt("S")},
            {opt("may-contact"),
             QCoreApplication::translate("coffer-cli", "Only those who may be contacted for it: consent granted "
                                                       "and not expired (or another lawful basis), no objection "
                                                       "since, not restricted.")},
            {opt("superseded"),
             QCoreApplication::translate("coffer-cli", "Only those whose consent was given under a policy version "
                                                       "other than the one in force: to be asked again.")}};
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
        const auto rows = ContactPermission::standings(ctx.unlock(), p.value(opt("purpose")), state,
                                                       p.isSet(opt("may-contact")), p.isSet(opt("superseded")));
        const auto stateText = [](const PurposeStanding& s) { return s.state ? stateName(*s.state) : opt("none"); };
        if (ctx.json()) {
            QJsonArray a;
            for (const PurposeStanding& s : rows)
                a.append(QJsonObject{
                    {opt("clientId"), s.clientId},
                    {opt("displayName"), s.displayName},
                    {opt("email"), s.email},
                    {opt("state"), stateText(s)},
                    {opt("since"), s.since.isValid() ? s.since.toUTC().toString(Qt::ISODateWithMs) : QString()},
                    {opt("source"), s.source},
                    {opt("policyVersion"), s.policyVersion},
                    {opt("superseded"), s.superseded},
                    {opt("expires"), s.expires.isValid() ? s.expires.toString(Qt::ISODate) : QString()},
                    {opt("restricted"), s.restricted},
                    {opt("mayContact"), s.mayContact}});
            ctx.printJson(a);
            return 0;
        }
        for (const PurposeStanding& s : rows)
            ctx.io().out << s.clientId << '\t' << stateText(s) << (s.restricted ? "+restricted" : "") << '\t'
                         << s.since.toLocalTime().date().toString(Qt::ISODate) << '\t' << s.displayName << '\t'
                         << s.email << '\t' << s.policyVersion << (s.superseded ? "+superseded" : "") << '\n';
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
