#include "BreachLog.h"

#include "Error.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "vault/Vault.h"

namespace coffer {

namespace {

const char* const kColumns = "id, detected, description, categories, people, records, consequences, measures, "
                             "authority_notified, people_notified, not_notified_reason, created, created_by";

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Breach breachFrom(const Statement& st)
{
    Breach b;
    b.id = st.text(0);
    b.detected = fromStamp(st.text(1));
    b.description = st.text(2);
    b.categories = st.text(3);
    b.people = st.integer(4);
    b.records = st.integer(5);
    b.consequences = st.text(6);
    b.measures = st.text(7);
    b.authorityNotified = fromStamp(st.text(8));
    b.peopleNotified = fromStamp(st.text(9));
    b.notNotifiedReason = st.text(10);
    b.created = fromStamp(st.text(11));
    b.createdBy = st.text(12);
    return b;
}

void checkTexts(const Breach& b)
{
    for (const QString* t : {&b.description, &b.categories, &b.consequences, &b.measures})
        if (t->size() > BreachLog::kMaxText)
            throw Error(ErrorCode::Usage,
                        BreachLog::tr("A breach's description is at most %1 characters in each field.")
                            .arg(BreachLog::kMaxText));
    if (b.people < -1 || b.records < -1)
        throw Error(ErrorCode::Usage, BreachLog::tr("The numbers of people and records are zero or more."));
}

// A moment of notification: not before the detection, not later than now.
void checkMoment(const QDateTime& t, const Breach& b)
{
    if (!t.isValid())
        return;
    if (t < b.detected)
        throw Error(ErrorCode::Usage, BreachLog::tr("A notification cannot come before the breach was detected."));
    if (t > QDateTime::currentDateTimeUtc().addSecs(60))
        throw Error(ErrorCode::Usage, BreachLog::tr("A notification is recorded once it was made, not before."));
}

} // namespace

QString BreachLog::add(const Breach& given)
{
    m_vault.require(Permission::ManageController);
    Breach b = given;
    b.description = b.description.trimmed();
    if (b.description.isEmpty())
        throw Error(ErrorCode::Usage, tr("Say what happened."));
    if (!b.detected.isValid())
        throw Error(ErrorCode::Usage, tr("Say when the breach was detected."));
    if (b.detected > QDateTime::currentDateTimeUtc().addSecs(60))
        throw Error(ErrorCode::Usage, tr("A breach cannot be detected in the future."));
    if (b.detected.toUTC().date().year() < 2000)
        throw Error(ErrorCode::Usage, tr("A breach detected before 2000? Check the year."));
    checkTexts(b);
    b.id = newRecordId();
    Database& db = m_vault.database();
    Transaction tx(db);
    db.prepare("INSERT INTO breaches (id, detected, description, categories, people, records, consequences, "
               "measures, created, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, b.id)
        .bind(2, stamp(b.detected))
        .bind(3, b.description)
        .bind(4, b.categories.trimmed())
        .bind(5, b.people)
        .bind(6, b.records)
        .bind(7, b.consequences.trimmed())
        .bind(8, b.measures.trimmed())
        .bind(9, nowStamp())
        .bind(10, m_vault.currentUser().id)
        .run();
    m_vault.audit(QStringLiteral("breach.add"), QStringLiteral("breach"), b.id);
    tx.commit();
    return b.id;
}

void BreachLog::describe(const QString& id, const Breach& d)
{
    m_vault.require(Permission::ManageController);
    checkTexts(d);
    Database& db = m_vault.database();
    Transaction tx(db);
    load(id);
    db.prepare("UPDATE breaches SET categories = ?, people = ?, records = ?, consequences = ?, measures = ? "
               "WHERE id = ?")
        .bind(1, d.categories.trimmed())
        .bind(2, d.people)
        .bind(3, d.records)
        .bind(4, d.consequences.trimmed())
        .bind(5, d.measures.trimmed())
        .bind(6, id)
        .run();
    m_vault.audit(QStringLiteral("breach.update"), QStringLiteral("breach"), id);
    tx.commit();
}

void BreachLog::notify(const QString& id, const QDateTime& authority, const QDateTime& people)
{
    m_vault.require(Permission::ManageController);
    if (!authority.isValid() && !people.isValid())
        throw Error(ErrorCode::Usage, tr("Say when the authority or the people were told."));
    Database& db = m_vault.database();
    Transaction tx(db);
    const Breach b = load(id);
    checkMoment(authority, b);
    checkMoment(people, b);
    db.prepare("UPDATE breaches SET authority_notified = coalesce(nullif(?, ''), authority_notified), "
               "people_notified = coalesce(nullif(?, ''), people_notified) WHERE id = ?")
        .bind(1, stamp(authority))
        .bind(2, stamp(people))
        .bind(3, id)
        .run();
    m_vault.audit(QStringLiteral("breach.notify"), QStringLiteral("breach"), id,
                  authority.isValid() ? QStringLiteral("authority") : QStringLiteral("people"));
    tx.commit();
}

void BreachLog::decideNotToNotify(const QString& id, const QString& reason)
{
    m_vault.require(Permission::ManageController);
    if (reason.trimmed().isEmpty())
        throw Error(ErrorCode::Usage, tr("Say why the authority is not told (the breach is unlikely to result in a "
                                         "risk to people, because …)."));
    if (reason.size() > kMaxText)
        throw Error(ErrorCode::Usage, tr("The reason is at most %1 characters.").arg(kMaxText));
    Database& db = m_vault.database();
    Transaction tx(db);
    load(id);
    db.prepare("UPDATE breaches SET not_notified_reason = ? WHERE id = ?").bind(1, reason.trimmed()).bind(2, id).run();
    m_vault.audit(QStringLiteral("breach.notify"), QStringLiteral("breach"), id, QStringLiteral("not-notified"));
    tx.commit();
}

std::vector<Breach> BreachLog::list()
{
    m_vault.require(Permission::ReadAudit);
    std::vector<Breach> out;
    Statement st = m_vault.database().prepare(
        (QByteArray("SELECT ") + kColumns + " FROM breaches ORDER BY detected DESC, seq DESC").constData());
    while (st.next())
        out.push_back(breachFrom(st));
    return out;
}

std::optional<Breach> BreachLog::find(const QString& id)
{
    m_vault.require(Permission::ReadAudit);
    Statement st =
        m_vault.database().prepare((QByteArray("SELECT ") + kColumns + " FROM breaches WHERE id = ?").constData());
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return breachFrom(st);
}

Breach BreachLog::load(const QString& id)
{
    Statement st =
        m_vault.database().prepare((QByteArray("SELECT ") + kColumns + " FROM breaches WHERE id = ?").constData());
    st.bind(1, id);
    if (!st.next())
        throw Error(ErrorCode::Failed, tr("There is no breach with the id %1.").arg(id));
    return breachFrom(st);
}

} // namespace coffer
