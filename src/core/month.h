#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace csp {

// A calendar month as the command line takes it: "2026-10", or "last" for the month before
// `today` (UTC). The first day of the month, or nullopt for anything else.
std::optional<QDate> parseMonth(QStringView text, QDate today);
// The month before the current one in UTC.
QDate lastMonth();
// "2026-10".
QString monthKey(QDate month);

} // namespace csp
