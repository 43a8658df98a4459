// client add | list | show | edit, note add, consent set: the record commands over core/records.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "transfer/RecordJson.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

QList<QCommandLineOption> clientOptions()
{
    return {
        {opt("name"),
         QCoreApplication::translate("coffer-cli", "Display name (an organisation's name for --kind organisation)."),
         opt("TEXT")},
        {opt("given"), QCoreApplication::translate("coffer-cli", "Given name."), opt("TEXT")},
        {opt("family"), QCoreApplication::translate("coffer-cli", "Family name."), opt("TEXT")},
        {opt("kind"), QCoreApplication::translate("coffer-cli", "person (default) or organisation."), opt("KIND")},
        {opt("email"),
         QCoreApplication::translate("coffer-cli", "Email address; repeat for more (replaces the list in edit)."),
         opt("E")},
        {opt("phone"),
         QCoreApplication::translate("coffer-cli", "Phone number; repeat for more (replaces the list in edit)."),
         opt("P")},
        {opt("org"), QCoreApplication::translate("coffer-cli", "Organisation (for a person: where they work)."),
         opt("TEXT")},
        {opt("address"), QCoreApplication::translate("coffer-cli", "Postal address."), opt("TEXT")},
        {opt("country"), QCoreApplication::translate("coffer-cli", "ISO 3166 country code, e.g. LV."), opt("CC")},
        {opt("tag"), QCoreApplication::translate("coffer-cli", "Tag; repeat for more (replaces the tags in edit)."),
         opt("T")},
        {opt("field"),
         QCoreApplication::translate("coffer-cli",
                                     "Custom field KEY=VALUE; repeat for more (KEY= removes it in edit)."),
         opt("KEY=VALUE")},
        {opt("retention"), QCoreApplication::translate("coffer-cli", "Retention category."), opt("TEXT")},
    };
}

// Applies the options that were given to c; the ones not given leave c as it is.
void applyOptions(const QCommandLineParser& p, Client& c)
{
    if (p.isSet(opt("kind"))) {
        const auto kind = clientKindFromName(p.value(opt("kind")));
        if (!kind)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "--kind is person or organisation."));
        c.kind = *kind;
    }
    if (p.isSet(opt("name"))) {
        c.displayName = p.value(opt("name"));
        if (c.kind == ClientKind::Organisation && !p.isSet(opt("org")))
            c.organisation = c.displayName;
    }
    for (auto [option, field] : {std::pair{"given", &c.givenName},
                                 {"family", &c.familyName},
                                 {"org", &c.organisation},
                                 {"address", &c.address},
                                 {"country", &c.country},
                                 {"retention", &c.retention}})
        if (p.isSet(opt(option)))
            *field = p.value(opt(option));
    for (auto [option, list] : {std::pair{"email", &c.emails}, {"phone", &c.phones}, {"tag", &c.tags}})
        if (p.isSet(opt(option)))
            *list = p.values(opt(option));
    for (const QString& kv : p.values(opt("field"))) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--field takes KEY=VALUE."));
        if (eq == kv.size() - 1)
            c.fields.remove(kv.left(eq).trimmed());
        else
            c.fields.insert(kv.left(eq).trimmed(), kv.mid(eq + 1));
    }
}

// --date as a day, or null (today) without it. Checked before the password is asked: ConsentStore
// refuses a day in the future as well, but a script should not pay for a key derivation to learn it.
QDate consentDay(const QCommandLineParser& p)
{
    const QDate day = dayOption(p, opt("date"));
    if (day > QDate::currentDate())
        throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                          "coffer-cli", "--date is in the future; a consent is recorded for today "
                                                        "or a day before."));
    return day;
}

