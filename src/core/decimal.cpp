#include "decimal.h"

namespace csp {

namespace {

// 128-bit intermediates keep products of two in-range values exact.
__extension__ typedef __int128 Wide;

constexpr qint64 pow10(int n)
{
    qint64 result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

// numerator / denominator rounded half away from zero; denominator > 0.
Wide divideRounded(Wide numerator, Wide denominator)
{
    const Wide magnitude = numerator < 0 ? -numerator : numerator;
    const Wide quotient = (magnitude + denominator / 2) / denominator;
    return numerator < 0 ? -quotient : quotient;
}

bool inRange(Wide units)
{
    return units <= Decimal::MaxUnits && units >= -Decimal::MaxUnits;
}

int digitValue(QChar c, QChar localeZero)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (!localeZero.isNull() && c.unicode() >= localeZero.unicode() &&
        c.unicode() <= localeZero.unicode() + 9)
        return c.unicode() - localeZero.unicode();
    return -1;
}

struct NumberParts
{
    bool negative = false;
    QString integerDigits;
    QString fractionDigits;
};

using Failure = Decimal::ParseFailure;

struct Symbols
{
    QChar zero;
    QString point;
    QString group; // empty: no grouping allowed
    QString minus;
};

Symbols symbolsOf(const QLocale &locale)
{
    const bool cLocale = locale.language() == QLocale::C;
    const QString zero = locale.zeroDigit();
    return {zero.size() == 1 ? zero.at(0) : QChar(), locale.decimalPoint(),
            cLocale ? QString() : locale.groupSeparator(), locale.negativeSign()};
}

// Tracks the integer part's grouping: the first group has one to three digits and no leading
// zero, every later group exactly three.
class Grouping
{
public:
    void digit() { ++m_sinceSeparator; }
    bool separator(bool leadingZero)
    {
        const bool fine = m_groups == 0
                ? (m_sinceSeparator >= 1 && m_sinceSeparator <= 3 && !leadingZero)
                : m_sinceSeparator == 3;
        ++m_groups;
        m_sinceSeparator = 0;
        return fine;
    }
    bool endsWell() const { return m_groups == 0 || m_sinceSeparator == 3; }

private:
    int m_groups = 0;
    int m_sinceSeparator = 0;
};

// Splits `text` into sign, integer digits and fraction digits.
std::optional<NumberParts> splitNumber(QStringView text, const Symbols &symbols, Failure &why)
{
    NumberParts parts;
    qsizetype i = 0;
    if (text.startsWith(u'-') || (!symbols.minus.isEmpty() && text.startsWith(symbols.minus))) {
        parts.negative = true;
        i = text.startsWith(u'-') ? 1 : symbols.minus.size();
    } else if (text.startsWith(u'+')) {
        i = 1;
    }
    bool inFraction = false;
    Grouping grouping;
    why = Failure::NotANumber;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (const int d = digitValue(c, symbols.zero); d >= 0) {
            (inFraction ? parts.fractionDigits : parts.integerDigits).append(QChar(u'0' + d));
            if (!inFraction)
                grouping.digit();
            continue;
        }
        const QStringView rest = text.sliced(i);
        if (!inFraction && rest.startsWith(symbols.point)) {
            if (!grouping.endsWell()) {
                why = Failure::AmbiguousGrouping;
                return std::nullopt;
            }
            inFraction = true;
            i += symbols.point.size() - 1;
            continue;
        }
        if (!inFraction && !symbols.group.isEmpty() && rest.startsWith(symbols.group)) {
            if (!grouping.separator(parts.integerDigits.startsWith(u'0'))) {
                why = Failure::AmbiguousGrouping;
                return std::nullopt;
            }
            i += symbols.group.size() - 1;
            continue;
        }
        return std::nullopt;
    }
    if (!grouping.endsWell()) {
        why = Failure::AmbiguousGrouping;
        return std::nullopt;
    }
    if (parts.integerDigits.isEmpty() && parts.fractionDigits.isEmpty())
        return std::nullopt;
    if (inFraction && parts.fractionDigits.isEmpty())
        return std::nullopt;
    return parts;
}

QString groupDigits(const QString &digits, const QString &separator)
{
    if (separator.isEmpty() || digits.size() <= 3)
        return digits;
    QString out;
    const qsizetype lead = digits.size() % 3;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (i - lead) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

// The units of the whole number `integer` (digits only, no leading zeros beyond one) plus the
// first `Scale` digits of `fraction`; nullopt beyond MaxUnits.
std::optional<Wide> unitsOf(QStringView integer, QStringView fraction)
{
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer = integer.sliced(1);
    if (integer.size() > Decimal::MaxWholeDigits)
        return std::nullopt;
    Wide units = 0;
    for (const QChar c : integer)
        units = units * 10 + (c.unicode() - u'0');
    units *= Decimal::UnitsPerOne;
    Wide part = 0;
    for (qsizetype i = 0; i < Decimal::Scale; ++i)
        part = part * 10 + (i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0);
    units += part;
    if (!inRange(units))
        return std::nullopt;
    return units;
}

} // namespace

int Decimal::digitsNeeded(qint64 units)
{
    int digits = Scale;
    while (digits > 0 && units % 10 == 0) {
        units /= 10;
        --digits;
    }
    return digits;
}

std::optional<Decimal> Decimal::fromUnits(qint64 units)
{
    if (!inRange(units))
        return std::nullopt;
    return Decimal(units, digitsNeeded(units));
}

std::optional<Decimal> Decimal::fromRatio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    Wide top = Wide(numerator) * UnitsPerOne;
    Wide bottom = denominator;
    if (bottom < 0) {
        top = -top;
        bottom = -bottom;
    }
    const Wide units = divideRounded(top, bottom);
    if (!inRange(units))
        return std::nullopt;
    return fromUnits(qint64(units));
}

