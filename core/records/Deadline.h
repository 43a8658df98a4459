// When a data-subject request is due (GDPR Art. 12(3)): one month from receipt, extendable by two
// further months. Months are counted as Regulation 1182/71 counts them: the period ends on the same
// date of the month it ends in, or on that month's last day where the date does not exist
// (31 January → 28 or 29 February). An extension counts from receipt too: 31 January with two more
// months is due on 30 April, not on 28 April. Dates are calendar dates in the user's time zone.
#pragma once

#include <QDate>

namespace coffer {

inline constexpr int kMaxExtensionMonths = 2;

// received + 1 + extensionMonths calendar months, with the month-end rule. extensionMonths is 0, 1 or 2.
QDate requestDueDate(const QDate& received, int extensionMonths = 0);

} // namespace coffer
