// request pack — the answer to a request for access or portability, prepared from the register
// (privacy/AccessPack): the one-client export and, for access, the cover letter as PDF in the language
// asked for (ui/privacy/AccessLetter, through coffer_documents); business show | set — the business's
// own details that letters are signed with (privacy/Controller); request letter — the acknowledgement,
// extension notice, completion or refusal letter of a request (ui/privacy/ReplyLetter).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"
#include "ProgressBar.h"

#include "Translations.h"
#include "privacy/AccessLetter.h"
#include "privacy/AccessPack.h"
#include "privacy/Controller.h"
#include "privacy/ReplyLetter.h"
#include "store/OutputPath.h"
#include "vault/Vault.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>

namespace coffer::cli {

namespace {

// The letter's language: --language, or the one the app speaks (its setting, else the system's).
QString letterLanguage(const QCommandLineParser& p)
{
    if (!p.isSet(opt("language")))
        return chosenLanguage();
    const QString language = p.value(opt("language")).trimmed().toLower();
    if (!builtInLanguages().contains(language))
        throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--language is one of: %1.")
                                          .arg(builtInLanguages().join(QStringLiteral(", "))));
    return language;
}

QCommandLineOption languageOption()
{
    return {opt("language"),
            QCoreApplication::translate("coffer-cli", "The letter's language: en, lv, lt or cs (default: the app's)."),
            opt("LANG")};
}

class RequestPack : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("pack")}; }
    QString synopsis() const override { return opt("ID --out DIR [--language en|lv|lt|cs]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Prepare the answer to an access or portability request: "
                                                         "the client's export and, for access, the cover letter.");
    }
    bool writesDocuments() const override { return true; }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("out"), QCoreApplication::translate("coffer-cli", "The folder to make (must not exist yet)."),
                 opt("DIR")},
                languageOption()};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request pack ID --out DIR"));
        const QCommandLineParser& p = ctx.parser();
        if (!p.isSet(opt("out")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say where to write: --out DIR."));
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("coffer-cli", "This program cannot lay out letters here."));
        const QString language = letterLanguage(p);
        Vault& vault = ctx.unlock();
        ProgressBar bar(ctx.io(), QCoreApplication::translate("coffer-cli", "Exporting"));
        const AccessPackResult result = AccessPack(vault).prepare(
            args[0], p.value(opt("out")),
            [&language](const AccessLetterContents& contents, const QString& path) {
                const LanguageScope scope(language);
                AccessLetter(contents).writePdf(path);
            },
            bar.reporter());
        bar.finish();
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{opt("folder"), result.folder},
                                      {opt("export"), result.exportPath},
                                      {opt("letter"), result.letterPath},
                                      {opt("manifestSha256"), result.manifestSha256},
                                      {opt("identityConfirmed"), result.identityConfirmed}});
        } else {
            ctx.io().out << QDir::toNativeSeparators(result.folder) << '\n' << Qt::flush;
            ctx.io().err << QCoreApplication::translate("coffer-cli", "Linked to request %1 as its evidence (manifest "
                                                                      "SHA-256 %2).")
                                .arg(args[0], result.manifestSha256)
                         << '\n';
        }
        // Warnings go to stderr whatever the output: a script that sends the pack should see them too.
        if (!result.identityConfirmed)
            ctx.io().err << QCoreApplication::translate("coffer-cli",
                                                        "The person's identity is not recorded as confirmed: check it "
                                                        "(request identify) before you send them their data.")
                         << '\n';
        if (!result.letterPath.isEmpty() && !Controller::details(vault).isComplete())
            ctx.io().err << QCoreApplication::translate("coffer-cli", "The letter has no sender: fill in the "
                                                                      "business's name and contact with business set.")
                         << '\n';
        ctx.io().err << Qt::flush;
        return 0;
    }
};

