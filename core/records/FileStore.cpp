#include "FileStore.h"

#include "ClientStore.h"
#include "Error.h"
#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "store/Database.h"
#include "store/OutputPath.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace coffer {

namespace {

// The name is shown in lists and becomes a file name in exports, so it must be one plain name.
QString checkedName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(ErrorCode::Usage, QCoreApplication::translate("FileStore", "A file needs a name."));
    if (trimmed.size() > 255)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("FileStore", "A file name may have at most 255 characters."));
    for (const QChar c : trimmed)
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            throw Error(
                ErrorCode::Usage,
                QCoreApplication::translate("FileStore", "A file name may not contain slashes or control characters."));
    if (trimmed == u"." || trimmed == u"..")
        throw Error(ErrorCode::Usage, QCoreApplication::translate("FileStore", "A file needs a name."));
    return trimmed;
}

// Fills buffer up to its size; a shorter result means the source is at its end. Pipes and sockets may
// deliver less than asked for, so reading goes on until the chunk is full: every chunk but the last
// is then exactly kChunkSize, which read() relies on to find missing or truncated chunks.
void readChunk(QIODevice& source, QByteArray& buffer)
{
    const qint64 capacity = FileStore::kChunkSize;
    buffer.resize(capacity);
    qint64 filled = 0;
    while (filled < capacity) {
        const qint64 n = source.read(buffer.data() + filled, capacity - filled);
        if (n < 0)
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("FileStore", "Cannot read the file: %1").arg(source.errorString()));
        if (n == 0 && !(source.isSequential() && source.waitForReadyRead(-1)))
            break;
        filled += n;
    }
    buffer.resize(filled);
}

constexpr const char* kFileColumns = "SELECT id, client_id, name, type, size, sha256, created, created_by, chunk_size "
                                     "FROM files ";

StoredFile fileFrom(const Statement& st)
{
    return StoredFile{.id = st.text(0),
                      .clientId = st.text(1),
                      .name = st.text(2),
                      .type = st.text(3),
                      .size = st.integer(4),
                      .sha256 = st.text(5),
                      .created = fromStamp(st.text(6)),
                      .createdBy = st.text(7)};
}

// Throws Error(Failed) for an unknown id; chunkSize receives the size the file was stored with.
StoredFile loadFile(Database& db, const QString& fileId, qint64* chunkSize = nullptr)
{
    Statement st = db.prepare((QByteArray(kFileColumns) + "WHERE id = ?").constData());
    st.bind(1, fileId);
    if (!st.next())
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("FileStore", "There is no file with the id %1.").arg(fileId));
    if (chunkSize)
        *chunkSize = st.integer(8);
    return fileFrom(st);
}

enum class PartProblem { Missing, Damaged };

[[noreturn]] void throwDamagedPart(qint64 part, qint64 parts, PartProblem problem)
{
    const char* text =
        problem == PartProblem::Missing
            ? QT_TRANSLATE_NOOP("FileStore", "The file's part %1 of %2 is missing; nothing from "
                                             "that part on was written. Restore the file from a backup.")
            : QT_TRANSLATE_NOOP("FileStore", "The file's part %1 of %2 is damaged; nothing from "
                                             "that part on was written. Restore the file from a backup.");
    throw Error(ErrorCode::Damaged, QCoreApplication::translate("FileStore", text).arg(part).arg(parts));
}

} // namespace

StoredFile FileStore::add(const QString& clientId, QIODevice& source, const QString& name, const QString& type,
                          const Progress& progress)
{
    m_vault.require(Permission::WriteRecords);
    const QString fileName = checkedName(name);
    if (!source.isOpen() || !source.isReadable())
        throw Error(ErrorCode::Failed, tr("Cannot read the file: it is not open for reading."));

    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureChangeable(db, clientId);
    StoredFile meta;
    meta.id = newRecordId();
    meta.clientId = clientId;
    meta.name = fileName;
    meta.type = type.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : type.trimmed();
    meta.created = QDateTime::currentDateTimeUtc();
    meta.createdBy = m_vault.currentUser().id;
    const qint64 size = insert(meta, source, progress).first;
    m_vault.audit(QStringLiteral("file.add"), QStringLiteral("file"), meta.id, QString::number(size));
    tx.commit();
    return info(meta.id);
}

