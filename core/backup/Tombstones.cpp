// File format version 2 (`<vault id hex>.tombstones` in a backup folder), integers big-endian:
//   0    8   magic "COFFERTS"
//   8    2   format version (2)
//   10   16  vault id
//   26   entries, oldest first, each:
//          1   L, length of the pseudonym in ASCII (1..255; "p:" and 32 hex digits today)
//          L   the client's pseudonym (Vault::pseudonymFor: a keyed hash of their random id)
//          8   time of the erasure, milliseconds since the Unix epoch (UTC)
//          32  MAC: BLAKE2b-256 keyed with a subkey of the data key (context "tombston") over the previous
//              entry's MAC (for the first entry: bytes 0..26) followed by this entry's L, text and time
// Version 1 is the same with the client id itself in place of the pseudonym; it is read (each id turned
// into its pseudonym) and rewritten as version 2 at the next erasure.
// The chain binds every entry to its place and to the vault: an entry cannot be altered, reordered,
// dropped from the middle or copied from another vault's file without the MACs failing. What it cannot
// show is the loss of the newest entries or of the whole file, which is why every backup folder and
// vault.db hold the list and a restore merges them all — README, "Backup and restore".
#include "Tombstones.h"

#include "Error.h"
#include "crypto/Mac.h"
#include "crypto/Subkeys.h"
#include "store/Database.h"
#include "store/FileSafety.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <map>

namespace coffer {

namespace {

constexpr char kMagic[] = "COFFERTS";
constexpr quint16 kVersion = 2;
constexpr quint16 kVersionWithIds = 1;
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
    throw Error(ErrorCode::Damaged, Tombstones::tr("The erasure tombstone file is damaged or was altered."));
}

QByteArray start(const QByteArray& vaultId, quint16 version)
{
    QByteArray out(kMagic, kMagicSize);
    char v[2];
    qToBigEndian<quint16>(version, v);
    out.append(v, 2);
    return out + vaultId;
}

QByteArray entryFields(const QString& text, const QDateTime& time)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty() || bytes.size() > 255)
        throw Error(ErrorCode::Usage, Tombstones::tr("A client's pseudonym has the wrong length."));
    QByteArray out(1, char(bytes.size()));
    out += bytes;
    char stamp[kTimeSize];
    qToBigEndian<qint64>(time.toMSecsSinceEpoch(), stamp);
    out.append(stamp, kTimeSize);
    return out;
}

QByteArray mac(const Secret& macKey, const QByteArray& previous, const QByteArray& fields)
{
    return keyedHash(macKey, previous + fields, kMacSize);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Failed,
                    Tombstones::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

// Parses and authenticates bytes of either version; entries of version 1 come back as pseudonyms.
std::vector<Tombstone> parse(const QByteArray& bytes, const QByteArray& vaultId, const StableKeys& keys)
{
    std::vector<Tombstone> out;
    if (bytes.size() < kStartSize || std::memcmp(bytes.constData(), kMagic, kMagicSize) != 0)
        damaged();
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + kMagicSize);
    if (version != kVersion && version != kVersionWithIds)
        damaged();
    if (bytes.mid(kVaultIdOffset, kVaultIdSize) != vaultId)
        throw Error(ErrorCode::Damaged, Tombstones::tr("The erasure tombstone file belongs to another vault."));
    const Secret& macKey = keys.tombstone;
    QByteArray previous = bytes.left(kStartSize);
    qsizetype at = kStartSize;
    while (at < bytes.size()) {
        const int length = quint8(bytes[at]);
        if (length == 0 || at + 1 + length + kTimeSize + kMacSize > bytes.size())
            damaged();
        const QByteArray fields = bytes.mid(at, 1 + length + kTimeSize);
        const QByteArray stored = bytes.mid(at + fields.size(), kMacSize);
        if (!constantTimeEquals(stored, mac(macKey, previous, fields)))
            damaged();
        const qint64 ms = qFromBigEndian<qint64>(fields.constData() + 1 + length);
        const QString text = QString::fromUtf8(fields.mid(1, length));
        out.push_back(
            {version == kVersion ? text : keys.pseudonym.of(text), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)});
        previous = stored;
        at += fields.size() + kMacSize;
    }
    return out;
}

