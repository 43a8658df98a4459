// A day as people choose one in Coffer's windows: the locale's short date, but always with the year in
// full, and a calendar to pick from. The consent dialog and the audit log's date filter share it.
#pragma once

#include <QString>

class QDateEdit;

namespace coffer {

// The locale's short date format with a four-digit year.
QString fullYearDateFormat();
// Sets edit up with fullYearDateFormat() and a calendar popup.
void makeDateEdit(QDateEdit* edit);

} // namespace coffer
