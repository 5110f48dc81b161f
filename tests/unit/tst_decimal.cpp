#include "core/decimal.h"

#include <QTest>

using csp::Decimal;

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
    void formatAtMinorUnits_data();
    void formatAtMinorUnits();
    void formatLocale();
    void costPrice_data();
    void costPrice();
    void multiplyAndDivide();
    void marginPercent();
    void shortestForm();
};

void TestDecimal::parseCLocale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");
    QTest::newRow("integer") << "82" << true << qint64(820'000);
    QTest::newRow("fraction") << "17.5" << true << qint64(175'000);
    QTest::newRow("four digits") << "0.0001" << true << qint64(1);
    QTest::newRow("leading dot") << ".5" << true << qint64(5'000);
    QTest::newRow("trailing zeros") << "100.00" << true << qint64(1'000'000);
    QTest::newRow("negative") << "-0.01" << true << qint64(-100);
    QTest::newRow("plus") << "+7" << true << qint64(70'000);
    QTest::newRow("spaces trimmed") << "  18  " << true << qint64(180'000);
    QTest::newRow("large") << "999999999.99" << true << qint64(9'999'999'999'900);
    QTest::newRow("max integer digits")
            << "99999999999999" << true << qint64(999'999'999'999'990'000);
    QTest::newRow("too large") << "100000000000000" << false << qint64(0);
    QTest::newRow("five fraction digits") << "0.00001" << false << qint64(0);
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
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxDigits");
    QTest::addColumn<Decimal::ParseFailure>("reason");
    QTest::newRow("letters") << "abc" << 2 << Decimal::ParseFailure::NotANumber;
    QTest::newRow("three digits") << "100.001" << 2 << Decimal::ParseFailure::TooManyFractionDigits;
    QTest::newRow("five digits") << "1.00001" << 4 << Decimal::ParseFailure::TooManyFractionDigits;
    QTest::newRow("huge") << "123456789012345678" << 2 << Decimal::ParseFailure::OutOfRange;
}

void TestDecimal::parseFailureReason()
{
    QFETCH(QString, text);
    QFETCH(int, maxDigits);
    QFETCH(Decimal::ParseFailure, reason);
    Decimal::ParseFailure why{};
    QVERIFY(!Decimal::parse(text, QLocale::c(), maxDigits, &why));
    QCOMPARE(why, reason);
}

void TestDecimal::parseUserLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");
    QTest::newRow("de comma") << "de_DE"
                              << "18,5" << true << qint64(185'000);
    QTest::newRow("de groups") << "de_DE"
                               << "1.234.567,89" << true << qint64(12'345'678'900);
    QTest::newRow("de dot is a group: needs 3 digits") << "de_DE"
                                                       << "18.5" << false << qint64(0);
    QTest::newRow("de bad group") << "de_DE"
                                  << "1.23,5" << false << qint64(0);
    QTest::newRow("el comma") << "el_GR"
                              << "17,25" << true << qint64(172'500);
    QTest::newRow("en groups") << "en_US"
                               << "1,000.5" << true << qint64(10'005'000);
    QTest::newRow("en no groups") << "en_US"
                                  << "1000.5" << true << qint64(10'005'000);
    QTest::newRow("en leading group") << "en_US"
                                      << ",100" << false << qint64(0);
    QTest::newRow("en group after point") << "en_US"
                                          << "1.000,5" << false << qint64(0);
}

void TestDecimal::parseUserLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, units);
    const auto value = Decimal::parse(text, QLocale(locale));
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(value->units(), units);
}

void TestDecimal::formatAtMinorUnits_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("text");
    QTest::newRow("82 at 2") << qint64(820'000) << 2 << "82.00";
    QTest::newRow("half up at 2") << qint64(250) << 2 << "0.03";         // 0.025
    QTest::newRow("half away negative") << qint64(-250) << 2 << "-0.03"; // -0.025
    QTest::newRow("below half") << qint64(249) << 2 << "0.02";
    QTest::newRow("0 digits half") << qint64(5'000) << 0 << "1"; // 0.5
    QTest::newRow("0 digits below") << qint64(4'999) << 0 << "0";
    QTest::newRow("3 digits") << qint64(12'345) << 3 << "1.235"; // 1.2345
    QTest::newRow("4 digits") << qint64(12'345) << 4 << "1.2345";
    QTest::newRow("carry") << qint64(9'999'950) << 2 << "1000.00"; // 999.995
    QTest::newRow("large") << qint64(9'999'999'999'900) << 2 << "999999999.99";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() / 10 << 4 << "-92233720368547.7580";
}

void TestDecimal::formatAtMinorUnits()
{
    QFETCH(qint64, units);
    QFETCH(int, digits);
    QFETCH(QString, text);
    QCOMPARE(Decimal::fromUnits(units).toString(digits), text);
}

void TestDecimal::formatLocale()
{
    const Decimal value = Decimal::fromUnits(12'345'678'950); // 1234567.895
    QCOMPARE(value.toLocaleString(QLocale(QStringLiteral("de_DE")), 2),
             QStringLiteral("1.234.567,90"));
    QCOMPARE(value.toLocaleString(QLocale(QStringLiteral("en_US")), 2),
             QStringLiteral("1,234,567.90"));
    QCOMPARE(value.toLocaleString(QLocale::c(), 2), QStringLiteral("1234567.90"));
    QCOMPARE(Decimal::fromUnits(-5'000).toLocaleString(QLocale(QStringLiteral("de_DE")), 1),
             QStringLiteral("-0,5"));
    // Round trip through the user's locale.
    const QLocale greek(QStringLiteral("el_GR"));
    QCOMPARE(Decimal::parse(value.toLocaleString(greek, 4), greek), value);
}

void TestDecimal::costPrice_data()
{
    QTest::addColumn<QString>("sell");
    QTest::addColumn<QString>("discount");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("cost");
    QTest::newRow("100 with 18%") << "100"
                                  << "18" << 2 << "82.00";
    QTest::newRow("0.05 with 50%") << "0.05"
                                   << "50" << 2 << "0.03";
    QTest::newRow("huge with 0.01%") << "999999999.99"
                                     << "0.01" << 4 << "999899999.9900";
    QTest::newRow("no discount") << "12.34"
                                 << "0" << 2 << "12.34";
    QTest::newRow("full discount") << "12.34"
                                   << "100" << 2 << "0.00";
    QTest::newRow("tie at scale 4") << "0.0001"
                                    << "50" << 4 << "0.0001"; // 0.00005 → away from 0
    QTest::newRow("17.5%") << "19.99"
                           << "17.5" << 2 << "16.49"; // 16.49175
    QTest::newRow("JPY") << "1999"
                         << "18" << 0 << "1639"; // 1639.18
    QTest::newRow("KWD") << "3.125"
                         << "12.25" << 3 << "2.742"; // 2.7421875
    QTest::newRow("negative credit") << "-10"
                                     << "18" << 2 << "-8.20";
}

void TestDecimal::costPrice()
{
    QFETCH(QString, sell);
    QFETCH(QString, discount);
    QFETCH(int, digits);
    QFETCH(QString, cost);
    const auto sellValue = Decimal::parse(sell);
    const auto discountValue = Decimal::parse(discount);
    QVERIFY(sellValue && discountValue);
    QCOMPARE(csp::costPrice(*sellValue, *discountValue).toString(digits), cost);
}

void TestDecimal::multiplyAndDivide()
{
    const Decimal a = *Decimal::parse(u"1.0005");
    QCOMPARE(a.multipliedBy(*Decimal::parse(u"0.5")).toString(),
             QStringLiteral("0.5003")); // .50025
    QCOMPARE(Decimal::fromInteger(1).dividedBy(Decimal::fromInteger(3))->toString(),
             QStringLiteral("0.3333"));
    QCOMPARE(Decimal::fromInteger(2).dividedBy(Decimal::fromInteger(3))->toString(),
             QStringLiteral("0.6667"));
    QCOMPARE(Decimal::fromInteger(-2).dividedBy(Decimal::fromInteger(3))->toString(),
             QStringLiteral("-0.6667"));
    QCOMPARE(Decimal::fromInteger(2).dividedBy(Decimal::fromInteger(-3))->toString(),
             QStringLiteral("-0.6667"));
    QVERIFY(!Decimal::fromInteger(1).dividedBy(Decimal()));
    // A big quantity times a price stays exact (128-bit intermediate).
    const Decimal bytesInGb = *Decimal::parse(u"1073741824");
    QCOMPARE(bytesInGb.multipliedBy(*Decimal::parse(u"0.0125")).toString(),
             QStringLiteral("13421772.8"));
}

void TestDecimal::marginPercent()
{
    QCOMPARE(csp::marginPercent(Decimal::fromInteger(100), Decimal::fromInteger(82))->toString(),
             QStringLiteral("18"));
    QCOMPARE(csp::marginPercent(Decimal::fromInteger(3), Decimal::fromInteger(2))->toString(),
             QStringLiteral("33.3333"));
    QVERIFY(!csp::marginPercent(Decimal(), Decimal()));
}

void TestDecimal::shortestForm()
{
    QCOMPARE(Decimal::fromInteger(18).toString(), QStringLiteral("18"));
    QCOMPARE(Decimal::fromUnits(175'000).toString(), QStringLiteral("17.5"));
    QCOMPARE(Decimal::fromUnits(-25).toString(), QStringLiteral("-0.0025"));
    QCOMPARE(Decimal().toString(), QStringLiteral("0"));
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
