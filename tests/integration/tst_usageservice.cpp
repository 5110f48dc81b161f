#include "acronis/usageapi.h"
#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/syncjob.h"
#include "services/usageservice.h"
#include "storage/instancerepository.h"
#include "storage/providerrepository.h"
#include "syncedinstance.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {
const QString distributorId = csp::test::DistributorId;
const QString heroes = QStringLiteral("b91d7e3c-4a2f-4c8e-8d1b-2e6f9a0c3d23");
const QString keepers = QStringLiteral("5e7a1c9d-3b8f-4d2e-a6c4-0f1b8e2d7a34");

// item | status | quantity | sell price | cost price | sell amount | cost amount
QString describe(const UsageLine &line)
{
    const auto text = [](const std::optional<Decimal> &value) {
        return value ? value->toString() : QStringLiteral("-");
    };
    return QStringList{line.key.offeringItem, usageLineStatusKey(line.status),
                       text(line.quantity),   text(line.sellPrice),
                       text(line.costPrice),  text(line.sellAmount),
                       text(line.costAmount)}
            .join(QStringLiteral(" | "));
}

} // namespace

class TestUsageService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void liveUsageIsPricedLineByLine();
    void batchesAreSentInParallel();
    void batchesKeepUrlsUnderEightKilobytes();
    void aFailingBatchIsRetried();
    void aBatchThatKeepsFailingFailsTheRun();
    void aGoneTenantCostsOnlyItself_data();
    void aGoneTenantCostsOnlyItself();
    void oneProvider();
    void monthlyReportFlow();
    void aPlainReportIsReadToo();
    void reportKeptAtAcronisIsReusedForTheMonth();
    void reportDeletedAtAcronisMeanwhileIsAskedForAgain();
    void unreadableCsvNamesTheLine();
    void aMonthThatIsNotClosedIsRefused();
    void noProvidersSaysSo();

private:
    UsageOutcome run(const UsageRequest &request);
    void setSampleReport(int pollsBeforeSaved = 0);
    static UsageRequest lastMonth();
    void addProvider(const QString &tenantId, const QString &customerId, const QString &name);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    int m_counter = 0;
};

void TestUsageService::init()
{
    CSP_FAIL_ON_SLIPS();
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("u%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    m_secrets = FakeSecretStore();
    m_instance = csp::test::addSyncedInstance(m_db, *m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());

    const QJsonArray batch = FakeAcronis::fixture(QStringLiteral("tenants_usages_batch.json"))
                                     .value(u"items")
                                     .toArray();
    for (const QJsonValue &tenant : batch)
        m_fake->setUsages(tenant[u"tenant"].toString(), tenant[u"usages"].toArray());
    addProvider(heroes, QStringLiteral("ERP-1001"), QStringLiteral("Backup Heroes GmbH"));
    addProvider(keepers, QStringLiteral("ERP-1002"), QStringLiteral("Cloud Keepers AG"));
}

void TestUsageService::addProvider(const QString &tenantId, const QString &customerId,
                                   const QString &name)
{
    m_fake->addTenant({{QStringLiteral("id"), tenantId},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("partner")},
                       {QStringLiteral("parent_id"), distributorId},
                       {QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("enabled"), true}});
    Provider provider;
    provider.instanceId = m_instance.id;
    provider.customerId = customerId;
    provider.tenantId = tenantId;
    provider.name = name;
    provider.progress.complete = true;
    QVERIFY(ProviderRepository(m_db).save(provider));
}

UsageOutcome TestUsageService::run(const UsageRequest &request)
{
    ApiOptions options;
    options.retry.initialBackoff = std::chrono::milliseconds(10);
    options.retry.maxBackoff = std::chrono::milliseconds(20);
    UsageService service(m_db, m_secrets, m_network, options);
    return waitFor<UsageOutcome>([&](auto done) {
        connect(&service, &UsageService::finished, &service, done);
        service.start(m_instance, request);
    });
}

