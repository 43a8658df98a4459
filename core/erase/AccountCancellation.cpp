#include "AccountCancellation.h"

#include "CancellationCleanup.h"
#include "Error.h"
#include "KeySlotEraser.h"
#include "backup/BackupFile.h"
#include "backup/ManagedBackups.h"
#include "backup/Tombstones.h"
#include "backup/VaultCopies.h"
#include "crypto/CryptoLibrary.h"
#include "crypto/Sha256.h"
#include "store/FileSafety.h"
#include "vault/KnownVaults.h"
#include "vault/ProgramSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStorageInfo>
#include <QSysInfo>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace coffer {

namespace {

QString clean(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString sha256Of(const QString& path)
{
    QString why;
    const QByteArray sum = Sha256::ofFile(path, &why);
    if (sum.isEmpty())
        throw Error(ErrorCode::Failed,
                    AccountCancellation::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why));
    return QString::fromLatin1(sum.toHex());
}

void addUnique(QStringList& list, const QString& path)
{
    if (!path.isEmpty() && !list.contains(clean(path)))
        list << clean(path);
}

// Whether a file named like a snapshot temporary opens with the data key: then it is this vault's.
bool isOurSnapshot(const QString& path, const Secret* dataKey, const CipherSettings& cipher)
{
    if (!dataKey || !QFileInfo(path).fileName().startsWith(QStringLiteral(".coffer-snapshot-")))
        return false;
    try {
        Database db;
        db.open(path, *dataKey, cipher, false);
        (void)db.scalar("SELECT count(*) FROM sqlite_master");
        return true;
    } catch (const Error&) {
        return false;
    }
}

// This vault's files in a backup folder, found by what they hold, not by their names: backups, the
// partial backups a crash leaves (a temporary name, a prefix still zero, but the header copy in place),
// tombstone files, snapshot temporaries (only with the key).
std::vector<CancellationTarget> scanFolder(const QString& folder, const QByteArray& vaultId, const Secret* dataKey,
                                           const CipherSettings& cipher)
{
    std::vector<CancellationTarget> out;
    for (const QFileInfo& entry :
         QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.isSymLink())
            continue; // a link is not a copy; its target is wherever it points
        const QString path = entry.absoluteFilePath();
        QByteArray id;
        QString taken;
        CancellationTarget t;
        t.path = clean(path);
        t.size = entry.size();
        if (Tombstones::belongsTo(path, vaultId)) {
            t.kind = QStringLiteral("tombstones");
        } else if (BackupFile::peek(path, &id, &taken) && id == vaultId) {
            t.kind = QStringLiteral("backup");
            t.headerOffset = BackupFile::kPrefixSize;
        } else if (KeySlotEraser::vaultIdAt(path, BackupFile::kPrefixSize) == vaultId) {
            t.kind = QStringLiteral("partial-backup");
            t.headerOffset = BackupFile::kPrefixSize;
        } else if (isOurSnapshot(path, dataKey, cipher)) {
            t.kind = QStringLiteral("snapshot");
        } else {
            continue;
        }
        out.push_back(t);
    }
    return out;
}

// Every file of a vault folder (the vault's own or a copy's); the header last, with its sum taken now.
std::vector<CancellationTarget> scanVaultFolder(const QString& folder, const QString& kind)
{
    std::vector<CancellationTarget> out;
    QString header;
    for (const QFileInfo& entry : QDir(folder).entryInfoList(
             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.fileName() == QStringLiteral("header")) {
            header = entry.absoluteFilePath();
            continue;
        }
        CancellationTarget t;
        t.path = clean(entry.absoluteFilePath());
        t.kind = kind;
        t.size = entry.size();
        out.push_back(t);
    }
    if (header.isEmpty())
        throw Error(ErrorCode::Failed,
                    AccountCancellation::tr("The header of %1 is missing.").arg(QDir::toNativeSeparators(folder)));
    CancellationTarget h;
    h.path = clean(header);
    h.kind = kind;
    h.size = QFileInfo(header).size();
    h.headerOffset = 0;
    h.sha256 = sha256Of(header);
    out.push_back(h);
    return out;
}