StoredFile FileStore::importFile(const StoredFile& meta, QIODevice& source)
{
    m_vault.require(Permission::WriteRecords);
    StoredFile checked = meta;
    checked.name = checkedName(meta.name);
    Database& db = m_vault.database();
    Transaction tx(db);
    ClientStore::ensureExists(db, meta.clientId);
    const auto [size, sha256] = insert(checked, source, {});
    if (size != meta.size || sha256 != meta.sha256.toLower())
        throw Error(ErrorCode::Damaged, tr("An imported file does not match its recorded size and SHA-256."));
    tx.commit();
    return info(meta.id);
}

std::pair<qint64, QString> FileStore::insert(const StoredFile& meta, QIODevice& source, const Progress& progress)
{
    Database& db = m_vault.database();
    const qint64 total = source.isSequential() ? -1 : source.size() - source.pos();
    // The row comes first because the chunks reference it; size and hash are filled in at the end.
    db.prepare("INSERT INTO files (id, client_id, name, type, size, sha256, chunk_size, created, created_by) "
               "VALUES (?, ?, ?, ?, 0, '', ?, ?, ?)")
        .bind(1, meta.id)
        .bind(2, meta.clientId)
        .bind(3, meta.name)
        .bind(4, meta.type)
        .bind(5, kChunkSize)
        .bind(6, meta.created.toUTC().toString(Qt::ISODateWithMs))
        .bind(7, meta.createdBy)
        .run();

    Statement chunks = db.prepare("INSERT INTO file_chunks (file_id, seq, sha256, data) VALUES (?, ?, ?, ?)");
    Sha256 whole;
    QByteArray chunk;
    qint64 size = 0;
    for (qint64 seq = 0;; ++seq) {
        readChunk(source, chunk);
        if (chunk.isEmpty())
            break;
        whole.add(chunk);
        chunks.bind(1, meta.id).bind(2, seq).bind(3, Sha256::of(chunk)).bind(4, chunk).run();
        chunks.reset();
        size += chunk.size();
        if (progress && !progress(size, total))
            throw Error::cancelled();
        if (chunk.size() < kChunkSize)
            break;
    }
    const QString sha256 = QString::fromLatin1(whole.result().toHex());
    db.prepare("UPDATE files SET size = ?, sha256 = ? WHERE id = ?")
        .bind(1, size)
        .bind(2, sha256)
        .bind(3, meta.id)
        .run();
    return {size, sha256};
}

StoredFile FileStore::addFromPath(const QString& clientId, const QString& path, const Progress& progress)
{
    m_vault.require(Permission::WriteRecords);
    const QFileInfo fileInfo(path);
    if (fileInfo.isDir())
        throw Error(ErrorCode::Failed, tr("Cannot read the file: it is a folder."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed, tr("Cannot read the file: %1").arg(file.errorString()));
    const QString type = QMimeDatabase().mimeTypeForFile(fileInfo).name();
    return add(clientId, file, fileInfo.fileName(), type, progress);
}

StoredFile FileStore::stream(const QString& fileId, QIODevice& sink, const Progress& progress)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    qint64 chunkSize = 0;
    const StoredFile file = loadFile(db, fileId, &chunkSize);
    if (chunkSize <= 0 || file.size < 0)
        throw Error(ErrorCode::Damaged, tr("The file's record is damaged."));
    const qint64 parts = (file.size + chunkSize - 1) / chunkSize;

    // One row at a time: SQLite reads each chunk's pages as the statement steps, so only one chunk is
    // ever in memory. Every check happens before a chunk's bytes reach the sink.
    Statement st = db.prepare("SELECT seq, sha256, data FROM file_chunks WHERE file_id = ? ORDER BY seq");
    st.bind(1, fileId);
    Sha256 whole;
    qint64 part = 0;
    qint64 done = 0;
    for (; st.next(); ++part) {
        const qint64 seq = st.integer(0);
        if (seq != part || part >= parts)
            throwDamagedPart(part + 1, parts, PartProblem::Missing);
        const QByteArray data = st.blob(2);
        const qint64 expected = part + 1 < parts ? chunkSize : file.size - chunkSize * (parts - 1);
        if (data.size() != expected || Sha256::of(data) != st.blob(1))
            throwDamagedPart(part + 1, parts, PartProblem::Damaged);
        whole.add(data);
        if (sink.write(data) != data.size())
            throw Error(ErrorCode::Failed, tr("Cannot write the output file: %1").arg(sink.errorString()));
        done += data.size();
        if (progress && !progress(done, file.size))
            throw Error::cancelled();
    }
    if (part != parts)
        throwDamagedPart(part + 1, parts, PartProblem::Missing);
    if (QString::fromLatin1(whole.result().toHex()) != file.sha256)
        throw Error(ErrorCode::Damaged, tr("The file is damaged: its contents do not match their SHA-256."));
    return file;
}

