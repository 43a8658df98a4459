// Files attached to clients, stored inside vault.db in chunks (never as plaintext files beside it).
// Adding and reading stream chunk by chunk, so memory stays flat for a file of any size (tested with
// 2 GiB files in mind). Each chunk carries its own SHA-256 and the file its whole SHA-256: a damaged
// chunk is reported by number and its bytes are never handed out.
#pragma once

#include "Records.h"
#include "store/OutputPath.h"

#include <QCoreApplication>
#include <QIODevice>
#include <functional>
#include <vector>

namespace coffer {

class Vault;

class FileStore
{
    Q_DECLARE_TR_FUNCTIONS(FileStore)
public:
    static constexpr qint64 kChunkSize = 1024 * 1024;
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    explicit FileStore(Vault& vault)
        : m_vault(vault)
    {
    }

    // Reads source to its end into a new file of clientId; returns the stored file (with id, size,
    // sha256). Editors and above. One transaction: a failure or cancel stores nothing.
    StoredFile add(const QString& clientId, QIODevice& source, const QString& name, const QString& type,
                   const Progress& progress = {});
    // Adds the file at path (name from the path, type from its content).
    StoredFile addFromPath(const QString& clientId, const QString& path, const Progress& progress = {});
    // Writes the file's bytes to sink, checking every chunk; throws Error(Damaged) naming the chunk.
    // Audited as a read.
    StoredFile read(const QString& fileId, QIODevice& sink, const Progress& progress = {});
    // Writes the file to path atomically: nothing appears at path unless every check passed. path follows
    // store/OutputPath's rules: an existing file is replaced only with Overwrite::Replace, never a link,
    // and never inside the vault folder or its backup folder.
    StoredFile saveTo(const QString& fileId, const QString& path, const Progress& progress = {},
                      Overwrite overwrite = Overwrite::Refuse);

    StoredFile info(const QString& fileId);
    std::vector<StoredFile> list(const QString& clientId);
    // Deletes the file and all its chunks (secure_delete overwrites the freed pages). Backups taken
    // before still hold it: a file is not erased, a client is. Editors and above. The evidence of a
    // consent (Consent::evidenceFileId) is refused with Error(Failed).
    void remove(const QString& fileId);

    // read() without the audit row: saveTo() audits only once its output is committed, and an export
    // audits once for everything it wrote.
    StoredFile stream(const QString& fileId, QIODevice& sink, const Progress& progress = {});
    // Stores a file exactly as described by meta (id, client, name, type, stamps) from source, for an
    // import. Throws Error(Damaged) if the bytes do not match meta.size and meta.sha256. Not audited.
    StoredFile importFile(const StoredFile& meta, QIODevice& source);

private:
    // The rows of one file from source; returns its size and SHA-256 (hex).
    std::pair<qint64, QString> insert(const StoredFile& meta, QIODevice& source, const Progress& progress);
    Vault& m_vault;
};

} // namespace coffer
