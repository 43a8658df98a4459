#include "ContactPermission.h"

#include "RequestRegister.h"
#include "records/ConsentStore.h"
#include "records/PurposeRows.h"
#include "store/Database.h"
#include "vault/Vault.h"

namespace coffer {

std::vector<PurposeStanding> ContactPermission::standings(Vault& vault, const QString& purpose,
                                                          std::optional<ConsentState> state, bool mayContactOnly,
                                                          bool supersededOnly)
{
    vault.require(Permission::ReadRecords);
    Database& db = vault.database();
    const QString name = PurposeRows::resolve(db, purpose);
    const bool byConsent = PurposeRows::basisOf(db, name) == LawfulBasis::Consent;
    const QDate today = QDate::currentDate();
    const QString inForce = PurposeRows::policyInForce(db, today);
    const QByteArray sql =
        ConsentStore::latestEntriesSql("c.id, c.display_name, c.first_email, k.state, k.time, k.source, "
                                       "k.policy_version, k.expires, c.restricted, " +
                                           QByteArray(ConsentStore::contactCondition(byConsent)),
                                       mayContactOnly && !byConsent) +
        " ORDER BY c.display_name COLLATE NOCASE, c.id";
    Statement st = db.prepare(sql.constData());
    st.bind(1, name);
    if (byConsent)
        st.bind(2, today.toString(Qt::ISODate));
    std::vector<PurposeStanding> out;
    while (st.next()) {
        PurposeStanding s{st.text(0),
                          st.text(1),
                          st.text(2),
                          st.isNull(3) ? std::nullopt : consentStateFromName(st.text(3)),
                          fromStamp(st.text(4)),
                          st.text(5),
                          st.text(6),
                          QDate::fromString(st.text(7), Qt::ISODate),
                          st.integer(8) != 0,
                          st.integer(9) != 0,
                          false};
        s.superseded = s.state == ConsentState::Granted && !inForce.isEmpty() && s.policyVersion != inForce;
        if ((state && s.state != *state) || (mayContactOnly && !s.mayContact) || (supersededOnly && !s.superseded))
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
