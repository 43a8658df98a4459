// Small pieces the task dialogs share, so that every dialog of long work looks alike: the heading with
// its icon, a wrapping paragraph, the red button of an irreversible step and the error line under a field.
// Where the files of those dialogs go is UserFiles.
#pragma once

#include "Palette.h"

#include <QString>

class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QWidget;

namespace coffer::TaskWidgets {

// A row with a 40 px icon (":/icons/<iconName>.svg") and a bold, larger heading beside it.
QLayout* heading(const QString& iconName, const QString& text, QWidget* parent, QLabel** label = nullptr);
// A paragraph that wraps; rich text when it holds tags.
QLabel* paragraph(const QString& text, QWidget* parent);
// A paragraph in the tint of role, in a box with rounded corners: a consequence the user must not miss
// (an export that is not encrypted).
QLabel* notice(const QString& text, ColorRole role, QWidget* parent);
// Red and white: the button that does what cannot be undone. Never the default button.
void makeDanger(QPushButton* button);
// Red text under a field, hidden until there is something to say (object name "errorLabel").
QLabel* errorLabel(QWidget* parent);
// A thin bar that only says "working" (no percentage), hidden until the work starts
// (object name "busyIndicator").
QProgressBar* busyIndicator(QWidget* parent);

} // namespace coffer::TaskWidgets
