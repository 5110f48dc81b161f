#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace csp {

// An exact decimal number with a fixed scale of four fractional digits, stored as an integer
// count of 1/10000 units. Money, prices and percentages use it; `double` never does.
class Decimal
{
public:
    static constexpr int Scale = 4;
    static constexpr qint64 UnitsPerOne = 10'000;
    // Largest magnitude accepted by parse(): 10^14 - 1 in whole units, so products of two
    // values stay exact in 128-bit intermediates.
    static constexpr qint64 MaxUnits = 99'999'999'999'999 * UnitsPerOne + 9'999;

    constexpr Decimal() = default;
    static constexpr Decimal fromUnits(qint64 units) { return Decimal(units); }
    static constexpr Decimal fromInteger(qint64 whole) { return Decimal(whole * UnitsPerOne); }
    // numerator / denominator at this scale, rounded half away from zero; nullopt for a zero
    // denominator or a result beyond MaxUnits.
    static std::optional<Decimal> fromRatio(qint64 numerator, qint64 denominator);

    enum class ParseFailure { NotANumber, TooManyFractionDigits, OutOfRange };

    // Parses "1234.5", "-0.25", "+7" in the C locale (no group separators), or a number written
    // in `locale` (its decimal point, optional group separators in the integer part). Rejects
    // more than `maxFractionDigits` fractional digits, empty text, and out-of-range values;
    // `failure` (if given) then says why.
    static std::optional<Decimal> parse(QStringView text, const QLocale &locale = QLocale::c(),
                                        int maxFractionDigits = Scale,
                                        ParseFailure *failure = nullptr);

    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    // Shortest exact form in the C locale: "82", "17.5", "-0.0025".
    QString toString() const;
    // Rounded half away from zero to `fractionDigits` (0..4), C locale: "82.00".
    QString toString(int fractionDigits) const;
    // As above, in `locale` (decimal point and group separators).
    QString toLocaleString(const QLocale &locale, int fractionDigits) const;

    // Rounded half away from zero to `fractionDigits` (0..4).
    Decimal rounded(int fractionDigits) const;
    // The product at this scale, rounded half away from zero.
    Decimal multipliedBy(Decimal other) const;
    // As multipliedBy(), or nullopt when the product is beyond MaxUnits.
    std::optional<Decimal> checkedMultipliedBy(Decimal other) const;
    // The quotient at this scale, rounded half away from zero; nullopt when dividing by zero.
    std::optional<Decimal> dividedBy(Decimal other) const;

    constexpr Decimal operator-() const { return Decimal(-m_units); }
    constexpr Decimal operator+(Decimal o) const { return Decimal(m_units + o.m_units); }
    constexpr Decimal operator-(Decimal o) const { return Decimal(m_units - o.m_units); }
    constexpr auto operator<=>(const Decimal &) const = default;

private:
    constexpr explicit Decimal(qint64 units)
        : m_units(units)
    { }
    qint64 m_units = 0;
};

// Cost price = sell × (100 − discount) / 100, rounded half away from zero at Decimal's scale.
Decimal costPrice(Decimal sell, Decimal discountPercent);

// The margin as a percentage of the sell price, rounded at Decimal's scale; nullopt for a zero
// sell price.
std::optional<Decimal> marginPercent(Decimal sell, Decimal cost);

} // namespace csp