QByteArray serialise(const std::vector<Tombstone>& entries, const QByteArray& vaultId, const StableKeys& keys)
{
    const Secret& macKey = keys.tombstone;
    QByteArray bytes = start(vaultId, kVersion);
    QByteArray previous = bytes;
    for (const Tombstone& t : entries) {
        const QByteArray fields = entryFields(t.pseudonym, t.erasedAt);
        previous = mac(macKey, previous, fields);
        bytes += fields + previous;
    }
    return bytes;
}

} // namespace

QString Tombstones::filePath(const QString& backupFolder, const QByteArray& vaultId)
{
    return QDir(backupFolder).filePath(QString::fromLatin1(vaultId.toHex()) + QStringLiteral(".tombstones"));
}

void Tombstones::record(Database& db, const Tombstone& t)
{
    db.prepare("INSERT OR IGNORE INTO tombstones (pseudonym, time) VALUES (?, ?)")
        .bind(1, t.pseudonym)
        .bind(2, t.erasedAt.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

std::vector<Tombstone> Tombstones::inDatabase(Database& db)
{
    std::vector<Tombstone> out;
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tombstones'") == 0)
        return out;
    Statement st = db.prepare("SELECT pseudonym, time FROM tombstones ORDER BY time, pseudonym");
    while (st.next())
        out.push_back({st.text(0), QDateTime::fromString(st.text(1), Qt::ISODateWithMs)});
    return out;
}

QSet<QString> Tombstones::pseudonymsIn(Database& db)
{
    QSet<QString> out;
    for (const Tombstone& t : inDatabase(db))
        out.insert(t.pseudonym);
    return out;
}

void Tombstones::writeFile(const QString& backupFolder, const QByteArray& vaultId, const StableKeys& keys,
                           const std::vector<Tombstone>& entries)
{
    if (!QFileInfo(backupFolder).isDir())
        makePrivateFolder(backupFolder);
    const QString path = filePath(backupFolder, vaultId);
    const QByteArray existing = readFile(path);
    // Never extend a chain that does not hold.
    const std::vector<Tombstone> held = existing.isEmpty() ? std::vector<Tombstone>() : parse(existing, vaultId, keys);
    const std::vector<Tombstone> all = merged(held, entries);
    if (!existing.isEmpty() && all == held && qFromBigEndian<quint16>(existing.constData() + kMagicSize) == kVersion)
        return; // nothing new: the file stays as it is
    writeFileAtomically(path, serialise(all, vaultId, keys));
    // So that a restore on this machine finds the file from the vault id alone.
    KnownVaults::addBackupFolder(vaultId, backupFolder);
}

std::vector<Tombstone> Tombstones::read(const QString& file, const QByteArray& vaultId, const StableKeys& keys)
{
    const QByteArray bytes = readFile(file);
    if (bytes.isEmpty())
        return {};
    return parse(bytes, vaultId, keys);
}

bool Tombstones::belongsTo(const QString& file, const QByteArray& vaultId)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(kStartSize);
    return head.size() == kStartSize && head.startsWith(QByteArray(kMagic, kMagicSize)) &&
           head.mid(kVaultIdOffset, kVaultIdSize) == vaultId;
}

std::vector<Tombstone> Tombstones::merged(const std::vector<Tombstone>& a, const std::vector<Tombstone>& b)
{
    std::map<QString, QDateTime> earliest;
    for (const auto* list : {&a, &b})
        for (const Tombstone& t : *list) {
            auto [it, inserted] = earliest.emplace(t.pseudonym, t.erasedAt);
            if (!inserted && t.erasedAt < it->second)
                it->second = t.erasedAt;
        }
    std::vector<Tombstone> out;
    out.reserve(earliest.size());
    for (const auto& [pseudonym, time] : earliest)
        out.push_back({pseudonym, time});
    std::stable_sort(out.begin(), out.end(), [](const Tombstone& x, const Tombstone& y) {
        return std::pair(x.erasedAt, x.pseudonym) < std::pair(y.erasedAt, y.pseudonym);
    });
    return out;
}

} // namespace coffer
