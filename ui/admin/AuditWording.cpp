#include "AuditWording.h"

#include "privacy/RequestLabels.h"
#include "store/Database.h"
#include "vault/Role.h"
#include "widgets/LocaleText.h"
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
        {QStringLiteral("recover.failed"), tr("Failed attempt with a recovery key")},
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
        {QStringLiteral("client.restrict"), tr("Restricted processing of a client")},
        {QStringLiteral("client.unrestrict"), tr("Lifted a client's restriction")},
        {QStringLiteral("request.add"), tr("Recorded a request")},
        {QStringLiteral("request.link"), tr("Linked a request to its client")},
        {QStringLiteral("request.identity"), tr("Recorded an identity check")},
        {QStringLiteral("request.extend"), tr("Extended a request's deadline")},
        {QStringLiteral("request.evidence"), tr("Linked evidence to a request")},
        {QStringLiteral("request.close"), tr("Closed a request")},
        {QStringLiteral("request.delete"), tr("Deleted a request")},
        {QStringLiteral("note.create"), tr("Added a note")},
        {QStringLiteral("note.update"), tr("Corrected a note")},
        {QStringLiteral("note.delete"), tr("Removed a note")},
        {QStringLiteral("file.add"), tr("Added a file")},
        {QStringLiteral("file.delete"), tr("Removed a file")},
        {QStringLiteral("file.read"), tr("Opened or saved a file")},
        {QStringLiteral("consent.set"), tr("Recorded a consent")},
        {QStringLiteral("purpose.add"), tr("Added a purpose of processing")},
        {QStringLiteral("purpose.edit"), tr("Changed a purpose of processing")},
        {QStringLiteral("policy.add"), tr("Added a privacy policy version")},
        {QStringLiteral("retention.rule"), tr("Added a retention rule")},
        {QStringLiteral("retention.run"), tr("Ran retention: erased or anonymised the clients due")},
        {QStringLiteral("client.hold"), tr("Put a client under a legal hold")},
        {QStringLiteral("client.release"), tr("Released a client's legal hold")},
        {QStringLiteral("breach.add"), tr("Logged a personal-data breach")},
        {QStringLiteral("breach.update"), tr("Described a breach further")},
        {QStringLiteral("breach.notify"), tr("Recorded a breach's notification")},
        {QStringLiteral("processing.update"), tr("Changed the record of processing")},
        {QStringLiteral("export"), tr("Exported data")},
        {QStringLiteral("import"), tr("Imported data")},
        {QStringLiteral("import.csv"), tr("Imported clients from a spreadsheet (CSV)")},
        {QStringLiteral("import.erased"), tr("Imported erased clients again")},
        {QStringLiteral("backup.create"), tr("Made a backup")},
        {QStringLiteral("backup.failed"), tr("A backup failed")},
        {QStringLiteral("backup.verify"), tr("Checked a backup")},
        {QStringLiteral("backup.settings"), tr("Changed the backup settings")},
        {QStringLiteral("backup.move"), tr("Moved the backups to another folder")},
        {QStringLiteral("backup.prune"), tr("Destroyed older backups")},
        {QStringLiteral("restore"), tr("Restored from a backup")},
        {QStringLiteral("vault.erase-by"), tr("Changed who may erase clients")},
        {QStringLiteral("vault.upgrade"), tr("Moved the vault's keys to the new format")},
        {QStringLiteral("slot.upgrade"), tr("Upgraded a key to the new format")},
        {QStringLiteral("vault.rollback"), tr("Found the vault's files out of step (rolled back?)")},
        {QStringLiteral("vault.generation"), tr("Finished an interrupted change of the keys")},
        {QStringLiteral("vault.rekey"), tr("Changed the data key")},
        {QStringLiteral("vault.rekey.failed"), tr("Could not change the data key")},
        {QStringLiteral("recovery.rotate"), tr("Replaced the recovery key")},
        {QStringLiteral("integrity.create"), tr("Made the key that seals the users and the log")},
        {QStringLiteral("integrity.accept"), tr("Took their copy of the key that seals the users and the log")},
        {QStringLiteral("integrity.rotate"), tr("Changed the key that seals the users and the log")},
        {QStringLiteral("integrity.users"), tr("Found the users or their roles changed outside Coffer")},
        {QStringLiteral("integrity.audit"), tr("Found the audit log changed outside Coffer")},
        {QStringLiteral("integrity.missing"), tr("Found the key that seals the users and the log removed")},
        {QStringLiteral("integrity.forged"), tr("Found their copy of the sealing key replaced outside Coffer")},
    };
    return words.value(action, action);
}

