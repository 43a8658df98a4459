#include "DeletionCertificate.h"

#include "store/FileSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace coffer {

namespace {

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString verificationMethod()
{
    return QCoreApplication::translate(
        "DeletionCertificate",
        "Full: every file was read back from the device after the overwrite and compared with what was "
        "written; then each path was checked to be gone, the folders searched for any file of the vault, "
        "the vault path opened as a vault (it must fail as \"not a vault\"), and the settings searched for "
        "any entry naming it.");
}

} // namespace

QString DeletionCertificate::methodText()
{
    return tr("Purge (NIST SP 800-88 Rev. 1) by cryptographic erase, then a one-pass random overwrite. First every "
              "key slot in the vault header was overwritten in place "
              "with random bytes and synced to the disk, and the data key was wiped from memory. Then every file of "
              "the vault and of its managed backups was overwritten once with random data, synced, read back from "
              "the device and compared, truncated, renamed to a random name and unlinked, and its folder synced and "
              "removed.");
}

QStringList DeletionCertificate::limitations()
{
    return {
        tr("What overwriting cannot promise: on SSDs, flash memory, and thin-provisioned or virtual disks the "
           "drive may write new data to other physical blocks and keep the old ones until it reuses them; on "
           "copy-on-write file systems (btrfs, ZFS, APFS) and where snapshots exist, an overwrite goes to new "
           "blocks and the old ones remain in snapshots or until the space is reused. On such storage the old "
           "bytes may still be on the device."),
        tr("Why the cryptographic erase still holds there: the database, its log and every backup were only ever "
           "written encrypted under the vault's data key, and the data key was only ever stored sealed inside key "
           "slots. The slots were destroyed, so whatever encrypted copies survive on the device cannot be "
           "decrypted."),
        tr("What it does not reach: earlier versions of the header (from before a password change, a new user or a "
           "reset) "
           "were written as new files, and their old blocks may survive in the same way; each held key slots "
           "that open only with a password or recovery key that was valid at that time. Each managed backup held "
           "its own copy of the key slots, destroyed by the overwrite of the backup file with the limits above."),
    };
}

QStringList DeletionCertificate::notCovered()
{
    return {
        tr("Exports the user made (zip, folder, JSON or CSV, encrypted or not, of the whole vault or of one "
           "client) and files saved out of the vault."),
        tr("Copies of the vault or of its backups made outside Coffer: file copies, sync services, system "
           "backups and file-system snapshots, and backups moved out of the backup folder."),
        tr("Recovery keys and passwords written down or saved elsewhere."),
    };
}

QJsonObject DeletionCertificate::toJson() const
{
    QJsonArray fileArray;
    for (const SanitisedFile& f : files)
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("kind"), f.kind},
                                     {QStringLiteral("size"), f.size},
                                     {QStringLiteral("sha256BeforeOverwrite"), f.sha256},
                                     {QStringLiteral("readBack"), f.readBack}});
    const QJsonArray results = checksToJson(verification);
    return {
        {QStringLiteral("format"), QStringLiteral("coffer-deletion-certificate")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("result"), QStringLiteral("completed")},
        {QStringLiteral("personPerformingSanitization"), QJsonObject{{QStringLiteral("user"), userName},
                                                                     {QStringLiteral("role"), userRole},
                                                                     {QStringLiteral("osAccount"), osAccount},
                                                                     {QStringLiteral("host"), host}}},
        {QStringLiteral("mediaInformation"),
         QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("files of a Coffer vault and its managed backups")},
                     {QStringLiteral("fileSystem"), fileSystem},
                     {QStringLiteral("vaultName"), vaultName},
                     {QStringLiteral("vaultId"), vaultId},
                     {QStringLiteral("vaultFolder"), vaultFolder},
                     {QStringLiteral("backupFolder"), backupFolder},
                     {QStringLiteral("backupFolders"), QJsonArray::fromStringList(backupFolders)},
                     {QStringLiteral("restoredCopies"), QJsonArray::fromStringList(copyFolders)},
                     {QStringLiteral("restoredCopiesKept"), QJsonArray::fromStringList(keptCopies)},
                     {QStringLiteral("backupFoldersNotReached"), QJsonArray::fromStringList(abandonedFolders)},
                     {QStringLiteral("managedBackups"), QJsonArray::fromStringList(managedBackups)},
                     {QStringLiteral("files"), fileArray}}},
        {QStringLiteral("sanitizationDetails"),
         QJsonObject{
             {QStringLiteral("methodType"), QStringLiteral("Purge")},
             {QStringLiteral("methodUsed"), QStringLiteral("Cryptographic erase, then a one-pass random overwrite")},
             {QStringLiteral("methodDetails"), methodText()},
             {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), toolName},
                                                  {QStringLiteral("version"), toolVersion},
                                                  {QStringLiteral("libraries"), libraries}}},
             {QStringLiteral("verificationMethod"), verificationMethod()},
             {QStringLiteral("verificationResults"), results},
             {QStringLiteral("postSanitizationDestination"), QStringLiteral("files unlinked, folders removed")}}},
        {QStringLiteral("started"), stamp(started)},
        {QStringLiteral("completed"), stamp(completed)},
        {QStringLiteral("limitations"), QJsonArray::fromStringList(limitations())},
        {QStringLiteral("notCovered"), QJsonArray::fromStringList(notCovered())},
    };
}

