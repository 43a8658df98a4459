#include "ContactPermission.h"

#include "RequestRegister.h"
#include "records/ConsentStore.h"
#include "store/Database.h"
#include "vault/Vault.h"

namespace coffer {

std::vector<PurposeStanding> ContactPermission::standings(Vault& vault, const QString& purpose,
                                                          std::optional<ConsentState> state, bool mayContactOnly)
{
    vault.require(Permission::ReadRecords);
    const QByteArray sql =
        QByteArray("SELECT c.id, c.display_name, (SELECT email FROM client_emails e WHERE e.client_id = c.id "
                   "ORDER BY position LIMIT 1), k.state, k.time, k.source, c.restricted "
                   "FROM consents k JOIN clients c ON c.id = k.client_id WHERE ") +
        ConsentStore::kLatestForPurpose + " ORDER BY c.display_name COLLATE NOCASE, c.id";
    Statement st = vault.database().prepare(sql.constData());
    st.bind(1, purpose.trimmed());
    std::vector<PurposeStanding> out;
    while (st.next()) {
        PurposeStanding s{st.text(0),
                          st.text(1),
                          st.text(2),
                          consentStateFromName(st.text(3)).value_or(ConsentState::Refused),
                          fromStamp(st.text(4)),
                          st.text(5),
                          st.integer(6) != 0};
        if ((state && s.state != *state) || (mayContactOnly && !s.mayContact()))
            continue;
        out.push_back(std::move(s));
    }
    return out;
}

QString ContactPermission::record(Vault& vault, const QString& clientId, const QString& purpose, bool objection,
                                  const QString& requestId)
{
    Transaction tx(vault.database());
    const QString id =
        ConsentStore(vault).set(clientId, purpose, objection ? ConsentState::Refused : ConsentState::Withdrawn,
                                QLatin1String(objection ? kObjectionSource : kWithdrawalSource));
    if (!requestId.isEmpty())
        RequestRegister(vault).addEvidence(
            requestId, {EvidenceKind::Objection,
                        {},
                        {},
                        {},
                        (objection ? QStringLiteral("refused: ") : QStringLiteral("withdrawn: ")) + purpose.trimmed()});
    tx.commit();
    return id;
}

} // namespace coffer