StoredFile FileStore::read(const QString& fileId, QIODevice& sink, const Progress& progress)
{
    const StoredFile file = stream(fileId, sink, progress);
    Transaction tx(m_vault.database());
    m_vault.audit(QStringLiteral("file.read"), QStringLiteral("file"), file.id);
    tx.commit();
    return file;
}

StoredFile FileStore::saveTo(const QString& fileId, const QString& path, const Progress& progress, Overwrite overwrite)
{
    m_vault.require(Permission::ReadRecords);
    // The message gives the system's reason but not the path: a path the user chose may name a client.
    auto cannotWrite = [](const QString& why) {
        return Error(ErrorCode::Failed, tr("Cannot write the output file: %1").arg(why));
    };
    // A copy taken out of the vault never lands back in its folder or its backup folder.
    OutputFile out(checkOutputPath(path, {overwrite, m_vault.path(), m_vault.backupFolder()}), overwrite);
    if (!out.open())
        throw cannotWrite(out.errorString());
    // The temporary file is removed, and nothing appears at path, if anything below throws.
    const StoredFile file = stream(fileId, out.device(), progress);
    if (!out.commit())
        throw cannotWrite(out.errorString());
    Transaction tx(m_vault.database());
    m_vault.audit(QStringLiteral("file.read"), QStringLiteral("file"), file.id);
    tx.commit();
    return file;
}

StoredFile FileStore::info(const QString& fileId)
{
    m_vault.require(Permission::ReadRecords);
    return loadFile(m_vault.database(), fileId);
}

void FileStore::remove(const QString& fileId)
{
    m_vault.require(Permission::WriteRecords);
    Database& db = m_vault.database();
    Transaction tx(db);
    const QString clientId = loadFile(db, fileId).clientId; // throws Failed for a file that is not there
    ClientStore::ensureChangeable(db, clientId);
    // The controller must be able to show how a consent was obtained (GDPR Art. 7(1)) for as long as the
    // consent's history is kept: with the client, by their erasure.
    Statement evidence = db.prepare("SELECT 1 FROM consents WHERE evidence_file = ?");
    evidence.bind(1, fileId);
    if (evidence.next())
        throw Error(ErrorCode::Failed, tr("This file is the evidence of a consent and is kept with the consent's "
                                          "history."));
    db.prepare("DELETE FROM file_chunks WHERE file_id = ?").bind(1, fileId).run();
    db.prepare("DELETE FROM files WHERE id = ?").bind(1, fileId).run();
    m_vault.audit(QStringLiteral("file.delete"), QStringLiteral("file"), fileId,
                  AuditLog::clientDetail(m_vault.pseudonym(clientId)));
    tx.commit();
}

std::vector<StoredFile> FileStore::list(const QString& clientId)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    ClientStore::ensureExists(db, clientId);
    Statement st = db.prepare((QByteArray(kFileColumns) + "WHERE client_id = ? ORDER BY created, name").constData());
    st.bind(1, clientId);
    std::vector<StoredFile> files;
    while (st.next())
        files.push_back(fileFrom(st));
    return files;
}

} // namespace coffer
