#include "AccountCancellation.h"

#include "Error.h"
#include "backup/BackupFile.h"
#include "backup/Sha256.h"
#include "backup/Tombstones.h"
#include "crypto/Random.h"
#include "crypto/Sodium.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStorageInfo>
#include <QSysInfo>
#include <algorithm>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coffer {

namespace {

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed, QCoreApplication::translate("AccountCancellation", "Cannot read %1: %2")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    Sha256 hash;
    QByteArray block;
    while (!(block = file.read(SecureOverwrite::kBlockSize)).isEmpty())
        hash.add(block);
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorCode::Failed, QCoreApplication::translate("AccountCancellation", "Cannot read %1: %2")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

bool exists(const QString& path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

bool isInside(const QString& path, const QString& folder)
{
    return QDir::cleanPath(path).startsWith(QDir::cleanPath(folder) + u'/');
}

// The settings file KnownVaults keeps; other parts of the program may name the vault there too.
QSettings programSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"), QStringLiteral("coffer"));
}

} // namespace

struct AccountCancellation::Plan
{
    QString vaultFolder;
    QString backupFolder;
    QString vaultIdHex;
    QStringList backups;
    QString tombstones;
    QString certificateJson;
    DeletionCertificate certificate;

    bool namesVault(const QString& value, bool backupFolderRemoved) const
    {
        const auto under = [&](const QString& folder) { return value == folder || isInside(value, folder); };
        return under(vaultFolder) || (backupFolderRemoved && under(backupFolder)) || value.contains(vaultIdHex);
    }
};

QString AccountCancellation::certificateTextPath(const QString& jsonPath)
{
    return (jsonPath.endsWith(QStringLiteral(".json")) ? jsonPath.chopped(5) : jsonPath) + QStringLiteral(".txt");
}

CancellationResult AccountCancellation::cancel(const QString& typedName)
{
    m_vault.require(Permission::CancelAccount);
    if (typedName != m_vault.name())
        throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                          "AccountCancellation",
                                          "The name typed does not match this vault's name; nothing was deleted."));
    Plan plan;
    plan.vaultFolder = QDir::cleanPath(m_vault.path());
    plan.backupFolder = QDir::cleanPath(m_vault.backupFolder());
    plan.vaultIdHex = QString::fromLatin1(m_vault.id().toHex());
    plan.backups = m_vault.managedBackups();
    const QString tombstones = Tombstones::filePath(plan.backupFolder, m_vault.id());
    if (exists(tombstones))
        plan.tombstones = tombstones;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    plan.certificateJson =
        QFileInfo(m_certificatePath.isEmpty()
                      ? QFileInfo(plan.vaultFolder).absolutePath() + u'/' + m_vault.name() +
                            QStringLiteral("-deletion-certificate-") +
                            started.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".json")
                      : m_certificatePath)
            .absoluteFilePath();
    if (isInside(plan.certificateJson, plan.vaultFolder) || isInside(plan.certificateJson, plan.backupFolder))
        throw Error(ErrorCode::Usage, QCoreApplication::translate(
                                          "AccountCancellation",
                                          "The certificate must be written outside the vault and its backup folder."));
    if (!QFileInfo(QFileInfo(plan.certificateJson).absolutePath()).isDir())
        throw Error(
            ErrorCode::Usage,
            QCoreApplication::translate("AccountCancellation", "The folder for the certificate, %1, does not exist.")
                .arg(QDir::toNativeSeparators(QFileInfo(plan.certificateJson).absolutePath())));

    DeletionCertificate& c = plan.certificate;
    c.userName = m_vault.currentUser().name;
    c.userRole = roleName(m_vault.currentUser().role);
    const passwd* account = ::getpwuid(::geteuid());
    c.osAccount = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid());
    c.host = QSysInfo::machineHostName();
    c.vaultName = m_vault.name();
    c.vaultId = plan.vaultIdHex;
    c.vaultFolder = plan.vaultFolder;
    c.backupFolder = plan.backupFolder;
    c.fileSystem = QString::fromLatin1(QStorageInfo(plan.vaultFolder).fileSystemType());
    c.managedBackups = plan.backups;
    c.toolName = m_toolName;
    c.toolVersion = QStringLiteral(COFFER_VERSION);
    c.libraries = QStringLiteral("libsodium %1, SQLCipher %2")
                      .arg(QString::fromLatin1(sodium_version_string()), Database::cipherVersion(m_vault.database()));
    c.started = started;

    // From here nothing is written to the vault: no audit row, no backup on lock.
    m_vault.closeWithoutWriting();
    CancellationResult result;
    try {
        gather(plan, result);
    } catch (const Error& e) {
        m_vault.lock();
        result.failure = QCoreApplication::translate("AccountCancellation", "Nothing was deleted. %1").arg(e.message());
        return result;
    }
    try {
        destroyKeySlots(m_vault.headerFilePath());
        result.keySlotsDestroyed = true;
    } catch (const Error& e) {
        m_vault.lock();
        result.failure = QCoreApplication::translate(
                             "AccountCancellation",
                             "The key slots could not be destroyed; no file was deleted, though the header may be "
                             "partly overwritten. %1")
                             .arg(e.message());
        return result;
    }
    for (CancelledFile& f : result.files) {
        try {
            if (m_beforeEachFile)
                m_beforeEachFile(f.file.path);
            SecureOverwrite::destroy(f.file.path, &f.stage);
            f.file.readBack =
                QCoreApplication::translate("AccountCancellation", "overwritten, read back equal, deleted");
        } catch (const Error& e) {
            m_vault.lock();
            result.failure = e.message();
            return result;
        }
    }
    m_vault.lock(); // releases the lock on the (already unlinked) lock file
    try {
        if (!QDir().rmdir(plan.vaultFolder))
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("AccountCancellation", "The vault folder %1 could not be removed.")
                            .arg(QDir::toNativeSeparators(plan.vaultFolder)));
        SecureOverwrite::syncFolder(QFileInfo(plan.vaultFolder).absolutePath());
        // A backup folder that other vaults share, or that holds anything else, stays.
        if (QFileInfo(plan.backupFolder).isDir() &&
            QDir(plan.backupFolder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            if (!QDir().rmdir(plan.backupFolder))
                throw Error(ErrorCode::Failed, QCoreApplication::translate("AccountCancellation",
                                                                           "The backup folder %1 could not be removed.")
                                                   .arg(QDir::toNativeSeparators(plan.backupFolder)));
            SecureOverwrite::syncFolder(QFileInfo(plan.backupFolder).absolutePath());
        }
        removeSettings(plan);
    } catch (const Error& e) {
        result.failure =
            QCoreApplication::translate("AccountCancellation", "Every file was deleted, but: %1").arg(e.message());
        return result;
    }
    result.verification = verify(plan, result);
    for (const ErasureCheck& check : result.verification)
        if (!check.passed) {
            result.failure =
                QCoreApplication::translate("AccountCancellation", "The verification failed: %1.").arg(check.name);
            return result;
        }
    for (const CancelledFile& f : result.files)
        c.files.push_back(f.file);
    c.verification = result.verification;
    c.completed = QDateTime::currentDateTimeUtc();
    try {
        c.write(plan.certificateJson, certificateTextPath(plan.certificateJson));
    } catch (const Error& e) {
        result.failure = QCoreApplication::translate(
                             "AccountCancellation",
                             "Everything was deleted and verified, but the certificate could not be written: %1")
                             .arg(e.message());
        return result;
    }
    result.certificateJson = plan.certificateJson;
    result.certificateText = certificateTextPath(plan.certificateJson);
    result.completed = true;
    return result;
}

