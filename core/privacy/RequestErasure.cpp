#include "RequestErasure.h"

#include "Error.h"
#include "RequestRegister.h"
#include "vault/Vault.h"

namespace coffer {

QString RequestErasure::whyNot(const DataRequest& request, const QString& clientId)
{
    if (request.isClosed())
        return tr("This request is closed: a closed request cannot change.");
    if (request.type != RequestType::Erasure)
        return tr("This request does not ask for erasure.");
    if (request.clientId.isEmpty())
        return tr("Link the request to the client it concerns first.");
    if (!clientId.isEmpty() && request.clientId != clientId)
        return tr("This request is about another client.");
    return {};
}

ErasureReport RequestErasure::carryOut(Vault& vault, const QString& requestId, const QString& clientId)
{
    vault.requireErase();
    RequestRegister requests(vault);
    const DataRequest request = requests.get(requestId);
    if (const QString why = whyNot(request, clientId); !why.isEmpty())
        throw Error(ErrorCode::Failed, why);
    const ErasureReport report = ClientEraser(vault).erase(request.clientId);
    int passed = 0;
    for (const ErasureCheck& c : report.checks)
        passed += c.passed ? 1 : 0;
    requests.addEvidence(requestId, {EvidenceKind::Erasure,
                                     {},
                                     {},
                                     report.sha256,
                                     QStringLiteral("checks %1/%2").arg(passed).arg(report.checks.size())});
    return report;
}

} // namespace coffer
