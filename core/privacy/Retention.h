// Retention that acts: rules that say how long a client's data is kept — a period from a trigger (the
// client's creation, their last change, their last note, or a date held in a custom field such as the
// end of a contract) — and what is done at its end (the verified erasure, or anonymisation, which keeps
// the client only as a count). A client falls under the rule of their category (clients.retention) or,
// without one, under the rules of their purposes: those on consent they have an entry for, and every
// purpose on another basis; of several, the one that keeps the data longest. A legal hold pauses it.
// Nothing is deleted here: plan() says who is due, and only a run a person starts (RetentionRun.h) acts.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace coffer {

class Database;
class Vault;

enum class RetentionUnit { Days, Months, Years };
enum class RetentionAction { Erase, Anonymise };

struct RetentionRule
{
    QString name;
    int period = 0;
    RetentionUnit unit = RetentionUnit::Years;
    QString trigger; // "created", "updated", "last-note" or "field:KEY"
    RetentionAction action = RetentionAction::Erase;
    QString description;
    QDateTime created;
    QString createdBy;

    QString periodText() const;            // "10y", "6m", "30d": as --period takes it
    QDate endOf(const QDate& start) const; // start + the period; 31 January + 1 month is 28/29 February
    bool operator==(const RetentionRule&) const = default;
};

QString retentionActionName(RetentionAction action); // "erase", "anonymise" (stable)
std::optional<RetentionAction> retentionActionFromName(const QString& name);
// "10y", "6m", "30d" (a whole number above zero and a unit); nullopt otherwise.
std::optional<std::pair<int, RetentionUnit>> retentionPeriodFromText(const QString& text);
bool isRetentionTrigger(const QString& trigger);

struct LegalHold
{
    QString clientId;
    QString reason;
    QDate until;
    QDateTime time;
    QString actor;
};

// One client as a plan lists them.
struct RetentionDue
{
    QString clientId;
    QString displayName;
    QString rule;
    RetentionAction action = RetentionAction::Erase;
    QDate start; // the trigger's day
    QDate due;   // the day the period ends
    std::optional<LegalHold> hold;
};

struct RetentionPlan
{
    QDate today;
    std::vector<RetentionDue> due;      // due on or before today and not held: a run acts on these
    std::vector<RetentionDue> soon;     // due within the days asked for
    std::vector<RetentionDue> held;     // due, or soon, but under a legal hold until a later day
    std::vector<QString> unknownRule;   // ids of clients whose category names no rule
    std::vector<QString> noTriggerDate; // ids of clients whose rule's field holds no date
    int clients = 0;                    // every client looked at
};

class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    static constexpr int kSoonDays = 30;
    static constexpr int kMaxReason = 500;

    explicit Retention(Vault& vault)
        : m_vault(vault)
    {
    }

    // Admins and the owner. Error(Usage) for an empty or known name, a period of zero or less (or over
    // 100 years), an unknown trigger or an empty field key. Audited by the rule's seq.
    void addRule(const RetentionRule& rule);
    std::vector<RetentionRule> rules(); // by name
    std::optional<RetentionRule> rule(const QString& name);
    // Ready-made rules for common periods: examples the business must confirm before adding one, never
    // added by Coffer itself.
    static std::vector<RetentionRule> examples();

    // The client's category: a rule's name, or empty for none (then their purposes' rules apply).
    // Editors and above; not while the client is restricted.
    void setCategory(const QString& clientId, const QString& rule);
    // The rule a purpose's data is kept under (admins and the owner); empty for none.
    void setPurposeRule(const QString& purpose, const QString& rule);

    // A legal hold: retention pauses for clientId until the day given. Editors and above. Error(Usage)
    // without a reason, or for a day already past.
    void hold(const QString& clientId, const QString& reason, const QDate& until);
    void release(const QString& clientId); // Error(Failed) when the client is not held
    std::optional<LegalHold> holdOf(const QString& clientId);

    // Who is due on today, who within soonDays after it, who is held. Anyone who can read the vault.
    RetentionPlan plan(const QDate& today = QDate::currentDate(), int soonDays = kSoonDays);

    // The rule of that name, ignoring case, as stored; Error(Failed) when there is none.
    static QString resolveRule(Database& db, const QString& name);

private:
    Vault& m_vault;
};

} // namespace coffer
