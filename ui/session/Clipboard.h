// Copying a value Coffer shows (an email, a one-time password, a recovery key) to the clipboard, and
// taking it away again after the clipboard-clearing delay in the settings — unless the user has copied
// something else meanwhile, which is left alone.
#pragma once

#include <QString>

namespace coffer {

void copyToClipboard(const QString& text);

} // namespace coffer
