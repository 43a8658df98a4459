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

QString languageSetting()
{
    const QString setting = settings().value(QStringLiteral("ui/language")).toString().trimmed().toLower();
    return builtInLanguages().contains(setting) ? setting : QString();
}

void setLanguageSetting(const QString& language)
{
    QSettings s = settings();
    if (builtInLanguages().contains(language))
        s.setValue(QStringLiteral("ui/language"), language);
    else
        s.remove(QStringLiteral("ui/language"));
}

QString nativeLanguageName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English"); // not QLocale's "American English"
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "latviešu" as a menu item
    return name;
}

QString chosenLanguage()
{
    const QStringList available = builtInLanguages();
    const QString setting = languageSetting();
    if (!setting.isEmpty())
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
    auto* coffer = new QTranslator(&app);
    if (!coffer->load(QStringLiteral(":/i18n/coffer_%1.qm").arg(language))) {
        delete coffer;
        return false;
    }
    QCoreApplication::installTranslator(coffer);
    if (language == QLatin1String("en"))
        return true; // Qt's own strings are English already
    // Qt's own strings (file dialog, message box buttons). Debian ships some languages and not others.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return true;
}

LanguageScope::LanguageScope(const QString& language)
    : m_translator(std::make_unique<QTranslator>())
{
    QLocale::setDefault(QLocale(language));
    if (!builtInLanguages().contains(language) ||
        !m_translator->load(QStringLiteral(":/i18n/coffer_%1.qm").arg(language)) ||
        !QCoreApplication::installTranslator(m_translator.get()))
        m_translator.reset();
}

LanguageScope::~LanguageScope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousLocale);
}

} // namespace coffer
