#include "ConsentStore.h"

#include "ClientStore.h"
#include "Error.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace coffer {

QString ConsentStore::set(const QString& clientId, const QString& purpose, ConsentState state, const QString& source,
                          const QString& policyVersion, const QDateTime& time)
{
    m_vault.require(Permission::WriteRecords);
    const QString p = purpose.trimmed();
    if (p.isEmpty())
        throw Error(ErrorCode::Usage, tr("Say what the consent is for (its purpose)."));
    if (p.size() > 200 || source.size() > 200 || policyVersion.size() > 100)
        throw Error(ErrorCode::Usage, tr("The purpose, source or policy version is too long."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (time.isValid() && time > now)
        throw Error(ErrorCode::Usage, tr("The date of a consent cannot be in the future."));
    if (time.isValid() && time.toLocalTime().date().year() < 1900)
        throw Error(ErrorCode::Usage, tr("The date of a consent cannot be before 1900; check the year."));
    Database& db = m_vault.database();
    Transaction tx(db);
    // A restricted client's consent may still be withdrawn or refused: that processes nothing.
    if (state == ConsentState::Granted)
        ClientStore::ensureChangeable(db, clientId);
    else
        ClientStore::ensureExists(db, clientId);
    const QString id = newRecordId();
    db.prepare("INSERT INTO consents (id, client_id, purpose, state, time, source, policy_version, recorded_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, clientId)
        .bind(3, p)
        .bind(4, stateName(state))
        .bind(5, (time.isValid() ? time : now).toUTC().toString(Qt::ISODateWithMs))
        .bind(6, source.trimmed())
        .bind(7, policyVersion.trimmed())
        .bind(8, m_vault.currentUser().id)
        .run();
    m_vault.audit(QStringLiteral("consent.set"), QStringLiteral("consent"), id, stateName(state));
    tx.commit();
    return id;
}

QDateTime ConsentStore::timeFor(const QDate& day)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (!day.isValid() || day == now.date())
        return now.toUTC();
    return QDateTime(day, QTime(23, 59, 59, 999)).toUTC();
}

QStringList ConsentStore::purposes()
{
    m_vault.require(Permission::ReadRecords);
    QStringList out;
    Statement st = m_vault.database().prepare("SELECT DISTINCT purpose FROM consents");
    while (st.next())
        out << st.text(0);
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return out;
}

void ConsentStore::importConsent(const Consent& c)
{
    m_vault.require(Permission::WriteRecords);
    if (c.id.isEmpty() || c.purpose.trimmed().isEmpty() || !c.time.isValid())
        throw Error(ErrorCode::Usage, tr("A consent has no id, purpose or time."));
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, c.clientId);
    db.prepare("INSERT INTO consents (id, client_id, purpose, state, time, source, policy_version, recorded_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, c.id)
        .bind(2, c.clientId)
        .bind(3, c.purpose.trimmed())
        .bind(4, stateName(c.state))
        .bind(5, c.time.toUTC().toString(Qt::ISODateWithMs))
        .bind(6, c.source)
        .bind(7, c.policyVersion)
        .bind(8, c.recordedBy)
        .run();
    tx.commit();
}

std::vector<Consent> ConsentStore::history(const QString& clientId)
{
    m_vault.require(Permission::ReadRecords);
    std::vector<Consent> out;
    Statement st =
        m_vault.database().prepare("SELECT id, client_id, purpose, state, time, source, policy_version, recorded_by "
                                   "FROM consents WHERE client_id = ? ORDER BY time, rowid");
    st.bind(1, clientId);
    while (st.next())
        out.push_back({st.text(0), st.text(1), st.text(2),
                       consentStateFromName(st.text(3)).value_or(ConsentState::Refused), fromStamp(st.text(4)),
                       st.text(5), st.text(6), st.text(7)});
    return out;
}

std::vector<Consent> ConsentStore::current(const QString& clientId)
{
    // History is ordered by time, so the last row seen for a purpose is its current state.
    std::map<QString, Consent> latest;
    for (Consent& c : history(clientId))
        latest[c.purpose] = std::move(c);
    std::vector<Consent> out;
    out.reserve(latest.size());
    for (auto& [purpose, c] : latest)
        out.push_back(std::move(c));
    return out;
}

} // namespace coffer
