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
// The layouts in VaultHeader.h: the fixed fields before the SQLCipher version string, and one key slot.
constexpr int kFixedSize1 = 8 + 2 + VaultHeader::kVaultIdSize + VaultHeader::kLookupKeySize + 4 + 1 + 1 + 1;
constexpr int kFixedSize2 = kFixedSize1 + 8; // the generation
constexpr int kSlotCountSize = 2;
constexpr int kSlotSize1 = KeySlot::kIdSize + 1 + KeySlot::kLookupSize + 4 + 4 + Argon2Kdf::kSaltSize +
                           KeySlot::kNonceSize + KeySlot::kSealedSize;
constexpr int kSlotSize2 = kSlotSize1 + 1 + KeySlot::kPublicKeySize + KeySlot::kEnvelopeSize;
constexpr int kLibSizeAt1 = kFixedSize1 - 1;
constexpr int kLibSizeAt2 = kFixedSize2 - 1;
static_assert(kFixedSize1 == 65, "format 1: the SQLCipher version string starts at byte 65");
static_assert(kFixedSize2 == 73, "format 2: the SQLCipher version string starts at byte 73");
static_assert(kSlotSize1 == 145, "format 1: a key slot is 145 bytes");
static_assert(kSlotSize2 == 258, "format 2: a key slot is 258 bytes");
static_assert(VaultHeader::kMacSize == subkeyRow(Subkey::HeaderMac).size);
static_assert(VaultHeader::kLookupKeySize == KeySlot::kLookupSize, "the lookup key keys a lookup of its size");

enum SlotState : quint8 { KeyPair = 1, Pending = 2 };

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

bool VaultHeader::hasPendingSlots() const
{
    return std::any_of(keySlots.cbegin(), keySlots.cend(), [](const KeySlot& s) { return s.isPending(); });
}

QByteArray VaultHeader::serialise(const Secret& dataKey) const
{
    const bool v1 = formatVersion == 1;
    if ((v1 && !std::all_of(keySlots.cbegin(), keySlots.cend(), [](const KeySlot& s) { return s.isPending(); })) ||
        (!v1 && formatVersion != kFormatVersion))
        throw Error(ErrorCode::Failed, tr("The vault header cannot be written in format %1.").arg(formatVersion));
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out.writeRawData(kMagic.constData(), kMagic.size());
    out << formatVersion;
    out.writeRawData(vaultId.constData(), kVaultIdSize);
    out.writeRawData(lookupKey.constData(), kLookupKeySize);
    if (!v1)
        out << generation;
    out << cipher.pageSize << quint8(cipher.hmac ? 1 : 0) << cipher.compatibility;
    const QByteArray lib = cipherLibraryVersion.left(255);
    out << quint8(lib.size());
    out.writeRawData(lib.constData(), int(lib.size()));
    out << quint16(keySlots.size());
    const QByteArray zeros(KeySlot::kEnvelopeSize, '\0');
    for (const KeySlot& s : keySlots) {
        out.writeRawData(s.id.constData(), KeySlot::kIdSize);
        out << quint8(s.kind);
        if (!v1)
            out << quint8(s.isPending() ? Pending : KeyPair);
        out.writeRawData(s.lookup.constData(), KeySlot::kLookupSize);
        out << s.kdf.opsLimit << s.kdf.memoryKiB;
        out.writeRawData(s.salt.constData(), Argon2Kdf::kSaltSize);
        out.writeRawData(s.nonce.constData(), KeySlot::kNonceSize);
        if (!v1)
            out.writeRawData(s.isPending() ? zeros.constData() : s.publicKey.constData(), KeySlot::kPublicKeySize);
        out.writeRawData(s.sealedKey.constData(), KeySlot::kSealedSize);
        if (!v1)
            out.writeRawData(s.isPending() ? zeros.constData() : s.envelope.constData(), KeySlot::kEnvelopeSize);
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
    if (version != 1 && version != kFormatVersion)
        throw Error(ErrorCode::Damaged, tr("The vault header has format version %1; this Coffer reads version %2.")
                                            .arg(version)
                                            .arg(kFormatVersion));
    const bool v1 = version == 1;
    VaultHeader h;
    h.formatVersion = version;
    h.vaultId = readExactly(in, kVaultIdSize);
    h.lookupKey = readExactly(in, kLookupKeySize);
    h.generation = 0;
    if (!v1) {
        in >> h.generation;
        if (h.generation == 0)
            damaged("generation");
    }
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
    const qint64 expected = (v1 ? kFixedSize1 : kFixedSize2) + libSize + kSlotCountSize +
                            qint64(count) * (v1 ? kSlotSize1 : kSlotSize2) + kMacSize;
    if (bytes.size() != expected)
        damaged("size");
    for (int i = 0; i < count; ++i) {
        KeySlot s;
        quint8 kind = 0, state = Pending;
        s.id = readExactly(in, KeySlot::kIdSize);
        in >> kind;
        if (kind != quint8(SlotKind::User) && kind != quint8(SlotKind::Recovery))
            damaged("slot kind");
        s.kind = SlotKind(kind);
        if (!v1) {
            in >> state;
            if (state != KeyPair && state != Pending)
                damaged("slot state");
        }
        s.lookup = readExactly(in, KeySlot::kLookupSize);
        in >> s.kdf.opsLimit >> s.kdf.memoryKiB;
        if (!Argon2Kdf::isAcceptable(s.kdf))
            damaged("key derivation parameters");
        s.salt = readExactly(in, Argon2Kdf::kSaltSize);
        s.nonce = readExactly(in, KeySlot::kNonceSize);
        const QByteArray publicKey = v1 ? QByteArray() : readExactly(in, KeySlot::kPublicKeySize);
        s.sealedKey = readExactly(in, KeySlot::kSealedSize);
        const QByteArray envelope = v1 ? QByteArray() : readExactly(in, KeySlot::kEnvelopeSize);
        if (state == KeyPair) {
            s.publicKey = publicKey;
            s.envelope = envelope;
        } else if (publicKey.count('\0') != publicKey.size() || envelope.count('\0') != envelope.size()) {
            damaged("pending slot");
        }
        h.keySlots.push_back(std::move(s));
    }
    return h;
}

bool VaultHeader::slotArea(const QByteArray& bytes, bool exact, int* start, int* length)
{
    if (!bytes.startsWith(kMagic) || bytes.size() < kFixedSize2)
        return false;
    const quint16 version = quint16(quint8(bytes[8]) << 8 | quint8(bytes[9]));
    if (version != 1 && version != kFormatVersion)
        return false;
    const int libSizeAt = version == 1 ? kLibSizeAt1 : kLibSizeAt2;
    const int countAt = libSizeAt + 1 + quint8(bytes[libSizeAt]);
    if (bytes.size() < countAt + kSlotCountSize)
        return false;
    const int count = quint8(bytes[countAt]) << 8 | quint8(bytes[countAt + 1]);
    *start = countAt + kSlotCountSize;
    *length = count * (version == 1 ? kSlotSize1 : kSlotSize2);
    const int end = *start + *length + kMacSize;
    return count > 0 && (exact ? end == bytes.size() : end <= bytes.size());
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
