// privacy check — what needs the business's action now (privacy/PrivacyCheck): exit 0 when nothing
// does, 1 otherwise.
#include "Arguments.h"
#include "CliContext.h"
#include "Command.h"

#include "privacy/PrivacyCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

class PrivacyCheckCommand : public Command
{
public:
    QStringList words() const override { return {opt("privacy"), opt("check")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return QCoreApplication::translate("coffer-cli", "What needs action: overdue requests, clients past "
                                                         "retention, consents under an old policy, restricted "
                                                         "clients changed, backups, the audit log. Exit 1 if any.");
    }
    int execute(CliContext& ctx, const QStringList& args) override
    {
        expectArgs(args, 0, opt("privacy check"));
        const PrivacyReport report = PrivacyCheck::run(ctx.unlock());
        if (ctx.json()) {
            QJsonArray findings;
            for (const PrivacyFinding& f : report.findings)
                findings.append(QJsonObject{{opt("key"), f.key},
                                            {opt("needsAction"), f.needsAction},
                                            {opt("count"), f.count},
                                            {opt("text"), f.text},
                                            {opt("advice"), f.advice}});
            ctx.printJson(QJsonObject{{opt("time"), report.time.toString(Qt::ISODateWithMs)},
                                      {opt("clean"), report.clean()},
                                      {opt("findings"), findings}});
        } else {
            for (const PrivacyFinding& f : report.findings)
                ctx.io().out << (f.needsAction ? "ACTION  " : "ok      ") << f.text
                             << (f.advice.isEmpty() ? QString() : QStringLiteral(" ") + f.advice) << '\n';
            ctx.io().out << Qt::flush;
        }
        return report.clean() ? 0 : 1;
    }
};

} // namespace

void addPrivacyCheckCommand(CommandTable& table)
{
    table.push_back(std::make_unique<PrivacyCheckCommand>());
}

} // namespace coffer::cli
