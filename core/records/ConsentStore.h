// Consents per client and purpose. Append-only: every change is a new row, so the history is kept
// and the current state of a purpose is its latest row.
#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <vector>

namespace coffer {

class Vault;

class ConsentStore
{
    Q_DECLARE_TR_FUNCTIONS(ConsentStore)
public:
    explicit ConsentStore(Vault& vault)
        : m_vault(vault)
    {
    }

    // Records a new state for (clientId, purpose); returns its id. time defaults to now. Editors and above.
    QString set(const QString& clientId, const QString& purpose, ConsentState state, const QString& source = {},
                const QString& policyVersion = {}, const QDateTime& time = {});
    std::vector<Consent> history(const QString& clientId); // every row, oldest first
    std::vector<Consent> current(const QString& clientId); // the latest row per purpose, by purpose

    // Stores a record exactly as given (id, stamps), for an import. Not audited: the import audits once.
    void importConsent(const Consent& record);

private:
    Vault& m_vault;
};

} // namespace coffer
