#include "DateEdits.h"

#include <QDateEdit>
#include <QLocale>

namespace coffer {

QString fullYearDateFormat()
{
    // "14/03/24" could be 1924 to someone choosing a day.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

void makeDateEdit(QDateEdit* edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
}

} // namespace coffer
