#include "Importer.h"

#include "Error.h"
#include "ImportData.h"
#include "SecretStream.h"
#include "crypto/Sha256.h"
#include "records/FileStore.h"
#include "records/PurposeRows.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <archive.h>
#include <archive_entry.h>
#include <map>

namespace coffer {

namespace {

constexpr qint64 kMaxJsonSize = qint64(1) << 31;    // data.json is parsed in memory: 2 GiB at most
constexpr qint64 kMaxSmallEntry = 64 * 1024 * 1024; // csv tables, manifest: hashed as they stream

// Reads an entry's bytes as a QIODevice, hashing them and refusing to go past a size limit.
class EntryDevice : public QIODevice
{
public:
    using Pull = std::function<qint64(char*, qint64)>;
    EntryDevice(Pull pull, qint64 limit)
        : m_pull(std::move(pull))
        , m_limit(limit)
    {
        open(ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 total() const { return m_total; }
    QString sha256() { return QString::fromLatin1(m_hash.result().toHex()); }
    void drain()
    {
        char buf[65536];
        while (readData(buf, sizeof buf) > 0) {
        }
    }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = m_pull(data, max);
        if (n > 0) {
            m_total += n;
            if (m_total > m_limit)
                malformed(QStringLiteral("an entry is larger than it declares"));
            m_hash.add(data, n);
        }
        return n; // 0 at the end of the entry: a sequential device with nothing more
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    Pull m_pull;
    qint64 m_limit;
    qint64 m_total = 0;
    Sha256 m_hash;
};

bool safeEntryPath(const QString& p)
{
    if (p.isEmpty() || p.startsWith(u'/') || p.contains(u'\\') || p.contains(QChar(0)))
        return false;
    for (const QString& part : p.split(u'/'))
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    return true;
}

// Walks a bundle's entries in order, whatever holds them, feeding each to the import.
class BundleImport
{
public:
    BundleImport(Vault& vault, ImportReport& report, bool allowErased)
        : m_vault(vault)
        , m_data(vault, report, allowErased)
        , m_report(report)
    {
    }

    void entry(const QString& path, const EntryDevice::Pull& pull)
    {
        if (!safeEntryPath(path))
            malformed(QStringLiteral("an entry has an unsafe path"));
        if (m_hashes.count(path))
            malformed(QStringLiteral("an entry appears twice"));
        if (path == QLatin1String("data.json")) {
            EntryDevice device(pull, kMaxJsonSize);
            const QByteArray json = device.readAll();
            m_data.load(json, false);
            m_haveData = true;
            m_hashes[path] = {device.total(), device.sha256()};
        } else if (path == QLatin1String("manifest.json")) {
            EntryDevice device(pull, kMaxSmallEntry);
            m_manifest = device.readAll();
        } else if (path.startsWith(QLatin1String("csv/")) && path.count(u'/') == 1 &&
                   path.endsWith(QLatin1String(".csv"))) {
            EntryDevice device(pull, kMaxJsonSize);
            device.drain();
            m_hashes[path] = {device.total(), device.sha256()};
        } else if (path.startsWith(QLatin1String("policies/")) && path.count(u'/') == 2) {
            // A policy version's file for a person to open: data.json brought its bytes already.
            EntryDevice device(pull, PurposeRows::kMaxPolicySize);
            device.drain();
            m_hashes[path] = {device.total(), device.sha256()};
        } else if (path.startsWith(QLatin1String("files/"))) {
            if (!m_haveData)
                malformed(QStringLiteral("files come before data.json"));
            const StoredFile* meta = m_data.fileAt(path);
            if (!meta)
                malformed(QStringLiteral("a file in the bundle is not listed in data.json"));
            EntryDevice device(pull, meta->size);
            if (m_data.alreadyPresent(meta->id)) {
                device.drain();
            } else {
                FileStore(m_vault).importFile(*meta, device);
                m_data.markArrived(meta->id);
                ++m_report.files;
            }
            m_hashes[path] = {device.total(), device.sha256()};
        } else {
            malformed(QStringLiteral("an entry is not part of a Coffer export"));
        }
    }

    void finish()
    {
        if (!m_haveData)
            malformed(QStringLiteral("data.json is missing"));
        m_data.checkAllFilesArrived();
        const QJsonDocument doc = QJsonDocument::fromJson(m_manifest);
        if (!doc.isObject() ||
            doc.object().value(QStringLiteral("format")).toString() != QLatin1String("coffer-export-manifest"))
            malformed(QStringLiteral("manifest.json is missing or not a manifest"));
        std::map<QString, bool> listed;
        for (const QJsonValue v : doc.object().value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString path = o.value(QStringLiteral("path")).toString();
            const auto it = m_hashes.find(path);
            if (it == m_hashes.end())
                malformed(QStringLiteral("a file named in the manifest is missing"));
            if (it->second.first != qint64(o.value(QStringLiteral("size")).toDouble()) ||
                it->second.second != o.value(QStringLiteral("sha256")).toString())
                throw Error(ErrorCode::Failed,
                            QCoreApplication::translate("Import", "The export is damaged: %1 does not match the "
                                                                  "SHA-256 in its manifest; nothing was imported.")
                                .arg(path));
            listed[path] = true;
        }
        for (const auto& [path, hash] : m_hashes)
            if (!listed.count(path))
                malformed(QStringLiteral("an entry is not in the manifest"));
    }

private:
    Vault& m_vault;
    ImportData m_data;
    ImportReport& m_report;
    bool m_haveData = false;
    QByteArray m_manifest;
    std::map<QString, std::pair<qint64, QString>> m_hashes;
};

// libarchive reading a zip from a pull function (a file, or the decryption stream).
void readZip(const std::function<qint64(char*, qint64)>& source, BundleImport& import)
{
    struct Feed
    {
        const std::function<qint64(char*, qint64)>* source;
        QByteArray buffer = QByteArray(65536, Qt::Uninitialized);
    } feed{&source};
    archive* a = archive_read_new();
    archive_read_support_format_zip(a);
    auto reader = [](archive*, void* p, const void** out) -> la_ssize_t {
        auto* f = static_cast<Feed*>(p);
        const qint64 n = (*f->source)(f->buffer.data(), f->buffer.size());
        *out = f->buffer.constData();
        return la_ssize_t(n);
    };
    std::unique_ptr<archive, decltype(&archive_read_free)> guard(a, &archive_read_free);
    if (archive_read_open(a, &feed, nullptr, reader, nullptr) != ARCHIVE_OK)
        malformed(QStringLiteral("not a zip archive"));
    archive_entry* entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(a, &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK)
            malformed(QStringLiteral("the zip archive is damaged: %1").arg(QString::fromUtf8(archive_error_string(a))));
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG)
            malformed(QStringLiteral("the zip holds something that is not a file"));
        const char* name = archive_entry_pathname_utf8(entry);
        import.entry(QString::fromUtf8(name ? name : ""), [a](char* data, qint64 max) -> qint64 {
            const la_ssize_t n = archive_read_data(a, data, size_t(max));
        if (n < 0)
            malformed(QStringLiteral("the zip archive is damaged: %1").arg(QString::fromUtf8(archive_error_string(a))));
        return n;
    });
}
} // namespace

void readDirectory(const QString& root, BundleImport& import)
{
    // Same order as the writer: data.json first, then the rest, the manifest last.
    QStringList entries;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            malformed(QStringLiteral("the folder holds a symbolic link"));
        entries << QDir(root).relativeFilePath(info.filePath());
    }
    std::sort(entries.begin(), entries.end(), [](const QString& a, const QString& b) {
        auto rank = [](const QString& p) {
            return p == QLatin1String("data.json") ? 0 : p == QLatin1String("manifest.json") ? 2 : 1;
        };
        return std::pair(rank(a), a) < std::pair(rank(b), b);
    });
    for (const QString& rel : entries) {
        QFile file(QDir(root).filePath(rel));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("Import", "Cannot read %1: %2").arg(rel, file.errorString()));
        import.entry(rel, [&file](char* data, qint64 max) { return file.read(data, max);
    });
}
} // namespace coffer

} // namespace

