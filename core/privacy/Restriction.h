// Restriction of processing (GDPR Art. 18): while a client is restricted their data is kept but not
// changed — ClientStore::ensureChangeable refuses every write path in core, whoever calls it — until
// the restriction is lifted. Setting and lifting each need a reason and are kept as a history, and
// each can be linked to the request that asked for it as evidence.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <vector>

namespace coffer {

class Vault;

struct RestrictionChange
{
    bool restricted = true; // false: lifted
    QDateTime time;
    QString actor; // user id
    QString reason;
};

class Restriction
{
    Q_DECLARE_TR_FUNCTIONS(Restriction)
public:
    explicit Restriction(Vault& vault)
        : m_vault(vault)
    {
    }

    // Editors and above. Error(Usage) without a reason, Error(Failed) when the client already is (or is
    // not) restricted or does not exist. requestId, when given, names the open request that asked for it:
    // the change is linked to it as evidence in the same transaction.
    void restrict(const QString& clientId, const QString& reason, const QString& requestId = {});
    void lift(const QString& clientId, const QString& reason, const QString& requestId = {});
    std::vector<RestrictionChange> history(const QString& clientId); // oldest first

private:
    void change(const QString& clientId, bool restricted, const QString& reason, const QString& requestId);
    Vault& m_vault;
};

} // namespace coffer
