// The user-management half of Vault: who may be added, removed, promoted or reset, and by whom.
#include "Vault.h"

#include "Error.h"
#include "IntegrityKey.h"
#include "crypto/Random.h"

#include <QCoreApplication>

namespace coffer {

namespace {

constexpr int kOneTimePasswordBytes = 15; // 120 bits, 24 characters in six groups

[[noreturn]] void refuse(const QString& why)
{
    throw Error(ErrorCode::Permission, why);
}
} // namespace

UserInfo Vault::userFrom(Statement& st)
{
    UserInfo u;
    u.id = st.text(0);
    u.name = st.text(1);
    u.role = roleFromName(st.text(2)).value_or(Role::Viewer);
    u.mustChangePassword = st.integer(3) != 0;
    u.created = fromStamp(st.text(4));
    u.changed = fromStamp(st.text(5));
    return u;
}

UserInfo Vault::findUser(const QString& name)
{
    Statement st = m_db.prepare("SELECT id, name, role, must_change_password, created, changed FROM users "
                                "WHERE name_key = ?1 OR (?1 = '' AND role = 'owner')");
    st.bind(1, userNameKey(name));
    if (!st.next())
        throw Error(ErrorCode::Failed, tr("There is no user named \"%1\".").arg(name.trimmed()));
    return userFrom(st);
}

std::vector<UserInfo> Vault::users()
{
    require(Permission::ManageUsers);
    std::vector<UserInfo> out;
    Statement st = m_db.prepare(
        "SELECT id, name, role, must_change_password, created, changed FROM users "
        "ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'editor' THEN 2 ELSE 3 END, name_key");
    while (st.next())
        out.push_back(userFrom(st));
    return out;
}

Secret Vault::addUser(const QString& name, Role role)
{
    require(Permission::ManageUsers);
    requireIntegrityKey();
    checkUserName(name);
    if (role == Role::Owner)
        throw Error(ErrorCode::Usage, tr("A vault has one owner; hand ownership over with a role change instead."));
    const QByteArray lookup = m_header.lookupFor(name);
    if (m_header.findByLookup(lookup))
        throw Error(ErrorCode::Failed, tr("A user named \"%1\" already exists.").arg(name.trimmed()));
    if (m_header.keySlots.size() >= size_t(VaultHeader::kMaxSlots))
        throw Error(ErrorCode::Failed, tr("This vault cannot hold more users."));

    Secret oneTime = randomReadableSecret(kOneTimePasswordBytes);
    Secret privateKey;
    KeySlot slot =
        KeySlot::seal(m_dataKey, oneTime, kdfParams(), SlotKind::User, lookup, m_header.vaultId, {}, &privateKey);
    Transaction tx(m_db);
    const QString now = nowStamp();
    const QString id = newRecordId();
    m_db.prepare("INSERT INTO users (id, name, name_key, role, slot_id, must_change_password, created, changed) "
                 "VALUES (?, ?, ?, ?, ?, 1, ?, ?)")
        .bind(1, id)
        .bind(2, name.trimmed())
        .bind(3, userNameKey(name))
        .bind(4, roleName(role))
        .bind(5, slot.id)
        .bind(6, now)
        .bind(7, now)
        .run();
    audit(QStringLiteral("user.add"), QStringLiteral("user"), id, roleName(role));
    if (role == Role::Admin && !m_integrityKey.isEmpty()) // their own copy: we know their first private key
        IntegrityKey::give(m_db, this->id(), slot, m_integrityKey, &privateKey);
    sealUsers(m_integrityKey, recoverySlotId());
    writeHeaderThenCommit(tx, [&](VaultHeader& h) { h.putSlot(std::move(slot)); });
    return oneTime;
}

QString Vault::whyNotRemove(const UserInfo& actor, const UserInfo& target)
{
    if (target.role == Role::Owner)
        return tr("The owner cannot be removed.");
    if (target.id == actor.id)
        return tr("You cannot remove yourself; ask another administrator or the owner.");
    if (target.role == Role::Admin && actor.role != Role::Owner)
        return tr("Only the owner can remove an administrator.");
    return {};
}

QString Vault::whyNotChangeRole(const UserInfo& actor, const UserInfo& target)
{
    if (target.id == actor.id)
        return tr("You cannot change your own role.");
    if (target.role == Role::Owner)
        return tr("Only the owner can hand ownership over, by giving another user the owner role.");
    if (target.role == Role::Admin && actor.role != Role::Owner)
        return tr("Only the owner can change an administrator's role.");
    return {};
}

QString Vault::whyNotReset(const UserInfo& actor, const UserInfo& target)
{
    if (target.id == actor.id)
        return tr("Change your own password instead: the menu under your name, or Settings.");
    if (target.role == Role::Owner)
        return tr("Nobody can reset the owner's password. An owner who has forgotten it locks the vault and "
                  "chooses “Forgot your password?” to use the recovery key.");
    if (target.role == Role::Admin && actor.role != Role::Owner)
        return tr("Only the owner can reset an administrator.");
    return {};
}

void Vault::markRekeyDue(const QString& why)
{
    m_db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('rekey.due', ?)").bind(1, why).run();
}

bool Vault::rekeyDue()
{
    return m_db.scalar("SELECT count(*) FROM meta WHERE key = 'rekey.due'") > 0;
}

QDateTime Vault::keyChanged()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'key.changed'");
    return st.next() ? fromStamp(st.text(0)) : QDateTime();
}