void checkAll(const std::vector<CancellationTarget>& targets)
{
    for (const CancellationTarget& t : targets)
        if (t.stage != int(SecureOverwrite::Stage::Deleted) && pathExists(t.path))
            SecureOverwrite::checkDestroyable(t.path);
}

void saveJournal(const QString& journal, const CancellationPlan& plan)
{
    const QString folder = QFileInfo(journal).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        makePrivateFolder(folder);
    }
    writeFileAtomically(journal, QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
}

// The order the slots go in: the vault's own header first (once it is gone a resume needs no password),
// the copies' headers, then every backup's header copy.
std::vector<CancellationTarget*> slotOrder(CancellationPlan& plan)
{
    std::vector<CancellationTarget*> out;
    for (const char* kind : {"vault", "copy", "backup", "partial-backup"})
        for (CancellationTarget& t : plan.targets)
            if (t.headerOffset >= 0 && t.kind == QLatin1String(kind))
                out.push_back(&t);
    return out;
}

QJsonArray stringsJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFrom(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QJsonObject CancellationPlan::toJson() const
{
    QJsonArray list;
    for (const CancellationTarget& t : targets)
        list.append(QJsonObject{{QStringLiteral("path"), t.path},
                                {QStringLiteral("kind"), t.kind},
                                {QStringLiteral("headerOffset"), double(t.headerOffset)},
                                {QStringLiteral("size"), double(t.size)},
                                {QStringLiteral("sha256"), t.sha256},
                                {QStringLiteral("slotsDestroyed"), t.slotsDestroyed},
                                {QStringLiteral("stage"), t.stage},
                                {QStringLiteral("readBack"), t.readBack}});
    const DeletionCertificate& c = certificate;
    return {{QStringLiteral("format"), QStringLiteral("coffer-cancellation-journal")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("vaultFolder"), vaultFolder},
            {QStringLiteral("vaultName"), vaultName},
            {QStringLiteral("vaultId"), vaultIdHex},
            {QStringLiteral("backupFolders"), stringsJson(backupFolders)},
            {QStringLiteral("unreachableFolders"), stringsJson(unreachableFolders)},
            {QStringLiteral("abandonedFolders"), stringsJson(abandonedFolders)},
            {QStringLiteral("copyFolders"), stringsJson(copyFolders)},
            {QStringLiteral("keptCopies"), stringsJson(keptCopies)},
            {QStringLiteral("certificate"), certificateJson},
            {QStringLiteral("slotsPhaseDone"), slotsPhaseDone},
            {QStringLiteral("targets"), list},
            {QStringLiteral("who"), QJsonObject{{QStringLiteral("user"), c.userName},
                                                {QStringLiteral("role"), c.userRole},
                                                {QStringLiteral("osAccount"), c.osAccount},
                                                {QStringLiteral("host"), c.host}}},
            {QStringLiteral("backupFolder"), c.backupFolder},
            {QStringLiteral("fileSystem"), c.fileSystem},
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), c.toolName},
                                                 {QStringLiteral("version"), c.toolVersion},
                                                 {QStringLiteral("libraries"), c.libraries}}},
            {QStringLiteral("started"), c.started.toString(Qt::ISODateWithMs)}};
}

