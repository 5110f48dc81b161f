#include "core/decimal.h"
#include "core/money.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using csp::Decimal;

namespace {

Decimal dec(const char *text)
{
    const auto value = Decimal::parse(QString::fromLatin1(text));
    if (!value)
        qFatal("test data: \"%s\" is not a decimal", text);
    return *value;
}

} // namespace

class TestDecimal final : public QObject
{
    Q_OBJECT

private slots:
    void parseCLocale_data();
    void parseCLocale();
    void parseFailureReason_data();
    void parseFailureReason();
    void parseUserLocale_data();
    void parseUserLocale();
    void parseRounded_data();
    void parseRounded();
    void keepsItsDigits();
    void textIsTheCLocalesText();
    void formatWithMinimum_data();
    void formatWithMinimum();
    void formatLocale_data();
    void formatLocale();
    void roundTripThroughLocales();
    void rounded_data();
    void rounded();
    void costPrice_data();
    void costPrice();
    void multiplyAndDivide();
    void overflowIsRefused();
    void marginPercent();
    void moneyRule_data();
    void moneyRule();
    void problemsNameTheField();
};

void TestDecimal::parseCLocale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units"); // of 10⁻⁸
    QTest::newRow("integer") << "82" << true << qint64(8'200'000'000);
    QTest::newRow("fraction") << "17.5" << true << qint64(1'750'000'000);
    QTest::newRow("four digits") << "0.0001" << true << qint64(10'000);
    QTest::newRow("eight digits") << "0.00000001" << true << qint64(1);
    QTest::newRow("leading dot") << ".5" << true << qint64(50'000'000);
    QTest::newRow("trailing zeros") << "100.00" << true << qint64(10'000'000'000);
    QTest::newRow("negative") << "-0.01" << true << qint64(-1'000'000);
    QTest::newRow("plus") << "+7" << true << qint64(700'000'000);
    QTest::newRow("spaces trimmed") << "  18  " << true << qint64(1'800'000'000);
    QTest::newRow("max") << "9999999999.99999999" << true << Decimal::MaxUnits;
    QTest::newRow("negative max") << "-9999999999.99999999" << true << -Decimal::MaxUnits;
    QTest::newRow("leading zeros") << "0009999999999" << true << qint64(999'999'999'900'000'000);
    QTest::newRow("too large") << "10000000000" << false << qint64(0);
    QTest::newRow("nine fraction digits") << "0.000000001" << false << qint64(0);
    QTest::newRow("comma in C") << "18,5" << false << qint64(0);
    QTest::newRow("group in C") << "1,000" << false << qint64(0);
    QTest::newRow("letters") << "abc" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("dot only") << "." << false << qint64(0);
    QTest::newRow("trailing dot") << "5." << false << qint64(0);
    QTest::newRow("two dots") << "1.2.3" << false << qint64(0);
    QTest::newRow("exponent") << "1e3" << false << qint64(0);
    QTest::newRow("sign only") << "-" << false << qint64(0);
}

void TestDecimal::parseCLocale()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, units);
    const auto value = Decimal::parse(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(value->units(), units);
}

void TestDecimal::parseFailureReason_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxDigits");
    QTest::addColumn<Decimal::ParseFailure>("reason");
    using F = Decimal::ParseFailure;
    QTest::newRow("letters") << "C"
                             << "abc" << 2 << F::NotANumber;
    QTest::newRow("three digits") << "C"
                                  << "100.001" << 2 << F::TooManyFractionDigits;
    QTest::newRow("five digits") << "C"
                                 << "1.00001" << 4 << F::TooManyFractionDigits;
    QTest::newRow("huge") << "C"
                          << "123456789012345678" << 2 << F::OutOfRange;
    QTest::newRow("de leading zero group") << "de_DE"
                                           << "0.045" << 4 << F::AmbiguousGrouping;
    QTest::newRow("de two-digit group") << "de_DE"
                                        << "1.23,5" << 4 << F::AmbiguousGrouping;
    QTest::newRow("en leading zero group") << "en_US"
                                           << "0,045" << 4 << F::AmbiguousGrouping;
    QTest::newRow("en four-digit first group") << "en_US"
                                               << "1234,567" << 4 << F::AmbiguousGrouping;
    QTest::newRow("el leading zero group") << "el_GR"
                                           << "0.5" << 4 << F::AmbiguousGrouping;
}

void TestDecimal::parseFailureReason()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(int, maxDigits);
    QFETCH(Decimal::ParseFailure, reason);
    Decimal::ParseFailure why{};
    QVERIFY(!Decimal::parse(text, QLocale(locale), maxDigits, &why));
    QCOMPARE(why, reason);
}

void TestDecimal::parseUserLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("value"); // as text(), C locale
    QTest::newRow("de comma") << "de_DE"
                              << "18,5" << true << "18.5";
    QTest::newRow("de price") << "de_DE"
                              << "0,045" << true << "0.045";
    QTest::newRow("de groups") << "de_DE"
                               << "1.234.567,89" << true << "1234567.89";
    QTest::newRow("de one group") << "de_DE"
                                  << "1.234" << true << "1234";
    QTest::newRow("de no groups") << "de_DE"
                                  << "1234,5" << true << "1234.5";
    QTest::newRow("de 0.045 is not 45") << "de_DE"
                                        << "0.045" << false << "";
    QTest::newRow("de dot is a group: needs 3 digits") << "de_DE"
                                                       << "18.5" << false << "";
    QTest::newRow("de bad group") << "de_DE"
                                  << "1.23,5" << false << "";
    QTest::newRow("de group after point") << "de_DE"
                                          << "1,234.5" << false << "";
    QTest::newRow("el comma") << "el_GR"
                              << "17,25" << true << "17.25";
    QTest::newRow("el groups") << "el_GR"
                               << "12.345,0410" << true << "12345.0410";
    QTest::newRow("el 0.045 is not 45") << "el_GR"
                                        << "0.045" << false << "";
    QTest::newRow("en groups") << "en_US"
                               << "1,000.5" << true << "1000.5";
    QTest::newRow("en no groups") << "en_US"
                                  << "1000.5" << true << "1000.5";
    QTest::newRow("en price") << "en_US"
                              << "0.045" << true << "0.045";
    QTest::newRow("en 0,045 is not 45") << "en_US"
                                        << "0,045" << false << "";
    QTest::newRow("en leading group") << "en_US"
                                      << ",100" << false << "";
    QTest::newRow("en group after point") << "en_US"
                                          << "1.000,5" << false << "";
    QTest::newRow("en trailing group") << "en_US"
                                       << "1,00" << false << "";
}

void TestDecimal::parseUserLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, value);
    const auto parsed = Decimal::parse(text, QLocale(locale));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->text(), value);
}

