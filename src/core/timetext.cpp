#include "timetext.h"

#include <QRegularExpression>

namespace csp {

namespace {

QString fullPattern(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    date.replace(shortYear, QStringLiteral("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u's')) {
        static const QRegularExpression minutes(QStringLiteral("mm"));
        time.replace(minutes, QStringLiteral("mm:ss"));
    }
    return date + u' ' + time;
}

} // namespace

QString catalogueTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString catalogueTimeNow()
{
    return catalogueTime(QDateTime::currentDateTimeUtc());
}

QString timeText(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(time.toLocalTime(), fullPattern(locale));
}

QString timeText(const QString &isoUtc, const QLocale &locale)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return time.isValid() ? timeText(time, locale) : isoUtc;
}

} // namespace csp
