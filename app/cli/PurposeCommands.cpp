// purpose add|list|edit — the catalogue of purposes with their lawful bases; policy add|list|show — the
// archive of privacy policy versions (privacy/Purposes.h, privacy/PolicyArchive.h).
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "privacy/PolicyArchive.h"
#include "privacy/Purposes.h"
#include "privacy/Retention.h"
#include "store/Database.h"
#include "store/OutputPath.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

const char* const kBases = "consent|contract|legal-obligation|vital-interests|public-task|legitimate-interests";

std::optional<LawfulBasis> basisOption(const QCommandLineParser& p, bool required)
{
    if (!p.isSet(opt("basis"))) {
        if (required)
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say the purpose's lawful basis: "
                                                                                    "--basis %1.")
                                              .arg(QLatin1String(kBases)));
        return std::nullopt;
    }
    const auto basis = basisFromName(p.value(opt("basis")));
    if (!basis)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("coffer-cli", "--basis is one of %1.").arg(QLatin1String(kBases)));
    return basis;
}

QList<QCommandLineOption> purposeOptions()
{
    return {
        {opt("basis"), QCoreApplication::translate("coffer-cli", "The lawful basis, GDPR Art. 6(1)(a)–(f)."),
         opt("BASIS")},
        {opt("description"), QCoreApplication::translate("coffer-cli", "What the data is processed for."), opt("TEXT")},
        {opt("retention"),
         QCoreApplication::translate("coffer-cli", "The retention rule its data is kept under (retention add); "
                                                   "empty for none."),
         opt("RULE")}};
}

QJsonObject purposeJson(const Purpose& p)
{
    return {{opt("name"), p.name},
            {opt("basis"), basisName(p.basis)},
            {opt("article"), basisArticle(p.basis)},
            {opt("description"), p.description},
            {opt("retention"), p.retention},
            {opt("created"), p.created.toUTC().toString(Qt::ISODateWithMs)},
            {opt("updated"), p.updated.toUTC().toString(Qt::ISODateWithMs)}};
}

class PurposeAdd : public Command
{
public:
    QStringList words() const override { return {opt("purpose"), opt("add")}; }
    QString synopsis() const override { return opt("NAME --basis BASIS [--description TEXT] [--retention RULE]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Add a purpose of processing with its lawful basis "
                                                         "(admins and the owner).");
    }
    QList<QCommandLineOption> options() const override { return purposeOptions(); }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("purpose add NAME --basis BASIS [--description TEXT] [--retention RULE]"));
        const auto basis = basisOption(ctx.parser(), true);
        Vault& vault = ctx.unlock();
        PurposeCatalogue catalogue(vault);
        Transaction tx(vault.database());
        catalogue.add(args[0], *basis, ctx.parser().value(opt("description")));
        if (ctx.parser().isSet(opt("retention")))
            Retention(vault).setPurposeRule(args[0], ctx.parser().value(opt("retention")));
        tx.commit();
        if (ctx.json())
            ctx.printJson(purposeJson(*catalogue.find(args[0])));
        return 0;
    }
};

class PurposeEdit : public Command
{
public:
    QStringList words() const override { return {opt("purpose"), opt("edit")}; }
    QString synopsis() const override { return opt("NAME [--basis BASIS] [--description TEXT] [--retention RULE]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Change a purpose's lawful basis or description; its name "
                                                         "stays.");
    }
    QList<QCommandLineOption> options() const override { return purposeOptions(); }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("purpose edit NAME [--basis BASIS] [--description TEXT]"));
        const QCommandLineParser& p = ctx.parser();
        const auto basis = basisOption(p, false);
        if (!basis && !p.isSet(opt("description")) && !p.isSet(opt("retention")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say what to change: --basis, "
                                                                                    "--description or --retention."));
        Vault& vault = ctx.unlock();
        PurposeCatalogue catalogue(vault);
        Transaction tx(vault.database());
        if (basis || p.isSet(opt("description")))
            catalogue.edit(args[0], basis,
                           p.isSet(opt("description")) ? std::optional(p.value(opt("description"))) : std::nullopt);
        if (p.isSet(opt("retention")))
            Retention(vault).setPurposeRule(args[0], p.value(opt("retention")));
        tx.commit();
        if (ctx.json())
            ctx.printJson(purposeJson(*catalogue.find(args[0])));
        return 0;
    }
};