QList<AuditKind> AuditWording::kinds()
{
    return {AuditKind::SignIns,  AuditKind::ClientRecords, AuditKind::Requests, AuditKind::Exports, AuditKind::Backups,
            AuditKind::Erasures, AuditKind::Users,         AuditKind::Settings, AuditKind::Other};
}

QString AuditWording::kindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::SignIns:
        return tr("Sign-ins and locks");
    case AuditKind::ClientRecords:
        return tr("Client changes, notes, files, consents");
    case AuditKind::Requests:
        return tr("Requests and restrictions");
    case AuditKind::Exports:
        return tr("Exports and imports");
    case AuditKind::Backups:
        return tr("Backups and restores");
    case AuditKind::Erasures:
        return tr("Erasures");
    case AuditKind::Users:
        return tr("Users, roles and passwords");
    case AuditKind::Settings:
        return tr("Settings");
    case AuditKind::Other:
        return tr("Everything else");
    }
    return {};
}

QStringList AuditWording::actionsOf(AuditKind kind)
{
    switch (kind) {
    case AuditKind::SignIns:
        return {QStringLiteral("signin"), QStringLiteral("signin.failed"), QStringLiteral("recover.failed"),
                QStringLiteral("lock")};
    case AuditKind::ClientRecords:
        return {QStringLiteral("client.create"), QStringLiteral("client.update"), QStringLiteral("note.create"),
                QStringLiteral("note.update"),   QStringLiteral("note.delete"),   QStringLiteral("file.add"),
                QStringLiteral("file.read"),     QStringLiteral("file.delete"),   QStringLiteral("consent.set")};
    case AuditKind::Requests:
        return {
            QStringLiteral("request.add"),    QStringLiteral("request.link"),     QStringLiteral("request.identity"),
            QStringLiteral("request.extend"), QStringLiteral("request.evidence"), QStringLiteral("request.close"),
            QStringLiteral("request.delete"), QStringLiteral("client.restrict"),  QStringLiteral("client.unrestrict"),
            QStringLiteral("client.hold"),    QStringLiteral("client.release")};
    case AuditKind::Exports:
        return {QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("import.csv"),
                QStringLiteral("import.erased")};
    case AuditKind::Backups:
        return {QStringLiteral("backup.create"), QStringLiteral("backup.failed"), QStringLiteral("backup.verify"),
                QStringLiteral("backup.move"),   QStringLiteral("backup.prune"),  QStringLiteral("restore")};
    case AuditKind::Erasures:
        return {QStringLiteral("client.erase"), QStringLiteral("client.erase.verify"), QStringLiteral("retention.run")};
    case AuditKind::Users:
        return {QStringLiteral("user.add"),          QStringLiteral("user.remove"),
                QStringLiteral("user.role"),         QStringLiteral("user.reset"),
                QStringLiteral("user.password"),     QStringLiteral("user.recover"),
                QStringLiteral("slot.upgrade"),      QStringLiteral("vault.upgrade"),
                QStringLiteral("vault.rollback"),    QStringLiteral("vault.generation"),
                QStringLiteral("vault.rekey"),       QStringLiteral("vault.rekey.failed"),
                QStringLiteral("recovery.rotate"),   QStringLiteral("integrity.create"),
                QStringLiteral("integrity.accept"),  QStringLiteral("integrity.rotate"),
                QStringLiteral("integrity.users"),   QStringLiteral("integrity.audit"),
                QStringLiteral("integrity.missing"), QStringLiteral("integrity.forged")};
    case AuditKind::Settings:
        return {QStringLiteral("backup.settings"),   QStringLiteral("vault.erase-by"), QStringLiteral("purpose.add"),
                QStringLiteral("purpose.edit"),      QStringLiteral("policy.add"),     QStringLiteral("retention.rule"),
                QStringLiteral("processing.update"), QStringLiteral("breach.add"),     QStringLiteral("breach.update"),
                QStringLiteral("breach.notify")};
    case AuditKind::Other:
        break;
    }
    return {};
}

void AuditWording::restrictToKind(AuditQuery& query, AuditKind kind)
{
    if (kind != AuditKind::Other) {
        query.actions = actionsOf(kind);
        return;
    }
    // Whatever the named kinds leave out: the vault's creation, and actions of a later version.
    query.exceptActions.clear();
    for (AuditKind named : kinds())
        query.exceptActions += actionsOf(named);
}

