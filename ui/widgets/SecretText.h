// Passwords and recovery keys typed into a QLineEdit, into secure memory (crypto/Secret) with no copy
// left behind by the move: the UTF-8 (or Latin-1) bytes are wiped once they are in the Secret, and the
// field's own text buffer — which the QString that text() returns shares — is overwritten where it is
// before the field is emptied. What Qt's input handling held on the way in (key events, the undo history
// of the field) is outside this; SECURITY.md says so.
#pragma once

#include "crypto/Secret.h"

class QLabel;
class QLineEdit;

namespace coffer {

// The field's text as a Secret; the field keeps it (for a retry after a wrong recovery key, say).
[[nodiscard]] Secret secretFrom(const QLineEdit* edit);
// The same, then the field's buffer overwritten and the field emptied.
[[nodiscard]] Secret takeSecret(QLineEdit* edit);
// Overwrites the field's buffer and empties it: for a field whose text is no longer needed.
void forgetText(QLineEdit* edit);
// How a password or key shown once looks: large, bold, fixed-width, centred and selectable, on a panel.
void styleAsShownOnce(QLabel* label);

} // namespace coffer
