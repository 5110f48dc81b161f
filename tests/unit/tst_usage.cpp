#include "core/usage.h"

#include <QTest>

using namespace csp;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

const QString backup = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");

ProductKey key(const char *item, const char *infra = "")
{
    return {backup, QString::fromLatin1(item), QStringLiteral("pck_per_workload"),
            QString::fromLatin1(infra)};
}

} // namespace

class TestUsage final : public QObject
{
    Q_OBJECT

private slots:
    void conversion_data();
    void conversion();
    void pricing_data();
    void pricing();
    void totalsNeverPriceTheUnpricedAsZero();
    void totalsAreKeptPerCurrency();
    void totalsRefuseToOverflow();
    void csvHasPricesExactAndAmountsAtMinorUnits();
};

void TestUsage::conversion_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected"); // empty: does not fit
    const auto row = [](const char *tag, const char *unit, qint64 value, const char *expected) {
        QTest::newRow(tag) << QString::fromLatin1(unit) << value << QString::fromLatin1(expected);
    };
    row("zero bytes", "bytes", 0, "0");
    row("one GiB", "bytes", 1073741824, "1");
    row("half a GiB", "bytes", 536870912, "0.5");
    row("one byte rounds to zero", "bytes", 1, "0");
    row("rounds half away from zero", "bytes", 5368709, "0.005"); // 0.004999999143… → 0.00500000
    row("decimal GB is not a GB", "bytes", 1000000000, "0.93132257"); // 10^9 / 1024³
    row("fixture storage", "bytes", 344064000000, "320.43457031");    // 320.434570312…
    row("2^62 bytes", "bytes", Q_INT64_C(4611686018427387904), "4294967296");
    row("largest byte count", "bytes", std::numeric_limits<qint64>::max(), "8589934592");
    row("one hour", "seconds", 3600, "1");
    row("ninety minutes", "seconds", 5400, "1.5");
    row("a third of an hour", "seconds", 1200, "0.33333333");
    row("two thirds round up", "seconds", 2400, "0.66666667");
    row("count", "quantity", 42, "42");
    row("negative correction", "quantity", -3, "-3");
    row("count beyond the exact range", "quantity", Q_INT64_C(10000000000), "");
    row("largest count", "quantity", Q_INT64_C(9999999999), "9999999999");
    row("seconds beyond the exact range", "seconds", std::numeric_limits<qint64>::max(), "");
}

void TestUsage::conversion()
{
    QFETCH(QString, unit);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    const auto quantity = soldQuantity(unit, value);
    if (expected.isEmpty()) {
        QVERIFY(!quantity);
        return;
    }
    QVERIFY(quantity);
    QCOMPARE(quantity->toString(), expected);
}

void TestUsage::pricing_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("sellAmount");
    QTest::addColumn<QString>("costAmount");
    const auto row = [](const char *tag, const char *item, const char *unit, qint64 value,
                        const char *status, const char *sell, const char *cost) {
        QTest::newRow(tag) << QString::fromLatin1(item) << QString::fromLatin1(unit) << value
                           << QString::fromLatin1(status) << QString::fromLatin1(sell)
                           << QString::fromLatin1(cost);
    };
    // workstations 4.50 → cost 3.69; storage 0.0450 per GB → cost 0.0369; servers: no price
    row("count", "pw_base_workstations", "quantity", 18, "priced", "81.00", "66.42"); // 18 × 4.50
    row("zero", "pw_base_workstations", "quantity", 0, "priced", "0.00", "0.00");
    row("storage rounds to cents", "pw_base_storage", "bytes", 344064000000, "priced", "14.42",
        "11.82"); // 320.43457031 GB × 0.045 = 14.41955566 → 14.42; × 0.0369 = 11.8240 → 11.82
    row("one item", "pw_base_workstations", "quantity", 1, "priced", "4.50", "3.69");
    row("half a cent away from zero", "pw_base_storage", "bytes", 1073741824, "priced", "0.05",
        "0.04"); // 1 GB × 0.045 = 0.045 → 0.05; × 0.0369 = 0.0369 → 0.04
    row("huge storage", "pw_base_storage", "bytes", Q_INT64_C(4611686018427387904), "priced",
        "193273528.32", "158484293.22"); // 4294967296 GB × 0.045; × 0.0369
    row("no price", "pw_base_servers", "quantity", 3, "no_price", "", "");
    row("no product", "pw_base_teleporters", "quantity", 7, "no_product", "", "");
    row("too large to price", "pw_base_workstations", "quantity", Q_INT64_C(9999999999),
        "out_of_range", "", ""); // 9999999999 × 4.50 is beyond 10^10
}

void TestUsage::pricing()
{
    QFETCH(QString, item);
    QFETCH(QString, unit);
    QFETCH(qint64, value);
    QFETCH(QString, status);
    QFETCH(QString, sellAmount);
    QFETCH(QString, costAmount);
    QHash<ProductKey, ProductPrice> products;
    products.insert(
            key("pw_base_workstations"),
            {QStringLiteral("Workstations"), {}, d("4.50"), d("3.69"), QStringLiteral("EUR")});
    products.insert(key("pw_base_storage", "infra-1"),
                    {QStringLiteral("Storage"), {}, d("0.0450"), d("0.0369"), QString()});
    products.insert(
            key("pw_base_servers"),
            {QStringLiteral("Servers"), {}, std::nullopt, std::nullopt, QStringLiteral("EUR")});
    UsageRecord record;
    record.tenantId = QStringLiteral("tenant-1");
    record.key = key(item.toLatin1().constData(), item == u"pw_base_storage" ? "infra-1" : "");
    record.measurementUnit = unit;
    record.value = value;
    const UsageLine line = priceUsage(record, products, QStringLiteral("EUR"));
    QCOMPARE(usageLineStatusKey(line.status), status);
    QCOMPARE(line.currency, u"EUR");
    QCOMPARE(line.sellAmount ? line.sellAmount->toString() : QString(), sellAmount);
    QCOMPARE(line.costAmount ? line.costAmount->toString() : QString(), costAmount);
    if (status == u"no_product")
        QVERIFY(!line.sellPrice && line.productName.isEmpty());
}

