// Which language Coffer speaks, and installing it. The translations are compiled into the program
// (:/i18n/coffer_<lang>.qm), so there is nothing to find on disk and nothing to go missing.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace coffer {

// The languages built in, as ISO 639-1 codes; English is the source language.
QStringList builtInLanguages();

// The "ui/language" setting when it names a built-in language, otherwise the first of the system's
// preferred languages (QLocale::uiLanguages) that is built in, otherwise "en".
QString chosenLanguage();

// Installs Coffer's translator, and Qt's own for standard dialogs where the system has one.
// Returns false when no translation of Coffer for language is built in (English needs none).
bool installTranslators(QCoreApplication& app, const QString& language);

} // namespace coffer
