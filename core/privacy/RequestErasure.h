// The erasure a request asks for (GDPR Art. 17), carried out from the request: the request is checked
// first (open, a request for erasure, about this client), then the verified erasure runs, and its
// report is linked to the request as evidence. The erasure itself leaves the client's requests with a
// pseudonym only, so the request then proves it was handled without naming anyone.
#pragma once

#include "erase/ClientEraser.h"
#include "records/Requests.h"

#include <QCoreApplication>

namespace coffer {

class Vault;

class RequestErasure
{
    Q_DECLARE_TR_FUNCTIONS(RequestErasure)
public:
    // Whoever may erase (Vault::requireErase). clientId empty: the request's client. Error(Failed) before
    // anything is erased when the request does not fit; the request stays open for the user to close.
    static ErasureReport carryOut(Vault& vault, const QString& requestId, const QString& clientId = {});
    // Why the request cannot be carried out as an erasure of clientId (empty: it can).
    static QString whyNot(const DataRequest& request, const QString& clientId);
};

} // namespace coffer