CancellationPlan CancellationPlan::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("coffer-cancellation-journal") ||
        o.value(QStringLiteral("version")).toInt() != 1 || o.value(QStringLiteral("vaultId")).toString().size() != 32)
        throw Error(ErrorCode::Damaged, AccountCancellation::tr("The cancellation journal cannot be read."));
    CancellationPlan p;
    p.vaultFolder = o.value(QStringLiteral("vaultFolder")).toString();
    p.vaultName = o.value(QStringLiteral("vaultName")).toString();
    p.vaultIdHex = o.value(QStringLiteral("vaultId")).toString();
    p.backupFolders = stringsFrom(o.value(QStringLiteral("backupFolders")));
    p.unreachableFolders = stringsFrom(o.value(QStringLiteral("unreachableFolders")));
    p.abandonedFolders = stringsFrom(o.value(QStringLiteral("abandonedFolders")));
    p.copyFolders = stringsFrom(o.value(QStringLiteral("copyFolders")));
    p.keptCopies = stringsFrom(o.value(QStringLiteral("keptCopies")));
    p.certificateJson = o.value(QStringLiteral("certificate")).toString();
    p.slotsPhaseDone = o.value(QStringLiteral("slotsPhaseDone")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        p.targets.push_back({t.value(QStringLiteral("path")).toString(), t.value(QStringLiteral("kind")).toString(),
                             qint64(t.value(QStringLiteral("headerOffset")).toDouble(-1)),
                             qint64(t.value(QStringLiteral("size")).toDouble()),
                             t.value(QStringLiteral("sha256")).toString(),
                             t.value(QStringLiteral("slotsDestroyed")).toBool(),
                             t.value(QStringLiteral("stage")).toInt(), t.value(QStringLiteral("readBack")).toString()});
    }
    DeletionCertificate& c = p.certificate;
    const QJsonObject who = o.value(QStringLiteral("who")).toObject();
    c.userName = who.value(QStringLiteral("user")).toString();
    c.userRole = who.value(QStringLiteral("role")).toString();
    c.osAccount = who.value(QStringLiteral("osAccount")).toString();
    c.host = who.value(QStringLiteral("host")).toString();
    c.vaultName = p.vaultName;
    c.vaultId = p.vaultIdHex;
    c.vaultFolder = p.vaultFolder;
    c.backupFolder = o.value(QStringLiteral("backupFolder")).toString();
    c.fileSystem = o.value(QStringLiteral("fileSystem")).toString();
    const QJsonObject tool = o.value(QStringLiteral("tool")).toObject();
    c.toolName = tool.value(QStringLiteral("name")).toString();
    c.toolVersion = tool.value(QStringLiteral("version")).toString();
    c.libraries = tool.value(QStringLiteral("libraries")).toString();
    c.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    return p;
}

QString AccountCancellation::certificateTextPath(const QString& jsonPath)
{
    return (jsonPath.endsWith(QStringLiteral(".json")) ? jsonPath.chopped(5) : jsonPath) + QStringLiteral(".txt");
}

QString AccountCancellation::journalPathFor(const QByteArray& vaultId)
{
    return QFileInfo(programSettings().fileName()).absolutePath() + QStringLiteral("/cancellations/") +
           QString::fromLatin1(vaultId.toHex()) + QStringLiteral(".json");
}

QStringList AccountCancellation::pendingJournals()
{
    QStringList out;
    const QDir dir(QFileInfo(programSettings().fileName()).absolutePath() + QStringLiteral("/cancellations"));
    for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << f.absoluteFilePath();
    return out;
}

QStringList AccountCancellation::keptCopies(Vault& vault)
{
    QStringList out;
    VaultCopies::learn(vault);
    for (const VaultCopy& c : VaultCopies::list(vault))
        if (c.kept && c.exists &&
            KeySlotEraser::vaultIdAt(QDir(c.folder).filePath(QStringLiteral("header")), 0) == vault.id())
            out << c.folder;
    return out;
}

CancellationResult AccountCancellation::cancel(const QString& typedName)
{
    CancellationPlan p = plan(typedName);
    // The copies' own locks, held to the end: no one may open a copy while it is destroyed.
    std::vector<VaultLock> copyLocks;
    for (const QString& copy : p.copyFolders)
        copyLocks.push_back(VaultLock::acquire(copy)); // Error(InUse) before anything is touched
    const Secret* key = &m_vault->dataKey();
    const CipherSettings cipher = m_vault->cipherSettings();
    CancellationResult result;
    // The files, found now (with the key: snapshot temporaries are recognised by opening them).
    try {
        std::vector<CancellationTarget> files;
        for (const QString& folder : p.backupFolders) {
            if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isReadable()) {
                p.unreachableFolders << folder;
                continue;
            }
            for (const CancellationTarget& t : scanFolder(folder, m_vault->id(), key, cipher))
                files.push_back(t);
        }
        for (const QString& copy : p.copyFolders)
            for (const CancellationTarget& t : scanVaultFolder(copy, QStringLiteral("copy")))
                files.push_back(t);
        // From here nothing is written to the vault: no audit row, no backup on lock. Its own folder is
        // listed once it is closed, when the WAL and its index are gone.
        m_vault->closeWithoutWriting();
        for (const CancellationTarget& t : scanVaultFolder(p.vaultFolder, QStringLiteral("vault")))
            files.push_back(t);
        p.targets = files;
        checkAll(p.targets);
    } catch (const Error& e) {
        m_vault->lock();
        result.failure = tr("Nothing was deleted. %1").arg(e.message());
        return result;
    }
    const QString journal = journalPathFor(QByteArray::fromHex(p.vaultIdHex.toLatin1()));
    try {
        saveJournal(journal, p);
    } catch (const Error& e) {
        m_vault->lock();
        result.failure = tr("Nothing was deleted: the cancellation journal could not be written. %1").arg(e.message());
        return result;
    }
    result = run(p, journal, m_beforeEachFile);
    m_vault->lock(); // releases the lock on the (by then unlinked) lock file
    return result;
}

