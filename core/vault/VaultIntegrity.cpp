// The integrity half of Vault: who holds the integrity key, and when it seals the users and the audit log
// (vault/IntegrityKey.h).
#include "IntegrityKey.h"
#include "Vault.h"

#include "Error.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace coffer {

namespace {

bool holdsIntegrityKey(Role role)
{
    return role == Role::Owner || role == Role::Admin;
}

} // namespace

QByteArray Vault::recoverySlotId() const
{
    const KeySlot* recovery = m_header.recoverySlot();
    return recovery ? recovery->id : QByteArray();
}

std::vector<const KeySlot*> Vault::integrityHolders()
{
    std::vector<QByteArray> slotIds;
    {
        Statement st = m_db.prepare("SELECT slot_id FROM users WHERE role IN ('owner', 'admin')");
        while (st.next())
            slotIds.push_back(st.blob(0));
    }
    slotIds.push_back(recoverySlotId());
    std::vector<const KeySlot*> holders;
    for (const QByteArray& slotId : slotIds)
        if (const KeySlot* slot = m_header.findById(slotId); slot && !slot->isPending())
            holders.push_back(slot); // a pending slot is given its copy once it has a key pair
    return holders;
}

bool Vault::integrityKeyReachable()
{
    const std::vector<const KeySlot*> holders = integrityHolders();
    return std::any_of(holders.begin(), holders.end(),
                       [this](const KeySlot* slot) { return IntegrityKey::hasCurrentCopy(m_db, *slot); });
}

std::vector<const KeySlot*> Vault::sealedHolders(const Secret& key)
{
    std::vector<const KeySlot*> sealed;
    if (key.isEmpty())
        return sealed;
    for (const KeySlot* slot : integrityHolders())
        if (IntegrityKey::isSealedHolder(m_db, key, id(), slot->id) &&
            IntegrityKey::holderKeySealed(m_db, key, id(), *slot))
            sealed.push_back(slot);
    return sealed;
}

void Vault::giveIntegrityKey(const Secret& key, const QByteArray& ownSlot, const Secret* ownPrivate,
                             const std::vector<const KeySlot*>& to)
{
    if (const KeySlot* own = m_header.findById(ownSlot); own && !own->isPending())
        IntegrityKey::give(m_db, id(), *own, key, ownPrivate);
    for (const KeySlot* slot : to)
        if (slot->id != ownSlot)
            IntegrityKey::give(m_db, id(), *slot, key);
}

void Vault::giveIntegrityKeyTo(const QString& userId)
{
    const KeySlot* slot = m_header.findById(slotIdOf(userId));
    if (!m_integrityKey.isEmpty() && slot && !slot->isPending() && !IntegrityKey::hasCurrentCopy(m_db, *slot))
        IntegrityKey::give(m_db, id(), *slot, m_integrityKey);
}

void Vault::sealUsers(const Secret& key, const QByteArray& recoverySlotId)
{
    if (key.isEmpty())
        return;
    IntegrityKey::sealUsers(m_db, key, id(), recoverySlotId);
    IntegrityKey::checkpoint(m_db, key, id());
}

void Vault::requireIntegrityKey()
{
    if (!m_integrityKey.isEmpty() || !integrityKeyReachable())
        return;
    throw Error(ErrorCode::Permission,
                tr("You cannot manage users yet: the list of users is sealed with a key that the owner and the "
                   "administrators hold, and you have not been given your copy. It is given when the owner or "
                   "another administrator next signs in."));
}

Secret Vault::rotateIntegrityKey(const KeySlot* known, const Secret* knownPrivate)
{
    // The audit row first: a checkpoint it may bring is made under the old key and resealed below.
    audit(QStringLiteral("integrity.rotate"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()));
    Secret key = randomSecret(IntegrityKey::kKeySize);
    // To those who keep the role and the key pair that the old key sealed, read before the copies go.
    const std::vector<const KeySlot*> keeping = sealedHolders(m_integrityKey);
    IntegrityKey::takeAll(m_db);
    giveIntegrityKey(key, slotIdOf(m_user.id), m_privateKey.isEmpty() ? nullptr : &m_privateKey, keeping);
    if (known)
        IntegrityKey::give(m_db, id(), *known, key, knownPrivate);
    if (!m_integrityKey.isEmpty())
        IntegrityKey::reseal(m_db, m_integrityKey, key, id(), recoverySlotId());
    return key;
}

void Vault::takeIntegrityKey(const QByteArray& holderId, const Secret& kek) noexcept
{
    const KeySlot* holder = m_header.findById(holderId);
    if (!holder || holder->isPending() || !holdsIntegrityKey(m_user.role))
        return;
    try {
        takeIntegrityKeyWith(holderId, holder->privateKey(kek, id()));
    } catch (...) {
        // As below: the vault opens without the key.
    }
}

