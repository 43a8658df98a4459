#include "Deadline.h"

namespace coffer {

QDate requestDueDate(const QDate& received, int extensionMonths)
{
    // QDate::addMonths keeps the day and clamps it to the last day of a shorter month: exactly the
    // Regulation's rule. Counting from receipt (not from the first due date) keeps 31 January + 3
    // months on 30 April, where 28 February + 2 would stop on 28 April.
    return received.addMonths(1 + extensionMonths);
}

} // namespace coffer
