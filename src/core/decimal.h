#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace csp {

// An exact decimal number: an integer count of 10⁻⁸ units, and the number of fractional digits
// it is written with ("0.0410" has four, "82" none). Money, prices, quantities and percentages
// use it; `double` never does. Eight digits hold any cost price exactly: a price with four
// decimals at a discount with two gives at most eight.
//
// Values stay within ±MaxUnits (whole part up to 9,999,999,999). Every operation that can leave
// that range is checked and returns nullopt instead of wrapping; callers report it naming the
// figure.
class Decimal
{
public:
    static constexpr int Scale = 8;
    static constexpr qint64 UnitsPerOne = 100'000'000;
    static constexpr int MaxWholeDigits = 10;
    static constexpr qint64 MaxUnits = 999'999'999'999'999'999; // 10^18 − 1

    constexpr Decimal() = default;
    static constexpr Decimal fromInteger(int whole) { return Decimal(whole * UnitsPerOne, 0); }
    // `units` of 10⁻⁸, written with as few digits as it needs; nullopt beyond MaxUnits.
    static std::optional<Decimal> fromUnits(qint64 units);
    // numerator / denominator at this scale, rounded half away from zero; nullopt for a zero
    // denominator or a result beyond MaxUnits.
    static std::optional<Decimal> fromRatio(qint64 numerator, qint64 denominator);

    enum class ParseFailure { NotANumber, AmbiguousGrouping, TooManyFractionDigits, OutOfRange };

    // Parses "1234.5", "-0.25", "+7" in the C locale (no group separators), or a number written
    // in `locale` (its decimal point, optional group separators of three digits in the integer
    // part). Text whose grouping could be read two ways is refused: a group separator after a
    // leading zero ("0.045" in German), a first group of more than three digits, groups of other
    // sizes. Rejects more than `maxFractionDigits` fractional digits, empty text and values
    // beyond MaxUnits; `failure` (if given) then says why. The digits as written are kept:
    // "0.0410" stays "0.0410".
    static std::optional<Decimal> parse(QStringView text, const QLocale &locale = QLocale::c(),
                                        int maxFractionDigits = Scale,
                                        ParseFailure *failure = nullptr);
    // A C-locale number with any count of fractional digits, rounded half away from zero at
    // Scale (for amounts a server reports as fractions).
    static std::optional<Decimal> parseRounded(QStringView text);

    constexpr qint64 units() const { return m_units; }
    constexpr int fractionDigits() const { return m_digits; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }
    // The same value written with the same digits ("0.041" and "0.0410" are equal, not identical).
    constexpr bool isIdenticalTo(Decimal other) const
    {
        return m_units == other.m_units && m_digits == other.m_digits;
    }

    // Exactly, in the C locale, with its own digits and at least `minFractionDigits`:
    // "82", "17.5", "0.0410"; text(2) of 82 is "82.00".
    QString text(int minFractionDigits = 0) const;
    // As text(), in `locale` (its decimal point, group separators and minus sign).
    QString localeText(const QLocale &locale, int minFractionDigits = 0) const;
    QString toString() const { return text(); }

    // Rounded half away from zero to `fractionDigits` (0..8), and written with that many.
    Decimal rounded(int fractionDigits) const;
    // Sums and differences keep the larger count of digits; products and quotients are rounded
    // half away from zero at Scale and written with the digits they need.
    std::optional<Decimal> plus(Decimal other) const;
    std::optional<Decimal> minus(Decimal other) const;
    std::optional<Decimal> times(Decimal other) const;
    std::optional<Decimal> dividedBy(Decimal other) const; // nullopt also when dividing by zero

    constexpr Decimal operator-() const { return Decimal(-m_units, m_digits); }
    constexpr bool operator==(const Decimal &other) const { return m_units == other.m_units; }
    constexpr std::strong_ordering operator<=>(const Decimal &other) const
    {
        return m_units <=> other.m_units;
    }

private:
    constexpr Decimal(qint64 units, int digits)
        : m_units(units)
        , m_digits(digits)
    { }
    static int digitsNeeded(qint64 units);

    qint64 m_units = 0;
    int m_digits = 0;
};

// Cost price = sell × (100 − discount) / 100, rounded half away from zero at Decimal's scale,
// written with at least the sell price's digits: 100 at 18 % → 82, 0.0410 at 17.5 % → 0.033825.
// `discountPercent` must be within 0..100.
Decimal costPrice(Decimal sell, Decimal discountPercent);

// The margin as a percentage of the sell price, rounded at Decimal's scale; nullopt for a zero
// sell price.
std::optional<Decimal> marginPercent(Decimal sell, Decimal cost);

} // namespace csp

Q_DECLARE_TYPEINFO(csp::Decimal, Q_PRIMITIVE_TYPE);
