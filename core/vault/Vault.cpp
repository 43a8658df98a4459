#include "Vault.h"

#include "Error.h"
#include "IntegrityKey.h"
#include "KnownVaults.h"
#include "crypto/PasswordStrength.h"
#include "crypto/Pseudonym.h"
#include "crypto/Random.h"
#include "store/FileSafety.h"
#include "store/FolderSafety.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace coffer {

namespace {

const QString kSuffix = QStringLiteral(".coffer");
// An audit row whose seq is a multiple of this, written while the owner or an administrator is signed in,
// brings a checkpoint (vault/IntegrityKey.h), besides those at their sign-in, lock and changes to users.
constexpr qint64 kCheckpointEvery = 256;
QString headerPath(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("header"));
}
QString databasePath(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("vault.db"));
}
QString failuresPath(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("signin-failures"));
}

[[noreturn]] void notAVault(const QString& folder)
{
    throw Error(
        ErrorCode::Damaged,
        QCoreApplication::translate("Vault", "%1 is not a Coffer vault.").arg(QDir::toNativeSeparators(folder)));
}

QByteArray readHeaderBytes(const QString& folder)
{
    QFile file(headerPath(folder));
    if (!QFileInfo(folder).isDir() || !file.open(QIODevice::ReadOnly))
        notAVault(folder);
    return file.read(1 << 20);
}

} // namespace

QString Vault::resolveFolder(const QString& path)
{
    QString p = QDir::cleanPath(path);
    if (!QFileInfo::exists(p) && !p.endsWith(kSuffix) && QFileInfo::exists(p + kSuffix))
        p += kSuffix;
    return QFileInfo(p).absoluteFilePath();
}

QString Vault::headerFilePath() const
{
    return headerPath(m_path);
}

QString Vault::databaseFilePath() const
{
    return databasePath(m_path);
}

QString Vault::restoredFrom()
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = 'restored.from'");
    return st.next() ? st.text(0) : QString();
}

QString Vault::name() const
{
    QString n = QFileInfo(m_path).fileName();
    if (n.endsWith(kSuffix))
        n.chop(kSuffix.size());
    return n;
}

KdfParams Vault::kdfParams() const
{
    const KeySlot* recovery = m_header.recoverySlot();
    return recovery ? recovery->kdf : m_header.keySlots.front().kdf;
}

void Vault::checkPassword(const Secret& password)
{
    const QString problem = PasswordStrength::of(password, kMinPasswordLength).problem(kMinPasswordLength);
    if (!problem.isEmpty())
        throw Error(ErrorCode::Usage, problem);
}

void Vault::checkUserName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(ErrorCode::Usage, tr("The user name is empty."));
    if (trimmed.size() > kMaxUserNameLength)
        throw Error(ErrorCode::Usage, tr("The user name is longer than %1 characters.").arg(kMaxUserNameLength));
    for (QChar c : trimmed)
        if (c.category() == QChar::Other_Control)
            throw Error(ErrorCode::Usage, tr("The user name contains control characters."));
}

