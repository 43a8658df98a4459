// breach add|list|notify — the breach log and its 72-hour clock (privacy/BreachLog.h).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "privacy/BreachLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

// "2026-12-01T14:30", "2026-12-01 14:30" (local time), or with a zone ("…Z", "…+02:00").
QDateTime momentOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return {};
    QString text = p.value(name).trimmed();
    text.replace(u' ', u'T');
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || text.size() < 16)
        throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--%1 takes a day and a time, such as "
                                                                                "2026-12-01T14:30 (local time).")
                                          .arg(name));
    return t;
}

qint64 countOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return -1;
    bool ok = false;
    const qint64 n = p.value(name).toLongLong(&ok);
    if (!ok || n < 0)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("coffer-cli", "--%1 is a whole number, zero or more.").arg(name));
    return n;
}

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject breachJson(const Breach& b)
{
    return {{opt("id"), b.id},
            {opt("detected"), stamp(b.detected)},
            {opt("deadline"), stamp(b.deadline())},
            {opt("description"), b.description},
            {opt("categories"), b.categories},
            {opt("people"), b.people},
            {opt("records"), b.records},
            {opt("consequences"), b.consequences},
            {opt("measures"), b.measures},
            {opt("authorityNotified"), stamp(b.authorityNotified)},
            {opt("peopleNotified"), stamp(b.peopleNotified)},
            {opt("notNotifiedReason"), b.notNotifiedReason},
            {opt("clockRunning"), b.clockRunning()},
            {opt("late"), b.late(QDateTime::currentDateTimeUtc())}};
}

class BreachAdd : public Command
{
public:
    QStringList words() const override { return {opt("breach"), opt("add")}; }
    QString synopsis() const override
    {
        return opt("--detected DATETIME --description TEXT [--people N] [--records N] [--categories TEXT] "
                   "[--consequences TEXT] [--measures TEXT]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Log a personal-data breach (admins and the owner); the "
                                                         "72 hours to tell the authority run from --detected.");
    }
    QList<QCommandLineOption> options() const override
    {
        const auto text = [](const char* name, const char* help) {
            return QCommandLineOption(opt(name), QCoreApplication::translate("coffer-cli", help), opt("TEXT"));
        };
        return {
            {opt("detected"), QCoreApplication::translate("coffer-cli", "When the business became aware of it."),
             opt("DATETIME")},
            text("description", QT_TRANSLATE_NOOP("coffer-cli", "What happened, in general words.")),
            {opt("people"), QCoreApplication::translate("coffer-cli", "About how many people it touches."), opt("N")},
            {opt("records"), QCoreApplication::translate("coffer-cli", "About how many records."), opt("N")},
            text("categories", QT_TRANSLATE_NOOP("coffer-cli", "Which kinds of people and of data.")),
            text("consequences", QT_TRANSLATE_NOOP("coffer-cli", "Its likely consequences.")),
            text("measures", QT_TRANSLATE_NOOP("coffer-cli", "The measures taken or proposed."))};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("breach add --detected DATETIME --description TEXT"));
        const QCommandLineParser& p = ctx.parser();
        Breach b;
        b.detected = momentOption(p, opt("detected"));
        b.description = p.value(opt("description"));
        b.people = countOption(p, opt("people"));
        b.records = countOption(p, opt("records"));
        b.categories = p.value(opt("categories"));
        b.consequences = p.value(opt("consequences"));
        b.measures = p.value(opt("measures"));
        const QString id = BreachLog(ctx.unlock()).add(b);
        if (ctx.json())
            ctx.printJson(QJsonObject{{opt("id"), id}, {opt("deadline"), stamp(b.deadline())}});
        else
            ctx.io().out << id << '\n' << Qt::flush;
        return 0;
    }
};

class BreachList : public Command
{
public:
    QStringList words() const override { return {opt("breach"), opt("list")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The breach log, newest first, with the 72-hour clock.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("breach list"));
        const auto breaches = BreachLog(ctx.unlock()).list();
        if (ctx.json()) {
            QJsonArray a;
            for (const Breach& b : breaches)
                a.append(breachJson(b));
            ctx.printJson(a);
            return 0;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Breach& b : breaches) {
            QString state;
            if (b.authorityNotified.isValid())
                state = opt("notified ") + b.authorityNotified.toLocalTime().toString(Qt::ISODate);
            else if (!b.notNotifiedReason.isEmpty())
                state = opt("not-notified");
            else if (b.late(now))
                state = opt("LATE, due ") + b.deadline().toLocalTime().toString(Qt::ISODate);
            else
                state = opt("due ") + b.deadline().toLocalTime().toString(Qt::ISODate);
            ctx.io().out << b.id << '\t' << b.detected.toLocalTime().toString(Qt::ISODate) << '\t' << state << '\t'
                         << b.description.simplified() << '\n';
        }
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class BreachNotify : public Command
{
public:
    QStringList words() const override { return {opt("breach"), opt("notify")}; }
    QString synopsis() const override
    {
        return opt("ID (--authority DATETIME [--people DATETIME] | --people DATETIME | --not-notified REASON)");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "When the supervisory authority (and the people) were "
                                                         "told of a breach, or why the authority is not.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {opt("authority"), QCoreApplication::translate("coffer-cli", "When the authority was told."),
             opt("DATETIME")},
            {opt("people"), QCoreApplication::translate("coffer-cli", "When the people were told."), opt("DATETIME")},
            {opt("not-notified"),
             QCoreApplication::translate("coffer-cli", "Why the authority is not told: no risk to people."),
             opt("REASON")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("breach notify ID --authority DATETIME"));
        const QCommandLineParser& p = ctx.parser();
        BreachLog log(ctx.unlock());
        if (p.isSet(opt("not-notified"))) {
            log.decideNotToNotify(args[0], p.value(opt("not-notified")));
            return 0;
        }
        log.notify(args[0], momentOption(p, opt("authority")), momentOption(p, opt("people")));
        return 0;
    }
};

} // namespace

void addBreachCommands(CommandTable& table)
{
    table.push_back(std::make_unique<BreachAdd>());
    table.push_back(std::make_unique<BreachList>());
    table.push_back(std::make_unique<BreachNotify>());
}

} // namespace coffer::cli
