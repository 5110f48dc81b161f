#pragma once

#include <QComboBox>
#include <QDate>

namespace csp {

// Fills `combo` with the last `count` closed months by name ("November 2026"), newest first; each
// item's data is the month's first day. A list, not a date spinner: its arrows would step a year.
void fillClosedMonths(QComboBox *combo, int count = 36);
// A month by name in the user's language: "November 2026".
QString monthName(QDate month);
// The current month ("December 2026 (current)") first, then the last `closedCount` closed ones.
void fillRecentMonths(QComboBox *combo, int closedCount);
// What a page that reads a closed month of an instance says before it has read: what is
// missing, else `ready` with %1 the month's name and %2 the instance's.
QString closedMonthHint(const QComboBox *instance, const QComboBox *month, const QString &ready);

} // namespace csp
