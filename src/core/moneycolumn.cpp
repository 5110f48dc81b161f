#include "moneycolumn.h"

#include "core/currency.h"
#include "core/money.h"

namespace csp {

void MoneyColumn::include(const std::optional<Decimal> &value, QStringView currency)
{
    m_minorUnits = std::max(m_minorUnits, Currencies::minorUnits(currency));
    m_digits = std::max(m_digits, m_minorUnits);
    if (value)
        m_digits = std::max(m_digits, value->fractionDigits());
}

// One figure space (the width of a digit) for each fractional digit the column's most precise
// figure has and `value` has not: the points line up, and the digits shown are the value's own.
QString MoneyColumn::padding(Decimal value) const
{
    const int shown = std::max(m_minorUnits, value.fractionDigits());
    return QString(std::max(0, m_digits - shown), QChar(0x2007));
}

QString MoneyColumn::text(Decimal value, const QLocale &locale) const
{
    return value.localeText(locale, m_minorUnits) + padding(value);
}

QString MoneyColumn::withCurrency(Decimal value, QStringView currency, const QLocale &locale) const
{
    QString text = moneyWithCurrency(value, currency, locale);
    const QString number = value.localeText(locale, Currencies::minorUnits(currency));
    const qsizetype at = text.indexOf(number);
    if (at >= 0)
        text.insert(at + number.size(), padding(value));
    return text;
}

} // namespace csp
