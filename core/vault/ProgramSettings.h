// The program's own settings file (an INI file in the user's configuration folder), shared by the
// desktop app and the CLI. It holds preferences and folder paths only — never a name, an email or
// anything else from inside a vault — so it may stay unencrypted; cancellation removes what names a
// vault.
#pragma once

#include <QSettings>

namespace coffer {

// A fresh handle on the settings file; returned by value (guaranteed copy elision).
QSettings programSettings();

} // namespace coffer
