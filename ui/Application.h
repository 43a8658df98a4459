// What the desktop app (and the GUI tests) set up once before the first window: the names that
// locate the settings file, the embedded icons, and the window icon; and the desktop app's
// QApplication, which stops an exception that escapes an event handler from ending the process.
#pragma once

#include <QApplication>
#include <QIcon>

namespace coffer {

// An exception thrown in a slot or event handler reaches notify(). Instead of letting it end the
// process (and print its what() text, which may hold client data, to stderr), this shows the
// coffer::Error's message, or a generic one for anything else, and the app goes on.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

signals:
    // The message shown for an exception that escaped; tests watch it.
    void escapedError(const QString& message);

private:
    void showEscaped(const QString& message);
    bool m_showing = false;
};

void initApplication();

// The app's icon, from the embedded SVG.
QIcon cofferIcon();

} // namespace coffer
