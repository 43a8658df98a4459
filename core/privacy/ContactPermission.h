// Who may be contacted for a purpose, and the objection or withdrawal that takes it away (GDPR Art. 21
// and 7(3)). A do-not-contact mark is the consent history's own entry for the purpose — refused, with
// the source "objection", for an objection; withdrawn for a withdrawal — so it is shown on the client's
// Consents tab, exported, imported and erased with the rest of the history, and a later consent the
// person gives lifts it. A client may be contacted for a purpose while their latest entry for it is
// granted and unexpired and their processing is not restricted; for a purpose of the catalogue on
// another lawful basis (privacy/Purposes.h), every client not restricted who has not objected.
#pragma once

#include "records/Records.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace coffer {

class Vault;

// One client as a purpose's list shows them: their latest consent entry for it, if any (a purpose on
// another basis than consent lists, for who may be contacted, every client), and what follows from it.
struct PurposeStanding
{
    QString clientId;
    QString displayName;
    QString email; // the first
    std::optional<ConsentState> state;
    QDateTime since;
    QString source;
    QString policyVersion;
    QDate expires;
    bool restricted = false;
    bool mayContact = false; // as ConsentStore::contactCondition says
    bool superseded = false; // granted under a policy version other than the one in force today
};
class ContactPermission
{
    Q_DECLARE_TR_FUNCTIONS(ContactPermission)
public:
    // The source a consent entry made by record() carries.
    static inline const char* const kObjectionSource = "objection";
    static inline const char* const kWithdrawalSource = "withdrawal";

    // Every client with an entry for purpose (of the catalogue, in any case), by name; state: only those
    // whose latest entry is in it; mayContactOnly: only those who may be contacted for it now (for a
    // purpose on another basis than consent, clients with no entry too); supersededOnly: only those
    // whose consent is granted under a policy version other than the one in force today, to be asked
    // again (none while the archive is empty).
    static std::vector<PurposeStanding> standings(Vault& vault, const QString& purpose,
                                                  std::optional<ConsentState> state = std::nullopt,
                                                  bool mayContactOnly = false, bool supersededOnly = false);

    // Marks clientId as not to be contacted for purpose: an objection (refused) or a withdrawal of
    // consent (withdrawn); editors and above, allowed while the client is restricted. requestId, when
    // given, names the open request it answers: the mark is linked to it as evidence, in one transaction.
    static QString record(Vault& vault, const QString& clientId, const QString& purpose, bool objection,
                          const QString& requestId = {});
};

} // namespace coffer
