#include "moneycolumn.h"

#include "core/currency.h"
#include "core/money.h"

namespace csp {

void MoneyColumn::include(const std::optional<Decimal> &value, QStringView currency)
{
    m_digits = std::max(m_digits, Currencies::minorUnits(currency));
    if (value)
        m_digits = std::max(m_digits, value->fractionDigits());
}

// The same value written with the column's digits: rounding to more digits than a value has
// only appends zeros.
Decimal MoneyColumn::padded(Decimal value) const
{
    return value.rounded(std::max(m_digits, value.fractionDigits()));
}

QString MoneyColumn::text(Decimal value, const QLocale &locale) const
{
    return padded(value).localeText(locale);
}

QString MoneyColumn::withCurrency(Decimal value, QStringView currency, const QLocale &locale) const
{
    return moneyWithCurrency(padded(value), currency, locale);
}

} // namespace csp
