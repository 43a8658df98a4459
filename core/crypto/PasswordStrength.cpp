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
