#include "Restriction.h"

#include "Error.h"
#include "RequestRegister.h"
#include "records/ClientStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

namespace coffer {

void Restriction::restrict(const QString& clientId, const QString& reason, const QString& requestId)
{
    change(clientId, true, reason, requestId);
}

void Restriction::lift(const QString& clientId, const QString& reason, const QString& requestId)
{
    change(clientId, false, reason, requestId);
}

void Restriction::change(const QString& clientId, bool restricted, const QString& reason, const QString& requestId)
{
    m_vault.require(Permission::WriteRecords);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(ErrorCode::Usage, restricted ? tr("Say why processing is restricted (for instance: the person "
                                                      "contests the accuracy of their data).")
                                                 : tr("Say why the restriction is lifted; the person must be told "
                                                      "before it is."));
    if (why.size() > RequestRegister::kMaxTextLength)
        throw Error(ErrorCode::Usage, tr("The reason is too long."));
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, clientId);
    Statement st = db.prepare("SELECT restricted FROM clients WHERE id = ?");
    st.bind(1, clientId);
    if (st.next() && (st.integer(0) != 0) == restricted)
        throw Error(ErrorCode::Failed, restricted ? tr("Processing of this client is already restricted.")
                                                  : tr("Processing of this client is not restricted."));
    const QString stamp = nowStamp();
    db.prepare("UPDATE clients SET restricted = ?, updated = ?, updated_by = ? WHERE id = ?")
        .bind(1, restricted)
        .bind(2, stamp)
        .bind(3, m_vault.currentUser().id)
        .bind(4, clientId)
        .run();
    db.prepare("INSERT INTO restrictions (client_id, restricted, time, actor, reason) VALUES (?, ?, ?, ?, ?)")
        .bind(1, clientId)
        .bind(2, restricted)
        .bind(3, stamp)
        .bind(4, m_vault.currentUser().id)
        .bind(5, why)
        .run();
    m_vault.audit(restricted ? QStringLiteral("client.restrict") : QStringLiteral("client.unrestrict"),
                  QStringLiteral("client"), m_vault.pseudonym(clientId));
    if (!requestId.isEmpty())
        RequestRegister(m_vault).addEvidence(requestId,
                                             {EvidenceKind::Restriction,
                                              {},
                                              {},
                                              {},
                                              restricted ? QStringLiteral("restricted") : QStringLiteral("lifted")});
    tx.commit();
}

std::vector<RestrictionChange> Restriction::history(const QString& clientId)
{
    m_vault.require(Permission::ReadRecords);
    std::vector<RestrictionChange> out;
    Statement st = m_vault.database().prepare(
        "SELECT restricted, time, actor, reason FROM restrictions WHERE client_id = ? ORDER BY seq");
    st.bind(1, clientId);
    while (st.next())
        out.push_back({st.integer(0) != 0, fromStamp(st.text(1)), st.text(2), st.text(3)});
    return out;
}

} // namespace coffer
