// The clients of a vault by the pseudonym the audit log names them with (Vault::pseudonym), with their
// display names as they are now: the Audit log page shows a client's current name beside the log's code
// while the client exists. An erased client is in no such list, so their entries keep the code alone.
#pragma once

#include <QHash>
#include <QString>

namespace coffer {

class Vault;

// Pseudonym → display name of every client; every role that reads records. One keyed hash per client.
QHash<QString, QString> clientNamesByPseudonym(Vault& vault);

} // namespace coffer
