#include "BackupFile.h"

#include "Error.h"
#include "crypto/Mac.h"
#include "crypto/Sha256.h"
#include "crypto/Subkeys.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>

namespace coffer {

namespace {

// The fixed head (BackupFile.h): magic, version, manifest length; then the manifest and its MAC.
constexpr qint64 kMagicSize = 8;
constexpr qint64 kVersionOffset = kMagicSize;
constexpr qint64 kLengthOffset = kVersionOffset + 2;
constexpr qint64 kHeadSize = kLengthOffset + 4;
constexpr qint64 kMaxManifestSize = BackupFile::kPrefixSize - kHeadSize - BackupFile::kMacSize;
constexpr qsizetype kVaultIdSize = 16;
static_assert(sizeof BackupFile::kMagic == kMagicSize + 1);
static_assert(kHeadSize == 14 && kMaxManifestSize == BackupFile::kPrefixSize - 46, "the layout in BackupFile.h");
static_assert(BackupFile::kMacSize == subkeyRow(Subkey::BackupMac).size);
static_assert(BackupFile::kPrefixSize % BackupFile::kAlignment == 0, "the header starts aligned");
constexpr qint64 kChunk = 4 << 20;

[[noreturn]] void damaged(const QString& why)
{
    throw Error(ErrorCode::Damaged, QCoreApplication::translate("BackupFile", "The backup is damaged: %1").arg(why));
}

QJsonObject partJson(const BackupPart& p)
{
    return {{QStringLiteral("offset"), p.offset},
            {QStringLiteral("size"), p.size},
            {QStringLiteral("sha256"), QString::fromLatin1(p.sha256.toHex())}};
}

bool partFrom(const QJsonValue& v, BackupPart& p)
{
    const QJsonObject o = v.toObject();
    p.offset = qint64(o.value(QStringLiteral("offset")).toDouble(-1));
    p.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    p.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
    return p.offset >= 0 && p.size >= 0 && p.sha256.size() == 32;
}

QByteArray macOf(const QByteArray& bytes, const Secret& dataKey)
{
    return keyedHash(deriveSubkey(dataKey, Subkey::BackupMac), bytes, BackupFile::kMacSize);
}

// Reads the fixed head and the manifest; false when the file is not a backup of a format we know.
bool readPrefix(QFile& file, QByteArray& signedBytes, QByteArray& mac, BackupManifest& m, QString& why)
{
    const QByteArray head = file.read(kHeadSize);
    if (head.size() < kHeadSize || std::memcmp(head.constData(), BackupFile::kMagic, kMagicSize) != 0) {
        why = QCoreApplication::translate("BackupFile", "it is not a Coffer backup.");
        return false;
    }
    const quint16 version = qFromBigEndian<quint16>(head.constData() + kVersionOffset);
    if (version != BackupFile::kFormatVersion) {
        why = QCoreApplication::translate("BackupFile", "it has container format %1, this version reads %2.")
                  .arg(version)
                  .arg(BackupFile::kFormatVersion);
        return false;
    }
    const quint32 length = qFromBigEndian<quint32>(head.constData() + kLengthOffset);
    if (length > kMaxManifestSize) {
        why = QCoreApplication::translate("BackupFile", "its manifest is malformed.");
        return false;
    }
    const QByteArray manifest = file.read(length);
    mac = file.read(BackupFile::kMacSize);
    if (manifest.size() != qsizetype(length) || mac.size() != BackupFile::kMacSize) {
        why = QCoreApplication::translate("BackupFile", "it is truncated.");
        return false;
    }
    signedBytes = head + manifest;
    const QJsonObject o = QJsonDocument::fromJson(manifest).object();
    m.vaultId = QByteArray::fromHex(o.value(QStringLiteral("vaultId")).toString().toLatin1());
    m.taken = o.value(QStringLiteral("taken")).toString();
    m.schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt();
    if (o.value(QStringLiteral("format")).toString() != QStringLiteral("coffer-backup") ||
        m.vaultId.size() != kVaultIdSize || !m.takenTime().isValid() ||
        !partFrom(o.value(QStringLiteral("header")), m.header) ||
        !partFrom(o.value(QStringLiteral("snapshot")), m.snapshot)) {
        why = QCoreApplication::translate("BackupFile", "its manifest is malformed.");
        return false;
    }
    return true;
}

} // namespace

QDateTime BackupManifest::takenTime() const
{
    return fromStamp(taken);
}

BackupFile::BackupFile(const QString& path)
    : m_path(path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed,
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString why;
    if (!readPrefix(file, m_signed, m_mac, m_manifest, why))
        damaged(why);
    const BackupPart& h = m_manifest.header;
    const BackupPart& s = m_manifest.snapshot;
    // The layout is fixed by the header's size, so any other offset is damage, not a variant.
    if (h.offset != kPrefixSize || h.size <= 0 || h.size > kMaxHeaderSize || s.offset != snapshotOffsetFor(h.size))
        damaged(tr("its manifest is malformed."));
    if (file.size() < s.offset + s.size)
        damaged(tr("it is truncated (%1 of %2 bytes).").arg(file.size()).arg(s.offset + s.size));
    if (file.size() > s.offset + s.size)
        damaged(tr("it has %1 bytes more than its manifest names.").arg(file.size() - s.offset - s.size));
}

QByteArray BackupFile::headerBytes() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_manifest.header.offset))
        damaged(tr("its header cannot be read."));
    const QByteArray bytes = file.read(m_manifest.header.size);
    if (bytes.size() != m_manifest.header.size || Sha256::of(bytes) != m_manifest.header.sha256)
        damaged(tr("the vault header does not match its SHA-256 sum."));
    return bytes;
}

