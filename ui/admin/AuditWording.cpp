#include "AuditWording.h"

#include "store/Database.h"
#include "vault/Role.h"
#include "widgets/UserFiles.h"

#include <QHash>
#include <QLocale>

namespace coffer {

QString AuditWording::action(const QString& action)
{
    // Built on each call, not once: the words follow the language the user switched to.
    const QHash<QString, QString> words{
        {QStringLiteral("vault.create"), tr("Created the vault")},
        {QStringLiteral("signin"), tr("Signed in")},
        {QStringLiteral("signin.failed"), tr("Failed sign-in attempt")},
        {QStringLiteral("lock"), tr("Locked the vault")},
        {QStringLiteral("user.add"), tr("Added a user")},
        {QStringLiteral("user.remove"), tr("Removed a user")},
        {QStringLiteral("user.role"), tr("Changed a user's role")},
        {QStringLiteral("user.reset"), tr("Reset a user's password")},
        {QStringLiteral("user.password"), tr("Changed their own password")},
        {QStringLiteral("user.recover"), tr("Regained access with the recovery key")},
        {QStringLiteral("client.create"), tr("Created a client")},
        {QStringLiteral("client.update"), tr("Changed a client")},
        {QStringLiteral("client.erase"), tr("Erased a client")},
        {QStringLiteral("client.erase.verify"), tr("Checked a client's erasure")},
        {QStringLiteral("note.create"), tr("Added a note")},
        {QStringLiteral("note.delete"), tr("Removed a note")},
        {QStringLiteral("file.add"), tr("Added a file")},
        {QStringLiteral("file.delete"), tr("Removed a file")},
        {QStringLiteral("file.read"), tr("Opened or saved a file")},
        {QStringLiteral("consent.set"), tr("Recorded a consent")},
        {QStringLiteral("export"), tr("Exported data")},
        {QStringLiteral("import"), tr("Imported data")},
        {QStringLiteral("import.csv"), tr("Imported clients from a spreadsheet (CSV)")},
        {QStringLiteral("backup.create"), tr("Made a backup")},
        {QStringLiteral("backup.failed"), tr("A backup failed")},
        {QStringLiteral("backup.verify"), tr("Checked a backup")},
        {QStringLiteral("backup.settings"), tr("Changed the backup settings")},
        {QStringLiteral("restore"), tr("Restored from a backup")},
        {QStringLiteral("vault.erase-by"), tr("Changed who may erase clients")},
    };
    return words.value(action, action);
}

QString AuditWording::objectType(const QString& objectType)
{
    const QHash<QString, QString> words{
        {QStringLiteral("client"), tr("Client")}, {QStringLiteral("user"), tr("User")},
        {QStringLiteral("vault"), tr("Vault")},   {QStringLiteral("note"), tr("Note")},
        {QStringLiteral("file"), tr("File")},     {QStringLiteral("consent"), tr("Consent")},
    };
    return words.value(objectType, objectType);
}

QString AuditWording::countsInWords(const QString& detail)
{
    // "format=zip+encrypted clients=3 notes=0", as export, import and the CSV import write it.
    QStringList parts;
    for (const QString& pair : detail.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        bool isNumber = false;
        const int n = value.toInt(&isNumber);
        if (key == QLatin1String("format")) {
            QString format = value.section(u'+', 0, 0).toUpper();
            parts << (value.endsWith(QLatin1String("+encrypted")) ? tr("%1, encrypted").arg(format) : format);
        } else if (!isNumber) { // NOLINT(bugprone-branch-clone): shown as it is, like an unknown key below
            parts << pair;
        } else if (key == QLatin1String("clients") || key == QLatin1String("imported")) {
            parts << tr("%n client(s)", nullptr, n);
        } else if (key == QLatin1String("notes")) {
            parts << tr("%n note(s)", nullptr, n);
        } else if (key == QLatin1String("files")) {
            parts << tr("%n file(s)", nullptr, n);
        } else if (key == QLatin1String("consents")) {
            parts << tr("%n consent(s)", nullptr, n);
        } else if (key == QLatin1String("skipped")) {
            if (n > 0)
                parts << tr("%n skipped", nullptr, n);
        } else {
            parts << pair;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString AuditWording::detail(const AuditEntry& entry)
{
    const QString& detail = entry.detail;
    if (entry.action == QLatin1String("user.add") || entry.action == QLatin1String("user.role")) {
        if (const std::optional<Role> role = roleFromName(detail))
            return roleDisplayName(*role);
    }
    if (entry.action == QLatin1String("consent.set")) {
        if (detail == QLatin1String("granted"))
            return tr("Granted");
        if (detail == QLatin1String("refused"))
            return tr("Refused");
        if (detail == QLatin1String("withdrawn"))
            return tr("Withdrawn");
    }
    bool isNumber = false;
    const qint64 bytes = detail.toLongLong(&isNumber);
    if (isNumber && (entry.action == QLatin1String("file.add") || entry.action == QLatin1String("backup.create")))
        return UserFiles::sizeText(bytes);
    if (entry.action == QLatin1String("signin.failed")) {
        const QDateTime when = fromStamp(detail);
        if (when.isValid())
            return tr("Attempted %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
    }
    if (entry.action == QLatin1String("backup.create") && detail == QLatin1String("automatic"))
        return tr("Automatic, on lock");
    if (detail.contains(u'='))
        return countsInWords(detail);
    if (entry.action == QLatin1String("vault.erase-by")) {
        if (const std::optional<WhoMayErase> who = whoMayEraseFromName(detail))
            return whoMayEraseDisplayName(*who);
    }
    if (entry.action == QLatin1String("backup.settings")) {
        if (detail == QLatin1String("backup.folder"))
            return tr("Backup folder");
        if (detail == QLatin1String("backup.keep"))
            return tr("Number of backups kept");
    }
    return detail;
}

} // namespace coffer
