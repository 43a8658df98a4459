#include "Retention.h"

#include "Error.h"
#include "records/ClientStore.h"
#include "records/EnumNames.h"
#include "records/PurposeRows.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <map>

namespace coffer {

namespace {

constexpr std::array kActions = {std::pair{RetentionAction::Erase, "erase"},
                                 std::pair{RetentionAction::Anonymise, "anonymise"}};
constexpr std::array kUnits = {std::pair{RetentionUnit::Days, "d"}, std::pair{RetentionUnit::Months, "m"},
                               std::pair{RetentionUnit::Years, "y"}};
constexpr int kMaxYears = 100;

const char* const kRuleColumns = "name, period, unit, trigger, action, description, created, created_by";

RetentionRule ruleFrom(const Statement& st)
{
    RetentionRule r;
    r.name = st.text(0);
    r.period = int(st.integer(1));
    r.unit = enumFromName(kUnits, st.text(2)).value_or(RetentionUnit::Years);
    r.trigger = st.text(3);
    r.action = retentionActionFromName(st.text(4)).value_or(RetentionAction::Erase);
    r.description = st.text(5);
    r.created = fromStamp(st.text(6));
    r.createdBy = st.text(7);
    return r;
}

// The calendar day of a stamp, as stored (UTC): its first ten characters, read without a QDateTime, so
// that a plan over a million clients parses two million stamps quickly. Days are counted in UTC.
QDate dayOfStamp(QByteArrayView s)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return {};
    auto number = [&](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// A date as people type it into a custom field: 2031-03-14, 14.03.2031 (Latvian), 14. 3. 2031 (Czech),
// 2031.03.14.
QDate dayOfField(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : {"yyyy-MM-dd", "d.M.yyyy", "d. M. yyyy", "yyyy.MM.dd", "yyyy.MM.dd."}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

std::map<QString, LegalHold> holds(Database& db)
{
    std::map<QString, LegalHold> out;
    Statement st = db.prepare("SELECT client_id, reason, until, time, actor FROM legal_holds");
    while (st.next())
        out[st.text(0)] = {st.text(0), st.text(1), QDate::fromString(st.text(2), Qt::ISODate), fromStamp(st.text(3)),
                           st.text(4)};
    return out;
}

} // namespace

QString RetentionRule::periodText() const
{
    return QString::number(period) + enumName(kUnits, unit);
}

QDate RetentionRule::endOf(const QDate& start) const
{
    switch (unit) {
    case RetentionUnit::Days:
        return start.addDays(period);
    case RetentionUnit::Months:
        return start.addMonths(period);
    case RetentionUnit::Years:
        return start.addYears(period);
    }
    return start;
}

QString retentionActionName(RetentionAction action)
{
    return enumName(kActions, action);
}

std::optional<RetentionAction> retentionActionFromName(const QString& name)
{
    if (name.trimmed().toLower() == QLatin1String("anonymize"))
        return RetentionAction::Anonymise;
    return enumFromName(kActions, name);
}

std::optional<std::pair<int, RetentionUnit>> retentionPeriodFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.size() < 2)
        return std::nullopt;
    const auto unit = enumFromName(kUnits, t.right(1));
    bool ok = false;
    const int n = t.chopped(1).toInt(&ok);
    if (!unit || !ok || n <= 0 || t.front() == u'+')
        return std::nullopt;
    return std::pair{n, *unit};
}

bool isRetentionTrigger(const QString& trigger)
{
    return trigger == QLatin1String("created") || trigger == QLatin1String("updated") ||
           trigger == QLatin1String("last-note") ||
           (trigger.startsWith(QLatin1String("field:")) && !trigger.mid(6).trimmed().isEmpty());
}

void Retention::addRule(const RetentionRule& given)
{
    m_vault.require(Permission::ManageController);
    RetentionRule r = given;
    r.name = r.name.trimmed();
    if (r.name.isEmpty() || r.name.size() > PurposeRows::kMaxName)
        throw Error(ErrorCode::Usage,
                    tr("A retention rule needs a name of at most %1 characters.").arg(PurposeRows::kMaxName));
    const int limit = r.unit == RetentionUnit::Years    ? kMaxYears
                      : r.unit == RetentionUnit::Months ? kMaxYears * 12
                                                        : kMaxYears * 366;
    if (r.period <= 0 || r.period > limit)
        throw Error(ErrorCode::Usage, tr("A retention period is more than zero and at most %1 years.").arg(kMaxYears));
    if (!isRetentionTrigger(r.trigger))
        throw Error(ErrorCode::Usage, tr("A retention period runs from created, updated, last-note or field:KEY (a "
                                         "custom field that holds a date)."));
    if (r.description.size() > PurposeRows::kMaxDescription)
        throw Error(ErrorCode::Usage,
                    tr("A rule's description is at most %1 characters.").arg(PurposeRows::kMaxDescription));
    Database& db = m_vault.database();
    Transaction tx(db);
    Statement known = db.prepare("SELECT name FROM retention_rules WHERE name = ? COLLATE NOCASE");
    known.bind(1, r.name);
    if (known.next())
        throw Error(ErrorCode::Usage, tr("There is a retention rule named \"%1\" already.").arg(known.text(0)));
    db.prepare("INSERT INTO retention_rules (name, period, unit, trigger, action, description, created, created_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, r.name)
        .bind(2, r.period)
        .bind(3, enumName(kUnits, r.unit))
        .bind(4, r.trigger.trimmed())
        .bind(5, retentionActionName(r.action))
        .bind(6, r.description.trimmed())
        .bind(7, nowStamp())
        .bind(8, m_vault.currentUser().id)
        .run();
    m_vault.audit(QStringLiteral("retention.rule"), QStringLiteral("retention"),
                  QString::number(db.scalar("SELECT last_insert_rowid()")), r.periodText());
    tx.commit();
}

std::vector<RetentionRule> Retention::rules()
{
    m_vault.require(Permission::ReadRecords);
    std::vector<RetentionRule> out;
    Statement st = m_vault.database().prepare(
        (QByteArray("SELECT ") + kRuleColumns + " FROM retention_rules ORDER BY name COLLATE NOCASE").constData());
    while (st.next())
        out.push_back(ruleFrom(st));
    return out;
}

std::optional<RetentionRule> Retention::rule(const QString& name)
{
    m_vault.require(Permission::ReadRecords);
    Statement st = m_vault.database().prepare(
        (QByteArray("SELECT ") + kRuleColumns + " FROM retention_rules WHERE name = ? COLLATE NOCASE").constData());
    st.bind(1, name.trimmed());
    if (!st.next())
        return std::nullopt;
    return ruleFrom(st);
}

QString Retention::resolveRule(Database& db, const QString& name)
{
    return PurposeRows::resolveRetentionRule(db, name);
}

std::vector<RetentionRule> Retention::examples()
{
    // Periods of the laws as PRIVACY-LAW.md gives them; each an example to confirm, not advice.
    auto rule = [](const QString& name, int years, const QString& description) {
        RetentionRule r;
        r.name = name;
        r.period = years;
        r.unit = RetentionUnit::Years;
        r.trigger = QStringLiteral("updated");
        r.action = RetentionAction::Erase;
        r.description = description;
        return r;
    };
    return {rule(tr("Accounting documents (Latvia, example)"), 5,
                 tr("Example: the Latvian accounting law keeps source documents for five years. Confirm "
                    "the period for your business before you use it.")),
            rule(tr("Accounting documents (Lithuania, example)"), 10,
                 tr("Example: the Lithuanian accounting law keeps accounting documents for ten years. Confirm "
                    "the period for your business before you use it.")),
            rule(tr("Accounting documents (Czech Republic, example)"), 10,
                 tr("Example: the Czech accounting and VAT laws keep accounting documents for up to ten years. "
                    "Confirm the period for your business before you use it.")),
            rule(tr("Marketing contacts (example)"), 2,
                 tr("Example: contacts kept for marketing, two years after the last change. Confirm the period "
                    "for your business before you use it."))};
}

void Retention::setCategory(const QString& clientId, const QString& rule)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureChangeable(db, clientId);
    const QString name = rule.trimmed().isEmpty() ? QString() : resolveRule(db, rule);
    db.prepare("UPDATE clients SET retention = ?, updated = ?, updated_by = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, nowStamp())
        .bind(3, m_vault.currentUser().id)
        .bind(4, clientId)
        .run();
    m_vault.audit(QStringLiteral("client.update"), QStringLiteral("client"), m_vault.pseudonym(clientId),
                  QStringLiteral("fields=retention"));
    tx.commit();
}

void Retention::setPurposeRule(const QString& purpose, const QString& rule)
{
    m_vault.require(Permission::ManageController);
    Database& db = m_vault.database();
    Transaction tx(db);
    const QString name = PurposeRows::resolve(db, purpose);
    const QString ruleName = rule.trimmed().isEmpty() ? QString() : resolveRule(db, rule);
    db.prepare("UPDATE purposes SET retention = ?, updated = ?, updated_by = ? WHERE name = ?")
        .bind(1, ruleName)
        .bind(2, nowStamp())
        .bind(3, m_vault.currentUser().id)
        .bind(4, name)
        .run();
    m_vault.audit(QStringLiteral("purpose.edit"), QStringLiteral("purpose"),
                  QString::number(PurposeRows::lookUp(db, name)->first), QStringLiteral("retention"));
    tx.commit();
}

void Retention::hold(const QString& clientId, const QString& reason, const QDate& until)
{
    m_vault.require(Permission::WriteRecords);
    if (reason.trimmed().isEmpty())
        throw Error(ErrorCode::Usage, tr("Say why the client's data is held (a court case, a tax audit, …)."));
    if (reason.trimmed().size() > kMaxReason)
        throw Error(ErrorCode::Usage, tr("The reason for a hold is at most %1 characters.").arg(kMaxReason));
    if (!until.isValid() || until < QDate::currentDate())
        throw Error(ErrorCode::Usage, tr("A hold lasts until today or a later day."));
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, clientId);
    db.prepare("INSERT OR REPLACE INTO legal_holds (client_id, reason, until, time, actor) VALUES (?, ?, ?, ?, ?)")
        .bind(1, clientId)
        .bind(2, reason.trimmed())
        .bind(3, until.toString(Qt::ISODate))
        .bind(4, nowStamp())
        .bind(5, m_vault.currentUser().id)
        .run();
    m_vault.audit(QStringLiteral("client.hold"), QStringLiteral("client"), m_vault.pseudonym(clientId),
                  until.toString(Qt::ISODate));
    tx.commit();
}

void Retention::release(const QString& clientId)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, clientId);
    db.prepare("DELETE FROM legal_holds WHERE client_id = ?").bind(1, clientId).run();
    if (db.changes() == 0)
        throw Error(ErrorCode::Failed, tr("This client is not held."));
    m_vault.audit(QStringLiteral("client.release"), QStringLiteral("client"), m_vault.pseudonym(clientId));
    tx.commit();
}