void AccountCancellation::gather(Plan& plan, CancellationResult& result)
{
    const auto add = [&](const QString& path, const QString& kind) {
        SecureOverwrite::checkDestroyable(path);
        CancelledFile f;
        f.file.path = QFileInfo(path).absoluteFilePath();
        f.file.kind = kind;
        f.file.size = QFileInfo(path).size();
        f.file.sha256 = sha256Of(path);
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
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("AccountCancellation", "The vault's header is missing."));
    add(header, QStringLiteral("vault")); // last: its slots are already destroyed by then
}

void AccountCancellation::destroyKeySlots(const QString& headerPath)
{
    // The slot area's place follows VaultHeader.h's format: after the library version string (its length
    // at byte 64) and the 2-byte slot count come count × 145 bytes of slots, then the 32-byte MAC.
    constexpr int kSlotSize = 145, kMacSize = 32;
    const auto failed = [&](const QString& why) {
        throw Error(ErrorCode::Failed, QCoreApplication::translate("AccountCancellation", "%1: %2")
                                           .arg(QDir::toNativeSeparators(headerPath), why));
    };
    const int fd = ::open(QFile::encodeName(headerPath).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        failed(QString::fromLocal8Bit(strerror(errno)));
    QByteArray bytes(1 << 16, '\0');
    const ssize_t n = ::pread(fd, bytes.data(), size_t(bytes.size()), 0);
    bytes.resize(qMax<ssize_t>(n, 0));
    const int libSize = bytes.size() > 64 ? quint8(bytes[64]) : 0;
    const int countAt = 65 + libSize;
    const int count = bytes.size() > countAt + 1 ? (quint8(bytes[countAt]) << 8 | quint8(bytes[countAt + 1])) : 0;
    const int start = countAt + 2, length = count * kSlotSize;
    if (!bytes.startsWith("COFFERVH") || count == 0 || start + length + kMacSize != bytes.size()) {
        ::close(fd);
        failed(QCoreApplication::translate("AccountCancellation", "the header is not in the expected format"));
    }
    const QByteArray noise = randomBytes(length);
    QByteArray readBack(length, '\0');
    const bool ok = ::pwrite(fd, noise.constData(), size_t(length), start) == length && ::fsync(fd) == 0 &&
                    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) >= 0 &&
                    ::pread(fd, readBack.data(), size_t(length), start) == length;
    const int error = errno;
    ::close(fd);
    if (!ok)
        failed(QString::fromLocal8Bit(strerror(error)));
    if (readBack != noise)
        failed(
            QCoreApplication::translate("AccountCancellation", "the key slots read back differ from what was written"));
}

