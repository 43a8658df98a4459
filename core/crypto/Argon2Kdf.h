// Password-based key derivation: argon2id through libsodium's crypto_pwhash. Every password and the
// recovery key pass through here and nowhere else, so this is the only work factor an attacker who
// holds the vault's files must pay per guess.
#pragma once

#include "Secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <chrono>

namespace coffer {

struct KdfParams
{
    quint32 opsLimit = 3;          // argon2 passes
    quint32 memoryKiB = 64 * 1024; // argon2 memory
    bool operator==(const KdfParams&) const = default;
};

class Argon2Kdf
{
    Q_DECLARE_TR_FUNCTIONS(Argon2Kdf)
public:
    static constexpr int kSaltSize = 16;
    static constexpr int kKeySize = 32;
    // The default floor of a calibrated vault (DESIGN.md), and OWASP's minimum below which we warn.
    static constexpr KdfParams kFloor{3, 64 * 1024};
    static constexpr KdfParams kOwaspFloor{2, 19 * 1024};

    // Throws coffer::Error(Failed) when the machine cannot give the memory asked for.
    [[nodiscard]] static Secret derive(const Secret& password, const QByteArray& salt, KdfParams params);

    // Parameters that take about `target` on this machine, never below kFloor.
    [[nodiscard]] static KdfParams calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(1000));

    static bool isBelowOwaspFloor(KdfParams params);
    // Bounds a header may carry; outside them the header is damaged (and a flipped byte must not make
    // us allocate terabytes or spin for hours).
    static bool isAcceptable(KdfParams params);
};

} // namespace coffer
