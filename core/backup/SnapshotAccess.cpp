#include "SnapshotAccess.h"

#include "Error.h"
#include "crypto/Random.h"

#include <QCoreApplication>

namespace coffer {

SnapshotAccess SnapshotAccess::open(const QByteArray& headerBytes, const QString& userName, const Secret& password)
{
    SnapshotAccess access;
    access.header = VaultHeader::parse(headerBytes);
    const VaultHeader& h = access.header;
    const KeySlot* slot = userName.trimmed().isEmpty() ? h.ownerSlot() : h.findByLookup(h.lookupFor(userName));
    if (!slot) {
        (void)Argon2Kdf::derive(password, randomBytes(Argon2Kdf::kSaltSize), h.keySlots.front().kdf);
        throw Error::wrongPassword(); // Vault's wording, so the two commands read alike
    }
    try {
        access.dataKey = slot->open(password, h.vaultId);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Auth)
            throw;
        throw Error::wrongPassword();
    }
    access.slotId = slot->id;
    if (!VaultHeader::verifyMac(headerBytes, access.dataKey))
        throw Error::headerChecksumMismatch();
    return access;
}

QString SnapshotAccess::requireUser(Database& db, Permission permission) const
{
    Statement st = db.prepare("SELECT id, role, must_change_password FROM users WHERE slot_id = ?");
    st.bind(1, slotId);
    if (!st.next())
        throw Error::wrongPassword();
    const QString id = st.text(0);
    const Role role = roleFromName(st.text(1)).value_or(Role::Viewer);
    if (st.integer(2) != 0)
        throw Error::mustChangePassword();
    if (!roleAllows(role, permission))
        throw Error::roleForbids(roleDisplayName(role));
    return id;
}

} // namespace coffer