QString AuditWording::objectType(const QString& objectType)
{
    const QHash<QString, QString> words{
        {QStringLiteral("client"), tr("Client")},
        {QStringLiteral("user"), tr("User")},
        {QStringLiteral("vault"), tr("Vault")},
        {QStringLiteral("note"), tr("Note")},
        {QStringLiteral("file"), tr("File")},
        {QStringLiteral("consent"), tr("Consent")},
        {QStringLiteral("request"), tr("Request")},
        {QStringLiteral("purpose"), tr("Purpose")},
        {QStringLiteral("policy"), tr("Privacy policy")},
        {QStringLiteral("retention"), tr("Retention rule")},
        {QStringLiteral("breach"), tr("Breach")},
    };
    return words.value(objectType, objectType);
}

QString AuditWording::countInWords(const QString& key, int n)
{
    if (key == QLatin1String("clients") || key == QLatin1String("imported"))
        return tr("%n client(s)", nullptr, n);
    if (key == QLatin1String("notes"))
        return tr("%n note(s)", nullptr, n);
    if (key == QLatin1String("files"))
        return tr("%n file(s)", nullptr, n);
    if (key == QLatin1String("consents"))
        return tr("%n consent(s)", nullptr, n);
    if (key == QLatin1String("destroyed"))
        return tr("%n backup(s) destroyed", nullptr, n);
    if (key == QLatin1String("re-imported"))
        return tr("%n erased client(s) imported again", nullptr, n);
    // What was left out says so only when there was any.
    if (n == 0 && (key == QLatin1String("skipped") || key == QLatin1String("erased-refused") ||
                   key == QLatin1String("invalid") || key == QLatin1String("failed")))
        return {};
    if (key == QLatin1String("skipped"))
        return tr("%n skipped", nullptr, n);
    if (key == QLatin1String("erased-refused"))
        return tr("%n erased client(s) kept out", nullptr, n);
    if (key == QLatin1String("invalid"))
        return tr("%n left out for an invalid value", nullptr, n);
    if (key == QLatin1String("failed"))
        return tr("%n could not be destroyed", nullptr, n);
    return QStringLiteral("%1=%2").arg(key).arg(n); // a key of a later version, as it is stored
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
        } else if (!isNumber) {
            parts << pair;
        } else if (const QString words = countInWords(key, n); !words.isEmpty()) {
            parts << words;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString AuditWording::changedFieldsInWords(const QString& names)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("kind"), QT_TR_NOOP("person or organisation")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("given"), QT_TR_NOOP("given name")},
        {QStringLiteral("family"), QT_TR_NOOP("family name")},
        {QStringLiteral("organisation"), QT_TR_NOOP("organisation")},
        {QStringLiteral("emails"), QT_TR_NOOP("email addresses")},
        {QStringLiteral("phones"), QT_TR_NOOP("phone numbers")},
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("country"), QT_TR_NOOP("country")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("custom-fields"), QT_TR_NOOP("custom fields")},
        {QStringLiteral("retention"), QT_TR_NOOP("how long it is kept")},
    };
    QStringList parts;
    for (const QString& name : names.split(u',', Qt::SkipEmptyParts)) {
        const auto it = words.constFind(name);
        parts << (it == words.cend() ? name : tr(*it)); // a name from a later version stays as it is
    }
    return tr("Changed: %1").arg(parts.join(QStringLiteral(", ")));
}

bool AuditWording::fraction(const QString& text, int& part, int& whole)
{
    const QString numbers = text.section(u' ', -1);
    bool partOk = false;
    bool wholeOk = false;
    part = numbers.section(u'/', 0, 0).toInt(&partOk);
    whole = numbers.section(u'/', 1).toInt(&wholeOk);
    return numbers.count(u'/') == 1 && partOk && wholeOk;
}

QString AuditWording::requestDetail(const QString& action, const QString& detail)
{
    if (action == QLatin1String("request.add") || action == QLatin1String("request.delete")) {
        if (const auto type = requestTypeFromName(detail))
            return RequestLabels::type(*type);
    }
    if (action == QLatin1String("request.close")) {
        if (const auto status = requestStatusFromName(detail))
            return RequestLabels::status(*status);
    }
    if (action == QLatin1String("request.evidence")) {
        if (const auto kind = evidenceKindFromName(detail))
            return RequestLabels::evidence(*kind);
    }
    if (action == QLatin1String("request.identity")) {
        if (detail == QLatin1String("pending"))
            return RequestLabels::status(RequestStatus::Identity);
        if (detail == QLatin1String("confirmed"))
            return tr("Identity confirmed");
    }
    bool isNumber = false;
    const int months = detail.toInt(&isNumber);
    if (isNumber && action == QLatin1String("request.extend"))
        return tr("By %n month(s) in all", nullptr, months);
    return {};
}

