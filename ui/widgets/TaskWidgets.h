// Small pieces the task dialogs share, so that every dialog of long work looks and behaves alike: the
// heading with its icon, the red button of an irreversible step, the folder a file is shown in, and the
// names of the files Coffer makes for the user.
#pragma once

#include <QString>

class QDateTime;
class QLabel;
class QLayout;
class QPushButton;
class QWidget;

namespace coffer::TaskWidgets {

// A row with a 40 px icon (":/icons/<iconName>.svg") and a bold, larger heading beside it.
QLayout* heading(const QString& iconName, const QString& text, QWidget* parent, QLabel** label = nullptr);
// A paragraph that wraps; rich text when it holds tags.
QLabel* paragraph(const QString& text, QWidget* parent);
// Red and white: the button that does what cannot be undone. Never the default button.
void makeDanger(QPushButton* button);
// Red text under a field, hidden until there is something to say.
QLabel* errorLabel(QWidget* parent);

// Opens the system's file manager on the folder that holds path (a file or a folder).
void showInFolder(const QString& path);
void openFolder(const QString& folder);
// The user's Documents folder, or their home folder when there is none.
QString documentsFolder();
// A file name made of text the user wrote (a vault's or a client's name): characters that no file
// system takes become "-", and it is never empty.
QString safeFileName(const QString& text);
// folder/<base><suffix>, or folder/<base> (2)<suffix>, (3)… — the first that does not exist yet.
QString uniquePath(const QString& folder, const QString& base, const QString& suffix);
// " 2026-11-23 1405": the local time as it goes into the names of files Coffer makes.
QString fileNameStamp(const QDateTime& time);

} // namespace coffer::TaskWidgets
