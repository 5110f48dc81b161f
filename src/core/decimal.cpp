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

// Splits `text` into sign, integer digits and fraction digits; group separators (when
// `allowGroups`) must separate groups of exactly three digits.
std::optional<NumberParts> splitNumber(QStringView text, const QLocale &locale, bool allowGroups)
{
    NumberParts parts;
    const QString zero = locale.zeroDigit();
    const QChar localeZero = zero.size() == 1 ? zero.at(0) : QChar();
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString minus = locale.negativeSign();

    qsizetype i = 0;
    if (text.startsWith(u'-') || (!minus.isEmpty() && text.startsWith(minus))) {
        parts.negative = true;
        i = text.startsWith(u'-') ? 1 : minus.size();
    } else if (text.startsWith(u'+')) {
        i = 1;
    }
    bool inFraction = false;
    int digitsSinceGroup = -1; // -1: no group separator seen yet
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (const int d = digitValue(c, localeZero); d >= 0) {
            (inFraction ? parts.fractionDigits : parts.integerDigits).append(QChar(u'0' + d));
            if (!inFraction && digitsSinceGroup >= 0)
                ++digitsSinceGroup;
            continue;
        }
        if (!inFraction && text.sliced(i).startsWith(point)) {
            if (digitsSinceGroup >= 0 && digitsSinceGroup != 3)
                return std::nullopt;
            inFraction = true;
            i += point.size() - 1;
            continue;
        }
        if (allowGroups && !inFraction && !group.isEmpty() && text.sliced(i).startsWith(group)) {
            if (parts.integerDigits.isEmpty() || digitsSinceGroup == 0 ||
                (digitsSinceGroup > 0 && digitsSinceGroup != 3))
                return std::nullopt;
            digitsSinceGroup = 0;
            i += group.size() - 1;
            continue;
        }
        return std::nullopt;
    }
    if (!inFraction && digitsSinceGroup >= 0 && digitsSinceGroup != 3)
        return std::nullopt;
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

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, const QLocale &locale,
                                      int maxFractionDigits, ParseFailure *failure)
{
    const auto fail = [failure](ParseFailure why) {
        if (failure)
            *failure = why;
        return std::nullopt;
    };
    const bool cLocale = locale.language() == QLocale::C;
    const auto parts = splitNumber(text.trimmed(), locale, !cLocale);
    if (!parts)
        return fail(ParseFailure::NotANumber);
    if (parts->fractionDigits.size() > qMin(maxFractionDigits, Scale))
        return fail(ParseFailure::TooManyFractionDigits);
    QStringView integer = parts->integerDigits;
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer = integer.sliced(1);
    if (integer.size() > 14)
        return fail(ParseFailure::OutOfRange);
    qint64 units = 0;
    for (const QChar c : integer)
        units = units * 10 + (c.unicode() - u'0');
    units *= UnitsPerOne;
    qint64 fraction = 0;
    for (qsizetype i = 0; i < Scale; ++i)
        fraction = fraction * 10 +
                (i < parts->fractionDigits.size() ? parts->fractionDigits.at(i).unicode() - u'0'
                                                  : 0);
    units += fraction;
    return Decimal(parts->negative ? -units : units);
}

QString Decimal::toString() const
{
    QString text = toString(Scale);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString Decimal::toString(int fractionDigits) const
{
    return toLocaleString(QLocale::c(), fractionDigits);
}

QString Decimal::toLocaleString(const QLocale &locale, int fractionDigits) const
{
    fractionDigits = qBound(0, fractionDigits, Scale);
    const qint64 units = rounded(fractionDigits).m_units;
    const quint64 magnitude = units < 0 ? quint64(-(units + 1)) + 1 : quint64(units);
    const QString whole = QString::number(magnitude / quint64(UnitsPerOne));
    const bool grouped = locale.language() != QLocale::C &&
            !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    QString text = units < 0 ? locale.negativeSign() : QString();
    text += groupDigits(whole, grouped ? locale.groupSeparator() : QString());
    if (fractionDigits > 0) {
        const QString fraction = QStringLiteral("%1").arg(magnitude % quint64(UnitsPerOne), Scale,
                                                          10, QLatin1Char('0'));
        text += locale.decimalPoint() + fraction.left(fractionDigits);
    }
    return text;
}

Decimal Decimal::rounded(int fractionDigits) const
{
    const qint64 step = pow10(Scale - qBound(0, fractionDigits, Scale));
    return Decimal(qint64(divideRounded(m_units, step) * step));
}

Decimal Decimal::multipliedBy(Decimal other) const
{
    return Decimal(qint64(divideRounded(Wide(m_units) * other.m_units, UnitsPerOne)));
}

std::optional<Decimal> Decimal::checkedMultipliedBy(Decimal other) const
{
    const Wide units = divideRounded(Wide(m_units) * other.m_units, UnitsPerOne);
    if (units > MaxUnits || units < -MaxUnits)
        return std::nullopt;
    return Decimal(qint64(units));
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
    return Decimal(qint64(divideRounded(numerator, denominator)));
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
    if (units > MaxUnits || units < -MaxUnits)
        return std::nullopt;
    return Decimal(qint64(units));
}

Decimal costPrice(Decimal sell, Decimal discountPercent)
{
    const Wide keptPercentUnits = Decimal::fromInteger(100).units() - discountPercent.units();
    const Wide hundredPercentUnits = Decimal::fromInteger(100).units();
    return Decimal::fromUnits(
            qint64(divideRounded(Wide(sell.units()) * keptPercentUnits, hundredPercentUnits)));
}

std::optional<Decimal> marginPercent(Decimal sell, Decimal cost)
{
    return (sell - cost).multipliedBy(Decimal::fromInteger(100)).dividedBy(sell);
}

} // namespace csp
