// What the desktop app (and the GUI tests) set up once before the first window: the names that
// locate the settings file, the embedded icons, and the window icon.
#pragma once

#include <QIcon>

namespace coffer {

void initApplication();

// The app's icon, from the embedded SVG.
QIcon cofferIcon();

} // namespace coffer
