#pragma once

#include <QDateTime>
#include <QLocale>

namespace csp {

// A moment as the admin reads it: local time in the locale's order, the year with four digits and
// the time to the second ("06.12.2026 09:41:07"; "12/6/2026 9:41:07 AM"). Records of when
// something happened are compared and quoted, so nothing of them is left out.
QString timeText(const QDateTime &time, const QLocale &locale = QLocale());
// The same for the catalogue's "2026-11-24T18:52:57.123Z"; anything else is returned as it is.
QString timeText(const QString &isoUtc, const QLocale &locale = QLocale());

} // namespace csp