void TestUsageService::liveUsageIsPricedLineByLine()
{
    const UsageOutcome outcome = run({});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(outcome.estimate);
    QCOMPARE(outcome.providers.size(), 2);
    const ProviderUsage &first = outcome.providers[0]; // by name: Backup Heroes GmbH
    QCOMPARE(first.provider.customerId, u"ERP-1001");
    QStringList lines;
    for (const UsageLine &line : first.lines) {
        QCOMPARE(line.customerId, u"ERP-1001");
        QCOMPARE(line.tenantId, heroes);
        QCOMPARE(line.currency, u"EUR");
        lines << describe(line);
    }
    const QStringList expected{
            // 18 × 4.50 = 81.00; 18 × 3.69 (4.50 × 0.82) = 66.42
            QStringLiteral("pw_base_workstations | priced | 18 | 4.50 | 3.69 | 81.00 | 66.42"),
            QStringLiteral("pw_base_servers | priced | 3 | 19.00 | 15.58 | 57.00 | 46.74"),
            QStringLiteral("pw_base_m365_seats | no_product | 42 | - | - | - | -"),
            // 344064000000 bytes / 1024³ = 320.43457031 GB; × 0.0450 = 14.4196 → 14.42;
            // × 0.0369 (0.0450 × 0.82) = 11.8240 → 11.82
            QStringLiteral(
                    "pw_base_storage | priced | 320.43457031 | 0.0450 | 0.0369 | 14.42 | 11.82"),
            QStringLiteral("immutable_storage | no_product | 0.18632412 | - | - | - | -"),
            QStringLiteral("pw_base_adv_dr_compute_points | no_product | 2 | - | - | - | -"),
            QStringLiteral("pu_base_fc_seats | no_price | 7 | - | - | - | -")};
    QCOMPARE(lines, expected);
    QCOMPARE(first.totals.in(QStringLiteral("EUR")).sell.text(), u"152.42");
    QCOMPARE(first.totals.in(QStringLiteral("EUR")).cost.text(), u"124.98");
    QCOMPARE(first.totals.unpricedLines(), 4);

    const ProviderUsage &second = outcome.providers[1];
    QStringList secondLines;
    for (const UsageLine &line : second.lines)
        secondLines << describe(line);
    QCOMPARE(secondLines,
             (QStringList{QStringLiteral(
                                  "pg_base_workstations | priced | 4 | 2.10 | 1.722 | 8.40 | 6.89"),
                          QStringLiteral("pg_base_storage | no_price | 50 | - | - | - | -")}));
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(), u"160.82");
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).cost.text(), u"131.87");
    QCOMPARE(outcome.totals.pricedLines(), 4);
    QCOMPARE(outcome.totals.unpricedLines(), 5);
}

void TestUsageService::batchesAreSentInParallel()
{
    m_fake->addPartners(distributorId, 10);
    QStringList tenants;
    for (const QJsonObject &tenant : m_fake->children(distributorId)) {
        const QString id = tenant.value(u"id").toString();
        if (id.startsWith(u"aaaaaaaa")) {
            addProvider(id, QStringLiteral("ERP-%1").arg(id.right(4)),
                        tenant.value(u"name").toString());
            tenants << id;
        }
    }
    m_fake->generateUsages(tenants, 30);
    m_fake->setLatency(100);
    QBuffer log;
    QVERIFY(log.open(QIODevice::ReadWrite));
    m_fake->setRequestLog(&log);
    UsageRequest request;
    request.batchSize = 4;
    const UsageOutcome outcome = run(request);
    m_fake->setRequestLog(nullptr);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.batches, 3); // 12 providers in batches of 4
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 3);
    int lines = 0;
    for (const ProviderUsage &usage : outcome.providers)
        lines += int(usage.lines.size());
    QCOMPARE(lines, 10 * 30 + 7 + 2);
    // The three batches at once: every one reached the gateway before the first was answered
    // (the gateway's own log of received and answered times; no wall-clock bound).
    QList<qint64> received, answered;
    for (const QByteArray &line : log.data().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && fields[4].startsWith("/api/2/tenants/usages")) {
            received.append(fields[0].toLongLong());
            answered.append(fields[1].toLongLong());
        }
    }
    QCOMPARE(received.size(), 3);
    QVERIFY2(*std::max_element(received.begin(), received.end()) <
                     *std::min_element(answered.begin(), answered.end()),
             qPrintable(QString::fromLatin1(log.data())));
}

