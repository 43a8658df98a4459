// Shared by the GUI tests of long work (ui/tasks): a vault with one client who has notes, a file and
// consents, a main window over it, and finding the dialogs that long work opens (each a window of its
// own, found by objectName).
#pragma once

#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"
#include "tasks/LongTask.h"
#include "vault/ProgramSettings.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>
#include <memory>

namespace coffer::test {

inline constexpr int kTaskTimeout = 60000; // sanitizers make everything slower

// The vault most task tests start from: "Clients" in folder, owned by "Owner" with kOwnerPassword, made
// with the cheap argon2 parameters.
VaultCreation createClientsVault(const QString& folder);

// Adds "Anna Ozola" with two notes, one file (fileBytes long) and two consent records; returns her id.
QString addSampleClient(Vault& vault, qint64 fileBytes = 2048);

// The visible window (a dialog, usually) with this objectName, or null.
template <typename T = QWidget> T* visibleWindow(const char* objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->objectName() == QLatin1String(objectName))
            if (T* t = qobject_cast<T*>(w))
                return t;
    return nullptr;
}

// Types text into the line edit objectName of window, clearing it first.
void setText(QWidget* window, const char* objectName, const QString& text);
// Clicks the button objectName of window, which must be there and enabled.
void click(QWidget* window, const char* objectName);

// Records the URLs Coffer asks the desktop to open ("Show in folder", "Open"), instead of opening them.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    UrlRecorder() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~UrlRecorder() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

// For cleanup(), after GuiTestCase::cleanup() took its pictures: waits for long work to end, then
// every window closed and deleted, and the settings file emptied so that no remembered choice carries
// over to the next test.
void closeAllWindows();

} // namespace coffer::test
