// "Remove this note?" / "Remove this file?": the one question before a note or a file is deleted, with
// what removal does and does not do (backups keep it; erasing the client is what removes a person).
// Window-modal and non-blocking: remove runs when the user presses Remove, nothing when they cancel.
#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace coffer {

QMessageBox* askToRemove(QWidget* parent, const QString& title, const QString& question,
                         const std::function<void()>& remove);

} // namespace coffer