void TestUsageService::aFailingBatchIsRetried()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/usages"),
                     FakeAcronis::Reply(503, R"({"error":{"code":503,"message":"busy"}})"));
    UsageRequest request;
    request.batchSize = 1;
    const UsageOutcome outcome = run(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 3);
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(), u"160.82");
}

void TestUsageService::aBatchThatKeepsFailingFailsTheRun()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/usages"),
                     FakeAcronis::Reply(400, R"({"error":{"code":400,"message":"Bad Request"}})"));
    const UsageOutcome outcome = run({});
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error->message.contains(u"/tenants/usages"));
    QVERIFY(outcome.providers.isEmpty());
}

void TestUsageService::aGoneTenantCostsOnlyItself_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("403, as the document answers") << 403;
    QTest::newRow("404, as older gateways did") << 404;
}

void TestUsageService::aGoneTenantCostsOnlyItself()
{
    QFETCH(int, status);
    m_fake->setGoneTenantStatus(status);
    m_fake->removeTenant(heroes); // deleted at Acronis behind the program's back
    const UsageOutcome outcome = run({});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    // The batch of both is refused; read again one by one, only the gone one is missed.
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 3);
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY2(outcome.warnings.first().contains(u"Backup Heroes GmbH") &&
                     outcome.warnings.first().contains(u"ERP-1001"),
             qPrintable(outcome.warnings.first()));
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(), u"8.40"); // the keepers' only
}

void TestUsageService::oneProvider()
{
    UsageRequest request;
    request.customerId = QStringLiteral("ERP-1002");
    const UsageOutcome outcome = run(request);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.providers.size(), 1);
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(), u"8.40");
    QCOMPARE(outcome.providers.first().provider.tenantId, keepers);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 1);

    request.customerId = QStringLiteral("ERP-9");
    const UsageOutcome missing = run(request);
    QCOMPARE(missing.error->kind, ErrorKind::NotFound);
    QVERIFY(missing.error->message.contains(u"ERP-9"));
}

