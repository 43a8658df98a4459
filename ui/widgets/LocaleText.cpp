#include "LocaleText.h"

#include <QLocale>
#include <iterator>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

namespace coffer::LocaleText {

namespace {

QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString dateFormat()
{
    return withFullYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString date(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, dateFormat()) : QString();
}

QString dateTimeFormat()
{
    // Minutes are enough for people; seconds only widen every column they appear in.
    QString format = withFullYear(QLocale().dateTimeFormat(QLocale::ShortFormat));
    format.remove(QLatin1String(":ss"));
    return format;
}

QString dateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), dateTimeFormat()) : QString();
}

QString countryName(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.size() != 2)
        return upper;
    const QByteArray region = "und_" + upper.toLatin1();
    const QByteArray language = QLocale().name().section(QLatin1Char('_'), 0, 0).toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        uloc_getDisplayCountry(region.constData(), language.constData(), buffer, int32_t(std::size(buffer)), &status);
    // A warning means ICU fell back (to the root locale, which names a region by its code).
    if (U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING && length > 0 && length < int32_t(std::size(buffer)))
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer), length);
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    return territory == QLocale::AnyTerritory ? upper : QLocale::territoryToString(territory);
}

} // namespace coffer::LocaleText