class PurposeList : public Command
{
public:
    QStringList words() const override { return {opt("purpose"), opt("list")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The catalogue of purposes with their lawful bases.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("purpose list"));
        const auto purposes = PurposeCatalogue(ctx.unlock()).list();
        if (ctx.json()) {
            QJsonArray a;
            for (const Purpose& p : purposes)
                a.append(purposeJson(p));
            ctx.printJson(a);
            return 0;
        }
        for (const Purpose& p : purposes)
            ctx.io().out << p.name << '\t' << basisName(p.basis) << '\t' << basisArticle(p.basis) << '\t'
                         << p.description.simplified() << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

QJsonObject policyJson(const PolicyVersion& v, const QString& inForce)
{
    return {{opt("version"), v.version},
            {opt("effective"), v.effective.toString(Qt::ISODate)},
            {opt("sha256"), v.sha256},
            {opt("fileName"), v.fileName},
            {opt("inForce"), v.version == inForce},
            {opt("created"), v.created.toUTC().toString(Qt::ISODateWithMs)}};
}

class PolicyAdd : public Command
{
public:
    QStringList words() const override { return {opt("policy"), opt("add")}; }
    QString synopsis() const override { return opt("--version V --effective YYYY-MM-DD (--file F | --text TEXT)"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "Archive a privacy policy version (admins and the owner); "
                                                         "prints its SHA-256.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {opt("version"), QCoreApplication::translate("coffer-cli", "The version's name, such as 2026-01."),
             opt("V")},
            {opt("effective"),
             QCoreApplication::translate("coffer-cli", "The day it took effect (not later than "
                                                       "today)."),
             opt("YYYY-MM-DD")},
            {opt("file"), QCoreApplication::translate("coffer-cli", "The policy as published (a PDF, say)."), opt("F")},
            {opt("text"), QCoreApplication::translate("coffer-cli", "The policy's text."), opt("TEXT")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("policy add --version V --effective DATE (--file F | --text TEXT)"));
        const QCommandLineParser& p = ctx.parser();
        if (!p.isSet(opt("version")) || !p.isSet(opt("effective")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Say --version and --effective."));
        if (p.isSet(opt("file")) == p.isSet(opt("text")))
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Give --file or --text, one of "
                                                                                    "them."));
        const QDate effective = dayOption(p, opt("effective"));
        QByteArray file;
        QString fileName;
        if (p.isSet(opt("file"))) {
            file = readPolicyFile(p.value(opt("file")));
            fileName = QFileInfo(p.value(opt("file"))).fileName();
        }
        const QString sha256 =
            PolicyArchive(ctx.unlock()).add(p.value(opt("version")), effective, p.value(opt("text")), fileName, file);
        if (ctx.json())
            ctx.printJson(QJsonObject{{opt("version"), p.value(opt("version")).trimmed()}, {opt("sha256"), sha256}});
        else
            ctx.io().out << sha256 << '\n' << Qt::flush;
        return 0;
    }

private:
    static QByteArray readPolicyFile(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("coffer-cli", "Cannot read %1: %2").arg(path, f.errorString()));
        if (f.size() > PolicyArchive::kMaxSize)
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "%1 is larger than a policy may "
                                                                                    "be (%2 MiB).")
                                              .arg(path)
                                              .arg(PolicyArchive::kMaxSize / (1024 * 1024)));
        const QByteArray bytes = f.read(PolicyArchive::kMaxSize + 1);
        if (bytes.isEmpty())
            throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "%1 is empty.").arg(path));
        return bytes;
    }
};

class PolicyList : public Command
{
public:
    QStringList words() const override { return {opt("policy"), opt("list")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "The privacy policy versions, newest first; * marks the one "
                                                         "in force.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("policy list"));
        PolicyArchive archive(ctx.unlock());
        const QString inForce = archive.inForce(QDate::currentDate());
        const auto versions = archive.list();
        if (ctx.json()) {
            QJsonArray a;
            for (const PolicyVersion& v : versions)
                a.append(policyJson(v, inForce));
            ctx.printJson(a);
            return 0;
        }
        for (const PolicyVersion& v : versions)
            ctx.io().out << (v.version == inForce ? "* " : "  ") << v.version << '\t'
                         << v.effective.toString(Qt::ISODate) << '\t' << v.sha256 << '\t'
                         << (v.fileName.isEmpty() ? opt("text") : v.fileName) << '\n';
        ctx.io().out << Qt::flush;
        return 0;
    }
};

class PolicyShow : public Command
{
public:
    QStringList words() const override { return {opt("policy"), opt("show")}; }
    QString synopsis() const override { return opt("V [--out FILE]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "A policy version's text on stdout, or its file saved to "
                                                         "--out.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{opt("out"), QCoreApplication::translate("coffer-cli", "Where to save a policy kept as a file."),
                 opt("FILE")}};
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 1, opt("policy show V [--out FILE]"));
        Vault& vault = ctx.unlock();
        PolicyArchive archive(vault);
        const auto v = archive.find(args[0]);
        if (!v)
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("coffer-cli", "There is no policy version %1.").arg(args[0]));
        if (ctx.parser().isSet(opt("out"))) {
            const QString target = checkOutputPath(ctx.parser().value(opt("out")),
                                                   {Overwrite::Refuse, vault.path(), vault.backupFolder()});
            writeWholeFile(target, v->file.isEmpty() ? v->text.toUtf8() : v->file, Overwrite::Refuse);
        }
        if (ctx.json()) {
            QJsonObject o = policyJson(*v, archive.inForce(QDate::currentDate()));
            o.insert(opt("text"), v->text);
            ctx.printJson(o);
        } else if (!ctx.parser().isSet(opt("out"))) {
            if (!v->file.isEmpty())
                throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Version %1 is kept as the "
                                                                                        "file %2: save it with --out "
                                                                                        "FILE.")
                                                  .arg(v->version, v->fileName));
            ctx.io().out << v->text << (v->text.endsWith(u'\n') ? "" : "\n") << Qt::flush;
        }
        return 0;
    }
};

} // namespace

void addPurposeCommands(CommandTable& table)
{
    table.push_back(std::make_unique<PurposeAdd>());
    table.push_back(std::make_unique<PurposeList>());
    table.push_back(std::make_unique<PurposeEdit>());
    table.push_back(std::make_unique<PolicyAdd>());
    table.push_back(std::make_unique<PolicyList>());
    table.push_back(std::make_unique<PolicyShow>());
}

} // namespace coffer::cli
