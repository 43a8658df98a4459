#include "PasswordStrength.h"

#include <QCoreApplication>
#include <zxcvbn.h>

namespace coffer {

PasswordStrength PasswordStrength::of(const Secret& password, int minimumLength)
{
    PasswordStrength s;
    const QString text = QString::fromUtf8(password.view().data(), qsizetype(password.size()));
    if (text.size() < minimumLength)
        return s;
    // zxcvbn wants a NUL-terminated string; build it in secure memory.
    Secret terminated(password.size() + 1);
    memcpy(terminated.data(), password.data(), password.size());
    terminated.data()[password.size()] = 0;
    s.entropyBits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), nullptr, nullptr);
    s.level = s.entropyBits < 40   ? Level::Weak
              : s.entropyBits < 60 ? Level::Fair
              : s.entropyBits < 80 ? Level::Strong
                                   : Level::VeryStrong;
    return s;
}

QString PasswordStrength::label() const
{
    switch (level) {
    case Level::TooShort:
        return QCoreApplication::translate("PasswordStrength", "Too short");
    case Level::Weak:
        return QCoreApplication::translate("PasswordStrength", "Weak");
    case Level::Fair:
        return QCoreApplication::translate("PasswordStrength", "Fair");
    case Level::Strong:
        return QCoreApplication::translate("PasswordStrength", "Strong");
    case Level::VeryStrong:
        return QCoreApplication::translate("PasswordStrength", "Very strong");
    }
    return {};
}

} // namespace coffer
