// Shared by the GUI tests: a private settings file per run (so KnownVaults never touches the user's
// real list), pictures of the windows, and finding widgets by objectName with a clear failure.
#pragma once

#include <QString>
#include <QWidget>

namespace coffer::test {

// Points QSettings at a folder of its own and sets up the application as the desktop app does.
void initUiTest(const QString& settingsFolder);

// Saves a picture of widget as <COFFER_SCREENSHOTS>/<name>.png when that variable is set.
void screenshot(QWidget* widget, const QString& name);
// Saves every visible window to <temp>/coffer-shots/FAILED-<test>-<n>.png; for cleanup() on failure.
void screenshotAllWindows(const QString& testName);

template <typename T> T* findNamed(const QWidget* parent, const char* objectName)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(objectName)) : nullptr;
}

} // namespace coffer::test
