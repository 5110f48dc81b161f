#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace csp {

// A calendar month as the command line takes it: "2026-10", or "last" for the month before
// `today` (UTC). The first day of the month, or nullopt for anything else.
std::optional<QDate> parseMonth(QStringView text, QDate today);
// The month a date falls in, as its first day: how every month is held.
QDate firstOfMonth(QDate date);
// The current month in UTC (the catalogue's and Acronis' clock, never the desk's time zone).
QDate currentMonth();
// "2026-10": how a month is written in the catalogue, in file names and in messages.
QString monthKey(QDate month);

} // namespace csp
