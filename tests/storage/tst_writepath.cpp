// The catalogue's write path stays linear: writing twice as many products takes about twice as
// long, never four times (a statement whose cost grows with the square of its size). Timed as a
// ratio within one run, the best of three, with a generous bound: no absolute time is asserted.
#include "core/appidentity.h"
#include "core/catalogue.h"
#include "core/timetext.h"
#include "storage/batchinsert.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;

// Under AddressSanitizer every allocation is the sanitizer's: its timings are not the program's.
#if defined(__SANITIZE_ADDRESS__)
#define CSP_SKIP_TIMING() \
    QSKIP("Timing ratios under AddressSanitizer measure the sanitizer; the normal run checks " \
          "them.")
#else
#define CSP_SKIP_TIMING()
#endif

class TestWritePath final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void doublingTheProductsDoublesTheTime();
    void doublingABatchDoublesItsTime();

private:
    // Milliseconds (the best of three runs) to add `count` products to a fresh instance.
    double addProducts(int count);
    double batchInsert(int rows);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    int m_counter = 0;
};

void TestWritePath::init()
{
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("w%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
}

double TestWritePath::addProducts(int count)
{
    QList<ServedProduct> served;
    for (int i = 0; i < count; ++i) {
        ServedProduct product;
        product.key = {QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb"),
                       QStringLiteral("pw_base_item_%1").arg(i),
                       QStringLiteral("pck_per_workload"),
                       {}};
        product.applicationName = QStringLiteral("Protection");
        product.usageName = QStringLiteral("item_%1").arg(i);
        product.itemType = QStringLiteral("count");
        product.measurementUnit = QStringLiteral("quantity");
        product.price = Decimal::parse(QStringLiteral("%1.50").arg(i % 90));
        served.append(product);
    }
    double best = std::numeric_limits<double>::max();
    for (int run = 0; run < 3; ++run) {
        Instance instance;
        instance.id = newUuid();
        instance.systemName = QStringLiteral("W%1-%2").arg(count).arg(run);
        instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
        instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
        instance.discountPercent = Decimal::fromInteger(18);
        instance.primaryCurrency = QStringLiteral("EUR");
        instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
        if (!InstanceRepository(m_db).insert(instance))
            return -1;
        const CatalogueDiff diff = diffCatalogue({}, served, instance, catalogueTimeNow());
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(*m_db, Transaction::Kind::Write);
        if (!transaction.began() || !ProductRepository(m_db).apply(diff, {}) ||
            !transaction.commit())
            return -1;
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void TestWritePath::doublingTheProductsDoublesTheTime()
{
    CSP_SKIP_TIMING();
    const int count = csp::test::onPostgres() ? 2000 : 4000;
    addProducts(200); // warm up the connection and the statement cache
    const double once = addProducts(count);
    const double twice = addProducts(2 * count);
    QVERIFY(once > 0 && twice > 0);
    const double ratio = twice / once;
    qInfo("%d products: %.1f ms, %d: %.1f ms, ratio %.2f", count, once, 2 * count, twice, ratio);
    // Linear is 2; the square of the size would be 4.
    QVERIFY2(ratio < 3.0, qPrintable(QString::number(ratio)));
}

double TestWritePath::batchInsert(int rows)
{
    double best = std::numeric_limits<double>::max();
    for (int run = 0; run < 3; ++run) {
        QSqlQuery clear(m_db->connection());
        if (!clear.exec(QStringLiteral("DELETE FROM lock_holders")))
            return -1;
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(*m_db, Transaction::Kind::Write);
        BatchInsert insert(
                *m_db, QStringLiteral("lock_holders"),
                {QStringLiteral("name"), QStringLiteral("holder"), QStringLiteral("since")});
        for (int i = 0; i < rows; ++i) {
            if (!insert.add({QStringLiteral("lock-%1").arg(i), QStringLiteral("user@host"),
                             QStringLiteral("2026-12-06T10:00:00.000Z")}))
                return -1;
        }
        if (!transaction.began() || !insert.flush() || !transaction.commit())
            return -1;
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void TestWritePath::doublingABatchDoublesItsTime()
{
    CSP_SKIP_TIMING();
    // On PostgreSQL both within one statement (a batch is up to 5,000 rows); on SQLite a
    // statement is a row.
    const int rows = csp::test::onPostgres() ? 2000 : 10000;
    batchInsert(100);
    const double once = batchInsert(rows);
    const double twice = batchInsert(2 * rows);
    QVERIFY(once > 0 && twice > 0);
    const double ratio = twice / once;
    qInfo("%d rows: %.1f ms, %d: %.1f ms, ratio %.2f", rows, once, 2 * rows, twice, ratio);
    QVERIFY2(ratio < 3.0, qPrintable(QString::number(ratio)));
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
