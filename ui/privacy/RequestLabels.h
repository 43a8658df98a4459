// The words a person reads for a data-subject request's type, channel, status and evidence (the stored
// names are stable English words for files and the command line; these are translated).
#pragma once

#include "records/Requests.h"

#include <QCoreApplication>

namespace coffer {

class RequestLabels
{
    Q_DECLARE_TR_FUNCTIONS(RequestLabels)
public:
    static QString type(RequestType type);          // "Access to their data", …
    static QString channel(RequestChannel channel); // "Email", "Letter", …
    static QString status(RequestStatus status);    // "Open", "Waiting for proof of identity", …
    static QString evidence(EvidenceKind kind);     // "Export", "Erasure report", …
    // The evidence's stored detail ("zip, 1 client, letter", "checks 7/7", "restricted") in words; a
    // detail of another shape (typed at the command line, or field names) is shown as stored.
    static QString evidenceDetail(const RequestEvidence& evidence);
};

} // namespace coffer