std::optional<LegalHold> Retention::holdOf(const QString& clientId)
{
    m_vault.require(Permission::ReadRecords);
    auto all = holds(m_vault.database());
    const auto it = all.find(clientId);
    return it == all.end() ? std::nullopt : std::optional(it->second);
}

RetentionPlan Retention::plan(const QDate& today, int soonDays)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    RetentionPlan plan;
    plan.today = today;
    std::map<QString, RetentionRule> byName; // folded name → rule
    for (RetentionRule& r : rules())
        byName[r.name.toCaseFolded()] = std::move(r);
    const auto ruleNamed = [&](const QString& name) -> const RetentionRule* {
        const auto it = byName.find(name.toCaseFolded());
        return it == byName.end() ? nullptr : &it->second;
    };
    // The purposes' rules: those on another basis than consent apply to every client; those on consent
    // to the clients with an entry for the purpose.
    std::vector<const RetentionRule*> everyone;
    QHash<QString, std::vector<const RetentionRule*>> byClient;
    {
        Statement st = db.prepare("SELECT name, basis, retention FROM purposes WHERE retention <> ''");
        std::vector<std::pair<QString, const RetentionRule*>> consentRules;
        while (st.next())
            if (const RetentionRule* r = ruleNamed(st.text(2)))
                (st.text(1) == QLatin1String("consent") ? (void)consentRules.emplace_back(st.text(0), r)
                                                        : everyone.push_back(r));
        for (const auto& [purpose, r] : consentRules) {
            Statement c = db.prepare("SELECT DISTINCT client_id FROM consents WHERE purpose = ?");
            c.bind(1, purpose);
            while (c.next())
                byClient[c.text(0)].push_back(r);
        }
    }
    // The dates the triggers need, read once each.
    QHash<QString, QDate> lastNote;
    QHash<QString, QHash<QString, QString>> fieldValues; // key → client → value
    for (const auto& [folded, r] : byName) {
        if (r.trigger == QLatin1String("last-note") && lastNote.isEmpty()) {
            Statement st = db.prepare("SELECT client_id, max(time) FROM notes GROUP BY client_id");
            while (st.next())
                lastNote.insert(st.text(0), dayOfStamp(st.utf8(1)));
        }
        if (r.trigger.startsWith(QLatin1String("field:")) && !fieldValues.contains(r.trigger.mid(6))) {
            QHash<QString, QString>& values = fieldValues[r.trigger.mid(6)];
            Statement st = db.prepare("SELECT client_id, value FROM client_fields WHERE key = ?");
            st.bind(1, r.trigger.mid(6));
            while (st.next())
                values.insert(st.text(0), st.text(1));
        }
    }
    const std::map<QString, LegalHold> held = holds(db);
    const QDate horizon = today.addDays(soonDays);
    Statement st = db.prepare("SELECT id, display_name, created, updated, retention FROM clients");
    std::vector<const RetentionRule*> candidates;
    while (st.next()) {
        ++plan.clients;
        const QString id = st.text(0);
        candidates.clear();
        const QString category = st.text(4);
        if (!category.isEmpty()) {
            if (const RetentionRule* r = ruleNamed(category))
                candidates.push_back(r);
            else
                plan.unknownRule.push_back(id);
        } else {
            candidates = everyone;
            if (const auto it = byClient.constFind(id); it != byClient.cend())
                candidates.insert(candidates.end(), it->begin(), it->end());
        }
        if (candidates.empty())
            continue;
        const QDate created = dayOfStamp(st.utf8(2));
        // Of several rules, the one that keeps the data longest; one whose date is missing keeps it.
        RetentionDue d;
        bool missing = false;
        for (const RetentionRule* r : candidates) {
            QDate start;
            if (r->trigger == QLatin1String("created"))
                start = created;
            else if (r->trigger == QLatin1String("updated"))
                start = dayOfStamp(st.utf8(3));
            else if (r->trigger == QLatin1String("last-note"))
                start = lastNote.value(id, created); // no note yet: the day they became a client
            else
                start = dayOfField(fieldValues.value(r->trigger.mid(6)).value(id));
            if (!start.isValid()) {
                missing = true;
                break;
            }
            const QDate end = r->endOf(start);
            if (!d.due.isValid() || end > d.due) {
                d.due = end;
                d.start = start;
                d.rule = r->name;
                d.action = r->action;
            }
        }
        if (missing) {
            plan.noTriggerDate.push_back(id);
            continue;
        }
        if (d.due > horizon)
            continue;
        d.clientId = id;
        d.displayName = st.text(1);
        if (const auto h = held.find(id); h != held.end() && h->second.until >= today) {
            d.hold = h->second;
            plan.held.push_back(std::move(d));
        } else {
            (d.due <= today ? plan.due : plan.soon).push_back(std::move(d));
        }
    }
    for (auto* list : {&plan.due, &plan.soon, &plan.held})
        std::sort(list->begin(), list->end(), [](const RetentionDue& a, const RetentionDue& b) {
            return a.due != b.due ? a.due < b.due : a.displayName.compare(b.displayName, Qt::CaseInsensitive) < 0;
        });
    return plan;
}

} // namespace coffer
