#include "month.h"

#include <QDateTime>
#include <QRegularExpression>

namespace csp {

std::optional<QDate> parseMonth(QStringView text, QDate today)
{
    if (text == u"last")
        return firstOfMonth(today).addMonths(-1);
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = shape.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate month(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!month.isValid())
        return std::nullopt;
    return month;
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate currentMonth()
{
    return firstOfMonth(QDateTime::currentDateTimeUtc().date());
}

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace csp
