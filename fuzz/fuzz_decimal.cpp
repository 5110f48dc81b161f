// Decimal parsing as the form and the command line use it, in several locales: a parsed value
// writes back (in the C locale and in its own) as text that parses to the same value.
#include "core/decimal.h"
#include "fuzzinput.h"

#include <QLocale>

using namespace csp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<QLocale> locales = {QLocale::c(),
                                           QLocale(QStringLiteral("en_US")),
                                           QLocale(QStringLiteral("de_DE")),
                                           QLocale(QStringLiteral("el_GR")),
                                           QLocale(QStringLiteral("fr_FR")),
                                           QLocale(QStringLiteral("de_CH")),
                                           QLocale(QStringLiteral("hi_IN")),
                                           QLocale(QStringLiteral("ar_EG"))};
    const auto [choice, rest] = fuzz::select(data, size, int(locales.size()) + 1);
    const QString text = QString::fromUtf8(rest);
    if (choice == locales.size()) {
        if (const auto rounded = Decimal::parseRounded(text))
            CSP_FUZZ_CHECK(Decimal::parse(rounded->text()) == rounded, rounded->text());
        return 0;
    }
    const QLocale &locale = locales.at(choice);
    Decimal::ParseFailure failure{};
    const auto value = Decimal::parse(text, locale, Decimal::Scale, &failure);
    if (!value)
        return 0;
    const auto again = Decimal::parse(value->text(), QLocale::c());
    CSP_FUZZ_CHECK(again && again->isIdenticalTo(*value), text + u" → " + value->text());
    const QString local = value->localeText(locale);
    const auto back = Decimal::parse(local, locale);
    CSP_FUZZ_CHECK(back && *back == *value, text + u" → " + local);
    return 0;
}
