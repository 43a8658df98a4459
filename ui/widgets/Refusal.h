// A control whose action would be refused now (a restricted client, a role) is disabled, and its
// tooltip says why; once allowed again it gets back its usual tooltip.
#pragma once

#include <QString>

class QWidget;

namespace coffer {

// Disables widget with why as its tooltip, or (why empty) restores the tooltip it had before the first
// refusal. Whether it is enabled again is the caller's to decide.
void showRefusal(QWidget* widget, const QString& why);

} // namespace coffer