CancellationPlan AccountCancellation::plan(const QString& typedName) const
{
    Vault& vault = *m_vault;
    vault.require(Permission::CancelAccount);
    if (typedName != vault.name())
        throw Error(ErrorCode::Usage, tr("The name typed does not match this vault's name; nothing was deleted."));
    CancellationPlan p;
    p.vaultFolder = clean(vault.path());
    p.vaultName = vault.name();
    p.vaultIdHex = QString::fromLatin1(vault.id().toHex());

    // Every folder the vault or this machine recorded for it, the current and the default one included.
    ManagedBackups managed(vault);
    addUnique(p.backupFolders, managed.folder());
    if (QFileInfo(ManagedBackups::defaultFolder(vault.path())).isDir())
        addUnique(p.backupFolders, ManagedBackups::defaultFolder(vault.path()));
    for (const BackupFolder& f : managed.folders())
        addUnique(p.backupFolders, f.path);
    for (const QString& f : KnownVaults::backupFolders(vault.id()))
        addUnique(p.backupFolders, f);
    // The copies restored from its backups that still are copies of it.
    VaultCopies::learn(vault);
    const QStringList kept = keptCopies(vault);
    QStringList copies;
    for (const VaultCopy& c : VaultCopies::list(vault))
        addUnique(copies, c.folder);
    for (const QString& f : KnownVaults::vaultFolders(vault.id()))
        addUnique(copies, f);
    for (const QString& copy : copies) {
        if (copy == p.vaultFolder ||
            KeySlotEraser::vaultIdAt(QDir(copy).filePath(QStringLiteral("header")), 0) != vault.id())
            continue;
        if (kept.contains(copy) && !m_destroyKeptCopies) {
            p.keptCopies << copy;
            p.backupFolders.removeAll(clean(ManagedBackups::defaultFolder(copy))); // its own, kept with it
            continue;
        }
        p.copyFolders << copy;
        if (QFileInfo(ManagedBackups::defaultFolder(copy)).isDir())
            addUnique(p.backupFolders, ManagedBackups::defaultFolder(copy));
    }

    const QDateTime started = QDateTime::currentDateTimeUtc();
    p.certificateJson =
        QFileInfo(m_certificatePath.isEmpty()
                      ? QFileInfo(p.vaultFolder).absolutePath() + u'/' + vault.name() +
                            QStringLiteral("-deletion-certificate-") +
                            started.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".json")
                      : m_certificatePath)
            .absoluteFilePath();
    // Outside every folder that goes: the vault's, its copies', and the default backup folders beside them
    // (a folder the user chose for backups stays, so the certificate may go there).
    QStringList destroyed = p.copyFolders;
    destroyed << p.vaultFolder;
    for (const QString& f : p.backupFolders)
        if (f.endsWith(QStringLiteral(".coffer-backups")))
            destroyed << f;
    for (const QString& folder : destroyed)
        if (isInsideFolder(p.certificateJson, folder))
            throw Error(ErrorCode::Usage, tr("The certificate must be written outside the vault, its copies and "
                                             "their backup folders."));
    if (!QFileInfo(QFileInfo(p.certificateJson).absolutePath()).isDir())
        throw Error(ErrorCode::Usage, tr("The folder for the certificate, %1, does not exist.")
                                          .arg(QDir::toNativeSeparators(QFileInfo(p.certificateJson).absolutePath())));

    DeletionCertificate& c = p.certificate;
    c.userName = vault.currentUser().name;
    c.userRole = roleName(vault.currentUser().role);
    const passwd* account = ::getpwuid(::geteuid());
    c.osAccount = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid());
    c.host = QSysInfo::machineHostName();
    c.vaultName = vault.name();
    c.vaultId = p.vaultIdHex;
    c.vaultFolder = p.vaultFolder;
    c.backupFolder = clean(managed.folder());
    c.fileSystem = QString::fromLatin1(QStorageInfo(p.vaultFolder).fileSystemType());
    c.toolName = m_toolName;
    c.toolVersion = QStringLiteral(COFFER_VERSION);
    c.libraries = QStringLiteral("libsodium %1, SQLCipher %2")
                      .arg(cryptoLibraryVersion(), Database::cipherVersion(vault.database()));
    c.started = started;
    return p;
}

