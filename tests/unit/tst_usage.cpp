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
    row("rounds half away from zero", "bytes", 5368709, "0.005"); // 0.00499999… → 0.0050
    row("decimal GB is not a GB", "bytes", 1000000000, "0.9313");
    row("fixture storage", "bytes", 344064000000, "320.4346");
    row("2^62 bytes", "bytes", Q_INT64_C(4611686018427387904), "4294967296");
    row("largest byte count", "bytes", std::numeric_limits<qint64>::max(), "8589934592");
    row("one hour", "seconds", 3600, "1");
    row("ninety minutes", "seconds", 5400, "1.5");
    row("a third of an hour", "seconds", 1200, "0.3333");
    row("two thirds round up", "seconds", 2400, "0.6667");
    row("count", "quantity", 42, "42");
    row("negative correction", "quantity", -3, "-3");
    row("count beyond the exact range", "quantity", Q_INT64_C(100000000000000), "");
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
    row("count", "pw_base_workstations", "quantity", 18, "priced", "81", "66.42");
    row("zero", "pw_base_workstations", "quantity", 0, "priced", "0", "0");
    row("storage rounds to cents", "pw_base_storage", "bytes", 344064000000, "priced", "14.42",
        "11.82"); // 320.4346 GB × 0.045 = 14.419557 → 14.42; × 0.0369 = 11.824 → 11.82
    row("half a cent rounds up", "pw_base_workstations", "quantity", 1, "priced", "4.5", "3.69");
    row("huge storage", "pw_base_storage", "bytes", Q_INT64_C(4611686018427387904), "priced",
        "193273528.32", "158484293.22");
    row("no price", "pw_base_servers", "quantity", 3, "no_price", "", "");
    row("no product", "pw_base_teleporters", "quantity", 7, "no_product", "", "");
    row("too large to price", "pw_base_workstations", "quantity", Q_INT64_C(99999999999999),
        "out_of_range", "", "");
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
    UsageLine unpriced;
    unpriced.status = UsageLineStatus::NoPrice;
    totals.add(priced);
    totals.add(unpriced);
    totals.add(priced);
    QCOMPARE(totals.sell.toString(), u"20.1");
    QCOMPARE(totals.cost.toString(), u"16.48");
    QCOMPARE(totals.margin().toString(), u"3.62");
    QCOMPARE(totals.pricedLines, 2);
    QCOMPARE(totals.unpricedLines, 1);
}

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
