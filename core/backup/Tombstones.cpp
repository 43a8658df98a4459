// File format version 1 (`<vault id hex>.tombstones` in the backup folder), integers big-endian:
//   0    8   magic "COFFERTS"
//   8    2   format version (1)
//   10   16  vault id
//   26   entries, oldest first, each:
//          1   L, length of the client id in UTF-8 (1..255)
//          L   client id (a random UUID: no personal data)
//          8   time of the erasure, milliseconds since the Unix epoch (UTC)
//          32  MAC: BLAKE2b-256 keyed with a subkey of the data key (context "tombston") over the previous
//              entry's MAC (for the first entry: bytes 0..26) followed by this entry's L, id and time
// The chain binds every entry to its place and to the vault: an entry cannot be altered, reordered,
// dropped from the middle or copied from another vault's file without the MACs failing. What it cannot
// show is the loss of the newest entries or of the whole file — README, "Backup and restore".
#include "Tombstones.h"

#include "Error.h"
#include "crypto/Mac.h"
#include "crypto/Subkeys.h"
#include "store/FileSafety.h"
#include "vault/KnownVaults.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <cstring>

namespace coffer {

namespace {

constexpr char kMagic[] = "COFFERTS";
constexpr quint16 kVersion = 1;
constexpr int kMagicSize = 8;
constexpr int kVersionSize = 2;
constexpr int kVaultIdOffset = kMagicSize + kVersionSize; // the bytes before it: magic and version
constexpr int kVaultIdSize = 16;
constexpr int kStartSize = kVaultIdOffset + kVaultIdSize;
constexpr int kTimeSize = 8;
constexpr int kMacSize = 32;
static_assert(sizeof kMagic == kMagicSize + 1);
static_assert(kStartSize == 26, "the first entry starts at byte 26 (the format above)");
static_assert(kMacSize == subkeyRow(Subkey::TombstoneMac).size);

[[noreturn]] void damaged()
{
    throw Error(ErrorCode::Damaged,
                QCoreApplication::translate("Tombstones", "The erasure tombstone file is damaged or was altered."));
}

QByteArray start(const QByteArray& vaultId)
{
    QByteArray out(kMagic, kMagicSize);
    char v[2];
    qToBigEndian<quint16>(kVersion, v);
    out.append(v, 2);
    return out + vaultId;
}

QByteArray entryFields(const Tombstone& t)
{
    const QByteArray id = t.clientId.toUtf8();
    if (id.isEmpty() || id.size() > 255)
        throw Error(ErrorCode::Usage, QCoreApplication::translate("Tombstones", "A client id has the wrong length."));
    QByteArray out(1, char(id.size()));
    out += id;
    char time[kTimeSize];
    qToBigEndian<qint64>(t.erasedAt.toMSecsSinceEpoch(), time);
    out.append(time, kTimeSize);
    return out;
}

QByteArray mac(const QByteArray& previous, const QByteArray& fields, const Secret& dataKey)
{
    return keyedHash(deriveSubkey(dataKey, Subkey::TombstoneMac), previous + fields, kMacSize);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed, QCoreApplication::translate("Tombstones", "Cannot read %1: %2")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

// Parses and authenticates bytes; the last MAC (the chain's end) goes to *lastMac.
std::vector<Tombstone> parse(const QByteArray& bytes, const QByteArray& vaultId, const Secret& dataKey,
                             QByteArray* lastMac)
{
    std::vector<Tombstone> out;
    const QByteArray head = start(vaultId);
    if (bytes.size() < kStartSize || std::memcmp(bytes.constData(), head.constData(), kVaultIdOffset) != 0)
        damaged();
    if (bytes.mid(kVaultIdOffset, kVaultIdSize) != vaultId)
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("Tombstones", "The erasure tombstone file belongs to another vault."));
    QByteArray previous = head;
    qsizetype at = kStartSize;
    while (at < bytes.size()) {
        const int length = quint8(bytes[at]);
        if (length == 0 || at + 1 + length + kTimeSize + kMacSize > bytes.size())
            damaged();
        const QByteArray fields = bytes.mid(at, 1 + length + kTimeSize);
        const QByteArray stored = bytes.mid(at + fields.size(), kMacSize);
        if (!constantTimeEquals(stored, mac(previous, fields, dataKey)))
            damaged();
        const qint64 ms = qFromBigEndian<qint64>(fields.constData() + 1 + length);
        out.push_back({QString::fromUtf8(fields.mid(1, length)), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)});
        previous = stored;
        at += fields.size() + kMacSize;
    }
    *lastMac = previous;
    return out;
}

} // namespace

QString Tombstones::filePath(const QString& backupFolder, const QByteArray& vaultId)
{
    return QDir(backupFolder).filePath(QString::fromLatin1(vaultId.toHex()) + QStringLiteral(".tombstones"));
}

void Tombstones::append(const QString& backupFolder, const QByteArray& vaultId, const Secret& dataKey,
                        const Tombstone& t)
{
    makePrivateFolder(backupFolder);
    const QString path = filePath(backupFolder, vaultId);
    QByteArray bytes = readFile(path);
    QByteArray previous = start(vaultId);
    if (bytes.isEmpty())
        bytes = previous;
    else
        (void)parse(bytes, vaultId, dataKey, &previous); // never extend a chain that does not hold
    const QByteArray fields = entryFields(t);
    bytes += fields + mac(previous, fields, dataKey);
    writeFileAtomically(path, bytes);
    // So that a restore on this machine finds the file from the vault id alone.
    KnownVaults::setBackupFolder(vaultId, backupFolder);
}

std::vector<Tombstone> Tombstones::read(const QString& file, const QByteArray& vaultId, const Secret& dataKey)
{
    const QByteArray bytes = readFile(file);
    if (bytes.isEmpty())
        return {};
    QByteArray last;
    return parse(bytes, vaultId, dataKey, &last);
}

} // namespace coffer
