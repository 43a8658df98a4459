#include "ClientPseudonyms.h"

#include "crypto/Pseudonym.h"
#include "store/Database.h"
#include "vault/Vault.h"

namespace coffer {

QHash<QString, QString> clientNamesByPseudonym(Vault& vault)
{
    vault.require(Permission::ReadRecords);
    const PseudonymKey& key = vault.stableKeys().pseudonym;
    QHash<QString, QString> names;
    Statement st = vault.database().prepare("SELECT id, display_name FROM clients");
    while (st.next())
        names.insert(key.of(st.text(0)), st.text(1));
    return names;
}

} // namespace coffer