QString local(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void printClient(QTextStream& out, const Client& c, const std::vector<Note>& notes,
                 const std::vector<StoredFile>& files, const std::vector<Consent>& consents)
{
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << (label + u':').leftJustified(14) << value << '\n';
    };
    line(QCoreApplication::translate("coffer-cli", "Name"), c.displayName);
    line(QCoreApplication::translate("coffer-cli", "Kind"), kindName(c.kind));
    line(QCoreApplication::translate("coffer-cli", "Given name"), c.givenName);
    line(QCoreApplication::translate("coffer-cli", "Family name"), c.familyName);
    line(QCoreApplication::translate("coffer-cli", "Organisation"), c.organisation);
    line(QCoreApplication::translate("coffer-cli", "Emails"), c.emails.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("coffer-cli", "Phones"), c.phones.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("coffer-cli", "Address"), c.address);
    line(QCoreApplication::translate("coffer-cli", "Country"), c.country);
    line(QCoreApplication::translate("coffer-cli", "Tags"), c.tags.join(QStringLiteral(", ")));
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        line(it.key(), it.value());
    line(QCoreApplication::translate("coffer-cli", "Restricted"),
         c.restricted ? QCoreApplication::translate("coffer-cli", "yes: processing restricted") : QString());
    line(QCoreApplication::translate("coffer-cli", "Retention"), c.retention);
    line(QCoreApplication::translate("coffer-cli", "Id"), c.id);
    line(QCoreApplication::translate("coffer-cli", "Created"), local(c.created));
    line(QCoreApplication::translate("coffer-cli", "Updated"), local(c.updated));
    if (!notes.empty())
        out << '\n' << QCoreApplication::translate("coffer-cli", "Notes") << '\n';
    for (const Note& n : notes)
        out << "  " << local(n.time) << "  " << kindName(n.kind).leftJustified(8) << n.text << '\n';
    if (!files.empty())
        out << '\n' << QCoreApplication::translate("coffer-cli", "Files") << '\n';
    for (const StoredFile& f : files)
        out << "  " << f.id << "  " << f.name << "  (" << f.size << QCoreApplication::translate("coffer-cli", " bytes")
            << ")\n";
    if (!consents.empty())
        out << '\n' << QCoreApplication::translate("coffer-cli", "Consents (history, oldest first)") << '\n';
    // The day alone: a consent's time is the client's day, which carries no time of day when given by hand.
    for (const Consent& k : consents)
        out << "  " << k.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) << "  " << k.purpose << ": "
            << stateName(k.state) << (k.source.isEmpty() ? QString() : QStringLiteral(" (") + k.source + u')') << '\n';
    out << Qt::flush;
}

class ClientAdd : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("add")}; }
    QString synopsis() const override
    {
        return opt("--name TEXT [--kind person|organisation] [--email E]... [options]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Add a client; prints the new client's id.");
    }
    QList<QCommandLineOption> options() const override { return clientOptions(); }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("client add --name TEXT [options]"));
        Client c;
        applyOptions(ctx.parser(), c);
        ClientStore::validate(c); // an invalid email or phone is refused before the password is asked
        const QString id = ClientStore(ctx.unlock()).add(c);
        if (ctx.json())
            ctx.printJson(QJsonObject{{opt("id"), id}});
        else
            ctx.io().out << id << '\n' << Qt::flush;
        return 0;
    }
};

class ClientEdit : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("edit")}; }
    QString synopsis() const override { return opt("ID [options of client add]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Change a client; only the options given change.");
    }
    QList<QCommandLineOption> options() const override { return clientOptions(); }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client edit ID [options]"));
        ClientStore store(ctx.unlock());
        Client c = store.get(args[0]);
        applyOptions(ctx.parser(), c);
        store.update(c);
        return 0;
    }
};