std::optional<Decimal> Decimal::parse(QStringView text, const QLocale &locale,
                                      int maxFractionDigits, ParseFailure *failure)
{
    const auto fail = [failure](ParseFailure why) {
        if (failure)
            *failure = why;
        return std::nullopt;
    };
    ParseFailure why = ParseFailure::NotANumber;
    const auto parts = splitNumber(text.trimmed(), symbolsOf(locale), why);
    if (!parts)
        return fail(why);
    if (parts->fractionDigits.size() > qMin(maxFractionDigits, Scale))
        return fail(ParseFailure::TooManyFractionDigits);
    const auto units = unitsOf(parts->integerDigits, parts->fractionDigits);
    if (!units)
        return fail(ParseFailure::OutOfRange);
    const qint64 value = qint64(*units);
    return Decimal(parts->negative ? -value : value, int(parts->fractionDigits.size()));
}

std::optional<Decimal> Decimal::parseRounded(QStringView text)
{
    ParseFailure why = ParseFailure::NotANumber;
    const auto parts = splitNumber(text.trimmed(), symbolsOf(QLocale::c()), why);
    if (!parts)
        return std::nullopt;
    const QStringView fraction = parts->fractionDigits;
    auto units = unitsOf(parts->integerDigits, fraction.left(Scale));
    if (!units)
        return std::nullopt;
    if (fraction.size() > Scale && fraction.at(Scale) >= u'5')
        *units += 1; // half away from zero: the sign is applied below
    if (!inRange(*units))
        return std::nullopt;
    const qint64 value = qint64(*units);
    return fromUnits(parts->negative ? -value : value);
}

