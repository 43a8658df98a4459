// The data.json half of an import: strict parsing of every record (types, required fields) and their
// insertion through the record stores with their original ids.
#pragma once

#include "Importer.h"
#include "records/Records.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace coffer {

class ImportData
{
public:
    ImportData(Vault& vault, ImportReport& report, bool allowErased)
        : m_vault(vault)
        , m_report(report)
        , m_allowErased(allowErased)
    {
    }
    // Parses data.json and inserts clients, notes and consents; remembers the files' metadata.
    void load(const QByteArray& json, bool contentInline);
    // The metadata of the file at a bundle path "files/<id>/<name>", or nullptr.
    const StoredFile* fileAt(const QString& path) const;
    bool alreadyPresent(const QString& fileId) const { return m_presentFiles.contains(fileId); }
    void markArrived(const QString& fileId) { m_arrived.insert(fileId, true); }
    // Throws when a file listed in data.json never arrived.
    void checkAllFilesArrived() const;

private:
    // The catalogue of purposes and the policy versions, before the consents that name them; the
    // retention rules before the purposes and clients that name them; the holds after the clients.
    void loadPurposesAndPolicies(const QJsonObject& root);
    void loadRetentionRules(const QJsonObject& root);
    void loadLegalHolds(const QJsonObject& root);
    // The breach log and the record of processing, after the purposes that the record names.
    void loadRegulatorRecords(const QJsonObject& root);
    // The data-subject requests with their evidence, after the clients they concern.
    void loadRequests(const QJsonObject& root);

    Vault& m_vault;
    ImportReport& m_report;
    QHash<QString, StoredFile> m_filesByPath;
    QHash<QString, bool> m_presentFiles;
    QHash<QString, bool> m_arrived;
    bool m_allowErased = false;
    QSet<QString> m_leftOutClients; // ids of the clients left out (erased, or with an invalid value)
};

[[noreturn]] void malformed(const QString& what);

} // namespace coffer
