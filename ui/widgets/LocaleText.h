// Dates and country names as the user's language writes them (QLocale's default, which the chosen UI
// language sets): every date shown to a person has its year in full, since "01.12.26" could be 1926 to
// someone reading a consent's history, and a country is named in the UI's language (ICU's CLDR names,
// which Qt does not translate), not in English.
#pragma once

#include <QDateTime>
#include <QString>

class QDateEdit;

namespace coffer::LocaleText {

// The locale's short date format with a four-digit year ("dd.MM.yyyy" in Latvian, "M/d/yyyy" in US English).
QString dateFormat();
// Sets a day field up as people choose a day in Coffer: dateFormat() and a calendar to pick from
// (LocaleDateEdit.cpp, in coffer_ui: the rest of LocaleText needs no Widgets).
void makeDateEdit(QDateEdit* edit);
QString date(const QDate& day);
// The locale's short date and time with a four-digit year and no seconds, and a time in it.
QString dateTimeFormat();
// The local date and time to the minute; empty for an invalid time.
QString dateTime(const QDateTime& time);
// "Vācija" for DE in Latvian; the English name where the language has none, the code where Qt has none.
QString countryName(const QString& code);

} // namespace coffer::LocaleText
