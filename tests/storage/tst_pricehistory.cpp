#include "services/pricelist.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/syncrunrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csp;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

ServedProduct served(const char *item, std::optional<Decimal> price)
{
    ServedProduct product;
    product.key = {QStringLiteral("app"), QString::fromLatin1(item), {}, {}};
    product.applicationName = QStringLiteral("Backup");
    product.usageName = QString::fromLatin1(item);
    product.itemType = QStringLiteral("count");
    product.measurementUnit = QStringLiteral("quantity");
    product.price = price;
    return product;
}

} // namespace

// Prices and discounts kept with their times, and a closed month priced as it ended.
class TestPriceHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aMonthIsPricedAsItEnded_data();
    void aMonthIsPricedAsItEnded();
    void unchangedPricesAreNotRecordedAgain();
    void beforeTheFirstSyncTheOldestListPricesItWithAWarning();
    void currentPricesAreToday();

private:
    void sync(const QString &at, const QList<ServedProduct> &products);
    ProductPrice priceIn(QDate month, const char *item, PriceList *list = nullptr);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    Instance m_instance;
    QStringList m_runs;
    int m_counter = 0;
};

void TestPriceHistory::sync(const QString &at, const QList<ServedProduct> &products)
{
    const auto stored = ProductRepository(m_db).forInstance(m_instance.id);
    QVERIFY(stored);
    SyncRun run;
    run.id = newUuid();
    run.instanceId = m_instance.id;
    run.startedAt = at;
    QVERIFY(SyncRunRepository(m_db).start(run));
    Transaction transaction(*m_db);
    QVERIFY(ProductRepository(m_db).apply(diffCatalogue(*stored, products, m_instance, at),
                                          run.id));
    run.status = SyncStatus::Succeeded;
    run.finishedAt = at;
    QVERIFY(SyncRunRepository(m_db).finish(run));
    QVERIFY(transaction.commit());
    m_runs.append(run.id);
}

void TestPriceHistory::init()
{
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_runs.clear();
    m_instance = Instance();
    m_instance.id = newUuid();
    m_instance.systemName = QStringLiteral("EU");
    m_instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
    m_instance.clientId = QStringLiteral("c");
    m_instance.discountPercent = Decimal::fromInteger(18);
    m_instance.primaryCurrency = QStringLiteral("EUR");
    m_instance.createdAt = QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC);
    m_instance.updatedAt = m_instance.createdAt;
    QVERIFY(InstanceRepository(m_db).insert(m_instance));
    // 15 September: the first list. The last millisecond of October: workstations go to 120.
    // The first millisecond of November: to 130, which October must not see.
    sync(QStringLiteral("2026-09-15T12:00:00.000Z"),
         {served("workstations", d("100")), served("servers", d("19.00"))});
    sync(QStringLiteral("2026-10-31T23:59:59.999Z"),
         {served("workstations", d("120")), served("servers", d("19.00"))});
    sync(QStringLiteral("2026-11-01T00:00:00.000Z"),
         {served("workstations", d("130")), served("servers", std::nullopt)});
    // The discount: 18 % until 10 November, then 25 %.
    m_instance.discountPercent = Decimal::fromInteger(25);
    m_instance.updatedAt = QDateTime(QDate(2026, 11, 10), QTime(8, 0), Qt::UTC);
    QVERIFY(InstanceRepository(m_db).update(m_instance));
}

ProductPrice TestPriceHistory::priceIn(QDate month, const char *item, PriceList *list)
{
    const auto prices = PriceListService(m_db).asOfMonthEnd(m_instance, month);
    if (!prices)
        return {};
    if (list)
        *list = *prices;
    return prices->prices.value({QStringLiteral("app"), QString::fromLatin1(item), {}, {}});
}

void TestPriceHistory::aMonthIsPricedAsItEnded_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("sell");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<int>("run"); // which sync's list
    QTest::newRow("September: the first list") << QDate(2026, 9, 1) << "workstations"
                                               << "100"
                                               << "82" << 0; // 100 × 0.82
    QTest::newRow("October: changed in its last millisecond")
            << QDate(2026, 10, 1) << "workstations"
            << "120"
            << "98.4" << 1; // 120 × 0.82
    QTest::newRow("November: the price of its first millisecond, the discount of the 10th")
            << QDate(2026, 11, 1) << "workstations"
            << "130"
            << "97.5" << 2; // 130 × 0.75
    QTest::newRow("October still has the servers' price") << QDate(2026, 10, 1) << "servers"
                                                          << "19.00"
                                                          << "15.58" << 1; // 19 × 0.82
    QTest::newRow("November: no longer served, no price") << QDate(2026, 11, 1) << "servers"
                                                          << ""
                                                          << "" << 2;
}

void TestPriceHistory::aMonthIsPricedAsItEnded()
{
    QFETCH(QDate, month);
    QFETCH(QString, item);
    QFETCH(QString, sell);
    QFETCH(QString, cost);
    QFETCH(int, run);
    PriceList list;
    const ProductPrice price = priceIn(month, item.toLatin1().constData(), &list);
    QCOMPARE(price.sellPrice ? price.sellPrice->text() : QString(), sell);
    QCOMPARE(price.costPrice ? price.costPrice->text() : QString(), cost);
    QVERIFY(list.run);
    QCOMPARE(list.run->runId, m_runs.at(run));
    QVERIFY(list.precedesPeriodEnd);
    QVERIFY(list.warning.isEmpty());
    QVERIFY(!list.current);
}

void TestPriceHistory::unchangedPricesAreNotRecordedAgain()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(sell_price) FROM product_prices")));
    QVERIFY(query.next());
    // 2 first, 1 (workstations) in October, 2 in November (workstations; servers' price gone).
    QCOMPARE(query.value(0).toInt(), 5);
    QCOMPARE(query.value(1).toInt(), 4);
}

void TestPriceHistory::beforeTheFirstSyncTheOldestListPricesItWithAWarning()
{
    PriceList list;
    const ProductPrice price = priceIn(QDate(2026, 8, 1), "workstations", &list);
    QCOMPARE(price.sellPrice->text(), QStringLiteral("100"));
    QCOMPARE(price.costPrice->text(), QStringLiteral("82")); // the discount of August
    QVERIFY(!list.precedesPeriodEnd);
    QCOMPARE(list.run->runId, m_runs.first());
    QVERIFY2(list.warning.contains(u"No Get Services Definition of \"EU\" succeeded before "
                                   u"2026-08 ended"),
             qPrintable(list.warning));
}

void TestPriceHistory::currentPricesAreToday()
{
    const auto list = PriceListService(m_db).current(m_instance);
    QVERIFY(list);
    const ProductPrice price =
            list->prices.value({QStringLiteral("app"), QStringLiteral("workstations"), {}, {}});
    QCOMPARE(price.sellPrice->text(), QStringLiteral("130"));
    QCOMPARE(price.costPrice->text(), QStringLiteral("97.5"));
    QCOMPARE(list->run->runId, m_runs.last());
    QVERIFY(list->current);
}

QTEST_GUILESS_MAIN(TestPriceHistory)
#include "tst_pricehistory.moc"
