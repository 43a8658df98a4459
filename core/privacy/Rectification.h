// The evidence of a rectification (GDPR Art. 16): what was corrected in the client's record since the
// request arrived, by the names of the fields and the kinds of records, never their values, gathered
// from the audit log (client.update carries the changed fields' names) and linked to the request.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace coffer {

class Vault;

class Rectification
{
    Q_DECLARE_TR_FUNCTIONS(Rectification)
public:
    // Editors and above; the request must be open, a request for rectification and linked to a client.
    // Error(Failed) when nothing was corrected since the day it was received. Returns the detail linked:
    // the names of the fields that changed, then the counts of records corrected, recorded or removed,
    // by name: "address, emails; consents recorded 1; files removed 1; notes corrected 2".
    static QString linkCorrections(Vault& vault, const QString& requestId);
};

} // namespace coffer
