// How hard a password is to guess, by zxcvbn (Debian's libzxcvbn): an estimate of entropy that knows
// dictionary words, names, keyboard patterns and dates, which counting character classes does not.
#pragma once

#include "Secret.h"

#include <QCoreApplication>
#include <QString>

namespace coffer {

struct PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)

public:
    enum class Level { TooShort, Weak, Fair, Strong, VeryStrong };
    Level level = Level::TooShort;
    double entropyBits = 0;

    // The floor for every password of a vault: zxcvbn's score 3, "safely unguessable", at least 10^8
    // guesses (log2 10^8 bits). Every user's password unlocks the same data key, so a viewer's weak
    // password exposes as much as the owner's; one floor for all.
    static constexpr double kFloorBits = 26.58;

    static PasswordStrength of(const Secret& password, int minimumLength);
    static int characterCount(const Secret& password);
    QString label() const; // translated, for a strength meter
    // Long enough and above the floor: Fair or better.
    bool acceptable() const { return level >= Level::Fair; }
    // Why a password is refused, in plain words (empty when acceptable()).
    QString problem(int minimumLength) const;
};

} // namespace coffer