bool Importer::isEncrypted(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && SecretStreamReader::looksEncrypted(file);
}

ImportReport Importer::run(const QString& path, const Secret* passphrase, bool allowErased)
{
    m_vault.require(Permission::WriteRecords);
    ImportReport report;
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorCode::Failed, tr("%1 does not exist.").arg(path));
    Transaction tx(m_vault.database());
    BundleImport bundle(m_vault, report, allowErased);
    if (info.isDir()) {
        readDirectory(info.absoluteFilePath(), bundle);
        bundle.finish();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString()));
        std::unique_ptr<SecretStreamReader> decrypt;
        QByteArray pending;
        std::function<qint64(char*, qint64)> pull = [&file](char* data, qint64 max) { return file.read(data, max); };
        if (SecretStreamReader::looksEncrypted(file)) {
            if (!passphrase)
                throw Error(ErrorCode::Usage, tr("This export is encrypted: enter its password."));
            decrypt = std::make_unique<SecretStreamReader>(file, *passphrase);
            pull = [&](char* data, qint64 max) -> qint64 {
                while (pending.isEmpty() && !decrypt->atEnd())
                    pending = decrypt->next();
                const qint64 n = qMin<qint64>(max, pending.size());
                memcpy(data, pending.constData(), size_t(n));
                pending.remove(0, n);
                return n;
            };
        }
        char first = 0;
        const qint64 got = pull(&first, 1);
        if (got == 1 && first == '{') {
            QByteArray json(1, first);
            char buf[65536];
            for (qint64 n; (n = pull(buf, sizeof buf)) > 0;) {
                json.append(buf, n);
                if (json.size() > kMaxJsonSize)
                    malformed(QStringLiteral("data.json is larger than 2 GiB"));
            }
            ImportData(m_vault, report, allowErased).load(json, true);
        } else {
            bool replayed = got != 1;
            readZip(
                [&](char* data, qint64 max) -> qint64 {
                    if (!replayed) {
                        replayed = true;
                        data[0] = first;
                        return 1 + qMax<qint64>(0, pull(data + 1, max - 1));
                    }
                    return pull(data, max);
                },
                bundle);
            bundle.finish();
        }
    }
    m_vault.audit(
        QStringLiteral("import"), QStringLiteral("vault"), QString::fromLatin1(m_vault.id().toHex()),
        QStringLiteral("clients=%1 notes=%2 files=%3 consents=%4 skipped=%5 erased-refused=%6")
                .arg(report.clients)
                .arg(report.notes)
                .arg(report.files)
                .arg(report.consents)
                .arg(report.skipped.size())
                .arg(report.erasedNotImported) +
            // Only when there were any, so that the audit page of an ordinary import reads as before.
            (report.requests == 0 ? QString() : QStringLiteral(" requests=%1").arg(report.requests)) +
            (report.invalid.isEmpty() ? QString() : QStringLiteral(" invalid=%1").arg(report.invalid.size())));
    if (report.erasedReimported > 0)
        m_vault.audit(QStringLiteral("import.erased"), QStringLiteral("vault"),
                      QString::fromLatin1(m_vault.id().toHex()),
                      QStringLiteral("re-imported=%1").arg(report.erasedReimported));
    tx.commit();
    return report;
}

void decryptExport(const QString& in, const QString& outIn, const Secret& passphrase, const OutputRules& rules)
{
    QFile source(in);
    if (!source.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("Import", "Cannot read %1: %2").arg(in, source.errorString()));
    const QString out = checkOutputPath(outIn, rules);
    SecretStreamReader reader(source, passphrase);
    // Nothing appears at out unless every chunk authenticated: the temporary goes if anything throws.
    OutputFile target(out, rules.overwrite);
    if (!target.open())
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("Import", "Cannot write %1: %2").arg(out, target.errorString()));
    while (!reader.atEnd()) {
        const QByteArray chunk = reader.next();
        if (target.device().write(chunk) != chunk.size())
            throw Error(ErrorCode::Failed,
                        QCoreApplication::translate("Import", "Cannot write %1: %2").arg(out, target.errorString()));
    }
    if (!target.commit())
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("Import", "Cannot write %1: %2").arg(out, target.errorString()));
}

} // namespace coffer