VaultCreation Vault::create(const QString& folderIn, const QString& ownerName, const Secret& password, KdfParams kdf)
{
    checkUserName(ownerName);
    checkPassword(password);
    if (!Argon2Kdf::isAcceptable(kdf))
        throw Error(ErrorCode::Usage, tr("The key derivation parameters are out of range."));
    QString folder = QFileInfo(QDir::cleanPath(folderIn)).absoluteFilePath();
    if (!folder.endsWith(kSuffix))
        folder += kSuffix;
    if (QFileInfo::exists(folder) &&
        !QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        throw Error(ErrorCode::Failed, tr("%1 already exists and is not empty.").arg(QDir::toNativeSeparators(folder)));
    if (!QFileInfo(QFileInfo(folder).absolutePath()).isDir())
        throw Error(
            ErrorCode::Failed,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(folder).absolutePath())));
    requireLocalFolder(folder, FolderUse::Vault);
    const bool existed = QFileInfo::exists(folder);
    makePrivateFolder(folder);

    try {
        VaultLock lock = VaultLock::acquire(folder);
        Secret dataKey = randomSecret(KeySlot::kDataKeySize);

        VaultHeader header;
        header.vaultId = randomBytes(VaultHeader::kVaultIdSize);
        header.lookupKey = randomBytes(VaultHeader::kLookupKeySize);
        Secret recoveryKey = randomReadableSecret(20);
        Secret ownerPrivate;
        header.keySlots.push_back(KeySlot::seal(dataKey, password, kdf, SlotKind::User, header.lookupFor(ownerName),
                                                header.vaultId, {}, &ownerPrivate));
        header.keySlots.push_back(KeySlot::seal(dataKey, normaliseReadableSecret(recoveryKey), kdf, SlotKind::Recovery,
                                                randomBytes(KeySlot::kLookupSize), header.vaultId));

        {
            Database db;
            db.open(databasePath(folder), dataKey, header.cipher, true);
            header.cipherLibraryVersion = Database::cipherVersion(db).toLatin1();
            migrate(db);
            Transaction tx(db);
            const QString now = nowStamp();
            const QString ownerId = newRecordId();
            db.prepare("INSERT INTO users (id, name, name_key, role, slot_id, must_change_password, created, changed) "
                       "VALUES (?, ?, ?, 'owner', ?, 0, ?, ?)")
                .bind(1, ownerId)
                .bind(2, ownerName.trimmed())
                .bind(3, userNameKey(ownerName))
                .bind(4, header.keySlots.front().id)
                .bind(5, now)
                .bind(6, now)
                .run();
            db.prepare("INSERT INTO meta (key, value) VALUES ('created', ?)").bind(1, now).run();
            setDatabaseGeneration(db, header.generation);
            AuditLog::append(db, ownerId, QStringLiteral("vault.create"), QStringLiteral("vault"),
                             QString::fromLatin1(header.vaultId.toHex()));
            tx.commit();
        }
        makePrivateFile(databasePath(folder));
        const QByteArray bytes = header.serialise(dataKey);
        writeFileAtomically(headerPath(folder), bytes);
        const QByteArray ownerSlot = header.keySlots.front().id;
        auto vault = openWithKey(folder, std::move(lock), bytes, std::move(header), std::move(dataKey));
        vault->signIn(ownerSlot);
        vault->noteSeenGeneration();
        vault->takeIntegrityKeyWith(ownerSlot, std::move(ownerPrivate));
        return {std::move(vault), std::move(recoveryKey)};
    } catch (...) {
        // Leave nothing half made: a folder without a header is not a vault, but it would block a retry.
        for (const QString& f : {QStringLiteral("header"), QStringLiteral("vault.db"), QStringLiteral("vault.db-wal"),
                                 QStringLiteral("vault.db-shm"), QStringLiteral("lock")})
            QFile::remove(QDir(folder).filePath(f));
        if (!existed)
            QDir().rmdir(folder);
        throw;
    }
}

std::unique_ptr<Vault> Vault::unlock(const QString& path, const QString& userName, const Secret& password)
{
    const QString folder = resolveFolder(path);
    if (!QFileInfo::exists(headerPath(folder)))
        notAVault(folder);
    requireLocalFolder(folder, FolderUse::Vault); // the lock below would not hold there
    VaultLock lock = VaultLock::acquire(folder);
    const bool rekeyResumed = finishInterruptedRekey(folder);
    const QByteArray bytes = readHeaderBytes(folder);
    VaultHeader header = VaultHeader::parse(bytes);
    const KeySlot* slot =
        userName.trimmed().isEmpty() ? header.ownerSlot() : header.findByLookup(header.lookupFor(userName));
    Secret kek;
    Secret dataKey;
    try {
        if (!slot) {
            // Pay the same argon2 cost as a real attempt, so timing does not reveal which names exist.
            (void)Argon2Kdf::derive(password, randomBytes(Argon2Kdf::kSaltSize), header.keySlots.front().kdf);
            throw Error::wrongPassword();
        }
        kek = slot->deriveKek(password);
        dataKey = slot->unseal(kek, header.vaultId);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Auth)
            throw;
        // One message from one place for a wrong password and an unknown user, in every language.
        noteFailedSignIn(folder);
        throw Error::wrongPassword();
    }
    const QByteArray slotId = slot->id;
    auto vault = openWithKey(folder, std::move(lock), bytes, std::move(header), std::move(dataKey));
    vault->signIn(slotId);
    vault->noteSeenGeneration();
    vault->importFailedSignIns();
    Transaction tx(vault->m_db);
    vault->audit(QStringLiteral("signin"), QStringLiteral("user"), vault->m_user.id);
    tx.commit();
    if (rekeyResumed)
        vault->endRekey(QStringLiteral("resumed"));
    vault->upgradeSlot(slotId, kek);
    vault->takeIntegrityKey(slotId, kek); // after the upgrade: a slot from header format 1 has a key pair now
    return vault;
}

