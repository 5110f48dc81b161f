#pragma once

#include <QDateTime>
#include <QLocale>

namespace csp {

// A moment as the catalogue stores it: UTC ISO 8601 with milliseconds
// ("2026-11-24T18:52:57.123Z"), so that moments compare as text on SQLite and PostgreSQL alike.
QString catalogueTime(const QDateTime &time);
// The current moment, so.
QString catalogueTimeNow();

// A moment as the admin reads it: local time in the locale's order, the year with four digits and
// the time to the second ("06.12.2026 09:41:07"; "12/6/2026 9:41:07 AM"). Records of when
// something happened are compared and quoted, so nothing of them is left out.
QString timeText(const QDateTime &time, const QLocale &locale = QLocale());
// The same for the catalogue's "2026-11-24T18:52:57.123Z"; anything else is returned as it is.
QString timeText(const QString &isoUtc, const QLocale &locale = QLocale());

} // namespace csp
