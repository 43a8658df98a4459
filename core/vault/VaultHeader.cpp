#include "VaultHeader.h"

#include "Error.h"
#include "crypto/Sodium.h"
#include "store/FileSafety.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <algorithm>

namespace coffer {

namespace {

const QByteArray kMagic("COFFERVH", 8);
constexpr int kSlotSize = 16 + 1 + 32 + 4 + 4 + 16 + 24 + 48;

[[noreturn]] void damaged(const char* what)
{
    throw Error(
        ErrorCode::Damaged,
        QCoreApplication::translate("VaultHeader", "The vault header is damaged (%1).").arg(QString::fromLatin1(what)));
}

Secret macKey(const Secret& dataKey)
{
    Secret key(crypto_generichash_BYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), 1, "hdr--mac", dataKey.data());
    return key;
}

QByteArray mac(const QByteArray& body, const Secret& dataKey)
{
    const Secret key = macKey(dataKey);
    QByteArray out(VaultHeader::kMacSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(body.constData()), size_t(body.size()), key.data(),
                       key.size());
    return out;
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
    const QByteArray name = userNameKey(userName).toUtf8();
    QByteArray out(KeySlot::kLookupSize, Qt::Uninitialized);
    ensureSodium();
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(name.constData()), size_t(name.size()),
                       reinterpret_cast<const unsigned char*>(lookupKey.constData()), size_t(lookupKey.size()));
    return out;
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
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("VaultHeader", "This is not a Coffer vault."));
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    readExactly(in, kMagic.size());
    quint16 version = 0;
    in >> version;
    if (version != kFormatVersion)
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("VaultHeader",
                                                "The vault header has format version %1; this Coffer reads version %2.")
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
    const qint64 expected = 65 + libSize + 2 + qint64(count) * kSlotSize + kMacSize;
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
    const QByteArray expected = mac(bytes.left(bytes.size() - kMacSize), dataKey);
    return sodium_memcmp(expected.constData(), bytes.constData() + bytes.size() - kMacSize, kMacSize) == 0;
}

VaultHeader VaultHeader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("VaultHeader", "This is not a Coffer vault."));
    return parse(file.read(1 << 20));
}

void VaultHeader::write(const QString& path, const Secret& dataKey) const
{
    writeFileAtomically(path, serialise(dataKey));
}

} // namespace coffer
