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

    static PasswordStrength of(const Secret& password, int minimumLength);
    QString label() const; // translated, for a strength meter
};

} // namespace coffer