QString DeletionCertificate::toText() const
{
    QString text;
    QTextStream out(&text);
    const auto section = [&](const QString& title) {
        out << '\n' << title << '\n' << QString(title.size(), u'-') << '\n';
    };
    out << tr("CERTIFICATE OF DELETION — Coffer vault \"%1\"").arg(vaultName) << '\n';
    out << tr("Fields after NIST SP 800-88 Rev. 1, Appendix G. Result: completed and verified.") << '\n';
    section(tr("Person performing sanitisation"));
    out << tr("Vault user: %1 (%2)").arg(userName, userRole) << '\n'
        << tr("Operating-system account: %1 on %2").arg(osAccount, host) << '\n';
    section(tr("What was sanitised"));
    out << tr("Vault: %1, id %2").arg(vaultName, vaultId) << '\n'
        << tr("Vault folder: %1 (file system: %2)").arg(QDir::toNativeSeparators(vaultFolder), fileSystem) << '\n'
        << tr("Backup folder: %1").arg(QDir::toNativeSeparators(backupFolder)) << '\n';
    for (const QString& f : backupFolders)
        out << tr("Backup folder searched: %1").arg(QDir::toNativeSeparators(f)) << '\n';
    for (const QString& f : copyFolders)
        out << tr("Restored copy destroyed: %1").arg(QDir::toNativeSeparators(f)) << '\n';
    for (const QString& f : abandonedFolders)
        out << tr("Backup folder NOT reached, declared gone for good by the user; whatever it held was not "
                  "sanitised: %1")
                   .arg(QDir::toNativeSeparators(f))
            << '\n';
    for (const QString& f : keptCopies)
        out << tr("Restored copy KEPT at the user's request, not sanitised (it still opens with the passwords it had "
                  "when its backup was taken): %1")
                   .arg(QDir::toNativeSeparators(f))
            << '\n';
    out << tr("Managed backups: %1").arg(managedBackups.size()) << '\n'
        << tr("Files (size in bytes, SHA-256 before the overwrite):") << '\n';
    for (const SanitisedFile& f : files)
        out << "  " << QDir::toNativeSeparators(f.path) << "  [" << f.kind << "]  " << f.size << "  " << f.sha256
            << '\n';
    section(tr("Method"));
    out << tr("Type: Purge. Used: cryptographic erase, then a one-pass random overwrite.") << '\n'
        << methodText() << '\n';
    section(tr("Tool"));
    out << toolName << ' ' << toolVersion << " (" << libraries << ")\n";
    section(tr("Verification"));
    out << verificationMethod() << '\n';
    for (const SanitisedFile& f : files)
        out << "  " << QDir::toNativeSeparators(f.path) << ": " << f.readBack << '\n';
    for (const ErasureCheck& c : verification)
        out << "  " << (c.passed ? tr("passed") : tr("FAILED")) << ": " << c.name << " — " << c.detail << '\n';
    section(tr("Date and time"));
    out << tr("Started: %1").arg(stamp(started)) << '\n' << tr("Completed: %1").arg(stamp(completed)) << '\n';
    section(tr("Limits of the method"));
    for (const QString& s : limitations())
        out << "- " << s << '\n';
    section(tr("Not covered"));
    for (const QString& s : notCovered())
        out << "- " << s << '\n';
    out.flush();
    return text;
}

void DeletionCertificate::write(const QString& jsonPath, const QString& textPath) const
{
    writeFileAtomically(jsonPath, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    writeFileAtomically(textPath, toText().toUtf8());
}

} // namespace coffer