void Vault::removeUser(const QString& name)
{
    require(Permission::ManageUsers);
    const UserInfo target = findUser(name);
    if (const QString why = whyNotRemove(m_user, target); !why.isEmpty())
        refuse(why);
    requireIntegrityKey();
    const QByteArray slotId = slotIdOf(target.id);

    Transaction tx(m_db);
    m_db.prepare("DELETE FROM users WHERE id = ?").bind(1, target.id).run();
    audit(QStringLiteral("user.remove"), QStringLiteral("user"), target.id);
    markRekeyDue(QStringLiteral("user.remove"));
    IntegrityKey::take(m_db, slotId);
    // An administrator knew the integrity key; and anyone removed could put back their row and its seal
    // as they were, were the key to stay: it changes with them gone.
    Secret integrityKey = m_integrityKey.isEmpty() ? Secret() : rotateIntegrityKey();
    sealUsers(integrityKey, recoverySlotId());
    writeHeaderThenCommit(tx, [&](VaultHeader& h) { h.removeSlot(slotId); });
    m_integrityKey = std::move(integrityKey);
}

void Vault::setRole(const QString& name, Role role)
{
    require(Permission::ManageUsers);
    const UserInfo target = findUser(name);
    if (const QString why = whyNotChangeRole(m_user, target); !why.isEmpty())
        refuse(why);
    if (role == Role::Owner && m_user.role != Role::Owner)
        refuse(tr("Only the owner can hand ownership over."));
    requireIntegrityKey();
    if (target.role == role) {
        // Chosen again for an owner or administrator without a copy of the integrity key (a key made again
        // after a finding, a slot from header format 1): the copy is given now, sealed to their key pair.
        const KeySlot* slot = m_header.findById(slotIdOf(target.id));
        if ((role == Role::Admin || role == Role::Owner) && slot && !m_integrityKey.isEmpty() &&
            !IntegrityKey::hasCurrentCopy(m_db, *slot)) {
            Transaction tx(m_db);
            audit(QStringLiteral("user.role"), QStringLiteral("user"), target.id, roleName(role));
            giveIntegrityKeyTo(target.id);
            sealUsers(m_integrityKey, recoverySlotId());
            tx.commit();
        }
        return;
    }
    Transaction tx(m_db);
    const QString now = nowStamp();
    audit(QStringLiteral("user.role"), QStringLiteral("user"), target.id, roleName(role));
    if (role != Role::Owner) {
        m_db.prepare("UPDATE users SET role = ?, changed = ? WHERE id = ?")
            .bind(1, roleName(role))
            .bind(2, now)
            .bind(3, target.id)
            .run();
        // A new administrator is given a copy of the integrity key, sealed to their public key; one who
        // stops being one knew it, so it changes.
        Secret integrityKey;
        if (target.role == Role::Admin) {
            IntegrityKey::take(m_db, slotIdOf(target.id));
            integrityKey = rotateIntegrityKey();
        } else {
            integrityKey = m_integrityKey.copy();
            if (role == Role::Admin)
                giveIntegrityKeyTo(target.id);
        }
        sealUsers(integrityKey, recoverySlotId());
        tx.commit();
        m_integrityKey = std::move(integrityKey);
        return;
    }
    // One owner at a time (the one_owner index): step down first, inside the same transaction; and the
    // owner's slot goes first in the header, where an unlock without a user name looks.
    m_db.prepare("UPDATE users SET role = 'admin', changed = ? WHERE id = ?").bind(1, now).bind(2, m_user.id).run();
    m_db.prepare("UPDATE users SET role = 'owner', changed = ? WHERE id = ?").bind(1, now).bind(2, target.id).run();
    const QByteArray slotId = slotIdOf(target.id);
    // The recovery key was the previous owner's: it goes with the ownership, and the new owner makes theirs.
    if (m_header.recoverySlot()) {
        audit(QStringLiteral("recovery.remove"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()));
        IntegrityKey::take(m_db, recoverySlotId());
    }
    giveIntegrityKeyTo(target.id); // the new owner, if they were not an administrator
    sealUsers(m_integrityKey, {});
    markRekeyDue(QStringLiteral("user.role"));
    writeHeaderThenCommit(tx, [&](VaultHeader& h) {
        h.moveToFront(slotId);
        if (const KeySlot* recovery = h.recoverySlot())
            h.removeSlot(QByteArray(recovery->id));
    });
    m_user.role = Role::Admin;
}

Secret Vault::resetUser(const QString& name)
{
    require(Permission::ManageUsers);
    const UserInfo target = findUser(name);
    if (const QString why = whyNotReset(m_user, target); !why.isEmpty())
        refuse(why);
    requireIntegrityKey();
    const KeySlot* old = m_header.findById(slotIdOf(target.id));
    if (!old)
        throw Error(ErrorCode::Damaged, tr("The vault header is damaged (a key slot is missing)."));

    Secret oneTime = randomReadableSecret(kOneTimePasswordBytes);
    Secret privateKey;
    KeySlot slot = KeySlot::seal(m_dataKey, oneTime, old->kdf, SlotKind::User, old->lookup, m_header.vaultId, old->id,
                                 &privateKey);
    Transaction tx(m_db);
    m_db.prepare("UPDATE users SET must_change_password = 1, changed = ? WHERE id = ?")
        .bind(1, nowStamp())
        .bind(2, target.id)
        .run();
    audit(QStringLiteral("user.reset"), QStringLiteral("user"), target.id);
    markRekeyDue(QStringLiteral("user.reset"));
    // Whoever knew an administrator's old password could open their copy of the integrity key: a new one,
    // and their copy of it made from the new key pair.
    Secret integrityKey = target.role == Role::Admin ? rotateIntegrityKey(&slot, &privateKey) : m_integrityKey.copy();
    sealUsers(integrityKey, recoverySlotId());
    writeHeaderThenCommit(tx, [&](VaultHeader& h) { h.putSlot(std::move(slot)); });
    m_integrityKey = std::move(integrityKey);
    return oneTime;
}

} // namespace coffer
