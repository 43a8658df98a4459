#include "Exporter.h"

#include "ExportHistory.h"

#include "Error.h"
#include "ExportWriter.h"
#include "SecretStream.h"
#include "crypto/Random.h"
#include "records/ClientStore.h"
#include "store/FileSafety.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace coffer {

namespace {

std::optional<ExportFormat> parse(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("zip"))
        return ExportFormat::Zip;
    if (n == QLatin1String("dir") || n == QLatin1String("folder"))
        return ExportFormat::Directory;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

// Writes one output file through OutputFile: bytes go to a temporary beside it, the rename happens in
// commit(), and a failure discards the temporary.
class AtomicFileOutput
{
public:
    AtomicFileOutput(const QString& path, Overwrite overwrite)
        : m_file(path, overwrite)
    {
        if (!m_file.open())
            fail(m_file.errorString());
    }
    ByteSink sink()
    {
        return [this](const char* data, qint64 size) {
            errno = 0;
            if (m_file.device().write(data, size) != size)
                fail(errno ? QString::fromLocal8Bit(strerror(errno)) : m_file.errorString());
        };
    }
    void commit()
    {
        errno = 0;
        if (!m_file.commit())
            fail(m_file.errorString());
    }

private:
    [[noreturn]] static void fail(const QString& why)
    {
        throw Error(ErrorCode::Failed, QCoreApplication::translate("Export", "Cannot write the export: %1").arg(why));
    }
    OutputFile m_file;
};

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    return parse(name);
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Zip:
        return QStringLiteral("zip");
    case ExportFormat::Directory:
        return QStringLiteral("dir");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

ExportResult Exporter::run(const QString& targetIn, const ExportOptions& options)
{
    m_vault.require(options.clientId.isEmpty() ? Permission::ExportAll : Permission::ExportClient);
    if (!options.clientId.isEmpty())
        ClientStore::ensureExists(m_vault.database(), options.clientId);
    const bool folderOutput = options.format == ExportFormat::Directory || options.format == ExportFormat::Csv;
    // Never into the vault folder or the backup folder, where nobody would look for it and cancellation
    // would destroy it.
    const QString target = checkOutputPath(targetIn, {options.overwrite, m_vault.path(), m_vault.backupFolder()},
                                           folderOutput ? OutputKind::Folder : OutputKind::File);
    if (folderOutput && options.passphrase)
        throw Error(ErrorCode::Usage, tr("An encrypted export is one file: use the zip or json format."));

    // Reads see one consistent state of the vault, however long the export runs.
    Transaction snapshot(m_vault.database());
    ExportWriter writer(m_vault, options);
    if (folderOutput) {
        const QString partial = QFileInfo(target).absolutePath() + QStringLiteral("/.") + QFileInfo(target).fileName() +
                                QStringLiteral(".partial-") + QString::fromLatin1(randomBytes(6).toHex());
        makePrivateFolder(partial);
        try {
            DirectorySink sink(partial);
            writer.writeBundle(sink);
            fsyncFolder(partial);
            if (!renameIntoPlace(partial, target, Overwrite::Refuse)) // a folder is never replaced
                throw Error(ErrorCode::Failed,
                            tr("Cannot write the export: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            fsyncFolder(QFileInfo(target).absolutePath());
        } catch (...) {
            QDir(partial).removeRecursively();
            throw;
        }
    } else {
        AtomicFileOutput file(target, options.overwrite);
        ByteSink out = file.sink();
        std::unique_ptr<SecretStreamWriter> encrypted;
        if (options.passphrase) {
            encrypted = std::make_unique<SecretStreamWriter>(out, *options.passphrase, options.kdf);
            out = [&](const char* data, qint64 size) { encrypted->write(data, size); };
        }
        if (options.format == ExportFormat::Json) {
            writer.writeSingleJson(out);
        } else {
            ZipSink zip(out);
            writer.writeBundle(zip);
        }
        if (encrypted)
            encrypted->finish();
        file.commit();
    }
    snapshot.commit();

    const ExportResult result{target, writer.counts(), QString::fromLatin1(writer.manifestSha256().toHex())};
    if (!options.deferRecord) {
        Transaction tx(m_vault.database());
        record(result, options, target);
        tx.commit();
    }
    return result;
}

void Exporter::record(const ExportResult& result, const ExportOptions& options, const QString& path)
{
    const RecordSource::Counts& c = result.counts;
    m_vault.audit(
        QStringLiteral("export"), options.clientId.isEmpty() ? QStringLiteral("vault") : QStringLiteral("client"),
        options.clientId.isEmpty() ? QString::fromLatin1(m_vault.id().toHex()) : m_vault.pseudonym(options.clientId),
        QStringLiteral("format=%1%2 clients=%3 notes=%4 files=%5 consents=%6")
                .arg(exportFormatName(options.format), options.passphrase ? QStringLiteral("+encrypted") : QString())
                .arg(c.clients)
                .arg(c.notes)
                .arg(c.files)
                .arg(c.consents) +
            (c.restrictedLeftOut > 0 ? QStringLiteral(" restricted-left-out=%1").arg(c.restrictedLeftOut) : QString()));
    ExportHistory::record(m_vault.database(),
                          {QDateTime::currentDateTimeUtc(), m_vault.currentUser().id,
                           options.clientId.isEmpty() ? QString() : m_vault.pseudonym(options.clientId),
                           exportFormatName(options.format), options.passphrase != nullptr, path, result.manifestSha256,
                           int(c.clients)});
}

} // namespace coffer