CancellationResult AccountCancellation::resume(const QString& journalPath,
                                               const std::function<void(const QString&)>& beforeEachFile,
                                               const QStringList& abandon)
{
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Damaged, tr("The cancellation journal %1 cannot be read: %2")
                                            .arg(QDir::toNativeSeparators(journalPath), file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    file.close();
    CancellationPlan p = CancellationPlan::fromJson(doc.object());
    const QByteArray vaultId = QByteArray::fromHex(p.vaultIdHex.toLatin1());
    CancellationResult result;
    const auto vaultHeader = std::find_if(p.targets.begin(), p.targets.end(), [](const CancellationTarget& t) {
        return t.kind == QLatin1String("vault") && t.headerOffset == 0;
    });
    if (vaultHeader == p.targets.end() || !vaultHeader->slotsDestroyed) {
        // Stopped before the first key slot was destroyed: nothing was, and the vault still opens. A resume
        // without a password must not destroy a working vault; the owner starts again.
        QFile::remove(journalPath);
        result.failure = tr("The cancellation had not destroyed anything yet; the vault still opens. Start it again.");
        return result;
    }
    // Folders that were out of reach and can be reached now are searched (by content; without the key,
    // snapshot temporaries cannot be told apart and are left).
    QStringList stillUnreachable;
    QStringList abandoned;
    for (const QString& a : abandon)
        abandoned << clean(a);
    for (const QString& folder : p.unreachableFolders) {
        if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isReadable()) {
            if (abandoned.contains(folder))
                p.abandonedFolders << folder;
            else
                stillUnreachable << folder;
            continue;
        }
        for (const CancellationTarget& t : scanFolder(folder, vaultId, nullptr, {}))
            if (std::none_of(p.targets.begin(), p.targets.end(),
                             [&](const CancellationTarget& x) { return x.path == t.path; }))
                p.targets.insert(p.targets.begin(), t);
    }
    p.unreachableFolders = stillUnreachable;
    // A target claims to be this vault's: check it still is before destroying it (a journal is a file
    // anyone with the account could edit).
    for (CancellationTarget& t : p.targets) {
        if (t.stage == int(SecureOverwrite::Stage::Deleted) || !pathExists(t.path) || t.slotsDestroyed ||
            t.headerOffset < 0)
            continue;
        if (KeySlotEraser::vaultIdAt(t.path, t.headerOffset) != vaultId)
            t.stage = int(SecureOverwrite::Stage::Deleted), t.readBack = tr("not this vault's any more; left alone");
    }
    return run(p, journalPath, beforeEachFile);
}

