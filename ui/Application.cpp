#include "Application.h"

#include <QApplication>

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

QIcon cofferIcon()
{
    return QIcon(QStringLiteral(":/icons/coffer.svg"));
}

} // namespace coffer
