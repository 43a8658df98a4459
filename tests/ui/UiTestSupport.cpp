#include "UiTestSupport.h"

#include "Application.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace coffer::test {

void initUiTest(const QString& settingsFolder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder);
    initApplication();
    // English as the app speaks it (its plural forms: "1 client", "2 clients"), or for looking at the screens
    // in another language: COFFER_TEST_LANGUAGE=lv with COFFER_SCREENSHOTS.
    const QString language = qEnvironmentVariable("COFFER_TEST_LANGUAGE");
    installTranslators(*QCoreApplication::instance(), language.isEmpty() ? QStringLiteral("en") : language);
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("COFFER_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

void screenshotAllWindows(const QString& testName)
{
    const QString folder = QDir::temp().filePath(QStringLiteral("coffer-shots"));
    QDir().mkpath(folder);
    int n = 0;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        const QString path = QDir(folder).filePath(QStringLiteral("FAILED-%1-%2.png").arg(testName).arg(++n));
        window->grab().save(path);
        qWarning("Screenshot of %s: %s", qPrintable(window->objectName()), qPrintable(path));
    }
}

} // namespace coffer::test
