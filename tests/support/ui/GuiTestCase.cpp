#include "GuiTestCase.h"

#include "Application.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace coffer::test {

void GuiTestCase::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    initApplication();
    // English as the app speaks it (its plural forms: "1 client", "2 clients"), or for looking at the screens
    // in another language: COFFER_TEST_LANGUAGE=lv with COFFER_SCREENSHOTS.
    const QString language = qEnvironmentVariable("COFFER_TEST_LANGUAGE");
    installTranslators(*QCoreApplication::instance(), language.isEmpty() ? QStringLiteral("en") : language);
}

// Every visible window to <temp>/coffer-shots/FAILED-<test function>-<n>.png.
void GuiTestCase::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    const QString testName = QString::fromLatin1(QTest::currentTestFunction());
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