void Vault::noteFailedSignIn(const QString& folder, bool recovery)
{
    QFile file(failuresPath(folder));
    if (file.open(QIODevice::Append)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write((recovery ? QByteArrayLiteral("recovery ") : QByteArray()) + nowStamp().toLatin1() + '\n');
    }
}

void Vault::importFailedSignIns()
{
    QFile file(failuresPath(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return;
    Transaction tx(m_db);
    // Only well-formed times are taken: the file is outside the encryption and anyone may write it.
    for (QByteArray line : file.readAll().split('\n')) {
        line = line.trimmed();
        const bool recovery = line.startsWith("recovery ");
        const QString stamp = QString::fromLatin1(recovery ? line.mid(9) : line);
        if (fromStamp(stamp).isValid())
            AuditLog::append(m_db, {}, recovery ? QStringLiteral("recover.failed") : QStringLiteral("signin.failed"),
                             {}, {}, stamp);
    }
    tx.commit();
    file.remove();
}

std::unique_ptr<Vault> Vault::recover(const QString& path, const QString& userName, const Secret& recoveryKey,
                                      const Secret& newPassword)
{
    checkPassword(newPassword);
    const QString folder = resolveFolder(path);
    if (!QFileInfo::exists(headerPath(folder)))
        notAVault(folder);
    requireLocalFolder(folder, FolderUse::Vault); // the lock below would not hold there
    VaultLock lock = VaultLock::acquire(folder);
    const bool rekeyResumed = finishInterruptedRekey(folder);
    const QByteArray bytes = readHeaderBytes(folder);
    VaultHeader header = VaultHeader::parse(bytes);
    const KeySlot* slot = header.recoverySlot();
    if (!slot) // destroyed when ownership was handed over, until the new owner makes one
        throw Error(ErrorCode::Auth, tr("This vault has no recovery key at the moment: its owner makes a new one "
                                        "(coffer-cli recovery-key rotate)."));
    Secret kek;
    Secret dataKey;
    try {
        kek = slot->deriveKek(normaliseReadableSecret(recoveryKey));
        dataKey = slot->unseal(kek, header.vaultId);
    } catch (const Error&) {
        noteFailedSignIn(folder, true);
        throw Error::wrongRecoveryKey();
    }
    const QByteArray recoverySlotId = slot->id;
    auto vault = openWithKey(folder, std::move(lock), bytes, std::move(header), std::move(dataKey));
    try {
        vault->m_user = vault->findUser(userName);
    } catch (const Error&) {
        noteFailedSignIn(folder, true);
        throw Error::wrongRecoveryKey();
    }
    vault->noteSeenGeneration();
    vault->importFailedSignIns();
    vault->takeIntegrityKey(recoverySlotId, kek); // the recovery slot's copy, for an owner or administrator
    vault->changePassword(newPassword);
    Transaction tx(vault->m_db);
    vault->audit(QStringLiteral("user.recover"), QStringLiteral("user"), vault->m_user.id);
    tx.commit();
    if (rekeyResumed)
        vault->endRekey(QStringLiteral("resumed"));
    vault->upgradeSlot(recoverySlotId, kek);
    return vault;
}

std::unique_ptr<Vault> Vault::openWithKey(const QString& folder, VaultLock lock, const QByteArray& headerBytes,
                                          VaultHeader header, Secret dataKey)
{
    if (!VaultHeader::verifyMac(headerBytes, dataKey))
        throw Error::headerChecksumMismatch();
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_path = folder;
    vault->m_lock = std::move(lock);
    vault->m_header = std::move(header);
    vault->m_dataKey = std::move(dataKey);
    if (!QFileInfo::exists(databasePath(folder)))
        throw Error(ErrorCode::Damaged, tr("The vault is damaged: its database file is missing."));
    vault->openDatabase();
    vault->checkGeneration();
    vault->checkSeenGeneration();
    vault->afterOpen();
    vault->m_changed = false; // bookkeeping of its copies only: no call for a backup on lock
    return vault;
}

void Vault::openDatabase()
{
    m_db.open(databasePath(m_path), m_dataKey, m_header.cipher, false);
    migrate(m_db);
    m_stable = StableKeys::of(m_db, m_dataKey);
    StableKeys::keep(m_db, m_stable); // before any change of the data key can happen
    // Sign-ins, reads and locks only add audit rows and checkpoints; they alone do not call for a backup on lock.
    sqlite3_update_hook(
        m_db.handle(),
        [](void* self, int, const char*, const char* table, sqlite3_int64) {
            if (std::strcmp(table, "audit") != 0 && std::strcmp(table, "audit_checkpoints") != 0)
                static_cast<Vault*>(self)->m_changed = true;
        },
        this);
}

void Vault::signIn(const QByteArray& slotId)
{
    Statement st =
        m_db.prepare("SELECT id, name, role, must_change_password, created, changed FROM users WHERE slot_id = ?");
    st.bind(1, slotId);
    if (!st.next())
        throw Error::wrongPassword(); // a slot whose user row is gone (removed while a header write failed)
    m_user = userFrom(st);
}

Vault::~Vault()
{
    lock();
}

void Vault::closeWithoutWriting()
{
    m_changed = false;
    m_db.close();
    m_dataKey.clear();
    m_integrityKey.clear();
    m_privateKey.clear();
}

void Vault::lock()
{
    if (m_db.isOpen() && !m_user.id.isEmpty()) {
        try {
            audit(QStringLiteral("lock"), QStringLiteral("user"), m_user.id);
            if (!m_integrityKey.isEmpty())
                IntegrityKey::checkpoint(m_db, m_integrityKey, id());
        } catch (...) {
            // Locking must always succeed; a full disk only costs this one log row.
        }
        if (std::exchange(m_changed, false))
            backUpOnLock(); // never throws
    }
    m_db.close();
    m_dataKey.clear();
    m_integrityKey.clear();
    m_privateKey.clear();
    m_lock.release();
}

void Vault::require(Permission permission) const
{
    if (!isUnlocked())
        throw Error::vaultLocked();
    if (m_user.mustChangePassword)
        throw Error::mustChangePassword();
    if (!roleAllows(m_user.role, permission))
        throw Error::roleForbids(roleDisplayName(m_user.role));
}

void Vault::audit(const QString& action, const QString& objectType, const QString& objectId, const QString& detail)
{
    const qint64 seq = AuditLog::append(m_db, m_user.id, action, objectType, objectId, detail);
    if (!m_integrityKey.isEmpty() && seq % kCheckpointEvery == 0)
        IntegrityKey::checkpoint(m_db, m_integrityKey, id());
}

QString Vault::pseudonym(const QString& clientId) const
{
    return m_stable.pseudonym.of(clientId);
}

std::vector<AuditEntry> Vault::auditEntries(qint64 afterSeq, int limit)
{
    require(Permission::ReadAudit);
    return AuditLog::entries(m_db, afterSeq, limit);
}

std::vector<AuditEntry> Vault::auditEntriesBefore(qint64 beforeSeq, int limit, AuditQuery query)
{
    require(Permission::ReadAudit);
    // The same keyed hash the log was written with, so a client's entries are found by it.
    query.clientPseudonym = query.clientId.isEmpty() ? QString() : pseudonym(query.clientId);
    return AuditLog::entriesBefore(m_db, beforeSeq, limit, query);
}

std::vector<AuditActor> Vault::auditActors(qint64 afterSeq)
{
    require(Permission::ReadAudit);
    return AuditLog::actors(m_db, afterSeq);
}

QByteArray Vault::slotIdOf(const QString& userId)
{
    Statement st = m_db.prepare("SELECT slot_id FROM users WHERE id = ?");
    st.bind(1, userId);
    return st.next() ? st.blob(0) : QByteArray();
}

void Vault::writeHeaderThenCommit(Transaction& tx, const std::function<void(VaultHeader&)>& change)
{
    VaultHeader next = m_header;
    change(next);
    // A header with a key-pair slot is format 2; a format-1 header stays so only while every slot is
    // pending and nothing else was asked of it.
    if (next.formatVersion == 1 && !std::all_of(next.keySlots.cbegin(), next.keySlots.cend(),
                                                [](const KeySlot& slot) { return slot.isPending(); }))
        next.formatVersion = VaultHeader::kFormatVersion;
    if (next.formatVersion != 1) {
        next.generation = m_header.generation + 1;
        setDatabaseGeneration(m_db, next.generation);
    }
    next.write(headerPath(m_path), m_dataKey);
    m_header = std::move(next);
    tx.commit();
    noteSeenGeneration();
}

void Vault::checkGeneration()
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = 'header.generation'");
    const bool recorded = st.next();
    const quint64 database = recorded ? st.text(0).toULongLong() : 0;
    const quint64 header = m_header.generation; // 0 for format 1, which has none
    if (database == header)
        return;
    const QString detail = QStringLiteral("header=%1 database=%2").arg(header).arg(database);
    Transaction tx(m_db);
    if (recorded && header == database + 1) {
        // writeHeaderThenCommit writes the header before it commits: a crash between the two leaves the
        // header one ahead. The change it carried is in the header alone; the database catches up.
        setDatabaseGeneration(m_db, header);
        AuditLog::append(m_db, {}, QStringLiteral("vault.generation"), QStringLiteral("vault"),
                         QString::fromLatin1(id().toHex()), detail);
    } else {
        m_rollbackWarning =
            (header > database
                 ? tr("This vault's database (vault.db) is older than its header: the header is at change %1, the "
                      "database at change %2.")
                 : tr("This vault's header is older than its database: the header is at change %1, the database at "
                      "change %2."))
                .arg(header)
                .arg(database) +
            u' ' +
            tr("Someone may have put back an older copy of one of its files, which would undo removals of users, "
               "password changes or erasures. If you did not restore it yourself, treat the vault as tampered with "
               "and check the audit log.");
        AuditLog::append(m_db, {}, QStringLiteral("vault.rollback"), QStringLiteral("vault"),
                         QString::fromLatin1(id().toHex()), detail);
    }
    tx.commit();
}

void Vault::checkSeenGeneration()
{
    if (m_header.generation == 0)
        return; // format 1 has no generation
    const KnownVaults::SeenGeneration seen = KnownVaults::seenGeneration(id(), m_path, m_stable.tombstone);
    if (!seen.present || (seen.authentic && seen.generation <= m_header.generation))
        return;
    m_seenAhead = true;
    const QString warning =
        seen.authentic
            ? tr("This computer has seen this vault at change %1, and its files are now at change %2: both the "
                 "header and the database were put back from an older copy.")
                  .arg(seen.generation)
                  .arg(m_header.generation)
            : tr("This computer's record of how far this vault has changed does not verify: it was edited outside "
                 "Coffer.");
    m_rollbackWarning = m_rollbackWarning.isEmpty() ? warning + u' ' +
                                                          tr("That would undo removals of users, password changes "
                                                             "or erasures. If you did not put them back yourself, "
                                                             "treat the vault as tampered with and check the audit "
                                                             "log.")
                                                    : m_rollbackWarning + u' ' + warning;
    Transaction tx(m_db);
    AuditLog::append(m_db, {}, QStringLiteral("vault.rollback"), QStringLiteral("vault"),
                     QString::fromLatin1(id().toHex()),
                     seen.authentic ? QStringLiteral("seen=%1 header=%2").arg(seen.generation).arg(m_header.generation)
                                    : QStringLiteral("seen=unverified header=%1").arg(m_header.generation));
    tx.commit();
}

void Vault::noteSeenGeneration() noexcept
{
    if (m_header.generation == 0)
        return;
    if (m_seenAhead && m_user.role != Role::Owner && m_user.role != Role::Admin)
        return;
    try {
        KnownVaults::noteGeneration(id(), m_path, m_header.generation, m_stable.tombstone);
        m_seenAhead = false;
    } catch (...) {
        // A settings file that cannot be written loses only this record, not the vault.
    }
}

void Vault::setDatabaseGeneration(Database& db, quint64 generation)
{
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('header.generation', ?)")
        .bind(1, QString::number(generation))
        .run();
}

void Vault::upgradeSlot(const QByteArray& slotId, const Secret& kek) noexcept
{
    try {
        const KeySlot* slot = m_header.findById(slotId);
        const bool migrate = m_header.formatVersion == 1;
        if (!slot || (!slot->isPending() && !migrate))
            return;
        // The first unlock of a format-1 vault by its owner or an administrator moves it to format 2,
        // after a backup of it as it was (none when backups are off). Others wait for them, so that the
        // migration is made once, by someone who may back up; their own slot follows at their next sign-in.
        const bool mayMigrate = m_user.role == Role::Owner || m_user.role == Role::Admin;
        if (migrate && (!mayMigrate || !backUpBefore(QStringLiteral("before-upgrade"))))
            return;
        KeySlot upgraded = slot->upgraded(kek, m_dataKey, m_header.vaultId);
        Transaction tx(m_db);
        if (migrate)
            audit(QStringLiteral("vault.upgrade"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()),
                  QStringLiteral("header=%1").arg(VaultHeader::kFormatVersion));
        audit(QStringLiteral("slot.upgrade"),
              slot->kind == SlotKind::Recovery ? QStringLiteral("vault") : QStringLiteral("user"),
              slot->kind == SlotKind::Recovery ? QString::fromLatin1(id().toHex()) : m_user.id,
              slot->kind == SlotKind::Recovery ? QStringLiteral("recovery") : QString());
        writeHeaderThenCommit(tx, [&](VaultHeader& h) {
            h.formatVersion = VaultHeader::kFormatVersion;
            h.putSlot(std::move(upgraded));
        });
    } catch (...) {
        // The slot stays pending and the vault opens as it is; the next sign-in tries again.
    }
}

void Vault::confirmPassword(const Secret& password)
{
    if (!isUnlocked())
        throw Error::vaultLocked();
    const KeySlot* slot = m_header.findById(slotIdOf(m_user.id));
    if (!slot)
        throw Error::wrongPassword();
    try {
        (void)slot->open(password, m_header.vaultId);
    } catch (const Error&) {
        throw Error::wrongPassword();
    }
}

void Vault::changePassword(const Secret& newPassword)
{
    if (!isUnlocked())
        throw Error::vaultLocked();
    checkPassword(newPassword);
    const KeySlot* old = m_header.findById(slotIdOf(m_user.id));
    if (!old)
        throw Error(ErrorCode::Damaged, tr("The vault header is damaged (your key slot is missing)."));
    // Same slot id, fresh salt and nonce: users.slot_id still points here, and only this slot changes.
    Secret privateKey;
    KeySlot slot = KeySlot::seal(m_dataKey, newPassword, old->kdf, SlotKind::User, old->lookup, m_header.vaultId,
                                 old->id, &privateKey);
    Transaction tx(m_db);
    if (!m_integrityKey.isEmpty()) // the new key pair's copy, with its tag
        IntegrityKey::give(m_db, id(), slot, m_integrityKey, &privateKey);
    const QString now = nowStamp();
    m_db.prepare("UPDATE users SET must_change_password = 0, changed = ? WHERE id = ?")
        .bind(1, now)
        .bind(2, m_user.id)
        .run();
    audit(QStringLiteral("user.password"), QStringLiteral("user"), m_user.id);
    writeHeaderThenCommit(tx, [&](VaultHeader& h) { h.putSlot(std::move(slot)); });
    if (!m_integrityKey.isEmpty())
        m_privateKey = std::move(privateKey);
    m_user.mustChangePassword = false;
    m_user.changed = fromStamp(now);
}

} // namespace coffer
