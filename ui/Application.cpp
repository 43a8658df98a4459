#include "Application.h"

#include "Error.h"

#include <QMessageBox>
#include <QTimer>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initCofferResources()
{
    Q_INIT_RESOURCE(coffer);
}

namespace coffer {

void initApplication()
{
    initCofferResources();
    // These two name the settings file that KnownVaults and the language setting share.
    QCoreApplication::setOrganizationName(QStringLiteral("Coffer"));
    QCoreApplication::setApplicationName(QStringLiteral("coffer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COFFER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Coffer"));
    QGuiApplication::setDesktopFileName(QStringLiteral("coffer"));
    QApplication::setWindowIcon(cofferIcon());
}

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool Application::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (...) {
        showEscaped(Error::current().message());
        return false;
    }
}

void Application::showEscaped(const QString& message)
{
    emit escapedError(message);
    // Shown after the event that failed has unwound, not from inside it; one at a time, so that a
    // failure repeated on every paint does not stack up windows.
    if (m_showing)
        return;
    m_showing = true;
    QTimer::singleShot(0, this, [this, message] {
        QMessageBox::critical(activeWindow(), QStringLiteral("Coffer"), message);
        m_showing = false;
    });
}

QIcon cofferIcon()
{
    return QIcon(QStringLiteral(":/icons/coffer.svg"));
}

} // namespace coffer