QString AuditWording::detail(const AuditEntry& entry)
{
    const QString& detail = entry.detail;
    const QString& action = entry.action;
    if (action == QLatin1String("user.add") || action == QLatin1String("user.role")) {
        if (const std::optional<Role> role = roleFromName(detail))
            return roleDisplayName(*role);
    }
    if (action == QLatin1String("consent.set")) {
        if (detail == QLatin1String("granted"))
            return tr("Granted");
        if (detail == QLatin1String("refused"))
            return tr("Refused");
        if (detail == QLatin1String("withdrawn"))
            return tr("Withdrawn");
    }
    if (action.startsWith(QLatin1String("request."))) {
        const QString words = requestDetail(action, detail);
        if (!words.isEmpty())
            return words;
    }
    bool isNumber = false;
    const qint64 n = detail.toLongLong(&isNumber);
    if (isNumber && (action == QLatin1String("file.add") || action == QLatin1String("backup.create")))
        return UserFiles::sizeText(n);
    if (isNumber && action == QLatin1String("client.erase"))
        return tr("%n record(s) deleted", nullptr, int(n));
    if (isNumber && action == QLatin1String("backup.move"))
        return tr("%n file(s) moved", nullptr, int(n));
    if (action == QLatin1String("backup.prune")) {
        // "old-keys destroyed=N failed=M" after a change of the data key; "destroyed=N failed=M" before.
        if (detail.startsWith(QLatin1String("old-keys ")))
            return tr("Under an older data key: %1").arg(countsInWords(detail.mid(9)));
        return tr("Held erased clients: %1").arg(countsInWords(detail));
    }
    int part = 0;
    int whole = 0;
    if (action == QLatin1String("client.erase.verify") && fraction(detail, part, whole))
        return tr("%1 of %n check(s) passed", nullptr, whole).arg(part);
    if (action == QLatin1String("restore") && fraction(detail, part, whole))
        return tr("%1 of %n recorded erasure(s) applied again", nullptr, whole).arg(part);
    if (action == QLatin1String("signin.failed") || action == QLatin1String("recover.failed")) {
        const QDateTime when = fromStamp(detail);
        if (when.isValid())
            return tr("Attempted %1").arg(LocaleText::dateTime(when));
    }
    if (action == QLatin1String("backup.verify")) {
        if (detail == QLatin1String("ok"))
            return tr("Every check passed");
        if (detail == QLatin1String("damaged"))
            return tr("The backup is damaged");
    }
    if ((action == QLatin1String("backup.create") || action == QLatin1String("backup.failed")) &&
        detail == QLatin1String("automatic"))
        return tr("Automatic, on lock");
    if ((action == QLatin1String("backup.create") || action == QLatin1String("backup.failed")) &&
        detail == QLatin1String("before-upgrade"))
        return tr("Automatic, before the keys' format changed");
    if (action == QLatin1String("vault.rollback") && detail.startsWith(QLatin1String("seen="))) {
        // "seen=N header=M": this computer had seen the vault at a later change than its files are at.
        const QString seen = detail.section(u' ', 0, 0).section(u'=', 1);
        const QString header = detail.section(u' ', 1, 1).section(u'=', 1);
        return seen == QLatin1String("unverified")
                   ? tr("This computer's record of the vault's changes was edited; the files are at change %1")
                         .arg(header)
                   : tr("This computer had seen change %1; the files are at change %2").arg(seen, header);
    }
    if (action == QLatin1String("vault.rollback") || action == QLatin1String("vault.generation")) {
        const QString header = detail.section(u' ', 0, 0).section(u'=', 1);
        const QString database = detail.section(u' ', 1, 1).section(u'=', 1);
        return tr("Header at change %1, database at change %2").arg(header, database);
    }
    if (action == QLatin1String("vault.rekey")) {
        if (detail == QLatin1String("resumed"))
            return tr("Finished after an interruption");
        if (detail.startsWith(QLatin1String("members=")))
            return tr("Given to %n key(s)", nullptr, detail.mid(8).toInt());
    }
    if (action == QLatin1String("slot.upgrade") && detail == QLatin1String("recovery"))
        return tr("The recovery key");
    if (action == QLatin1String("client.update") && detail.startsWith(QLatin1String("fields=")))
        return changedFieldsInWords(detail.mid(7));
    if (detail.contains(u'='))
        return countsInWords(detail);
    if (action == QLatin1String("vault.erase-by")) {
        if (const std::optional<WhoMayErase> who = whoMayEraseFromName(detail))
            return whoMayEraseDisplayName(*who);
    }
    if (action == QLatin1String("backup.settings")) {
        if (detail == QLatin1String("backup.folder"))
            return tr("Backup folder");
        if (detail == QLatin1String("backup.keep"))
            return tr("Number of backups kept");
        if (detail == QLatin1String("backup.folder.risk"))
            return tr("Backup folder kept despite a warning");
    }
    return detail;
}

} // namespace coffer
