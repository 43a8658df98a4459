#include "AccountCancellation.h"

#include "CancellationCleanup.h"
#include "CancellationPlan.h"
#include "Error.h"
#include "KeySlotEraser.h"
#include "backup/Tombstones.h"
#include "crypto/CryptoLibrary.h"
#include "crypto/Sha256.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

namespace coffer {

namespace {

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed, QCoreApplication::translate("AccountCancellation", "Cannot read %1: %2")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorCode::Failed, QCoreApplication::translate("AccountCancellation", "Cannot read %1: %2")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromLatin1(Sha256::of(bytes).toHex());
}

} // namespace

QString AccountCancellation::certificateTextPath(const QString& jsonPath)
{
    return (jsonPath.endsWith(QStringLiteral(".json")) ? jsonPath.chopped(5) : jsonPath) + QStringLiteral(".txt");
}

CancellationResult AccountCancellation::cancel(const QString& typedName)
{
    CancellationPlan p = plan(typedName);
    // From here nothing is written to the vault: no audit row, no backup on lock.
    m_vault.closeWithoutWriting();
    CancellationResult result;
    try {
        gather(p, result);
    } catch (const Error& e) {
        m_vault.lock();
        result.failure = tr("Nothing was deleted. %1").arg(e.message());
        return result;
    }
    const bool destroyed = destroyKeySlots(result) && destroyFiles(result);
    m_vault.lock(); // releases the lock on the (by then unlinked) lock file
    result.completed = destroyed && cleanUp(p, result) && certify(p, result);
    return result;
}

CancellationPlan AccountCancellation::plan(const QString& typedName) const
{
    m_vault.require(Permission::CancelAccount);
    if (typedName != m_vault.name())
        throw Error(ErrorCode::Usage, tr("The name typed does not match this vault's name; nothing was deleted."));
    CancellationPlan p;
    p.vaultFolder = QDir::cleanPath(m_vault.path());
    p.backupFolder = QDir::cleanPath(m_vault.backupFolder());
    p.vaultIdHex = QString::fromLatin1(m_vault.id().toHex());
    p.backups = m_vault.managedBackups();
    const QString tombstones = Tombstones::filePath(p.backupFolder, m_vault.id());
    if (pathExists(tombstones))
        p.tombstones = tombstones;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    p.certificateJson =
        QFileInfo(m_certificatePath.isEmpty()
                      ? QFileInfo(p.vaultFolder).absolutePath() + u'/' + m_vault.name() +
                            QStringLiteral("-deletion-certificate-") +
                            started.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".json")
                      : m_certificatePath)
            .absoluteFilePath();
    if (isInsideFolder(p.certificateJson, p.vaultFolder) || isInsideFolder(p.certificateJson, p.backupFolder))
        throw Error(ErrorCode::Usage, tr("The certificate must be written outside the vault and its backup folder."));
    if (!QFileInfo(QFileInfo(p.certificateJson).absolutePath()).isDir())
        throw Error(ErrorCode::Usage, tr("The folder for the certificate, %1, does not exist.")
                                          .arg(QDir::toNativeSeparators(QFileInfo(p.certificateJson).absolutePath())));

    DeletionCertificate& c = p.certificate;
    c.userName = m_vault.currentUser().name;
    c.userRole = roleName(m_vault.currentUser().role);
    const passwd* account = ::getpwuid(::geteuid());
    c.osAccount = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid());
    c.host = QSysInfo::machineHostName();
    c.vaultName = m_vault.name();
    c.vaultId = p.vaultIdHex;
    c.vaultFolder = p.vaultFolder;
    c.backupFolder = p.backupFolder;
    c.fileSystem = QString::fromLatin1(QStorageInfo(p.vaultFolder).fileSystemType());
    c.managedBackups = p.backups;
    c.toolName = m_toolName;
    c.toolVersion = QStringLiteral(COFFER_VERSION);
    c.libraries = QStringLiteral("libsodium %1, SQLCipher %2")
                      .arg(cryptoLibraryVersion(), Database::cipherVersion(m_vault.database()));
    c.started = started;
    return p;
}