void TestDecimal::parseRounded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("short") << "1.5"
                           << "1.5";
    QTest::newRow("nine digits, below half") << "0.000000014"
                                             << "0.00000001";
    QTest::newRow("nine digits, half") << "0.000000015"
                                       << "0.00000002";
    QTest::newRow("negative half away") << "-0.000000015"
                                        << "-0.00000002";
    QTest::newRow("many digits") << "2.99999999999"
                                 << "3";
}

void TestDecimal::parseRounded()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const auto parsed = Decimal::parseRounded(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->text(), value);
}

void TestDecimal::keepsItsDigits()
{
    // "0.0410" as served stays "0.0410"; equal to "0.041" in value, not identical in text.
    QCOMPARE(dec("0.0410").text(), QStringLiteral("0.0410"));
    QCOMPARE(dec("0.0410").fractionDigits(), 4);
    QCOMPARE(dec("0.0410"), dec("0.041"));
    QVERIFY(!dec("0.0410").isIdenticalTo(dec("0.041")));
    QCOMPARE(dec("100.00").text(), QStringLiteral("100.00"));
    // Computed values need just their digits; sums keep the larger count.
    QCOMPARE(Decimal::fromUnits(1'750'000'000)->text(), QStringLiteral("17.5"));
    QCOMPARE(dec("0.0410").plus(dec("0.01"))->text(), QStringLiteral("0.0510"));
    QCOMPARE(dec("1.5").times(dec("2"))->text(), QStringLiteral("3"));
    QCOMPARE(Decimal().text(), QStringLiteral("0"));
    QCOMPARE(Decimal::fromInteger(18).text(), QStringLiteral("18"));
}

// text() is written without QLocale, for speed: it gives what the C locale's text gives, for
// every sign, size, count of digits kept and minimum asked for.
void TestDecimal::textIsTheCLocalesText()
{
    QList<qint64> units{0,
                        1,
                        -1,
                        99'999'999,
                        -99'999'999,
                        100'000'000,
                        -100'000'000,
                        1'234'567'890'123,
                        -1'234'567'890'123};
    for (const qint64 limit :
         {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        for (qint64 step = 0; step < 3; ++step)
            units.append(limit > 0 ? limit - step : limit + step);
    }
    QRandomGenerator random(20261207);
    for (int i = 0; i < 2000; ++i)
        units.append(qint64(random.generate64()) >> random.bounded(64));
    int compared = 0;
    for (const qint64 unit : std::as_const(units)) {
        const auto value = Decimal::fromUnits(unit);
        if (!value)
            continue; // outside the range a Decimal holds
        for (const Decimal &kept : {*value, value->rounded(2), value->rounded(0)}) {
            for (int minimum = 0; minimum <= Decimal::Scale + 1; ++minimum) {
                QCOMPARE(kept.text(minimum), kept.localeText(QLocale::c(), minimum));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 50'000);
}

void TestDecimal::formatWithMinimum_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("text");
    QTest::newRow("82 at 2") << "82" << 2 << "82.00";
    QTest::newRow("0.0410 at 2") << "0.0410" << 2 << "0.0410";
    QTest::newRow("0.015 at 2, never 0.02") << "0.015" << 2 << "0.015";
    QTest::newRow("0.033825 at 2") << "0.033825" << 2 << "0.033825";
    QTest::newRow("JPY 1639 at 0") << "1639" << 0 << "1639";
    QTest::newRow("KWD at 3") << "2.7" << 3 << "2.700";
    QTest::newRow("negative") << "-8.2" << 2 << "-8.20";
    QTest::newRow("max") << "9999999999.99999999" << 2 << "9999999999.99999999";
}

void TestDecimal::formatWithMinimum()
{
    QFETCH(QString, value);
    QFETCH(int, minimum);
    QFETCH(QString, text);
    QCOMPARE(Decimal::parse(value)->text(minimum), text);
}

void TestDecimal::formatLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("text");
    QTest::newRow("en groups") << "en_US"
                               << "1234567.895" << 2 << "1,234,567.895";
    QTest::newRow("de groups") << "de_DE"
                               << "1234567.895" << 2 << "1.234.567,895";
    QTest::newRow("el groups") << "el_GR"
                               << "1234567.895" << 2 << "1.234.567,895";
    QTest::newRow("C no groups") << "C"
                                 << "1234567.895" << 2 << "1234567.895";
    QTest::newRow("en price") << "en_US"
                              << "0.0410" << 2 << "0.0410";
    QTest::newRow("de price") << "de_DE"
                              << "0.0410" << 2 << "0,0410";
    QTest::newRow("el price") << "el_GR"
                              << "0.033825" << 2 << "0,033825";
    QTest::newRow("de negative") << "de_DE"
                                 << "-0.5" << 1 << "-0,5";
    QTest::newRow("de minimum") << "de_DE"
                                << "82" << 2 << "82,00";
}

void TestDecimal::formatLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, value);
    QFETCH(int, minimum);
    QFETCH(QString, text);
    QCOMPARE(Decimal::parse(value)->localeText(QLocale(locale), minimum), text);
}

void TestDecimal::roundTripThroughLocales()
{
    // What is shown in a locale reads back as the same number with the same digits.
    for (const char *name : {"en_US", "de_DE", "el_GR"}) {
        const QLocale locale{QString::fromLatin1(name)};
        for (const char *text : {"0.045", "0.0410", "1234567.89", "82.00", "9999999999.99999999"}) {
            const Decimal value = dec(text);
            const auto back = Decimal::parse(value.localeText(locale), locale);
            QVERIFY2(back && back->isIdenticalTo(value), qPrintable(value.localeText(locale)));
        }
    }
}

void TestDecimal::rounded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("text");
    QTest::newRow("half up at 2") << "0.025" << 2 << "0.03";
    QTest::newRow("half away negative") << "-0.025" << 2 << "-0.03";
    QTest::newRow("below half") << "0.0249" << 2 << "0.02";
    QTest::newRow("0 digits half") << "0.5" << 0 << "1";
    QTest::newRow("0 digits below") << "0.4999" << 0 << "0";
    QTest::newRow("3 digits") << "1.2345" << 3 << "1.235";
    QTest::newRow("more digits than it has") << "82" << 2 << "82.00";
    QTest::newRow("carry") << "999.995" << 2 << "1000.00";
    QTest::newRow("8 digits unchanged") << "0.12345678" << 8 << "0.12345678";
}

void TestDecimal::rounded()
{
    QFETCH(QString, value);
    QFETCH(int, digits);
    QFETCH(QString, text);
    QCOMPARE(Decimal::parse(value)->rounded(digits).text(), text);
}

void TestDecimal::costPrice_data()
{
    QTest::addColumn<QString>("sell");
    QTest::addColumn<QString>("discount");
    QTest::addColumn<QString>("cost");
    // Each with its working: sell × (100 − discount) / 100.
    QTest::newRow("seed: 100 at 18% = 100 × 0.82") << "100"
                                                   << "18"
                                                   << "82";
    QTest::newRow("0.0410 at 17.5% = 0.041 × 0.825") << "0.0410"
                                                     << "17.5"
                                                     << "0.033825";
    QTest::newRow("0.0410 at 0% keeps its digits") << "0.0410"
                                                   << "0"
                                                   << "0.0410";
    QTest::newRow("0.0520 at 18% = 0.052 × 0.82") << "0.0520"
                                                  << "18"
                                                  << "0.04264";
    QTest::newRow("0.0150 at 18% = 0.015 × 0.82") << "0.0150"
                                                  << "18"
                                                  << "0.0123";
    QTest::newRow("8 digits exact: 0.0411 × 0.8235") << "0.0411"
                                                     << "17.65"
                                                     << "0.03384585";
    QTest::newRow("0.05 at 50%") << "0.05"
                                 << "50"
                                 << "0.025";
    QTest::newRow("full discount") << "12.34"
                                   << "100"
                                   << "0.00";
    QTest::newRow("19.99 at 17.5% = 16.49175") << "19.99"
                                               << "17.5"
                                               << "16.49175";
    QTest::newRow("JPY 1999 at 18% = 1639.18") << "1999"
                                               << "18"
                                               << "1639.18";
    QTest::newRow("KWD 3.125 at 12.25% = 2.7421875") << "3.125"
                                                     << "12.25"
                                                     << "2.7421875";
    QTest::newRow("tie beyond 8 digits: 0.00000001 × 0.5") << "0.00000001"
                                                           << "50"
                                                           << "0.00000001";
    QTest::newRow("negative credit") << "-10"
                                     << "18"
                                     << "-8.2";
    QTest::newRow("largest at 0.01%") << "9999999999.99999999"
                                      << "0.01"
                                      << "9998999999.99999999";
}

void TestDecimal::costPrice()
{
    QFETCH(QString, sell);
    QFETCH(QString, discount);
    QFETCH(QString, cost);
    QCOMPARE(csp::costPrice(*Decimal::parse(sell), *Decimal::parse(discount)).text(), cost);
}

void TestDecimal::multiplyAndDivide()
{
    QCOMPARE(dec("1.0005").times(dec("0.5"))->text(), QStringLiteral("0.50025"));
    QCOMPARE(Decimal::fromInteger(1).dividedBy(Decimal::fromInteger(3))->text(),
             QStringLiteral("0.33333333"));
    QCOMPARE(Decimal::fromInteger(2).dividedBy(Decimal::fromInteger(3))->text(),
             QStringLiteral("0.66666667"));
    QCOMPARE(Decimal::fromInteger(-2).dividedBy(Decimal::fromInteger(3))->text(),
             QStringLiteral("-0.66666667"));
    QCOMPARE(Decimal::fromInteger(2).dividedBy(Decimal::fromInteger(-3))->text(),
             QStringLiteral("-0.66666667"));
    QVERIFY(!Decimal::fromInteger(1).dividedBy(Decimal()));
    // 1 GiB of bytes in GB times a per-GB price stays exact (128-bit intermediates).
    QCOMPARE(dec("1073741824").times(dec("0.0125"))->text(), QStringLiteral("13421772.8"));
    QCOMPARE(Decimal::fromRatio(10, 1024LL * 1024 * 1024)->text(), QStringLiteral("0.00000001"));
    QCOMPARE(Decimal::fromRatio(1, 1024LL * 1024 * 1024)->text(), QStringLiteral("0"));
    QCOMPARE(Decimal::fromRatio(5400, 3600)->text(), QStringLiteral("1.5"));
    QVERIFY(!Decimal::fromRatio(1, 0));
}

void TestDecimal::overflowIsRefused()
{
    const Decimal max = *Decimal::fromUnits(Decimal::MaxUnits);
    const Decimal tiny = dec("0.00000001");
    // Sums and differences.
    QVERIFY(!max.plus(tiny));
    QVERIFY(!(-max).minus(tiny));
    QCOMPARE(max.minus(tiny)->text(), QStringLiteral("9999999999.99999998"));
    // Products and quotients.
    QVERIFY(!max.times(Decimal::fromInteger(2)));
    QVERIFY(!dec("100000").times(dec("100000")));
    QVERIFY(dec("99999").times(dec("100000")));
    QVERIFY(!max.dividedBy(dec("0.5")));
    QVERIFY(!Decimal::fromRatio(std::numeric_limits<qint64>::max(), 1));
    QVERIFY(!Decimal::fromRatio(std::numeric_limits<qint64>::max(), 3600)); // seconds → hours
    QVERIFY(Decimal::fromRatio(std::numeric_limits<qint64>::max(), 1024LL * 1024 * 1024));
    QVERIFY(!Decimal::fromUnits(Decimal::MaxUnits + 1));
    QVERIFY(!Decimal::fromUnits(std::numeric_limits<qint64>::min()));
    // Parsing.
    Decimal::ParseFailure why{};
    QVERIFY(!Decimal::parse(u"10000000000", QLocale::c(), 8, &why));
    QCOMPARE(why, Decimal::ParseFailure::OutOfRange);
    QVERIFY(!Decimal::parseRounded(u"9999999999.999999999"));
    // A margin of the extremes.
    QVERIFY(!csp::marginPercent(max, -max));
}

void TestDecimal::marginPercent()
{
    QCOMPARE(csp::marginPercent(Decimal::fromInteger(100), Decimal::fromInteger(82))->text(),
             QStringLiteral("18"));
    QCOMPARE(csp::marginPercent(Decimal::fromInteger(3), Decimal::fromInteger(2))->text(),
             QStringLiteral("33.33333333"));
    QVERIFY(!csp::marginPercent(Decimal(), Decimal()));
}

void TestDecimal::moneyRule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("price");  // moneyText: exact, at least the minor units
    QTest::addColumn<QString>("amount"); // finalAmount: rounded half away from zero
    QTest::newRow("82 EUR") << "82"
                            << "EUR"
                            << "82.00"
                            << "82.00";
    QTest::newRow("0.0410 EUR") << "0.0410"
                                << "EUR"
                                << "0.0410"
                                << "0.04";
    QTest::newRow("0.015 EUR, amount half away") << "0.015"
                                                 << "EUR"
                                                 << "0.015"
                                                 << "0.02";
    QTest::newRow("0.033825 EUR") << "0.033825"
                                  << "EUR"
                                  << "0.033825"
                                  << "0.03";
    QTest::newRow("JPY has no minor unit") << "1639.5"
                                           << "JPY"
                                           << "1639.5"
                                           << "1640";
    QTest::newRow("KWD has three") << "2.7421875"
                                   << "KWD"
                                   << "2.7421875"
                                   << "2.742";
    QTest::newRow("negative amount") << "-0.125"
                                     << "USD"
                                     << "-0.125"
                                     << "-0.13";
}

