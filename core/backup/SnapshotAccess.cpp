#include "SnapshotAccess.h"

#include "Error.h"
#include "crypto/Random.h"

#include <QCoreApplication>

namespace coffer {

namespace {
[[noreturn]] void wrongCredentials()
{
    // Vault's own wording, so the two commands read alike in every language.
    throw Error(ErrorCode::Auth, QCoreApplication::translate("Vault", "Wrong user name or password."));
}
} // namespace

SnapshotAccess SnapshotAccess::open(const QByteArray& headerBytes, const QString& userName, const Secret& password)
{
    SnapshotAccess access;
    access.header = VaultHeader::parse(headerBytes);
    const VaultHeader& h = access.header;
    const KeySlot* slot = userName.trimmed().isEmpty() ? h.ownerSlot() : h.findByLookup(h.lookupFor(userName));
    if (!slot) {
        (void)Argon2Kdf::derive(password, randomBytes(Argon2Kdf::kSaltSize), h.keySlots.front().kdf);
        wrongCredentials();
    }
    try {
        access.dataKey = slot->open(password, h.vaultId);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Auth)
            throw;
        wrongCredentials();
    }
    access.slotId = slot->id;
    if (!VaultHeader::verifyMac(headerBytes, access.dataKey))
        throw Error(ErrorCode::Damaged, QCoreApplication::translate(
                                            "Vault", "The vault header is damaged (it does not match its checksum)."));
    return access;
}

QString SnapshotAccess::requireUser(Database& db, Permission permission) const
{
    Statement st = db.prepare("SELECT id, role, must_change_password FROM users WHERE slot_id = ?");
    st.bind(1, slotId);
    if (!st.next())
        wrongCredentials();
    const QString id = st.text(0);
    const Role role = roleFromName(st.text(1)).value_or(Role::Viewer);
    if (st.integer(2) != 0)
        throw Error(ErrorCode::Auth,
                    QCoreApplication::translate(
                        "Vault", "You signed in with a one-time password: choose your own password first."));
    if (!roleAllows(role, permission))
        throw Error(
            ErrorCode::Permission,
            QCoreApplication::translate("Vault", "Your role (%1) does not allow this.").arg(roleDisplayName(role)));
    return id;
}

} // namespace coffer