void AccountCancellation::gather(const CancellationPlan& plan, CancellationResult& result)
{
    const auto add = [&](const QString& path, const QString& kind) {
        SecureOverwrite::checkDestroyable(path);
        CancelledFile f;
        f.file.path = QFileInfo(path).absoluteFilePath();
        f.file.kind = kind;
        f.file.size = QFileInfo(path).size();
        result.files.push_back(f);
    };
    // Backups first: each holds an intact copy of the key slots, so they matter most if a later file fails.
    for (const QString& b : plan.backups)
        add(b, QStringLiteral("backup"));
    if (!plan.tombstones.isEmpty())
        add(plan.tombstones, QStringLiteral("tombstones"));
    QString header;
    const QDir folder(plan.vaultFolder);
    for (const QFileInfo& entry :
         folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.fileName() == QStringLiteral("header"))
            header = entry.absoluteFilePath();
        else
            add(entry.absoluteFilePath(), QStringLiteral("vault"));
    }
    if (header.isEmpty())
        throw Error(ErrorCode::Failed, tr("The vault's header is missing."));
    add(header, QStringLiteral("vault")); // last: its slots are already destroyed by then
    // Every other file's SHA-256 is taken as it is overwritten; the header changes before that.
    result.files.back().file.sha256 = sha256Of(header);
}

bool AccountCancellation::destroyKeySlots(CancellationResult& result)
{
    try {
        KeySlotEraser::destroyKeySlots(m_vault.headerFilePath());
        result.keySlotsDestroyed = true;
        return true;
    } catch (const Error& e) {
        result.failure = tr("The key slots could not be destroyed; no file was deleted, though the header may be "
                            "partly overwritten. %1")
                             .arg(e.message());
        return false;
    }
}

bool AccountCancellation::destroyFiles(CancellationResult& result)
{
    for (CancelledFile& f : result.files) {
        try {
            if (m_beforeEachFile)
                m_beforeEachFile(f.file.path);
            const QByteArray before = SecureOverwrite::destroy(f.file.path, &f.stage);
            if (f.file.sha256.isEmpty())
                f.file.sha256 = QString::fromLatin1(before.toHex());
            f.file.readBack = tr("overwritten, read back equal, deleted");
        } catch (const Error& e) {
            result.failure = e.message();
            return false;
        }
    }
    return true;
}

bool AccountCancellation::cleanUp(const CancellationPlan& plan, CancellationResult& result)
{
    try {
        CancellationCleanup::removeFolders(plan);
        CancellationCleanup::removeSettings(plan);
    } catch (const Error& e) {
        result.failure = tr("Every file was deleted, but: %1").arg(e.message());
        return false;
    }
    QStringList paths;
    for (const CancelledFile& f : result.files)
        paths << f.file.path;
    result.verification = CancellationCleanup::verify(plan, paths);
    for (const ErasureCheck& check : result.verification)
        if (!check.passed) {
            result.failure = tr("A check afterwards failed (%1).").arg(check.name);
            return false;
        }
    return true;
}

bool AccountCancellation::certify(CancellationPlan& plan, CancellationResult& result)
{
    DeletionCertificate& c = plan.certificate;
    for (const CancelledFile& f : result.files)
        c.files.push_back(f.file);
    c.verification = result.verification;
    c.completed = QDateTime::currentDateTimeUtc();
    try {
        c.write(plan.certificateJson, certificateTextPath(plan.certificateJson));
    } catch (const Error& e) {
        result.failure =
            tr("Everything was deleted and verified, but the certificate could not be written: %1").arg(e.message());
        return false;
    }
    result.certificateJson = plan.certificateJson;
    result.certificateText = certificateTextPath(plan.certificateJson);
    return true;
}

} // namespace coffer