void TestDecimal::moneyRule()
{
    QFETCH(QString, value);
    QFETCH(QString, currency);
    QFETCH(QString, price);
    QFETCH(QString, amount);
    const Decimal number = *Decimal::parse(value);
    QCOMPARE(csp::moneyText(number, currency), price);
    QCOMPARE(csp::moneyText(csp::finalAmount(number, currency), currency), amount);
}

void TestDecimal::problemsNameTheField()
{
    const QLocale german(QStringLiteral("de_DE"));
    Decimal::ParseFailure why{};
    QVERIFY(!Decimal::parse(u"0.045", german, 4, &why));
    const QString message = csp::decimalProblem(why, QStringLiteral("Sell price"),
                                                QStringLiteral("0.045"), 4, german);
    QVERIFY2(message.startsWith(u"Sell price: \"0.045\""), qPrintable(message));
    QVERIFY2(message.contains(u"1234,045"), qPrintable(message));
    QVERIFY(!Decimal::parse(u"0,00001", german, 4, &why));
    QCOMPARE(csp::decimalProblem(why, QStringLiteral("Sell price"), QStringLiteral("0,00001"), 4,
                                 german),
             QStringLiteral("Sell price: \"0,00001\" has more than 4 decimal place(s)."));
    QVERIFY(csp::overflowMessage(QStringLiteral("The total of X in EUR"))
                    .startsWith(u"The total of X in EUR is too large"));
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