void Vault::takeIntegrityKeyWith(const QByteArray& holderId, Secret privateKey) noexcept
{
    if (!holdsIntegrityKey(m_user.role))
        return;
    try {
        const KeySlot* holder = m_header.findById(holderId);
        if (!holder || holder->isPending())
            return;
        IntegrityKey::Copy how = IntegrityKey::Copy::None;
        Secret key = IntegrityKey::open(m_db, id(), *holder, privateKey, &how);
        const QString vaultHex = QString::fromLatin1(id().toHex());
        QStringList found;
        Transaction tx(m_db);
        if (how == IntegrityKey::Copy::Forged) {
            audit(QStringLiteral("integrity.forged"), QStringLiteral("user"), m_user.id);
            found << tr("Your copy of the vault's integrity key was replaced outside Coffer.");
            IntegrityKey::askAgain(m_db, holder->id); // the next holder to sign in gives a new one
        }
        const bool forgedOwner = how == IntegrityKey::Copy::Forged && m_user.role == Role::Owner;
        const bool gone = how == IntegrityKey::Copy::None && !integrityKeyReachable();
        const bool again = IntegrityKey::wasMade(m_db); // a key made now would not be the vault's first
        if (gone && again && m_user.role != Role::Owner) {
            // Made again by the owner only, who then gives it to the administrators by choosing them.
            audit(QStringLiteral("integrity.missing"), QStringLiteral("vault"), vaultHex);
            found << tr("The vault's integrity key was removed outside Coffer. The owner's next sign-in makes a "
                        "new one.");
        } else if (gone || forgedOwner) {
            // The vault's first integrity key; or a new one, where no holder has a copy to their present key
            // pair (removed, or every slot given a new key pair outside Coffer), or the owner's copy was
            // forged (the owner is the one who may start afresh, and is told so).
            if (again && !forgedOwner) {
                audit(QStringLiteral("integrity.missing"), QStringLiteral("vault"), vaultHex);
                found << tr("The vault's integrity key was removed outside Coffer.");
            }
            if (again)
                found << tr("Changes made before now cannot be told apart from Coffer's own; Coffer has made a "
                            "new key, which seals the vault as it is now, and gave it to you alone: give it to "
                            "each administrator again by choosing their role again on the Users page.");
            key = randomSecret(IntegrityKey::kKeySize);
            IntegrityKey::takeAll(m_db);
            // The first key of a vault from before goes to every holder; a key made again goes to this one
            // alone, since the roles and key pairs it would go to are no longer sealed.
            giveIntegrityKey(key, holder->id, &privateKey, again ? std::vector<const KeySlot*>() : integrityHolders());
            IntegrityKey::noteMade(m_db);
            audit(QStringLiteral("integrity.create"), QStringLiteral("vault"), vaultHex);
            IntegrityKey::sealUsers(m_db, key, id(), recoverySlotId());
        } else if (!key.isEmpty()) {
            if (how == IntegrityKey::Copy::Sealed) { // given by another administrator: from now on, ours
                IntegrityKey::give(m_db, id(), *holder, key, &privateKey);
                audit(QStringLiteral("integrity.accept"), QStringLiteral("user"), m_user.id);
            }
            if (!IntegrityKey::usersIntact(m_db, key, id(), recoverySlotId())) {
                // Said at every sign-in of a holder until one of them changes the users in Coffer (which
                // seals them as they are then); in the log once for each state found.
                const QString state =
                    QString::fromLatin1(IntegrityKey::usersMac(m_db, key, id(), recoverySlotId()).toHex());
                Statement reported = m_db.prepare("SELECT value FROM meta WHERE key = 'integrity.users.reported'");
                if (!reported.next() || reported.text(0) != state) {
                    audit(QStringLiteral("integrity.users"), QStringLiteral("vault"), vaultHex);
                    m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('integrity.users.reported', ?)")
                        .bind(1, state)
                        .run();
                }
                const QStringList names = IntegrityKey::changedUsers(m_db, key, id());
                found << (names.isEmpty()
                              ? tr("The list of users was changed outside Coffer since the owner or an administrator "
                                   "last changed it: a user or the recovery key was removed or replaced.")
                              : tr("The list of users and their roles was changed outside Coffer since the owner or "
                                   "an administrator last changed it: check %1 on the Users page.")
                                    .arg(QLocale().createSeparatedList(names)));
            }
            if (!IntegrityKey::newestCheckpointHolds(m_db, key, id())) {
                audit(QStringLiteral("integrity.audit"), QStringLiteral("vault"), vaultHex);
                found << tr("The audit log was changed outside Coffer since the owner or an administrator last "
                            "signed in. Verify it on the Audit log page to see from where.");
            }
            // Holders who asked again (askAgain), as long as their role and key pair are sealed.
            std::vector<const KeySlot*> asking;
            for (const KeySlot* slot : sealedHolders(key))
                if (!IntegrityKey::hasCurrentCopy(m_db, *slot))
                    asking.push_back(slot);
            giveIntegrityKey(key, {}, nullptr, asking);
        }
        if (!key.isEmpty())
            IntegrityKey::checkpoint(m_db, key, id());
        tx.commit();
        m_integrityKey = std::move(key);
        if (!m_integrityKey.isEmpty() && holder->kind == SlotKind::User)
            m_privateKey = std::move(privateKey);
        m_integrityWarning = found.join(u' ');
    } catch (...) {
        // The vault opens without the key; verifyAudit() says it was not checked, and users are not managed.
    }
}

AuditVerification Vault::verifyAudit()
{
    require(Permission::ReadAudit);
    AuditVerification result = AuditLog::verify(m_db);
    if (!m_integrityKey.isEmpty())
        IntegrityKey::verify(m_db, m_integrityKey, id(), recoverySlotId(), result);
    else if (IntegrityKey::anyCopy(m_db))
        result.seal = AuditVerification::Seal::NotHeld;
    else if (IntegrityKey::wasMade(m_db))
        result.seal = AuditVerification::Seal::Missing;
    return result;
}

} // namespace coffer
