#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace coffer {

namespace {
// The same settings file as KnownVaults, so one file holds everything Coffer remembers.
QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"), QStringLiteral("coffer"));
}
} // namespace

QStringList builtInLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("lv"), QStringLiteral("lt"), QStringLiteral("cs")};
}

QString chosenLanguage()
{
    const QStringList available = builtInLanguages();
    const QString setting = settings().value(QStringLiteral("ui/language")).toString().trimmed().toLower();
    if (available.contains(setting))
        return setting;
    // uiLanguages() gives e.g. "lv-LV", "lv", "en-US" in the user's order of preference.
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool installTranslators(QCoreApplication& app, const QString& language)
{
    if (language == QLatin1String("en"))
        return true;
    auto* coffer = new QTranslator(&app);
    if (!coffer->load(QStringLiteral(":/i18n/coffer_%1.qm").arg(language))) {
        delete coffer;
        return false;
    }
    QCoreApplication::installTranslator(coffer);
    // Qt's own strings (file dialog, message box buttons). Debian ships some languages and not others.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace coffer