void TestUsage::totalsNeverPriceTheUnpricedAsZero()
{
    UsageTotals totals;
    UsageLine priced;
    priced.status = UsageLineStatus::Priced;
    priced.sellAmount = d("10.05");
    priced.costAmount = d("8.24");
    priced.currency = QStringLiteral("EUR");
    UsageLine unpriced;
    unpriced.status = UsageLineStatus::NoPrice;
    QVERIFY(totals.add(priced, QStringLiteral("P")));
    QVERIFY(totals.add(unpriced, QStringLiteral("P")));
    QVERIFY(totals.add(priced, QStringLiteral("P")));
    QCOMPARE(totals.byCurrency().size(), 1);
    const csp::CurrencyTotal eur = totals.in(QStringLiteral("EUR"));
    QCOMPARE(eur.sell.text(), u"20.10");
    QCOMPARE(eur.cost.text(), u"16.48");
    QCOMPARE(eur.margin()->text(), u"3.62");
    QCOMPARE(totals.pricedLines(), 2);
    QCOMPARE(totals.unpricedLines(), 1);
}

void TestUsage::totalsAreKeptPerCurrency()
{
    UsageTotals totals;
    UsageLine eur;
    eur.status = UsageLineStatus::Priced;
    eur.currency = QStringLiteral("EUR");
    eur.sellAmount = d("12.00");
    eur.costAmount = d("9.84");
    UsageLine usd = eur;
    usd.currency = QStringLiteral("USD");
    usd.sellAmount = d("10.00");
    usd.costAmount = d("8.20");
    QVERIFY(totals.add(eur, QStringLiteral("P")));
    QVERIFY(totals.add(usd, QStringLiteral("P")));
    QVERIFY(totals.add(eur, QStringLiteral("P")));
    QCOMPARE(totals.byCurrency().size(), 2);
    QCOMPARE(totals.byCurrency().at(0).currency, u"EUR");
    QCOMPARE(totals.in(QStringLiteral("EUR")).sell.text(), u"24.00"); // 12.00 + 12.00
    QCOMPARE(totals.in(QStringLiteral("EUR")).pricedLines, 2);
    QCOMPARE(totals.in(QStringLiteral("USD")).sell.text(), u"10.00"); // never 34.00
    QCOMPARE(totals.in(QStringLiteral("USD")).margin()->text(), u"1.80");
    QCOMPARE(totals.in(QStringLiteral("GBP")).sell.text(), u"0");
}

void TestUsage::totalsRefuseToOverflow()
{
    UsageTotals totals;
    UsageLine huge;
    huge.status = UsageLineStatus::Priced;
    huge.currency = QStringLiteral("JPY");
    huge.sellAmount = d("9999999999");
    huge.costAmount = d("8199999999");
    QVERIFY(totals.add(huge, QStringLiteral("Backup Heroes")));
    const Status second = totals.add(huge, QStringLiteral("Backup Heroes"));
    QVERIFY(!second);
    QVERIFY2(second.error().message.startsWith(u"The total of Backup Heroes in JPY is too large"),
             qPrintable(second.error().message));
    // Nothing of the refused line was added.
    QCOMPARE(totals.in(QStringLiteral("JPY")).sell.text(), u"9999999999");
    QCOMPARE(totals.pricedLines(), 1);
    // Quantity × price beyond the range: the line says so instead of wrapping.
    QHash<ProductKey, ProductPrice> products;
    products.insert(
            key("pw_base_workstations"),
            {QStringLiteral("Workstations"), {}, d("100000"), d("82000"), QStringLiteral("EUR")});
    UsageRecord record;
    record.key = key("pw_base_workstations");
    record.measurementUnit = QStringLiteral("quantity");
    record.value = 100000; // × 100000 = 10^10
    QCOMPARE(priceUsage(record, products, QStringLiteral("EUR")).status,
             UsageLineStatus::OutOfRange);
    record.value = 99999;
    QCOMPARE(priceUsage(record, products, QStringLiteral("EUR")).sellAmount->text(),
             u"9999900000.00");
}

void TestUsage::csvHasPricesExactAndAmountsAtMinorUnits()
{
    QHash<ProductKey, ProductPrice> products;
    products.insert(key("pw_base_storage", "infra-1"),
                    {QStringLiteral("Storage"), {}, d("0.0410"), d("0.033825"), QString()});
    UsageRecord record;
    record.tenantId = QStringLiteral("tenant-1");
    record.key = key("pw_base_storage", "infra-1");
    record.measurementUnit = QStringLiteral("bytes");
    record.value = 1'610'612'736; // 1.5 GB
    UsageLine line = priceUsage(record, products, QStringLiteral("EUR"));
    line.customerId = QStringLiteral("ERP-1");
    const QString csv = usageCsv({line});
    // 1.5 × 0.0410 = 0.0615 → 0.06; 1.5 × 0.033825 = 0.0507375 → 0.05
    QVERIFY2(csv.endsWith(u"ERP-1,tenant-1,pw_base_storage,pck_per_workload,infra-1,bytes,1.5,"
                          u"0.0410,0.033825,"
                          u"0.06,0.05,EUR,,Storage,priced\r\n"),
             qPrintable(csv));
}

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