void BackupFile::extractSnapshot(const QString& target, const BackupProgress& progress) const
{
    QFile in(m_path);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(m_manifest.snapshot.offset))
        damaged(tr("its snapshot cannot be read."));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorCode::Failed,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    const qint64 total = m_manifest.snapshot.size;
    qint64 done = 0;
    while (done < total) {
        const qint64 n = in.read(buffer.data(), qMin(kChunk, total - done));
        if (n <= 0)
            break;
        hash.add(buffer.constData(), n);
        if (out.write(buffer.constData(), n) != n) {
            const QString why = out.errorString();
            out.remove();
            throw Error(ErrorCode::Failed, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), why));
        }
        done += n;
        if (progress)
            progress(done, total);
    }
    if (done != total || hash.result() != m_manifest.snapshot.sha256) {
        out.remove();
        damaged(tr("the database snapshot does not match its SHA-256 sum."));
    }
    if (!out.flush())
        throw Error(ErrorCode::Failed, out.errorString());
}

bool BackupFile::verifyMac(const Secret& dataKey) const
{
    return constantTimeEquals(macOf(m_signed, dataKey), m_mac);
}

QByteArray BackupFile::prefix(const BackupManifest& m, const Secret& dataKey)
{
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("coffer-backup")},
                        {QStringLiteral("version"), int(kFormatVersion)},
                        {QStringLiteral("vaultId"), QString::fromLatin1(m.vaultId.toHex())},
                        {QStringLiteral("taken"), m.taken},
                        {QStringLiteral("schemaVersion"), m.schemaVersion},
                        {QStringLiteral("header"), partJson(m.header)},
                        {QStringLiteral("snapshot"), partJson(m.snapshot)}};
    const QByteArray manifest = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, kMagicSize);
    char number[4];
    qToBigEndian<quint16>(kFormatVersion, number);
    out.append(number, 2);
    qToBigEndian<quint32>(quint32(manifest.size()), number);
    out.append(number, 4);
    Q_ASSERT(out.size() == kHeadSize);
    Q_ASSERT(manifest.size() <= kMaxManifestSize); // a few hundred bytes: ids, a time, two parts
    out += manifest;
    out += macOf(out, dataKey);
    out.append(QByteArray(kPrefixSize - out.size(), '\0'));
    return out;
}

qint64 BackupFile::snapshotOffsetFor(qint64 headerSize)
{
    return kPrefixSize + (headerSize + kAlignment - 1) / kAlignment * kAlignment;
}

bool BackupFile::peek(const QString& path, QByteArray* vaultId, QString* taken)
{
    QFile file(path);
    QByteArray signedBytes, mac;
    BackupManifest m;
    QString why;
    if (!file.open(QIODevice::ReadOnly) || !readPrefix(file, signedBytes, mac, m, why))
        return false;
    *vaultId = m.vaultId;
    *taken = m.taken;
    return true;
}

} // namespace coffer
