#include "PasswordStrength.h"

#include <QCoreApplication>
#include <zxcvbn.h>

namespace coffer {

int PasswordStrength::characterCount(const Secret& password)
{
    // Characters, not bytes ("Ēriks" is five), counted without copying the password out of secure memory:
    // every UTF-8 byte that does not continue a sequence starts a character.
    int count = 0;
    for (size_t i = 0; i < password.size(); ++i)
        count += (password.data()[i] & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

PasswordStrength PasswordStrength::of(const Secret& password, int minimumLength)
{
    PasswordStrength s;
    if (characterCount(password) < minimumLength)
        return s;
    // zxcvbn wants a NUL-terminated string; build it in secure memory.
    Secret terminated(password.size() + 1);
    memcpy(terminated.data(), password.data(), password.size());
    terminated.data()[password.size()] = 0;
    s.entropyBits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), nullptr, nullptr);
    s.level = s.entropyBits < kFloorBits ? Level::Weak
              : s.entropyBits < 40       ? Level::Fair
              : s.entropyBits < 60       ? Level::Strong
                                         : Level::VeryStrong;
    return s;
}

QString PasswordStrength::problem(int minimumLength) const
{
    switch (level) {
    case Level::TooShort:
        return tr("The password must be at least %1 characters long.").arg(minimumLength);
    case Level::Weak:
        return tr("This password is too easy to guess: common passwords such as “password1”, names with a year "
                  "and keyboard patterns are the first ones tried. Add another word or two, or use three or four "
                  "unrelated words.");
    default:
        return {};
    }
}

QString PasswordStrength::label() const
{
    switch (level) {
    case Level::TooShort:
        return tr("Too short");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    case Level::VeryStrong:
        return tr("Very strong");
    }
    return {};
}

} // namespace coffer
