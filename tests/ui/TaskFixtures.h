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

// Adds "Anna Ozola" with two notes, one file (fileBytes long) and two consent records; returns her id.
inline QString addSampleClient(Vault& vault, qint64 fileBytes = 2048)
{
    Client anna;
    anna.givenName = QStringLiteral("Anna");
    anna.familyName = QStringLiteral("Ozola");
    anna.emails = {QStringLiteral("anna.ozola@example.lv")};
    anna.phones = {QStringLiteral("+371 2955 1234")};
    const QString id = ClientStore(vault).add(anna);
    NoteStore(vault).add(id, NoteKind::Call, QStringLiteral("Asked about the spring offer"));
    NoteStore(vault).add(id, NoteKind::Note, QStringLiteral("Prefers email"));
    QByteArray bytes(fileBytes, 'x');
    for (qint64 i = 0; i < fileBytes; i += 97)
        bytes[i] = char('a' + i % 26); // not all one byte, so that it does not compress to nothing
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)FileStore(vault).add(id, buffer, QStringLiteral("contract.pdf"), QStringLiteral("application/pdf"));
    ConsentStore(vault).set(id, QStringLiteral("newsletter"), ConsentState::Granted);
    ConsentStore(vault).set(id, QStringLiteral("newsletter"), ConsentState::Withdrawn);
    return id;
}

// The visible window (a dialog, usually) with this objectName, or null.
template <typename T = QWidget> T* visibleWindow(const char* objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->objectName() == QLatin1String(objectName))
            if (T* t = qobject_cast<T*>(w))
                return t;
    return nullptr;
}

inline void setText(QWidget* window, const char* objectName, const QString& text)
{
    auto* edit = findNamed<QLineEdit>(window, objectName);
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void click(QWidget* window, const char* objectName)
{
    auto* button = findNamed<QPushButton>(window, objectName);
    QVERIFY2(button, objectName);
    QVERIFY2(button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Records the URLs Coffer asks the desktop to open ("Show in folder", "Open"), instead of opening them.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    UrlRecorder() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~UrlRecorder() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls << url; }
};

// For cleanup(): a picture of every window when the test failed, then every window closed and deleted,
// and the settings file emptied so that no remembered choice carries over to the next test.
inline void closeAllWindows()
{
    if (QTest::currentTestFailed())
        screenshotAllWindows(QString::fromLatin1(QTest::currentTestFunction()));
    QTRY_VERIFY_WITH_TIMEOUT(!LongTask::anyRunning(), kTaskTimeout);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isWindow() && !w->parentWidget())
            w->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    programSettings().clear();
}

} // namespace coffer::test
