// The base class of the GUI tests. Every one of them needs the same two things: a settings file of its
// own for the run (so that KnownVaults and remembered choices never touch the user's real ones) with
// the application set up as the desktop app sets it up, and a picture of every window when a test
// function fails, taken before the test's own clean-up closes them.
#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace coffer::test {

class GuiTestCase : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    // Qt Test calls these by name. A test that needs more declares its own initTestCase() or cleanup()
    // and calls these first.
    void initTestCase();
    void cleanup();

private:
    QTemporaryDir m_settings;
};

} // namespace coffer::test