CancellationResult AccountCancellation::run(CancellationPlan& p, const QString& journal,
                                            const std::function<void(const QString&)>& beforeEachFile)
{
    CancellationResult result;
    result.journal = journal;
    result.unreachableFolders = p.unreachableFolders;
    result.abandonedFolders = p.abandonedFolders;
    result.keptCopies = p.keptCopies;
    result.copyFolders = p.copyFolders;
    const auto save = [&] {
        try {
            saveJournal(journal, p);
        } catch (const Error&) {
            // The step is done all the same; a resume repeats at most this one, which is harmless.
        }
    };
    const auto report = [&] {
        for (const CancellationTarget& t : p.targets) {
            CancelledFile f;
            f.file = {t.path, t.kind, t.size, t.sha256, t.readBack};
            f.stage = SecureOverwrite::Stage(t.stage);
            result.files.push_back(f);
        }
    };

    // 2. The cryptographic erase of every copy.
    for (CancellationTarget* t : slotOrder(p)) {
        if (t->slotsDestroyed || t->stage == int(SecureOverwrite::Stage::Deleted))
            continue;
        try {
            if (beforeEachFile)
                beforeEachFile(t->path);
            // The certificate's sum is of the file as it was, so it is taken before its slots change.
            if (t->sha256.isEmpty())
                t->sha256 = sha256Of(t->path);
            KeySlotEraser::destroyKeySlots(t->path, t->headerOffset);
            t->slotsDestroyed = true;
            save();
        } catch (const Error& e) {
            const bool none = std::none_of(p.targets.begin(), p.targets.end(),
                                           [](const CancellationTarget& x) { return x.slotsDestroyed; });
            result.failure =
                none ? tr("The key slots could not be destroyed; no file was deleted, though the header may be "
                          "partly overwritten. %1")
                           .arg(e.message())
                     : tr("Not every copy's key slots could be destroyed: %1").arg(e.message());
            result.keySlotsDestroyed = !none;
            if (none)
                QFile::remove(journal);
            report();
            return result;
        }
    }
    p.slotsPhaseDone = true;
    result.keySlotsDestroyed = true;
    save();

    // 3. Every file: backups first, the vault's header last.
    for (CancellationTarget& t : p.targets) {
        if (t.stage == int(SecureOverwrite::Stage::Deleted))
            continue;
        if (!pathExists(t.path)) { // destroyed before a crash could write it down
            t.stage = int(SecureOverwrite::Stage::Deleted);
            if (t.readBack.isEmpty())
                t.readBack = tr("deleted (before an interruption)");
            save();
            continue;
        }
        try {
            if (beforeEachFile)
                beforeEachFile(t.path);
            SecureOverwrite::Stage stage = SecureOverwrite::Stage(t.stage);
            const QByteArray before = SecureOverwrite::destroy(t.path, &stage);
            t.stage = int(stage);
            if (t.sha256.isEmpty())
                t.sha256 = QString::fromLatin1(before.toHex());
            t.readBack = tr("overwritten, read back equal, deleted");
            save();
        } catch (const Error& e) {
            result.failure = e.message();
            save();
            report();
            return result;
        }
    }
    report();

    // 4. Folders, settings, verification.
    try {
        CancellationCleanup::removeFolders(p);
        CancellationCleanup::removeSettings(p);
    } catch (const Error& e) {
        result.failure = tr("Every file was deleted, but: %1").arg(e.message());
        return result;
    }
    QStringList paths;
    for (const CancelledFile& f : result.files)
        paths << f.file.path;
    result.verification = CancellationCleanup::verify(p, paths);
    for (const ErasureCheck& check : result.verification)
        if (!check.passed) {
            result.failure = tr("A check afterwards failed (%1).").arg(check.name);
            return result;
        }
    if (!p.unreachableFolders.isEmpty()) {
        result.failure = tr("Not finished: these backup folders could not be reached and were not sanitised: %1. "
                            "Connect them and resume the cancellation (or, if one is gone for good, resume and say "
                            "so: it is then named in the certificate as not reached).")
                             .arg(QDir::toNativeSeparators(p.unreachableFolders.join(QStringLiteral(", "))));
        return result;
    }

    // 5. The certificate; then the journal goes.
    DeletionCertificate& c = p.certificate;
    c.files.clear();
    c.managedBackups.clear();
    for (const CancelledFile& f : result.files) {
        c.files.push_back(f.file);
        if (f.file.kind == QLatin1String("backup") || f.file.kind == QLatin1String("partial-backup"))
            c.managedBackups << f.file.path;
    }
    c.backupFolders = p.backupFolders;
    c.copyFolders = p.copyFolders;
    c.keptCopies = p.keptCopies;
    c.abandonedFolders = p.abandonedFolders;
    c.verification = result.verification;
    c.completed = QDateTime::currentDateTimeUtc();
    try {
        c.write(p.certificateJson, certificateTextPath(p.certificateJson));
    } catch (const Error& e) {
        result.failure =
            tr("Everything was deleted and verified, but the certificate could not be written: %1").arg(e.message());
        return result;
    }
    QFile::remove(journal);
    result.journal.clear();
    result.certificateJson = p.certificateJson;
    result.certificateText = certificateTextPath(p.certificateJson);
    result.completed = true;
    return result;
}

} // namespace coffer