namespace {

QJsonObject reportRow(const QString &tenant, const char *item, const char *edition,
                      const char *infra, qint64 total)
{
    QJsonObject object{{QStringLiteral("tenant"),
                        QJsonObject{{QStringLiteral("id"), tenant},
                                    {QStringLiteral("kind"), QStringLiteral("partner")}}},
                       {QStringLiteral("application"),
                        QJsonObject{{QStringLiteral("id"),
                                     QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb")}}},
                       {QStringLiteral("name"), QLatin1String(item)},
                       {QStringLiteral("edition"), QLatin1String(edition)},
                       {QStringLiteral("usage"),
                        QJsonObject{{QStringLiteral("effective"),
                                     QJsonObject{{QStringLiteral("total"), total}}}}}};
    if (*infra)
        object.insert(QStringLiteral("infra"),
                      QJsonObject{{QStringLiteral("id"), QLatin1String(infra)}});
    return object;
}

} // namespace

void TestUsageService::setSampleReport(int pollsBeforeSaved)
{
    m_fake->setReportRows(
            {reportRow(heroes, "pw_base_workstations", "pck_per_workload", "", 20),
             reportRow(heroes, "pw_base_storage", "pck_per_workload",
                       "019097a6-114f-4418-bd54-e01ef049f209", 107374182400), // 100 GB
             reportRow(keepers, "pg_base_workstations", "pck_per_gigabyte", "", 5),
             reportRow(QStringLiteral("ffffffff-0000-4000-8000-000000000009"), "pw_base_servers",
                       "pck_per_workload", "", 2)},
            pollsBeforeSaved);
}

UsageRequest TestUsageService::lastMonth()
{
    UsageRequest request;
    request.month = QDate::currentDate().addMonths(-1);
    request.reportPollInterval = std::chrono::milliseconds(10);
    return request;
}

void TestUsageService::monthlyReportFlow()
{
    setSampleReport(2);
    const UsageRequest request = lastMonth();
    const UsageOutcome outcome = run(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(!outcome.estimate);

    const QJsonObject parameters = m_fake->lastReportRequest().value(u"parameters").toObject();
    QCOMPARE(parameters.value(u"kind").toString(), u"usage_summary");
    QCOMPARE(parameters.value(u"level").toString(), u"direct_partners");
    QCOMPARE(parameters.value(u"tenant_id").toString(), distributorId);
    const QDate first(request.month->year(), request.month->month(), 1);
    QCOMPARE(parameters[u"period"][u"start"].toString(), first.toString(Qt::ISODate));
    QCOMPARE(parameters[u"period"][u"end"].toString(),
             first.addMonths(1).addDays(-1).toString(Qt::ISODate));
    // As the document's reportPost has it: saved, no recipients, the csv_v2_0 format.
    QCOMPARE(m_fake->lastReportRequest().value(u"recipients").toArray(), QJsonArray());
    QCOMPARE(m_fake->lastReportRequest().value(u"result_action").toString(), u"save");
    QCOMPARE(parameters.value(u"formats").toArray(), QJsonArray{QStringLiteral("csv_v2_0")});
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/reports/")), 4); // 3 polls + download
    // The gzip-compressed CSV was downloaded, then the report deleted with its version.
    QCOMPARE(m_fake->requests()
                     .filter(QRegularExpression(QStringLiteral("^GET /api/2/reports/"
                                                               "[^/]+/stored/[^/]+$")))
                     .size(),
             1);
    QCOMPARE(m_fake->count(QStringLiteral("DELETE /api/2/reports/")), 1);
    QVERIFY(m_fake->reports().isEmpty());
    QVERIFY(outcome.warnings.isEmpty());

    QStringList lines;
    for (const UsageLine &line : outcome.providers[0].lines)
        lines << describe(line);
    QCOMPARE(lines,
             (QStringList{
                     QStringLiteral(
                             "pw_base_workstations | priced | 20 | 4.50 | 3.69 | 90.00 | 73.80"),
                     QStringLiteral(
                             "pw_base_storage | priced | 100 | 0.0450 | 0.0369 | 4.50 | 3.69")}));
    QCOMPARE(outcome.providers[1].totals.in(QStringLiteral("EUR")).sell.text(), u"10.50");
    QCOMPARE(outcome.otherTenants.size(), 1); // a direct partner this program does not know
    QCOMPARE(outcome.otherTenants.first().customerId, QString());
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(),
             u"143.00"); // 90 + 4.50 + 10.50 + 2 × 19
}

void TestUsageService::batchesKeepUrlsUnderEightKilobytes()
{
    m_fake->addPartners(distributorId, 500);
    for (const QJsonObject &tenant : m_fake->children(distributorId)) {
        const QString id = tenant.value(u"id").toString();
        if (id.startsWith(u"aaaaaaaa"))
            addProvider(id, QStringLiteral("ERP-%1").arg(id.right(4)),
                        tenant.value(u"name").toString());
    }
    UsageRequest request;
    request.batchSize = 500;
    const UsageOutcome outcome = run(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.providers.size(), 502);
    // 502 ids of 36 characters and their commas are 18.6 KB: three requests of < 8 KB each.
    QCOMPARE(outcome.batches, 3);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 3);
    QVERIFY2(m_fake->longestTarget() < 8000, qPrintable(QString::number(m_fake->longestTarget())));
    QVERIFY(m_fake->longestTarget() > 7000); // as few requests as the limit allows
}

void TestUsageService::aPlainReportIsReadToo()
{
    // The document calls a stored report's size "compressed"; a server may still send it plain.
    setSampleReport();
    m_fake->setReportCompressed(false);
    const UsageOutcome outcome = run(lastMonth());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(), u"143.00");
}

void TestUsageService::reportKeptAtAcronisIsReusedForTheMonth()
{
    setSampleReport();
    m_fake->failNext(QStringLiteral("DELETE /api/2/reports/"), {500, "{}"});
    const UsageOutcome first = run(lastMonth());
    QVERIFY2(first.ok(), qPrintable(first.error ? first.error->message : QString()));
    QCOMPARE(first.warnings.size(), 1);
    QVERIFY2(first.warnings.first().contains(u"could not be deleted at Acronis"),
             qPrintable(first.warnings.first()));
    QCOMPARE(m_fake->reports().size(), 1);
    // The second run for the month asks for no new report: it reads that one and deletes it.
    const UsageOutcome second = run(lastMonth());
    QVERIFY2(second.ok(), qPrintable(second.error ? second.error->message : QString()));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/reports")), 1);
    QVERIFY(m_fake->reports().isEmpty());
    QVERIFY(second.warnings.isEmpty());
    QCOMPARE(second.totals.in(QStringLiteral("EUR")).sell.text(), u"143.00");
    // And a third asks for a new one.
    QVERIFY(run(lastMonth()).ok());
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/reports")), 2);
}

void TestUsageService::reportDeletedAtAcronisMeanwhileIsAskedForAgain()
{
    setSampleReport();
    m_fake->failNext(QStringLiteral("DELETE /api/2/reports/"), {500, "{}"});
    QVERIFY(run(lastMonth()).ok());
    // Someone deletes it in the portal.
    m_fake->removeReport(m_fake->reports().first());
    const UsageOutcome again = run(lastMonth());
    QVERIFY2(again.ok(), qPrintable(again.error ? again.error->message : QString()));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/reports")), 2);
    QVERIFY(m_fake->reports().isEmpty());
}

void TestUsageService::unreadableCsvNamesTheLine()
{
    m_fake->setReportRows(
            {QJsonObject{{QStringLiteral("tenant.id"), heroes},
                         {QStringLiteral("application.id"), QStringLiteral("x")},
                         {QStringLiteral("name"), QStringLiteral("pw_base_servers")},
                         {QStringLiteral("usage.effective.total"), QStringLiteral("lots")}}},
            0);
    const UsageOutcome outcome = run(lastMonth());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error->message.contains(u"line 2 has \"lots\", not a number in "
                                             u"\"usage.effective.total\""),
             qPrintable(outcome.error->message));
    QVERIFY(outcome.error->message.contains(u"/stored/"));
}

void TestUsageService::aMonthThatIsNotClosedIsRefused()
{
    UsageRequest request;
    request.month = QDate::currentDate();
    const UsageOutcome outcome = run(request);
    QCOMPARE(outcome.error->kind, ErrorKind::InvalidInput);
    QVERIFY(outcome.error->message.contains(u"not a closed month"));
    QCOMPARE(m_fake->requests().filter(QStringLiteral("reports")).size(), 0);
}

void TestUsageService::noProvidersSaysSo()
{
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("empty%1.sqlite").arg(m_counter)));
    QVERIFY(db);
    m_db = *db;
    QVERIFY(InstanceRepository(m_db).insert(m_instance));
    const UsageOutcome outcome = run({});
    QCOMPARE(outcome.error->kind, ErrorKind::InvalidInput);
    QVERIFY(outcome.error->message.contains(u"no service providers yet"));
}

QTEST_GUILESS_MAIN(TestUsageService)
#include "tst_usageservice.moc"
