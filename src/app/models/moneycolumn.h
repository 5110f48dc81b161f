#pragma once

#include "core/decimal.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace csp {

// The window's one display rule for a column of prices or amounts: every figure of the column
// is written with as many fractional digits as its most precise figure has, at least the
// currency's minor units, and right-aligned, so that the decimal points stand under each other
// ("1.5000", "0.0410", "12.0000"). Only zeros are added: the figure shown is the exact stored
// value (DESIGN.md's money rule), never rounded. Every table model showing money uses it.
class MoneyColumn
{
public:
    static constexpr Qt::Alignment Alignment = Qt::AlignRight | Qt::AlignVCenter;

    // Widens the column to `value`'s digits and `currency`'s minor units.
    void include(const std::optional<Decimal> &value, QStringView currency);
    void clear() { m_digits = 0; }
    int fractionDigits() const { return m_digits; }

    // The figure in `locale` with the column's digits (more if it has more: it was not included).
    QString text(Decimal value, const QLocale &locale = QLocale()) const;
    // As text(), followed by the currency the user's locale way ("1,234.5000 EUR").
    QString withCurrency(Decimal value, QStringView currency,
                         const QLocale &locale = QLocale()) const;

private:
    Decimal padded(Decimal value) const;

    int m_digits = 0;
};

} // namespace csp
