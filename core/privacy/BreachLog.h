// The breach log (GDPR Art. 33(5)): every personal-data breach, notified or not — when the business
// became aware of it, what happened, the categories and approximate numbers of people and records, the
// likely consequences, the measures taken — and when the supervisory authority and the people were told,
// or why the authority was not. The 72 hours the authority is to be told within (Art. 33(1)) run from
// detection until either is recorded. Administrators and the owner keep it; it holds no client's data
// (describe a breach in general words), and the audit log names a breach by its id.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace coffer {

class Vault;

struct Breach
{
    QString id;
    QDateTime detected;
    QString description;
    QString categories;   // of people and of records: "clients' emails and phone numbers"
    qint64 people = -1;   // approximate; -1 unknown
    qint64 records = -1;  // approximate; -1 unknown
    QString consequences; // likely
    QString measures;     // taken or proposed
    QDateTime authorityNotified;
    QDateTime peopleNotified;
    QString notNotifiedReason; // why the authority was not told (no risk to people)
    QDateTime created;
    QString createdBy;

    QDateTime deadline() const { return detected.addSecs(72 * 3600); }
    // The clock runs until the authority is told or a reason for not telling is recorded.
    bool clockRunning() const { return !authorityNotified.isValid() && notNotifiedReason.isEmpty(); }
    bool late(const QDateTime& now) const { return clockRunning() && now > deadline(); }
};

class BreachLog
{
    Q_DECLARE_TR_FUNCTIONS(BreachLog)
public:
    static constexpr int kMaxText = 4000;

    explicit BreachLog(Vault& vault)
        : m_vault(vault)
    {
    }

    // Admins and the owner; returns the id. Error(Usage) without a description, for a detection in the
    // future or before 2000, or negative numbers.
    QString add(const Breach& breach);
    // What is learned later: the categories, numbers, consequences and measures (the rest stays).
    void describe(const QString& id, const Breach& details);
    // The day and time the authority (and, when given, the people) were told; not before the detection,
    // not in the future. Or, instead, why the authority is not told.
    void notify(const QString& id, const QDateTime& authority, const QDateTime& people = {});
    void decideNotToNotify(const QString& id, const QString& reason);
    std::vector<Breach> list(); // newest detection first
    std::optional<Breach> find(const QString& id);

private:
    Breach load(const QString& id);

    Vault& m_vault;
};

} // namespace coffer
