// Get Services Definition, measured against the fake Acronis server on 127.0.0.1:
//  1. a 300-item catalogue with 50 ms of latency on every request: wall time, requests, how many
//     were in flight at once, next to the critical path of round trips;
//  2. a 20,000-item catalogue without latency: first sync, and a re-sync with nothing changed
//     (which must write no row).
// With ACRONIS_CSP_BENCH_DATABASE=URL (an empty PostgreSQL database, reached for instance through
// bench/latency-proxy.py) only the second runs, with the catalogue there.
#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {

struct Setup
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    FakeAcronis fake;
    FakeSecretStore secrets;
    Instance instance;

    Setup(int items, int latencyMs, int pageSize)
    {
        const QString url = qEnvironmentVariable("ACRONIS_CSP_BENCH_DATABASE");
        auto opened = url.isEmpty()
                ? Database::open(dir.filePath(QStringLiteral("catalogue.sqlite")))
                : Database::open(*DatabaseLocation::parse(url), Database::Options());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        db = *opened;
        const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
        fake.addTenant(tenant);
        fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                       QStringLiteral("secret"), tenant.value(u"id").toString());
        fake.loadGeneratedCatalogue(items);
        fake.setLatency(latencyMs);
        fake.setPageSize(pageSize);
        fake.listen();
        instance.id = newUuid();
        instance.systemName = QStringLiteral("Bench");
        instance.gateway = fake.url();
        instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
        instance.discountPercent = Decimal::fromInteger(18);
        instance.primaryCurrency = QStringLiteral("EUR");
        instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
        InstanceRepository(db).insert(instance);
        secrets.entries.insert(instance.id, QStringLiteral("secret"));
    }

    std::pair<SyncOutcome, qint64> sync(QNetworkAccessManager &network)
    {
        SyncJob job(db, secrets, network);
        const Instance current = InstanceRepository(db).findById(instance.id).value();
        QElapsedTimer timer;
        timer.start();
        const SyncOutcome outcome = waitFor<SyncOutcome>([&](auto done) {
            QObject::connect(&job, &SyncJob::finished, &job, done);
            job.start(current, false);
        });
        return {outcome, timer.elapsed()};
    }

    // The rows of the catalogue's tables, counted on the main thread's connection: a first
    // sync's write may go on a connection of its own, so no one connection's total_changes()
    // says what it wrote.
    qint64 rowsSoFar() const
    {
        qint64 rows = 0;
        QSqlQuery query(db->connection());
        for (const char *table : {"products", "product_prices", "product_changes", "sync_runs"}) {
            query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
            query.next();
            rows += query.value(0).toLongLong();
        }
        return rows;
    }
};

void latencyRun()
{
    std::printf("\n## 300 items, 50 ms latency per request, catalogue pages of 100\n\n");
    std::printf("| run | wall time | requests | max in flight | result |\n|---|---|---|---|---|\n");
    Setup setup(300, 50, 100);
    for (int run = 1; run <= 3; ++run) {
        QNetworkAccessManager network;
        const auto [outcome, ms] = setup.sync(network);
        std::printf(
                "| %d%s | %lld ms | %d | %d | %s, %d added, %d unchanged |\n", run,
                run == 1 ? " (tenant id looked up)" : " (tenant id cached)", ms, outcome.requests,
                outcome.maxParallelRequests, qPrintable(syncStatusText(outcome.status)),
                outcome.diff.count(ChangeKind::Added), outcome.diff.count(ChangeKind::Unchanged));
    }
    std::printf("\nCritical path of round trips: token, client lookup (first run only), then the "
                "longest of the parallel reads: 3 catalogue pages one after the other (the infra "
                "list and then its names take 2; applications and prices 1) = 5 round trips = "
                "250 ms on the first run, 4 = 200 ms on later runs.\n");
}

void largeRun()
{
    const int items = 20000;
    std::printf("\n## %d items, no latency, one page\n\n", items);
    Setup setup(items, 0, 0);
    QJsonArray prices, infras;
    QElapsedTimer serialize;
    serialize.start();
    const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("items"),
                                       FakeAcronis::generatedCatalogue(items, &prices, &infras)}})
                    .toJson(QJsonDocument::Compact);
    const qint64 serializeMs = serialize.elapsed();
    std::printf(
            "Catalogue body: %.1f MB (building it takes the fake %lld ms once; it then serves it "
            "from a cache). \"rows added\": products, their prices and changes, and the run's own "
            "history row, counted in the tables.\n\n",
            double(body.size()) / (1024 * 1024), serializeMs);
    std::printf("| run | wall time | reads (network + parse) | after the last answer (compare + "
                "write) | rows added | result |\n|---|---|---|---|---|---|\n");
    for (int run = 1; run <= 3; ++run) {
        QNetworkAccessManager network;
        const qint64 before = setup.rowsSoFar();
        const auto [outcome, ms] = setup.sync(network);
        const QString rows = QString::number(setup.rowsSoFar() - before);
        std::printf(
                "| %s | %lld ms | %lld ms | %lld ms | %s | %s, %d added, %d "
                "unchanged |\n",
                run == 1 ? "first sync" : "re-sync, nothing changed", ms, outcome.readMs,
                outcome.afterReadMs, qPrintable(rows), qPrintable(syncStatusText(outcome.status)),
                outcome.diff.count(ChangeKind::Added), outcome.diff.count(ChangeKind::Unchanged));
    }
    // Every served price raised by 1: each priced product is updated, its change and its new
    // price recorded.
    QJsonArray raised;
    for (const QJsonValue &price : std::as_const(prices)) {
        QJsonObject object = price.toObject();
        const Decimal old = *Decimal::parse(object.value(u"price").toString());
        object.insert(QStringLiteral("price"), old.plus(Decimal::fromInteger(1))->text());
        raised.append(object);
    }
    setup.fake.setPrices(raised);
    QNetworkAccessManager network;
    const auto [outcome, ms] = setup.sync(network);
    std::printf("| re-sync, %d prices changed | %lld ms | %lld ms | %lld ms | - | %s, %d "
                "updated |\n",
                int(raised.size()), ms, outcome.readMs, outcome.afterReadMs,
                qPrintable(syncStatusText(outcome.status)),
                outcome.diff.count(ChangeKind::Updated));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("# bench_sync (%s)\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    if (qEnvironmentVariableIsEmpty("ACRONIS_CSP_BENCH_DATABASE"))
        latencyRun();
    largeRun();
    return 0;
}
