#include "core/currency.h"

#include <QSet>
#include <QTest>

using csp::Currencies;

class TestCurrency final : public QObject
{
    Q_OBJECT

private slots:
    void listIsCompleteSortedAndUnique();
    void minorUnits_data();
    void minorUnits();
    void unknownCodes();
};

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

QTEST_APPLESS_MAIN(TestCurrency)
#include "tst_currency.moc"
