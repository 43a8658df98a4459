#include "Argon2Kdf.h"

#include "Error.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace coffer {

namespace {
constexpr quint32 kMaxOps = 64;
constexpr quint32 kMaxMemoryKiB = 2 * 1024 * 1024; // 2 GiB
constexpr quint32 kCalibrationMemoryCapKiB = 1024 * 1024;
} // namespace

Secret Argon2Kdf::derive(const Secret& password, const QByteArray& salt, KdfParams params)
{
    ensureSodium();
    if (salt.size() != kSaltSize || !isAcceptable(params))
        throw Error(ErrorCode::Damaged, tr("Key derivation parameters are invalid."));
    Secret key(kKeySize);
    const int rc = crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(password.data()),
                                 password.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                                 params.opsLimit, size_t(params.memoryKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        throw Error(ErrorCode::Failed,
                    tr("Not enough memory to derive the key (%1 MiB needed).").arg(params.memoryKiB / 1024));
    return key;
}

static qint64 timeOne(KdfParams params)
{
    const Secret password = Secret::fromUtf8("calibration");
    const QByteArray salt(Argon2Kdf::kSaltSize, '\0');
    QElapsedTimer timer;
    timer.start();
    (void)Argon2Kdf::derive(password, salt, params);
    return std::max<qint64>(1, timer.elapsed());
}

KdfParams Argon2Kdf::calibrate(std::chrono::milliseconds target)
{
    // Memory first (it is what hurts GPU attackers most), doubling while a run takes under half the
    // target; then passes, scaled linearly, since argon2's time is linear in passes.
    KdfParams p = kFloor;
    qint64 ms = timeOne(p);
    while (ms * 2 < target.count() && p.memoryKiB * 2 <= kCalibrationMemoryCapKiB) {
        p.memoryKiB *= 2;
        ms = timeOne(p);
    }
    const double scale = double(target.count()) / double(ms);
    p.opsLimit = std::clamp<quint32>(quint32(std::lround(p.opsLimit * scale)), kFloor.opsLimit, kMaxOps);
    return p;
}

bool Argon2Kdf::isBelowOwaspFloor(KdfParams params)
{
    return params.opsLimit < kOwaspFloor.opsLimit || params.memoryKiB < kOwaspFloor.memoryKiB;
}

bool Argon2Kdf::isAcceptable(KdfParams params)
{
    return params.opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && params.opsLimit <= kMaxOps &&
           size_t(params.memoryKiB) * 1024 >= crypto_pwhash_argon2id_MEMLIMIT_MIN && params.memoryKiB <= kMaxMemoryKiB;
}

} // namespace coffer