class RequestLetter : public Command
{
public:
    QStringList words() const override { return {opt("request"), opt("letter")}; }
    QString synopsis() const override
    {
        return opt("ID --kind acknowledgement|extension|completion|refusal --out FILE(.pdf|.txt) [--language L]");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Write the letter that answers a request, filled from the "
                                                         "register: PDF, or text for any other name.");
    }
    bool writesDocuments() const override { return true; }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("kind"),
                 QCoreApplication::translate("coffer-cli", "acknowledgement, extension, completion or refusal."),
                 opt("KIND")},
                {opt("out"), QCoreApplication::translate("coffer-cli", "The file to write (must not exist yet)."),
                 opt("FILE")},
                languageOption()};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("request letter ID --kind KIND --out FILE"));
        const QCommandLineParser& p = ctx.parser();
        const auto kind = ReplyLetter::kindFromName(p.value(opt("kind")));
        if (!kind)
            throw Error(ErrorCode::Usage,
                        QCoreApplication::translate("coffer-cli",
                                                    "--kind is acknowledgement, extension, completion or refusal."));
        if (!p.isSet(opt("out")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say where to write: --out FILE."));
        const QString language = letterLanguage(p);
        Vault& vault = ctx.unlock();
        const QString target =
            checkOutputPath(p.value(opt("out")), {Overwrite::Refuse, vault.path(), vault.backupFolder()});
        const ReplyLetter letter = ReplyLetter::forRequest(vault, args[0], *kind); // its refusals in the CLI's words
        const LanguageScope scope(language);
        letter.save(target);
        ctx.io().out << QDir::toNativeSeparators(target) << '\n' << Qt::flush;
        return 0;
    }
};

struct ControllerOption
{
    const char* name;
    QString ControllerDetails::*field;
    const char* help;
};
const ControllerOption kControllerOptions[] = {
    {"name", &ControllerDetails::name, QT_TRANSLATE_NOOP("coffer-cli", "The business's name.")},
    {"address", &ControllerDetails::address, QT_TRANSLATE_NOOP("coffer-cli", "Its postal address.")},
    {"email", &ControllerDetails::email, QT_TRANSLATE_NOOP("coffer-cli", "Its email address.")},
    {"phone", &ControllerDetails::phone, QT_TRANSLATE_NOOP("coffer-cli", "Its phone number.")},
    {"contact", &ControllerDetails::protectionContact,
     QT_TRANSLATE_NOOP("coffer-cli", "Who answers for privacy (a data protection officer, or a person).")},
    {"authority", &ControllerDetails::authority,
     QT_TRANSLATE_NOOP("coffer-cli", "The supervisory authority (LV, LT or CZ for the preset of that country).")},
    {"purposes", &ControllerDetails::purposes,
     QT_TRANSLATE_NOOP("coffer-cli", "Purposes and lawful bases, beyond the consents recorded.")},
    {"recipients", &ControllerDetails::recipients, QT_TRANSLATE_NOOP("coffer-cli", "Who receives the data.")},
    {"retention", &ControllerDetails::retention, QT_TRANSLATE_NOOP("coffer-cli", "How long data is kept.")},
    {"sources", &ControllerDetails::sources,
     QT_TRANSLATE_NOOP("coffer-cli", "Where data comes from when not from the person.")},
};

class BusinessShow : public Command
{
public:
    QStringList words() const override { return {opt("business"), opt("show")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Show the business's details that letters are signed with.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("business show"));
        const ControllerDetails d = Controller::details(ctx.unlock());
        QJsonObject o;
        for (const ControllerOption& c : kControllerOptions)
            o.insert(opt(c.name), d.*c.field);
        if (ctx.json()) {
            ctx.printJson(o);
            return 0;
        }
        for (const ControllerOption& c : kControllerOptions)
            ctx.io().out << opt(c.name).leftJustified(12) << ' '
                         << QString(d.*c.field).replace(u'\n', QStringLiteral(" / ")) << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class BusinessSet : public Command
{
public:
    QStringList words() const override { return {opt("business"), opt("set")}; }
    QString synopsis() const override
    {
        return opt("[--name TEXT] [--address TEXT] [--email TEXT] [--authority TEXT] …");
    }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Set the business's details (owner and admins); an empty "
                                                         "value clears one.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> list;
        for (const ControllerOption& c : kControllerOptions)
            list.append({opt(c.name), QCoreApplication::translate("coffer-cli", c.help), opt("TEXT")});
        return list;
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("business set [options]"));
        const QCommandLineParser& p = ctx.parser();
        Vault& vault = ctx.unlock();
        ControllerDetails d = Controller::details(vault);
        for (const ControllerOption& c : kControllerOptions)
            if (p.isSet(opt(c.name)))
                d.*c.field = p.value(opt(c.name)).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (const QString preset = Controller::authorityPreset(d.authority.trimmed()); !preset.isEmpty())
            d.authority = preset;
        Controller::setDetails(vault, d);
        return 0;
    }
};

} // namespace

void addLetterCommands(CommandTable& table)
{
    table.push_back(std::make_unique<RequestPack>());
    table.push_back(std::make_unique<RequestLetter>());
    table.push_back(std::make_unique<BusinessShow>());
    table.push_back(std::make_unique<BusinessSet>());
}

} // namespace coffer::cli
