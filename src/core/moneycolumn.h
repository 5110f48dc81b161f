#pragma once

#include "core/decimal.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace csp {

// The window's one display rule for a column of prices or amounts: every figure is written by
// CLI.md's money rule (its own digits, at least the currency's minor units: "1.50", "0.0410",
// "12.00"), right-aligned, and followed by a figure space (a digit's width) for each digit the
// column's most precise figure has more, so that the decimal points stand under each other.
// Never rounded, no digit added. Every table model showing money uses it.
class MoneyColumn
{
public:
    static constexpr Qt::Alignment Alignment = Qt::AlignRight | Qt::AlignVCenter;

    // Widens the column to `value`'s digits and `currency`'s minor units.
    void include(const std::optional<Decimal> &value, QStringView currency);
    void clear() { m_digits = m_minorUnits = 0; }
    int fractionDigits() const { return m_digits; }

    // The figure in `locale`, padded to the column's digits (not if it has more: not included).
    QString text(Decimal value, const QLocale &locale = QLocale()) const;
    // As text(), followed by the currency the user's locale way ("1,234.5000 EUR").
    QString withCurrency(Decimal value, QStringView currency,
                         const QLocale &locale = QLocale()) const;

private:
    QString padding(Decimal value) const;

    int m_digits = 0;
    int m_minorUnits = 0;
};

} // namespace csp
