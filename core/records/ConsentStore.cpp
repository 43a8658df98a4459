#include "ConsentStore.h"

#include "ClientStore.h"
#include "Error.h"
#include "PurposeRows.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace coffer {

namespace {

constexpr const char* kInsert =
    "INSERT INTO consents (id, client_id, purpose, state, time, source, policy_version, recorded_by, evidence_file, "
    "expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

void insert(Database& db, const Consent& c)
{
    db.prepare(kInsert)
        .bind(1, c.id)
        .bind(2, c.clientId)
        .bind(3, c.purpose)
        .bind(4, stateName(c.state))
        .bind(5, c.time.toUTC().toString(Qt::ISODateWithMs))
        .bind(6, c.source)
        .bind(7, c.policyVersion)
        .bind(8, c.recordedBy)
        .bind(9, c.evidenceFileId)
        .bind(10, c.expires.isValid() ? c.expires.toString(Qt::ISODate) : QString())
        .run();
}

void checkEvidence(Database& db, const Consent& c)
{
    if (c.evidenceFileId.isEmpty())
        return;
    Statement st = db.prepare("SELECT 1 FROM files WHERE id = ? AND client_id = ?");
    st.bind(1, c.evidenceFileId).bind(2, c.clientId);
    if (!st.next())
        throw Error(ErrorCode::Failed, ConsentStore::tr("The evidence of a consent must be one of the client's own "
                                                        "files."));
}

} // namespace

QString ConsentStore::set(const Consent& entry)
{
    m_vault.require(Permission::WriteRecords);
    Consent c = entry;
    c.source = c.source.trimmed();
    c.policyVersion = c.policyVersion.trimmed();
    if (c.purpose.trimmed().isEmpty())
        throw Error(ErrorCode::Usage, tr("Say what the consent is for (its purpose)."));
    if (c.purpose.trimmed().size() > 200 || c.source.size() > 200 || c.policyVersion.size() > 100)
        throw Error(ErrorCode::Usage, tr("The purpose, source or policy version is too long."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.time.isValid() && c.time > now)
        throw Error(ErrorCode::Usage, tr("The date of a consent cannot be in the future."));
    if (c.time.isValid() && c.time.toLocalTime().date().year() < 1900)
        throw Error(ErrorCode::Usage, tr("The date of a consent cannot be before 1900; check the year."));
    c.time = c.time.isValid() ? c.time : now;
    if (c.expires.isValid() && c.state != ConsentState::Granted)
        throw Error(ErrorCode::Usage, tr("Only a consent that is granted can expire."));
    if (c.expires.isValid() && c.expires <= c.time.toLocalTime().date())
        throw Error(ErrorCode::Usage, tr("A consent's expiry must fall after the day it was given."));
    Database& db = m_vault.database();
    Transaction tx(db);
    // A restricted client's consent may still be withdrawn or refused: that processes nothing.
    if (c.state == ConsentState::Granted)
        ClientStore::ensureChangeable(db, c.clientId);
    else
        ClientStore::ensureExists(db, c.clientId);
    c.purpose = PurposeRows::resolve(db, c.purpose);
    if (c.policyVersion.isEmpty())
        c.policyVersion = PurposeRows::policyInForce(db, c.time.toLocalTime().date());
    else if (!PurposeRows::policyKnown(db, c.policyVersion))
        throw Error(ErrorCode::Failed, tr("The privacy policy version %1 is not in the archive; an administrator "
                                          "adds it first.")
                                           .arg(c.policyVersion));
    checkEvidence(db, c);
    c.id = newRecordId();
    c.recordedBy = m_vault.currentUser().id;
    insert(db, c);
    m_vault.audit(QStringLiteral("consent.set"), QStringLiteral("consent"), c.id, stateName(c.state));
    tx.commit();
    return c.id;
}

QString ConsentStore::set(const QString& clientId, const QString& purpose, ConsentState state, const QString& source,
                          const QString& policyVersion, const QDateTime& time)
{
    Consent c;
    c.clientId = clientId;
    c.purpose = purpose;
    c.state = state;
    c.source = source;
    c.policyVersion = policyVersion;
    c.time = time;
    return set(c);
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
    Statement st = m_vault.database().prepare("SELECT name FROM purposes");
    while (st.next())
        out << st.text(0);
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return out;
}

QByteArray ConsentStore::latestEntriesSql(const char* columns, bool everyone)
{
    QByteArray sql = QByteArray("SELECT ") + columns;
    if (!everyone)
        return sql + " FROM consents k JOIN clients c ON c.id = k.client_id WHERE " + kLatestForPurpose;
    return sql + " FROM clients c LEFT JOIN consents k ON k.client_id = c.id AND " + kLatestForPurpose + " WHERE 1";
}

const char* ConsentStore::contactCondition(bool basisIsConsent)
{
    return basisIsConsent ? "c.restricted = 0 AND k.state = 'granted' AND (k.expires = '' OR k.expires >= ?2)"
                          : "c.restricted = 0 AND coalesce(k.state, 'granted') = 'granted'";
}

void ConsentStore::importConsent(const Consent& record)
{
    m_vault.require(Permission::WriteRecords);
    if (record.id.isEmpty() || record.purpose.trimmed().isEmpty() || !record.time.isValid())
        throw Error(ErrorCode::Usage, tr("A consent has no id, purpose or time."));
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, record.clientId);
    Consent c = record;
    // An export made before the catalogue names free-text purposes: they join it as schema 8 made them.
    c.purpose = PurposeRows::ensureForConsent(db, c.purpose, c.time);
    insert(db, c);
    tx.commit();
}

std::vector<Consent> ConsentStore::history(const QString& clientId)
{
    m_vault.require(Permission::ReadRecords);
    std::vector<Consent> out;
    Statement st =
        m_vault.database().prepare("SELECT id, client_id, purpose, state, time, source, policy_version, recorded_by, "
                                   "evidence_file, expires FROM consents WHERE client_id = ? ORDER BY time, rowid");
    st.bind(1, clientId);
    while (st.next())
        out.push_back({st.text(0), st.text(1), st.text(2),
                       consentStateFromName(st.text(3)).value_or(ConsentState::Refused), fromStamp(st.text(4)),
                       st.text(5), st.text(6), st.text(7), st.text(8), QDate::fromString(st.text(9), Qt::ISODate)});
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
