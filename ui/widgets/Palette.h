// Colours by role, never by literal: every place the UI colours text, a band or a button asks for a
// role here, so that an error looks the same in every dialog and a change of shade is one line. The
// shades are chosen to read on Qt's light Fusion palette and on the platforms' default light themes.
#pragma once

#include <QColor>
#include <QString>

namespace coffer {

enum class ColorRole {
    Error,   // a failure, a wrong field, what cannot be undone
    Warning, // needs attention but nothing is lost: a restricted client, a demo vault, a fair password
    Success, // done and checked
    Muted,   // secondary detail under a main line
    Accent,  // neutral emphasis: the selected page, a role badge, a hint box
};

namespace Palette {

// The role's colour for text on the window's background.
QColor color(ColorRole role);
// The same as "#rrggbb", for style sheets and rich text.
QString name(ColorRole role);
// "color: #rrggbb;" — the style sheet of a label in the role's colour.
QString textStyle(ColorRole role);

// A band, badge or notice in the role's colours: darker text on a pale background, with a border.
struct Tint
{
    QColor text;
    QColor background;
    QColor border;
};
Tint tint(ColorRole role);
// "<selector> { color: …; background: …; border: 1px solid …; <shape> }" in the role's tint.
QString tintStyle(ColorRole role, const QString& selector, const char* shape);
// The shapes the workspace uses: a rounded tag beside a name, a notice over a page, a hint box.
inline constexpr char kBadgeShape[] = "border-radius: 9px; padding: 2px 10px;";
inline constexpr char kNoticeShape[] = "border-radius: 6px; padding: 6px 10px;";
inline constexpr char kBoxShape[] = "border-radius: 8px;";

} // namespace Palette
} // namespace coffer
