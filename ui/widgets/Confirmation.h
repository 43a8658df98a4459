// The question before a change that cannot be taken back: window-modal and non-blocking, Cancel the
// default (a stray Enter changes nothing), accepted run only when the user presses the accept button
// (objectName "confirmButton"; the box itself is objectName, for tests).
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace coffer {

void confirmThen(QWidget* parent, const char* objectName, const QString& title, const QString& text,
                 const QString& acceptText, std::function<void()> accepted);

} // namespace coffer