void AccountCancellation::removeSettings(const Plan& plan)
{
    KnownVaults::forget(plan.vaultFolder);
    KnownVaults::forgetBackupFolder(QByteArray::fromHex(plan.vaultIdHex.toLatin1()));
    const bool backupGone = !exists(plan.backupFolder);
    QSettings s = programSettings();
    for (const QString& key : s.allKeys()) {
        const QVariant value = s.value(key);
        if (key.contains(plan.vaultIdHex)) {
            s.remove(key);
        } else if (value.typeId() == QMetaType::QStringList) {
            QStringList list = value.toStringList();
            if (list.removeIf([&](const QString& v) { return plan.namesVault(v, backupGone); }) > 0)
                s.setValue(key, list);
        } else if (plan.namesVault(value.toString(), backupGone)) {
            s.remove(key);
        }
    }
    s.sync();
    if (s.status() != QSettings::NoError)
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("AccountCancellation", "The settings file %1 could not be written.")
                        .arg(s.fileName()));
}

std::vector<ErasureCheck> AccountCancellation::verify(const Plan& plan, const CancellationResult& result)
{
    std::vector<ErasureCheck> checks;
    int left = 0;
    for (const CancelledFile& f : result.files)
        left += exists(f.file.path) ? 1 : 0;
    checks.push_back(
        {QStringLiteral("files"),
         QCoreApplication::translate("AccountCancellation", "None of the files exists any more"), left == 0,
         QCoreApplication::translate("AccountCancellation", "%1 of %2 files left").arg(left).arg(result.files.size())});
    checks.push_back({QStringLiteral("vault-folder"),
                      QCoreApplication::translate("AccountCancellation", "The vault folder is gone"),
                      !exists(plan.vaultFolder), QDir::toNativeSeparators(plan.vaultFolder)});

    int ours = 0, others = 0;
    const QDir backups(plan.backupFolder);
    if (exists(plan.backupFolder)) {
        for (const QFileInfo& f : backups.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            QByteArray id;
            QString taken;
            const bool mine = f.fileName().startsWith(plan.vaultIdHex) ||
                              (BackupFile::peek(f.absoluteFilePath(), &id, &taken) && id.toHex() == plan.vaultIdHex);
            ++(mine ? ours : others);
        }
    }
    checks.push_back(
        {QStringLiteral("backup-folder"),
         QCoreApplication::translate("AccountCancellation", "No file of the vault remains in its backup folder"),
         ours == 0,
         exists(plan.backupFolder)
             ? QCoreApplication::translate("AccountCancellation",
                                           "folder kept: %1 file(s) of this vault, %2 other file(s)")
                   .arg(ours)
                   .arg(others)
             : QCoreApplication::translate("AccountCancellation", "folder removed")});

    ErasureCheck reopen{
        QStringLiteral("reopen"),
        QCoreApplication::translate("AccountCancellation", "Opening the vault path fails as \"not a vault\""),
        false,
        {}};
    try {
        (void)Vault::unlock(plan.vaultFolder, {}, Secret::fromUtf8("not a password"));
        reopen.detail = QCoreApplication::translate("AccountCancellation", "it opened");
    } catch (const Error& e) {
        reopen.passed = e.code() == ErrorCode::Damaged;
        reopen.detail = e.message();
    }
    checks.push_back(reopen);

    int naming = 0;
    const bool backupGone = !exists(plan.backupFolder);
    QSettings s = programSettings();
    for (const QString& key : s.allKeys()) {
        const QStringList values = s.value(key).toStringList() << s.value(key).toString();
        if (key.contains(plan.vaultIdHex) ||
            std::any_of(values.begin(), values.end(), [&](const QString& v) { return plan.namesVault(v, backupGone); }))
            ++naming;
    }
    checks.push_back({QStringLiteral("settings"),
                      QCoreApplication::translate("AccountCancellation", "No settings entry names the vault"),
                      naming == 0,
                      QCoreApplication::translate("AccountCancellation", "%1 entries name it").arg(naming)});
    return checks;
}

} // namespace coffer
