// The rules the owner sets for the whole vault, as members of Vault: who may erase clients. Each is a
// row of vault.db's meta table, so it travels with the vault into its backups and restored copies, and
// each change is in the audit log under the choice's stable name (never anything about a client).
#include "Vault.h"

#include "Error.h"

#include <QCoreApplication>

namespace coffer {

namespace {
const QString kEraseByKey = QStringLiteral("erase.by");
} // namespace

WhoMayErase Vault::whoMayErase()
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, kEraseByKey);
    if (!st.next())
        return WhoMayErase::Editors;
    // A value this version does not know (written by a newer one) is read as the stricter rule: a wrong
    // guess then costs an editor a request to an admin, never an erasure the owner meant to forbid.
    return whoMayEraseFromName(st.text(0)).value_or(WhoMayErase::Admins);
}

void Vault::setWhoMayErase(WhoMayErase who)
{
    require(Permission::ChooseWhoMayErase);
    if (whoMayErase() == who)
        return;
    Transaction tx(m_db);
    m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        .bind(1, kEraseByKey)
        .bind(2, whoMayEraseName(who))
        .run();
    audit(QStringLiteral("vault.erase-by"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()),
          whoMayEraseName(who));
    tx.commit();
}

QString Vault::whyNotErase(const UserInfo& actor, WhoMayErase who)
{
    if (roleMayErase(actor.role, who))
        return {};
    if (who == WhoMayErase::Admins && actor.role == Role::Editor)
        return tr("In this vault only administrators and the owner may erase clients (the owner's choice, in "
                  "Settings). Ask one of them.");
    return tr("Your role (%1) does not allow erasing clients.").arg(roleDisplayName(actor.role));
}

void Vault::requireErase()
{
    require(Permission::WriteRecords);
    if (const QString why = whyNotErase(m_user, whoMayErase()); !why.isEmpty())
        throw Error(ErrorCode::Permission, why);
}

} // namespace coffer
