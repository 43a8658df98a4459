#include "Palette.h"

namespace coffer::Palette {

QColor color(ColorRole role)
{
    switch (role) {
    case ColorRole::Error:
        return QColor(0xb0, 0x3a, 0x2e);
    case ColorRole::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case ColorRole::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case ColorRole::Muted:
        return QColor(0x5f, 0x6b, 0x7a);
    case ColorRole::Accent:
        return QColor(0x2c, 0x4a, 0x6b);
    }
    return {};
}

QString name(ColorRole role)
{
    return color(role).name();
}

QString textStyle(ColorRole role)
{
    return QStringLiteral("color: %1;").arg(name(role));
}

Tint tint(ColorRole role)
{
    switch (role) {
    case ColorRole::Error:
        return {QColor(0x8a, 0x2a, 0x22), QColor(0xfb, 0xea, 0xea), QColor(0xea, 0xb8, 0xb3)};
    case ColorRole::Warning:
        return {QColor(0x6b, 0x45, 0x00), QColor(0xff, 0xf4, 0xd6), QColor(0xe3, 0xc4, 0x6a)};
    case ColorRole::Success:
        return {QColor(0x1e, 0x5e, 0x3a), QColor(0xe6, 0xf4, 0xea), QColor(0xb7, 0xdf, 0xc3)};
    case ColorRole::Muted:
        return {color(role), QColor(0xf2, 0xf4, 0xf6), QColor(0xd8, 0xdd, 0xe3)};
    case ColorRole::Accent:
        return {QColor(0x1d, 0x33, 0x50), QColor(0xe3, 0xea, 0xf2), QColor(0xd3, 0xde, 0xea)};
    }
    return {};
}

QString tintStyle(ColorRole role, const QString& selector, const char* shape)
{
    const Tint t = tint(role);
    return QStringLiteral("%1 { color: %2; background: %3; border: 1px solid %4; %5 }")
        .arg(selector, t.text.name(), t.background.name(), t.border.name(), QLatin1String(shape));
}

} // namespace coffer::Palette
