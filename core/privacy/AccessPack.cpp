#include "AccessPack.h"

#include "Error.h"
#include "RequestRegister.h"
#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "store/Database.h"
#include "store/FileSafety.h"
#include "store/OutputPath.h"
#include "transfer/Exporter.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <cerrno>
#include <cstring>

namespace coffer {

AccessPackResult AccessPack::prepare(const QString& requestId, const QString& folder, const LetterWriter& writeLetter,
                                     const std::function<bool(qint64, qint64)>& progress)
{
    m_vault.require(Permission::WriteRecords);
    RequestRegister requests(m_vault);
    const DataRequest request = requests.get(requestId);
    if (request.isClosed())
        throw Error(ErrorCode::Failed, tr("This request is closed: a closed request cannot change."));
    if (request.type != RequestType::Access && request.type != RequestType::Portability)
        throw Error(ErrorCode::Failed, tr("An access pack answers a request for access or for portability; this "
                                          "request asks for something else."));
    if (request.clientId.isEmpty())
        throw Error(ErrorCode::Failed, tr("Link the request to the client it concerns before preparing their data."));
    const bool withLetter = request.type == RequestType::Access;
    if (withLetter && !writeLetter)
        throw Error(ErrorCode::Usage, tr("An answer to a request for access needs its cover letter."));

    const QString target =
        checkOutputPath(folder, {Overwrite::Refuse, m_vault.path(), m_vault.backupFolder()}, OutputKind::Folder);
    const QString parent = QFileInfo(target).absolutePath();
    const QString partial = parent + QStringLiteral("/.") + QFileInfo(target).fileName() + QStringLiteral(".partial-") +
                            QString::fromLatin1(randomBytes(6).toHex());
    ExportOptions options;
    options.format = ExportFormat::Zip;
    options.clientId = request.clientId;
    options.deferRecord = true;
    options.progress = progress;
    Exporter exporter(m_vault);
    ExportResult exported;
    makePrivateFolder(partial);
    try {
        exported = exporter.run(partial + u'/' + QLatin1String(kExportName), options);
        if (withLetter) {
            AccessLetterContents contents = letterContents(request);
            contents.exportFileName = QLatin1String(kExportName);
            contents.exportSha256 = exported.manifestSha256;
            writeLetter(contents, partial + u'/' + QLatin1String(kLetterName));
        }
        fsyncFolder(partial);
        if (!renameIntoPlace(partial, target, Overwrite::Refuse))
            throw Error(ErrorCode::Failed,
                        tr("Cannot write the access pack: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        fsyncFolder(parent);
    } catch (...) {
        QDir(partial).removeRecursively();
        throw;
    }

    AccessPackResult result;
    result.folder = target;
    result.exportPath = target + u'/' + QLatin1String(kExportName);
    result.letterPath = withLetter ? target + u'/' + QLatin1String(kLetterName) : QString();
    result.manifestSha256 = exported.manifestSha256;
    result.identityConfirmed = !request.identityMethod.isEmpty();
    Transaction tx(m_vault.database());
    exporter.record(exported, options, result.exportPath);
    requests.addEvidence(requestId,
                         {EvidenceKind::Export,
                          {},
                          {},
                          exported.manifestSha256,
                          withLetter ? QStringLiteral("zip, 1 client, letter") : QStringLiteral("zip, 1 client")});
    tx.commit();
    return result;
}

AccessLetterContents AccessPack::letterContents(const DataRequest& request)
{
    m_vault.require(Permission::ReadRecords);
    AccessLetterContents c;
    c.controller = Controller::details(m_vault);
    c.request = request;
    c.client = ClientStore(m_vault).get(request.clientId);
    c.notes = NoteStore(m_vault).list(request.clientId);
    c.files = FileStore(m_vault).list(request.clientId);
    c.consents = ConsentStore(m_vault).history(request.clientId);
    c.history = history(request.clientId, c.olderHistory);
    c.prepared = QDate::currentDate();
    return c;
}

std::vector<RecordHistoryLine> AccessPack::history(const QString& clientId, bool& older)
{
    // The person's right covers their own record's history, not the audit log: so no Permission::ReadAudit,
    // and each line keeps only the time, the role and the action — never who, and nothing about anyone else.
    Database& db = m_vault.database();
    QHash<QString, QString> roles;
    Statement users = db.prepare("SELECT id, role FROM users");
    while (users.next())
        roles.insert(users.text(0), users.text(1));
    AuditQuery query;
    query.clientId = clientId;
    query.clientPseudonym = m_vault.pseudonym(clientId);
    const std::vector<AuditEntry> entries =
        AuditLog::entriesBefore(db, 0, AccessLetterContents::kMaxHistory + 1, query);
    older = entries.size() > size_t(AccessLetterContents::kMaxHistory);
    std::vector<RecordHistoryLine> lines;
    for (const AuditEntry& e : entries) {
        if (lines.size() == size_t(AccessLetterContents::kMaxHistory))
            break;
        lines.push_back({e.time, roles.value(e.actor), e.action});
    }
    return lines;
}

} // namespace coffer
