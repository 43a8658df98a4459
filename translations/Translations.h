// Which language Coffer speaks, and installing it. The translations are compiled into the program
// (:/i18n/coffer_<lang>.qm), so there is nothing to find on disk and nothing to go missing.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QCoreApplication;
class QTranslator;

namespace coffer {

// The languages built in, as ISO 639-1 codes; English is the source language.
QStringList builtInLanguages();

// The "ui/language" setting when it names a built-in language, otherwise the first of the system's
// preferred languages (QLocale::uiLanguages) that is built in, otherwise "en".
QString chosenLanguage();

// The "ui/language" setting as the user chose it in Settings: a built-in language, or empty for the
// system's. It takes effect at the next start (chosenLanguage() reads it then).
QString languageSetting();
void setLanguageSetting(const QString& language);
// A language's name in that language ("Latviešu"), as a language menu shows it.
QString nativeLanguageName(const QString& language);

// Installs Coffer's translator, and Qt's own for standard dialogs where the system has one.
// English has one too: it holds the plural forms ("1 client", "2 clients") of the source's "%n client(s)".
// Returns false when no translation of Coffer for language is built in.
bool installTranslators(QCoreApplication& app, const QString& language);

// Coffer's translation into language, and the language's QLocale as the default, while the object
// lives: coffer-cli writes a letter in the language asked for while its own messages stay as they are.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    bool installed() const { return m_translator != nullptr; } // false: no such language is built in

private:
    std::unique_ptr<QTranslator> m_translator;
    QLocale m_previousLocale;
};

} // namespace coffer
