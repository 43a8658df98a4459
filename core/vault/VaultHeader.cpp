#include "VaultHeader.h"

#include "Error.h"
#include "crypto/Mac.h"
#include "crypto/Subkeys.h"
#include "store/FileSafety.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <algorithm>

namespace coffer {

namespace {

const QByteArray kMagic("COFFERVH", 8);
// The layout in VaultHeader.h: the fixed fields before the SQLCipher version string, and one key slot.
constexpr int kFixedSize = 8 + 2 + VaultHeader::kVaultIdSize + VaultHeader::kLookupKeySize + 4 + 1 + 1 + 1;
constexpr int kSlotCountSize = 2;
constexpr int kSlotSize = KeySlot::kIdSize + 1 + KeySlot::kLookupSize + 4 + 4 + Argon2Kdf::kSaltSize +
                          KeySlot::kNonceSize + KeySlot::kSealedSize;
static_assert(kFixedSize == 65, "the SQLCipher version string starts at byte 65");
static_assert(kSlotSize == 145, "a key slot is 145 bytes");
static_assert(VaultHeader::kMacSize == subkeyRow(Subkey::HeaderMac).size);
static_assert(VaultHeader::kLookupKeySize == KeySlot::kLookupSize, "the lookup key keys a lookup of its size");

[[noreturn]] void damaged(const char* what)
{
    throw Error(
        ErrorCode::Damaged,
        QCoreApplication::translate("VaultHeader", "The vault header is damaged (%1).").arg(QString::fromLatin1(what)));
}

QByteArray mac(const QByteArray& body, const Secret& dataKey)
{
    return keyedHash(deriveSubkey(dataKey, Subkey::HeaderMac), body, VaultHeader::kMacSize);
}

QByteArray readExactly(QDataStream& in, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (in.readRawData(bytes.data(), size) != size)
        damaged("truncated");
    return bytes;
}

} // namespace

QString userNameKey(const QString& userName)
{
    return userName.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

QByteArray VaultHeader::lookupFor(const QString& userName) const
{
    return keyedHash(QByteArrayView(lookupKey), userNameKey(userName).toUtf8(), KeySlot::kLookupSize);
}

const KeySlot* VaultHeader::findByLookup(const QByteArray& lookup) const
{
    for (const KeySlot& s : keySlots)
        if (s.kind == SlotKind::User && s.lookup == lookup)
            return &s;
    return nullptr;
}

const KeySlot* VaultHeader::findById(const QByteArray& slotId) const
{
    for (const KeySlot& s : keySlots)
        if (s.id == slotId)
            return &s;
    return nullptr;
}

const KeySlot* VaultHeader::recoverySlot() const
{
    for (const KeySlot& s : keySlots)
        if (s.kind == SlotKind::Recovery)
            return &s;
    return nullptr;
}

void VaultHeader::putSlot(KeySlot slot)
{
    for (KeySlot& s : keySlots) {
        if (s.id == slot.id) {
            s = std::move(slot);
            return;
        }
    }
    keySlots.push_back(std::move(slot));
}

void VaultHeader::moveToFront(const QByteArray& slotId)
{
    auto it = std::find_if(keySlots.begin(), keySlots.end(), [&](const KeySlot& s) { return s.id == slotId; });
    if (it != keySlots.end())
        std::rotate(keySlots.begin(), it, it + 1);
}

const KeySlot* VaultHeader::ownerSlot() const
{
    return !keySlots.empty() && keySlots.front().kind == SlotKind::User ? &keySlots.front() : nullptr;
}

void VaultHeader::removeSlot(const QByteArray& slotId)
{
    std::erase_if(keySlots, [&](const KeySlot& s) { return s.id == slotId; });
}

QByteArray VaultHeader::serialise(const Secret& dataKey) const
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out.writeRawData(kMagic.constData(), kMagic.size());
    out << kFormatVersion;
    out.writeRawData(vaultId.constData(), kVaultIdSize);
    out.writeRawData(lookupKey.constData(), kLookupKeySize);
    out << cipher.pageSize << quint8(cipher.hmac ? 1 : 0) << cipher.compatibility;
    const QByteArray lib = cipherLibraryVersion.left(255);
    out << quint8(lib.size());
    out.writeRawData(lib.constData(), int(lib.size()));
    out << quint16(keySlots.size());
    for (const KeySlot& s : keySlots) {
        out.writeRawData(s.id.constData(), KeySlot::kIdSize);
        out << quint8(s.kind);
        out.writeRawData(s.lookup.constData(), KeySlot::kLookupSize);
        out << s.kdf.opsLimit << s.kdf.memoryKiB;
        out.writeRawData(s.salt.constData(), Argon2Kdf::kSaltSize);
        out.writeRawData(s.nonce.constData(), KeySlot::kNonceSize);
        out.writeRawData(s.sealedKey.constData(), KeySlot::kSealedSize);
    }
    return body + mac(body, dataKey);
}

VaultHeader VaultHeader::parse(const QByteArray& bytes)
{
    if (!bytes.startsWith(kMagic))
        throw Error(ErrorCode::Damaged, tr("This is not a Coffer vault."));
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    readExactly(in, kMagic.size());
    quint16 version = 0;
    in >> version;
    if (version != kFormatVersion)
        throw Error(ErrorCode::Damaged, tr("The vault header has format version %1; this Coffer reads version %2.")
                                            .arg(version)
                                            .arg(kFormatVersion));
    VaultHeader h;
    h.vaultId = readExactly(in, kVaultIdSize);
    h.lookupKey = readExactly(in, kLookupKeySize);
    quint8 hmac = 0, libSize = 0;
    in >> h.cipher.pageSize >> hmac >> h.cipher.compatibility >> libSize;
    const quint32 page = h.cipher.pageSize;
    if (page < 512 || page > 65536 || (page & (page - 1)) != 0)
        damaged("page size");
    if (hmac > 1)
        damaged("cipher settings");
    if (h.cipher.compatibility < 3 || h.cipher.compatibility > 4)
        damaged("cipher compatibility");
    h.cipher.hmac = hmac == 1;
    h.cipherLibraryVersion = readExactly(in, libSize);
    quint16 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count == 0 || count > kMaxSlots)
        damaged("slot count");
    const qint64 expected = kFixedSize + libSize + kSlotCountSize + qint64(count) * kSlotSize + kMacSize;
    if (bytes.size() != expected)
        damaged("size");
    for (int i = 0; i < count; ++i) {
        KeySlot s;
        quint8 kind = 0;
        s.id = readExactly(in, KeySlot::kIdSize);
        in >> kind;
        if (kind != quint8(SlotKind::User) && kind != quint8(SlotKind::Recovery))
            damaged("slot kind");
        s.kind = SlotKind(kind);
        s.lookup = readExactly(in, KeySlot::kLookupSize);
        in >> s.kdf.opsLimit >> s.kdf.memoryKiB;
        if (!Argon2Kdf::isAcceptable(s.kdf))
            damaged("key derivation parameters");
        s.salt = readExactly(in, Argon2Kdf::kSaltSize);
        s.nonce = readExactly(in, KeySlot::kNonceSize);
        s.sealedKey = readExactly(in, KeySlot::kSealedSize);
        h.keySlots.push_back(std::move(s));
    }
    return h;
}

bool VaultHeader::verifyMac(const QByteArray& bytes, const Secret& dataKey)
{
    if (bytes.size() <= kMacSize)
        return false;
    return constantTimeEquals(mac(bytes.left(bytes.size() - kMacSize), dataKey), QByteArrayView(bytes).last(kMacSize));
}

VaultHeader VaultHeader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Damaged, tr("This is not a Coffer vault."));
    return parse(file.read(1 << 20));
}

void VaultHeader::write(const QString& path, const Secret& dataKey) const
{
    writeFileAtomically(path, serialise(dataKey));
}

} // namespace coffer
