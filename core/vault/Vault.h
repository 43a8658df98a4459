// Vault: one open, unlocked vault and the person who unlocked it. It owns the data key (in secure
// memory), the SQLCipher connection and the process lock, and it is where roles are enforced: every
// operation checks the signed-in user's permission before touching anything.
//
// On disk a vault is a folder NAME.coffer/ (0700) holding `header` (VaultHeader), `vault.db`
// (SQLCipher, keyed with the data key) and `lock`; all files 0600.
#pragma once

#include "Role.h"
#include "StableKeys.h"
#include "VaultHeader.h"
#include "VaultLock.h"
#include "audit/AuditLog.h"
#include "crypto/Secret.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace coffer {

struct UserInfo
{
    QString id;
    QString name;
    Role role = Role::Viewer;
    bool mustChangePassword = false;
    QDateTime created;
    QDateTime changed;
};

struct VaultCreation;

// Where a rekey is, for a test that stops the process there (Vault::rekey's afterStep).
enum class RekeyStep { DatabaseCopied, HeaderWritten, JournalWritten, InPlace };
using RekeyProgress = std::function<void(qint64 done, qint64 total)>; // bytes of vault.db re-encrypted

class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxUserNameLength = 64;

    // Creates PATH (".coffer" appended when missing) with its owner and a recovery slot. The folder
    // must not exist or be empty. Returns the unlocked vault and the recovery key, shown once.
    static VaultCreation create(const QString& folder, const QString& ownerName, const Secret& password, KdfParams kdf);
    // An empty userName means the owner. Throws Error(Auth) for a wrong password and for an unknown user
    // alike (same message, same time),
    // Error(Damaged) for a damaged vault or a folder that is not one, Error(InUse) when it is open elsewhere.
    static std::unique_ptr<Vault> unlock(const QString& folder, const QString& userName, const Secret& password);
    // Sets a new password for userName (empty: the owner) with the recovery key, and returns the vault unlocked as
    // them.
    static std::unique_ptr<Vault> recover(const QString& folder, const QString& userName, const Secret& recoveryKey,
                                          const Secret& newPassword);
    // The folder a path names: PATH itself, or PATH.coffer when only that exists.
    static QString resolveFolder(const QString& path);

    ~Vault();
    Q_DISABLE_COPY(Vault)

    // Wipes the data key, closes the database and releases the lock. Idempotent.
    void lock();
    // For account cancellation only: closes the database and wipes the data key without writing anything
    // (no audit row, no backup on lock), and keeps the process lock until lock() releases it.
    void closeWithoutWriting();
    bool isUnlocked() const { return m_db.isOpen(); }

    QString path() const { return m_path; }
    QString name() const;
    // When this vault is a copy restored from a backup (Restorer, as a separate vault): the backup's time
    // (ISO 8601); empty for the vault itself, and for a vault that a backup replaced in place.
    QString restoredFrom();
    QByteArray id() const { return m_header.vaultId; }
    // Empty, or what looks rolled back: a header and a vault.db whose generations (VaultHeader.h) differ
    // by more than an interrupted header change explains. The vault opens all the same; say it plainly.
    QString rollbackWarning() const { return m_rollbackWarning; }
    // Empty, or what the integrity key (vault/IntegrityKey.h) found changed outside Coffer when the owner
    // or an administrator signed in: the users and their roles, the audit log, the key itself. Audited.
    QString integrityWarning() const { return m_integrityWarning; }
    // The header's format: 1 until its owner or an admin unlocks it once, then 2.
    quint16 headerFormat() const { return m_header.formatVersion; }
    const UserInfo& currentUser() const { return m_user; }
    KdfParams kdfParams() const;
    const CipherSettings& cipherSettings() const { return m_header.cipher; }

    // Rewraps only the signed-in user's key slot; vault.db is not re-encrypted.
    void changePassword(const Secret& newPassword);
    // Error(Auth) unless password opens the signed-in user's own key slot (one argon2 run): for a change
    // asked for in a window that may have been left open.
    void confirmPassword(const Secret& password);

    // A new random data key: vault.db re-encrypted under it (sqlcipher_export into vault.db.rekey), every
    // slot's envelope re-sealed to it, the generation one higher. Admins and the owner. Crash-safe: until
    // the journal is written the vault is as it was, under the old key; from then on the next open (or
    // this call) puts the new files in place (finishInterruptedRekey). Error(Failed) with whyNotRekey()
    // while a slot is pending. Audited (`vault.rekey`).
    void rekey(const RekeyProgress& progress = {}, const std::function<void(RekeyStep)>& afterStep = {});
    // Why rekey() cannot run now, one sentence per pending slot (empty: it can).
    QStringList whyNotRekey();
    // The owner only: a new recovery key (returned, to be shown once); the old one stops working.
    [[nodiscard]] Secret rotateRecoveryKey();

    std::vector<UserInfo> users();
    // Returns the new user's one-time password; they must choose their own at first unlock.
    [[nodiscard]] Secret addUser(const QString& name, Role role);
    // Removing a user, handing ownership over and resetting a password take access away: each marks the
    // data key as due for a change (rekeyDue(), meta `rekey.due`) in its own transaction, and the callers
    // (the Users page, coffer-cli) then run rekey(), so that a copy of the header made before opens
    // nothing written after. rekey() clears the mark; a vault that still has it says so at unlock.
    void removeUser(const QString& name);
    // Role::Owner hands ownership over (owner only); the previous owner becomes an admin, and the recovery
    // key goes with the ownership: it is destroyed, and the new owner makes their own (rotateRecoveryKey).
    void setRole(const QString& name, Role role);
    // A new one-time password for a user who lost theirs.
    [[nodiscard]] Secret resetUser(const QString& name);
    bool rekeyDue();
    // A backup into the managed folder just took everything changed so far: lock() makes none for it.
    void backedUp() { m_changed = false; }
    // When the data key was last changed (meta `key.changed`); invalid when it never was.
    QDateTime keyChanged();
    bool hasRecoveryKey() const { return m_header.recoverySlot() != nullptr; }
    // Why actor may not do this to target, in words for the user (empty: allowed as far as these rules go;
    // the permission to manage users is checked apart). The same rules refuse the calls above, and the
    // Users page disables its buttons with them as tooltips.
    static QString whyNotRemove(const UserInfo& actor, const UserInfo& target);
    static QString whyNotChangeRole(const UserInfo& actor, const UserInfo& target);
    static QString whyNotReset(const UserInfo& actor, const UserInfo& target);

    // Who may erase clients in this vault (vault/VaultRules.cpp): the owner's choice, WhoMayErase::Editors
    // until changed. It lives in vault.db, so a backup and a restore of it carry it along.
    WhoMayErase whoMayErase();
    void setWhoMayErase(WhoMayErase who); // the owner only; audited
    // Why actor may not erase a client while who is the rule (empty: allowed). requireErase() refuses with
    // it, and the client page disables its Erase button with it as the tooltip.
    static QString whyNotErase(const UserInfo& actor, WhoMayErase who);
    // Error(Permission) unless the signed-in user may erase clients now; every erasure of a client calls it.
    void requireErase();

    // Throws Error(Auth) while a one-time password is still in use, Error(Permission) when the role
    // does not allow it.
    void require(Permission permission) const;
    Database& database() { return m_db; }
    // For the core units that write the vault's own files (backup, tombstones, cancellation). Never
    // leaves core.
    const Secret& dataKey() const { return m_dataKey; }
    QString headerFilePath() const;
    QString databaseFilePath() const;

    // Backups (core/backup/ManagedBackups): when the vault is locked after a change to anything but the
    // audit log, a backup goes to backupFolder() and only the newest keepBackups() stay (0: none made).
    // These members are defined in backup/VaultBackups.cpp, not here: backup builds on Vault, so no file
    // of vault/ includes backup/ (the folder graph of core stays acyclic; CheckCoreIsolation.cmake).
    QString backupFolder();
    void setBackupFolder(const QString& folder); // admins and the owner; empty: NAME.coffer-backups beside
    int keepBackups();
    void setKeepBackups(int count); // admins and the owner
    QStringList managedBackups();   // this vault's backups in backupFolder(), newest first

    // Appends to the audit log as the signed-in user; call inside the transaction of the change.
    void audit(const QString& action, const QString& objectType = {}, const QString& objectId = {},
               const QString& detail = {});
    // A stable keyed hash of a client id, for the audit log: rows can be matched to a client while the
    // client exists, and once the client is erased no row refers to their id. The same across changes
    // of the data key (vault/StableKeys.h).
    QString pseudonym(const QString& clientId) const;
    const StableKeys& stableKeys() const { return m_stable; }
    std::vector<AuditEntry> auditEntries(qint64 afterSeq, int limit); // admins and the owner
    // Newest first, those that match query (AuditLog::entriesBefore); admins and the owner.
    std::vector<AuditEntry> auditEntriesBefore(qint64 beforeSeq, int limit, AuditQuery query = {});
    std::vector<AuditActor> auditActors(qint64 afterSeq = 0); // AuditLog::actors; admins and the owner
    // The hash chain, and with the integrity key the users table and the checkpoints; admins and the owner.
    AuditVerification verifyAudit();

