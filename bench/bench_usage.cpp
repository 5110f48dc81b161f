// Usage priced for invoicing, measured against the fake Acronis server on 127.0.0.1:
// 2,000 service providers with 30 usage lines each, 50 ms of latency on every request. The
// whole priced usage with batches of 50 tenants per request (sent in parallel), and the same with
// one request per provider, for comparison. The fake's answers are built before the clock starts.
#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/syncjob.h"
#include "services/usageservice.h"
#include "storage/instancerepository.h"
#include "storage/providerrepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {

constexpr int Providers = 2000;
constexpr int LinesPerProvider = 30;
constexpr int LatencyMs = 50;
const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");

UsageOutcome measure(const std::shared_ptr<Database> &db, FakeSecretStore &secrets,
                     const Instance &instance, int batchSize)
{
    QNetworkAccessManager network;
    UsageService service(db, secrets, network);
    UsageRequest request;
    request.batchSize = batchSize;
    return waitFor<UsageOutcome>([&](auto done) {
        QObject::connect(&service, &UsageService::finished, &service, done);
        service.start(instance, request);
    });
}

void report(const char *label, const UsageOutcome &outcome)
{
    int lines = 0;
    for (const ProviderUsage &usage : outcome.providers)
        lines += int(usage.lines.size());
    QStringList totals;
    for (const CurrencyTotal &total : outcome.totals.byCurrency())
        totals << QStringLiteral("sell %1 cost %2 %3")
                          .arg(total.sell.toString(), total.cost.toString(), total.currency);
    std::printf("%-34s %6lld ms  %5d requests  %6d lines  %s%s\n", label, outcome.elapsedMs,
                outcome.requests, lines, qPrintable(totals.join(QStringLiteral("; "))),
                outcome.ok() ? "" : qPrintable(u"  FAILED: " + outcome.error->message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("catalogue.sqlite")));
    FakeAcronis fake;
    fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                   QStringLiteral("secret-1"), distributorId);
    fake.loadSampleCatalogue();
    fake.addPartners(distributorId, Providers);
    if (!db || !fake.listen())
        return 1;
    Instance instance;
    instance.id = newUuid();
    instance.systemName = QStringLiteral("EU");
    instance.gateway = fake.url();
    instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    instance.discountPercent = Decimal::fromInteger(18);
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    InstanceRepository(*db).insert(instance);
    FakeSecretStore secrets;
    secrets.entries.insert(instance.id, QStringLiteral("secret-1"));
    SyncJob sync(*db, secrets, *new QNetworkAccessManager(&app));
    waitFor<SyncOutcome>([&](auto done) {
        QObject::connect(&sync, &SyncJob::finished, &sync, done);
        sync.start(instance, false);
    });
    instance = InstanceRepository(*db).findById(instance.id).value();
    QStringList tenants;
    {
        Transaction transaction(**db);
        ProviderRepository providers(*db);
        for (const QJsonObject &tenant : fake.children(distributorId)) {
            Provider provider;
            provider.instanceId = instance.id;
            provider.tenantId = tenant.value(u"id").toString();
            provider.customerId = tenant.value(u"customer_id").toString(provider.tenantId);
            provider.name = tenant.value(u"name").toString();
            provider.progress.complete = true;
            providers.save(provider);
            tenants.append(provider.tenantId);
        }
        transaction.commit();
    }
    fake.generateUsages(tenants, LinesPerProvider);
    std::printf("%d providers x %d usage lines, %d ms latency per request\n", Providers,
                LinesPerProvider, LatencyMs);
    // Warm the fake's answer cache, then measure with latency.
    measure(*db, secrets, instance, 50);
    measure(*db, secrets, instance, 1);
    fake.setLatency(LatencyMs);
    for (int run = 0; run < 3; ++run)
        report("batches of 50, in parallel", measure(*db, secrets, instance, 50));
    report("one request per provider", measure(*db, secrets, instance, 1));
    return 0;
}