class ClientList : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("list")}; }
    QString synopsis() const override { return opt("[--search TEXT] [--tag T]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "List clients, optionally matching words or a tag.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("search"),
                 QCoreApplication::translate("coffer-cli", "Words to find (prefixes; accents and case ignored)."),
                 opt("TEXT")},
                {opt("tag"), QCoreApplication::translate("coffer-cli", "Only clients with this tag."), opt("T")},
                {opt("restricted"),
                 QCoreApplication::translate("coffer-cli", "Only clients whose processing is restricted.")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("client list [--search TEXT] [--tag T] [--restricted]"));
        ClientStore store(ctx.unlock());
        ClientQuery query;
        query.search = ctx.parser().value(opt("search"));
        query.tag = ctx.parser().value(opt("tag"));
        query.restrictedOnly = ctx.parser().isSet(opt("restricted"));
        QJsonArray all;
        constexpr int kPage = 1000;
        for (int offset = 0;; offset += kPage) {
            const auto page = store.list(query, offset, kPage);
            for (const ClientSummary& s : page) {
                if (ctx.json())
                    all.append(toJson(s));
                else
                    ctx.io().out << s.id << "  " << s.displayName.leftJustified(30) << "  "
                                 << s.firstEmail.leftJustified(28) << "  " << s.firstPhone << '\n';
            }
            if (int(page.size()) < kPage)
                break;
        }
        if (ctx.json())
            ctx.printJson(all);
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class ClientShow : public Command
{
public:
    QStringList words() const override { return {opt("client"), opt("show")}; }
    QString synopsis() const override { return opt("ID"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Show a client with notes, files and consents.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("client show ID"));
        Vault& vault = ctx.unlock();
        const Client c = ClientStore(vault).get(args[0]);
        const auto notes = NoteStore(vault).list(c.id);
        const auto files = FileStore(vault).list(c.id);
        const auto consents = ConsentStore(vault).history(c.id);
        if (ctx.json())
            ctx.printJson(clientWithRecordsJson(c, notes, files, consents));
        else
            printClient(ctx.io().out, c, notes, files, consents);
        return 0;
    }
};

class NoteAdd : public Command
{
public:
    QStringList words() const override { return {opt("note"), opt("add")}; }
    QString synopsis() const override { return opt("CLIENT_ID TEXT [--kind note|call|email|meeting]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Add a note to a client; prints its id.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("kind"), QCoreApplication::translate("coffer-cli", "note (default), call, email or meeting."),
                 opt("KIND")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 2, opt("note add CLIENT_ID TEXT [--kind KIND]"));
        const auto kind =
            noteKindFromName(ctx.parser().isSet(opt("kind")) ? ctx.parser().value(opt("kind")) : opt("note"));
        if (!kind)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "--kind is note, call, email or meeting."));
        const QString id = NoteStore(ctx.unlock()).add(args[0], *kind, args[1]);
        if (ctx.json())
            ctx.printJson(QJsonObject{{opt("id"), id}});
        else
            ctx.io().out << id << '\n' << Qt::flush;
        return 0;
    }
};

class ConsentSet : public Command
{
public:
    QStringList words() const override { return {opt("consent"), opt("set")}; }
    QString synopsis() const override
    {
        return opt("CLIENT_ID PURPOSE granted|refused|withdrawn [--source TEXT] [--policy-version V] "
                   "[--evidence FILE] [--expires YYYY-MM-DD] [--date YYYY-MM-DD]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Record a consent decision; the history is kept.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("source"),
                 QCoreApplication::translate(
                     "coffer-cli", "Where it was given: signed form, web form, email, phone call, in person, …"),
                 opt("TEXT")},
                {opt("policy-version"),
                 QCoreApplication::translate("coffer-cli", "The privacy policy version it was given under (default: "
                                                           "the one in force on its day)."),
                 opt("V")},
                {opt("evidence"),
                 QCoreApplication::translate("coffer-cli", "A file that shows how it was obtained (a signed form): "
                                                           "attached to the client and kept with the consent."),
                 opt("FILE")},
                {opt("expires"), QCoreApplication::translate("coffer-cli", "The day a granted consent ends."),
                 opt("YYYY-MM-DD")},
                {opt("date"),
                 QCoreApplication::translate("coffer-cli",
                                             "The day the client gave, refused or withdrew it (default: today); "
                                             "never a day in the future."),
                 opt("YYYY-MM-DD")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 3, opt("consent set CLIENT_ID PURPOSE granted|refused|withdrawn"));
        const auto state = consentStateFromName(args[2]);
        if (!state)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli", "The state is granted, refused or withdrawn."));
        const QCommandLineParser& p = ctx.parser();
        Consent c;
        c.clientId = args[0];
        c.purpose = args[1];
        c.state = *state;
        c.source = p.value(opt("source"));
        c.policyVersion = p.value(opt("policy-version"));
        c.time = ConsentStore::timeFor(consentDay(p));
        c.expires = dayOption(p, opt("expires"));
        Vault& vault = ctx.unlock();
        // The form and the consent it shows go in together, or neither does.
        Transaction tx(vault.database());
        if (p.isSet(opt("evidence")))
            c.evidenceFileId = FileStore(vault).addFromPath(c.clientId, p.value(opt("evidence"))).id;
        const QString id = ConsentStore(vault).set(c);
        tx.commit();
        if (ctx.json())
            ctx.printJson(QJsonObject{{opt("id"), id}});
        else
            ctx.io().out << id << '\n' << Qt::flush;
        return 0;
    }
};

} // namespace

void addClientCommands(CommandTable& table)
{
    table.push_back(std::make_unique<ClientAdd>());
    table.push_back(std::make_unique<ClientList>());
    table.push_back(std::make_unique<ClientShow>());
    table.push_back(std::make_unique<ClientEdit>());
    table.push_back(std::make_unique<NoteAdd>());
    table.push_back(std::make_unique<ConsentSet>());
}

} // namespace coffer::cli
