#include "money.h"

#include "currency.h"

namespace csp {

QString moneyText(Decimal value, QStringView currency)
{
    return value.text(Currencies::minorUnits(currency));
}

QString moneyText(const std::optional<Decimal> &value, QStringView currency)
{
    return value ? moneyText(*value, currency) : QString();
}

QString moneyText(Decimal value, QStringView currency, const QLocale &locale)
{
    return value.localeText(locale, Currencies::minorUnits(currency));
}

QString moneyWithCurrency(Decimal value, QStringView currency, const QLocale &locale)
{
    const QString number = moneyText(value, currency, locale);
    if (locale.language() == QLocale::C ||
        locale.currencySymbol(QLocale::CurrencyIsoCode) != currency)
        return number + QChar(0x00a0) + currency;
    // The locale's own currency, written its way ("1.234,50 €", "$1,234.50"): the locale's
    // pattern for one unit, with the exact figure in place of the one.
    const int digits = Currencies::minorUnits(currency);
    const bool negative = value.units() < 0;
    const QString pattern =
            locale.toCurrencyString(negative ? -1.0 : 1.0, locale.currencySymbol(), digits);
    const QString one = locale.toString(1.0, 'f', digits);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0 || (negative && !number.startsWith(locale.negativeSign())))
        return number + QChar(0x00a0) + currency;
    const QString magnitude = negative ? number.mid(locale.negativeSign().size()) : number;
    return QString(pattern).replace(at, one.size(), magnitude);
}

QString percentText(Decimal percent, const QLocale &locale)
{
    return percent.rounded(1).localeText(locale) + QChar(0x00a0) + u'%';
}

Decimal finalAmount(Decimal value, QStringView currency)
{
    return value.rounded(Currencies::minorUnits(currency));
}

QString overflowMessage(const QString &figure)
{
    return QCoreApplication::translate("Money",
                                       "%1 is too large to compute exactly (the limit is %2); "
                                       "nothing was rounded or cut off, the result was refused.")
            .arg(figure, Decimal::fromUnits(Decimal::MaxUnits)->text());
}

QString decimalProblem(Decimal::ParseFailure why, const QString &field, const QString &text,
                       int maxFractionDigits, const QLocale &locale)
{
    switch (why) {
    case Decimal::ParseFailure::AmbiguousGrouping: {
        QLocale ungrouped = locale;
        ungrouped.setNumberOptions(QLocale::OmitGroupSeparator);
        return QCoreApplication::translate(
                       "Money",
                       "%1: \"%2\" can be read in two ways (\"%3\" separates groups of three "
                       "digits here, \"%4\" the decimals); write it without group separators, "
                       "e.g. %5.")
                .arg(field, text, locale.groupSeparator(), locale.decimalPoint(),
                     Decimal::parse(u"1234.045")->localeText(ungrouped));
    }
    case Decimal::ParseFailure::TooManyFractionDigits:
        return QCoreApplication::translate("Money", "%1: \"%2\" has more than %n decimal place(s).",
                                           nullptr, maxFractionDigits)
                .arg(field, text);
    case Decimal::ParseFailure::OutOfRange:
        return QCoreApplication::translate("Money", "%1: \"%2\" is too large (at most %3).")
                .arg(field, text, Decimal::fromUnits(Decimal::MaxUnits)->localeText(locale));
    case Decimal::ParseFailure::NotANumber:
        break;
    }
    return QCoreApplication::translate("Money", "%1: \"%2\" is not a number.").arg(field, text);
}

} // namespace csp