QString Decimal::text(int minFractionDigits) const
{
    // localeText(QLocale::c()) written out: a sync stores this text for every price it writes,
    // and the general path asks the locale for each of its symbols.
    const int digits = qBound(m_digits, minFractionDigits, Scale);
    const quint64 magnitude = m_units < 0 ? quint64(-(m_units + 1)) + 1 : quint64(m_units);
    char buffer[32];
    char *const end = buffer + sizeof buffer;
    char *first = end;
    if (digits > 0) {
        quint64 fraction = (magnitude % quint64(UnitsPerOne)) / quint64(pow10(Scale - digits));
        for (int i = 0; i < digits; ++i, fraction /= 10)
            *--first = char('0' + fraction % 10);
        *--first = '.';
    }
    quint64 whole = magnitude / quint64(UnitsPerOne);
    do {
        *--first = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    if (m_units < 0)
        *--first = '-';
    return QString::fromLatin1(first, end - first);
}

QString Decimal::localeText(const QLocale &locale, int minFractionDigits) const
{
    const int digits = qBound(m_digits, minFractionDigits, Scale);
    const quint64 magnitude = m_units < 0 ? quint64(-(m_units + 1)) + 1 : quint64(m_units);
    const QString whole = QString::number(magnitude / quint64(UnitsPerOne));
    const bool grouped = locale.language() != QLocale::C &&
            !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    QString text = m_units < 0 ? locale.negativeSign() : QString();
    text += groupDigits(whole, grouped ? locale.groupSeparator() : QString());
    if (digits > 0) {
        const QString fraction = QStringLiteral("%1").arg(magnitude % quint64(UnitsPerOne), Scale,
                                                          10, QLatin1Char('0'));
        text += locale.decimalPoint() + fraction.left(digits);
    }
    if (locale.zeroDigit() != u"0") {
        const QString zero = locale.zeroDigit();
        for (QChar &c : text) {
            if (c >= u'0' && c <= u'9' && zero.size() == 1)
                c = QChar(zero.at(0).unicode() + (c.unicode() - u'0'));
        }
    }
    return text;
}

Decimal Decimal::rounded(int fractionDigits) const
{
    fractionDigits = qBound(0, fractionDigits, Scale);
    const qint64 step = pow10(Scale - fractionDigits);
    return Decimal(qint64(divideRounded(m_units, step) * step), fractionDigits);
}

std::optional<Decimal> Decimal::plus(Decimal other) const
{
    const Wide units = Wide(m_units) + other.m_units;
    if (!inRange(units))
        return std::nullopt;
    return Decimal(qint64(units), qMax(m_digits, other.m_digits));
}

std::optional<Decimal> Decimal::minus(Decimal other) const
{
    return plus(-other);
}

std::optional<Decimal> Decimal::times(Decimal other) const
{
    const Wide units = divideRounded(Wide(m_units) * other.m_units, UnitsPerOne);
    if (!inRange(units))
        return std::nullopt;
    return fromUnits(qint64(units));
}

std::optional<Decimal> Decimal::dividedBy(Decimal other) const
{
    if (other.m_units == 0)
        return std::nullopt;
    Wide numerator = Wide(m_units) * UnitsPerOne;
    Wide denominator = other.m_units;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Wide units = divideRounded(numerator, denominator);
    if (!inRange(units))
        return std::nullopt;
    return fromUnits(qint64(units));
}

Decimal costPrice(Decimal sell, Decimal discountPercent)
{
    Q_ASSERT(discountPercent >= Decimal() && discountPercent <= Decimal::fromInteger(100));
    const Wide hundredPercent = Decimal::fromInteger(100).units();
    const Wide kept = hundredPercent - discountPercent.units();
    const qint64 units = qint64(divideRounded(Wide(sell.units()) * kept, hundredPercent));
    // |cost| ≤ |sell| for a discount of 0..100 %, so it is in range.
    const Decimal cost = *Decimal::fromUnits(units);
    return cost.fractionDigits() >= sell.fractionDigits() ? cost
                                                          : cost.rounded(sell.fractionDigits());
}

std::optional<Decimal> marginPercent(Decimal sell, Decimal cost)
{
    const auto margin = sell.minus(cost);
    if (!margin)
        return std::nullopt;
    const auto scaled = margin->times(Decimal::fromInteger(100));
    return scaled ? scaled->dividedBy(sell) : std::nullopt;
}

} // namespace csp
