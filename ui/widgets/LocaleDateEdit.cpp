// LocaleText's one function with a widget in it, apart so that LocaleText itself needs no Widgets
// (coffer_documents writes dates in letters with it).
#include "LocaleText.h"

#include <QDateEdit>

namespace coffer::LocaleText {

void makeDateEdit(QDateEdit* edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
}

} // namespace coffer::LocaleText
