// Shared by the GUI tests: pictures of the windows for COFFER_SCREENSHOTS, and finding widgets by
// objectName with a clear failure. The settings set-up and the pictures of a failure are GuiTestCase's.
#pragma once

#include <QString>
#include <QWidget>

namespace coffer::test {

// Saves a picture of widget as <COFFER_SCREENSHOTS>/<name>.png when that variable is set.
void screenshot(QWidget* widget, const QString& name);

template <typename T> T* findNamed(const QWidget* parent, const char* objectName)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(objectName)) : nullptr;
}

} // namespace coffer::test
