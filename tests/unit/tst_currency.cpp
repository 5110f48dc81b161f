#include "core/currency.h"
#include "core/money.h"

#include <QSet>
#include <QTest>

using csp::Currencies;
using csp::Decimal;
using csp::moneyWithCurrency;

class TestCurrency final : public QObject
{
    Q_OBJECT

private slots:
    void listIsCompleteSortedAndUnique();
    void minorUnits_data();
    void minorUnits();
    void unknownCodes();
    void priceCurrencyFallsBackToThePrimaryOne();
    void missingFigureHasOnePlaceholderPerOutput();
    void moneyInTheLocalesOwnWay_data();
    void moneyInTheLocalesOwnWay();
};

void TestCurrency::moneyInTheLocalesOwnWay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("EUR in German") << german << "1234567.5"
                                   << "EUR" << QStringLiteral("1.234.567,50\u00a0\u20ac");
    QTest::newRow("negative EUR in German") << german << "-0.045"
                                            << "EUR" << QStringLiteral("-0,045\u00a0\u20ac");
    QTest::newRow("USD in German") << german << "1234.5"
                                   << "USD" << QStringLiteral("1.234,50\u00a0USD");
    QTest::newRow("USD in English") << american << "1234.5"
                                    << "USD" << QStringLiteral("$1,234.50");
    QTest::newRow("negative USD in English")
            << american << "-3"
            << "USD" << QStringLiteral("($3.00)"); // CLDR: accounting style
    QTest::newRow("EUR in English") << american << "185600"
                                    << "EUR" << QStringLiteral("185,600.00\u00a0EUR");
    QTest::newRow("JPY has no cents") << QLocale(QLocale::Japanese, QLocale::Japan) << "1500"
                                      << "JPY" << QStringLiteral("\uffe51,500");
}

void TestCurrency::moneyInTheLocalesOwnWay()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(moneyWithCurrency(Decimal::parse(amount).value(), currency, locale), expected);
}

void TestCurrency::listIsCompleteSortedAndUnique()
{
    const auto &all = Currencies::all();
    QVERIFY2(all.size() > 150, qPrintable(QString::number(all.size())));
    QSet<QString> seen;
    QString previous;
    for (const auto &currency : all) {
        QCOMPARE(currency.code.size(), 3);
        QVERIFY2(currency.code > previous, qPrintable(currency.code));
        QVERIFY(!seen.contains(currency.code));
        QVERIFY(!currency.name.isEmpty());
        QVERIFY(currency.minorUnits >= 0 && currency.minorUnits <= 4);
        seen.insert(currency.code);
        previous = currency.code;
    }
}

void TestCurrency::minorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("name");
    QTest::newRow("EUR") << "EUR" << 2 << "Euro";
    QTest::newRow("USD") << "USD" << 2 << "US Dollar";
    QTest::newRow("JPY") << "JPY" << 0 << "Yen";
    QTest::newRow("KWD") << "KWD" << 3 << "Kuwaiti Dinar";
    QTest::newRow("CLF") << "CLF" << 4 << "Unidad de Fomento";
    QTest::newRow("CHF") << "CHF" << 2 << "Swiss Franc";
}

void TestCurrency::minorUnits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    QFETCH(QString, name);
    const auto currency = Currencies::find(code);
    QVERIFY(currency);
    QCOMPARE(currency->minorUnits, digits);
    QCOMPARE(currency->name, name);
    QCOMPARE(Currencies::minorUnits(code), digits);
}

void TestCurrency::unknownCodes()
{
    QVERIFY(!Currencies::find(u"ABC"));
    QVERIFY(!Currencies::find(u"eur"));
    QVERIFY(!Currencies::find(u"XAU")); // a precious metal, not a billing currency
    QVERIFY(!Currencies::find(u""));
    QCOMPARE(Currencies::minorUnits(u"ABC"), 2);
}

void TestCurrency::priceCurrencyFallsBackToThePrimaryOne()
{
    QCOMPARE(csp::priceCurrency(QStringLiteral("USD"), QStringLiteral("EUR")),
             QStringLiteral("USD"));
    QCOMPARE(csp::priceCurrency(QString(), QStringLiteral("EUR")), QStringLiteral("EUR"));
    QCOMPARE(csp::priceCurrency(QString(), QString()), QString());
}

void TestCurrency::missingFigureHasOnePlaceholderPerOutput()
{
    const auto text = [](csp::Decimal value) {
        return csp::moneyText(value, u"EUR");
    };
    QCOMPARE(csp::figureOr(csp::Decimal::parse(QStringLiteral("0.041")), text),
             QStringLiteral("0.041"));
    QCOMPARE(csp::figureOr(std::nullopt, text), QString(QChar(0x2014)));
    QCOMPARE(csp::figureOr(std::nullopt, text, csp::MissingFigureAscii), QStringLiteral("-"));
}

QTEST_APPLESS_MAIN(TestCurrency)
#include "tst_currency.moc"