private:
    Vault() = default;
    static std::unique_ptr<Vault> openWithKey(const QString& folder, VaultLock lock, const QByteArray& headerBytes,
                                              VaultHeader header, Secret dataKey);
    void signIn(const QByteArray& slotId);
    // A failed sign-in cannot be written to the encrypted log (no key yet): its time goes to a small
    // file in the vault folder and moves into the audit log at the next successful sign-in.
    static void noteFailedSignIn(const QString& folder, bool recovery = false);
    // Before a vault's header is read: puts in place the files of a rekey whose journal was written (true;
    // the journal stays until endRekey), or removes what a rekey that stopped before it left. Needs no key.
    static bool finishInterruptedRekey(const QString& folder);
    // Audits the rekey in the database under the new key, then removes its journal.
    void endRekey(const QString& detail);
    // Inside the transaction of a change that took access away.
    void markRekeyDue(const QString& why);
    // Opens vault.db with m_dataKey and m_header's settings: migration, stable keys, the change hook.
    void openDatabase();
    void importFailedSignIns();
    UserInfo findUser(const QString& name); // empty name: the owner
    QByteArray slotIdOf(const QString& userId);
    // Applies change to the header and writes it, then commits tx. If the write fails, the header in
    // memory and on disk stays as it was and tx rolls back, so header and database never disagree.
    void writeHeaderThenCommit(Transaction& tx, const std::function<void(VaultHeader&)>& change);
    static void setDatabaseGeneration(Database& db, quint64 generation); // vault.db's copy of it
    // At every open: the header's generation against vault.db's (rollbackWarning()); audited.
    void checkGeneration();
    // At every open: this machine's record of the highest generation seen (KnownVaults) against the
    // header's; a header and database put back together are caught here. Audited.
    void checkSeenGeneration();
    // After a sign-in and every header write: this machine's record of the highest generation seen
    // (KnownVaults::noteGeneration). A record ahead of the vault, or one that does not verify, stays as it
    // is for a viewer or editor, so that the owner and admins are still warned; they acknowledge it by
    // signing in (the warning and the audit entry were theirs).
    void noteSeenGeneration() noexcept;
    // Gives a pending slot (one from header format 1) its key pair, from the KEK its sign-in derived, and
    // moves a format-1 vault to format 2 at the first unlock by its owner or an admin. Never throws: on
    // any failure the slot stays pending and the vault stays as it was.
    void upgradeSlot(const QByteArray& slotId, const Secret& kek) noexcept;
    // A managed backup before a change to the keys (backup/VaultBackups.cpp), audited with `reason`.
    // True when it was made, or when backups are off; false when it could not be made. Never throws.
    bool backUpBefore(const QString& reason) noexcept;
    // ManagedBackups::backUpOnLock (backup/VaultBackups.cpp); never throws.
    void backUpOnLock() noexcept;
    // After every open (backup/VaultBackups.cpp): a compaction left pending by a crash is finished and
    // the tombstones are mirrored between vault.db and every recorded backup folder. Never throws.
    void afterOpen() noexcept;
    // The integrity key (vault/VaultIntegrity.cpp). At the sign-in of the owner or an administrator: opens
    // their copy with the private key of holderId's slot (their own, or the recovery slot's) under kek,
    // takes a copy given by someone else as theirs, makes the vault's first key when it has none, checks
    // the users table and the newest checkpoint (integrityWarning()), gives copies to holders who lack
    // one, and makes a checkpoint. Never throws: the vault opens all the same.
    void takeIntegrityKey(const QByteArray& holderId, const Secret& kek) noexcept;
    void takeIntegrityKeyWith(const QByteArray& holderId, Secret privateKey) noexcept; // the slot's private key
    // Error(Permission) when the vault has an integrity key and the signed-in user holds no copy: a
    // change to the users would go unsealed.
    void requireIntegrityKey();
    // Copies of key: ownSlot's with its tag (ownPrivate), and one sealed to each slot of to.
    void giveIntegrityKey(const Secret& key, const QByteArray& ownSlot, const Secret* ownPrivate,
                          const std::vector<const KeySlot*>& to);
    // The holders whose role (users row or recovery seal) and key pair (the seal of their copy) are sealed
    // under key: those a copy may be given to without a person choosing them. A role or a key pair
    // changed outside Coffer is not among them.
    std::vector<const KeySlot*> sealedHolders(const Secret& key);
    // A copy of the integrity key for the user userId, now an owner or administrator, unless they have one.
    void giveIntegrityKeyTo(const QString& userId);
    // The key slots (with a key pair) of the owner, the administrators and the recovery key.
    std::vector<const KeySlot*> integrityHolders();
    // Some holder has a copy sealed to their present public key: the integrity key can still be opened.
    bool integrityKeyReachable();
    // Inside the transaction of a change that took the integrity key away from someone: a new key, given
    // to those who keep it (and to known, with its private key, a slot not yet in the header), with the
    // checkpoints that hold resealed under it. Returns it; the caller keeps it once committed.
    [[nodiscard]] Secret rotateIntegrityKey(const KeySlot* known = nullptr, const Secret* knownPrivate = nullptr);
    // Inside the transaction of a change to the users: their MAC under key, and a checkpoint.
    void sealUsers(const Secret& key, const QByteArray& recoverySlotId);
    QByteArray recoverySlotId() const;
    static void checkPassword(const Secret& password);
    static void checkUserName(const QString& name);
    static UserInfo userFrom(Statement& st);

    QString m_path;
    VaultHeader m_header;
    Secret m_dataKey;
    StableKeys m_stable;
    Database m_db;
    VaultLock m_lock;
    UserInfo m_user;
    QString m_rollbackWarning;
    QString m_integrityWarning;
    Secret m_integrityKey;    // held by the owner and administrators who have a copy (vault/IntegrityKey.h)
    Secret m_privateKey;      // of the signed-in holder's slot, for the tag of their copy of a new integrity key
    bool m_seenAhead = false; // this machine's record of the generation is ahead of the header, or forged
    bool m_changed = false;   // a row outside the audit log changed since unlock: back up on lock
};

struct VaultCreation
{
    std::unique_ptr<Vault> vault;
    Secret recoveryKey;
};

} // namespace coffer
