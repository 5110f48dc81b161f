#include "core/appidentity.h"
#include "core/timetext.h"
#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/catalogueupdate.h"
#include "services/productservice.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/syncrunrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <future>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

class TestSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstSyncAddsTheCatalogue();
    void resyncWithoutChangesWritesNothing();
    void aCatalogueAnsweredInPartIsRefused();
    void aResyncAsksForItsStoragesBesideTheCatalogue();
    void pricesNameItemsOrUsagesAndTheirCurrencyIsTheTenants();
    void tenantIdIsRememberedForTheNextRun();
    void faultsLeaveTheCatalogueWholeOrUntouched_data();
    void faultsLeaveTheCatalogueWholeOrUntouched();
    void namePolicyAfterAStorageRename_data();
    void namePolicyAfterAStorageRename();
    void retireAndComeBack();
    void dryRunWritesNothing();
    void costPricesFollowTheDiscount();
    void lockRefusesASecondSync();
    void foreignCurrencyIsAWarningAndNoPriceListIsFine();
    void cancelLeavesTheCatalogueAndRecordsIt();
    void aKilledRunIsRecordedAndItsLockReleased();
    void editsBetweenTheReadAndTheWriteAreKept();
    void cancelDuringABackOffEndsAtOnce();
    void staleHandEditsAreRefused();
    void theCatalogueIsWrittenWhileItsStoragesAreRead();
    void anUpdateWaitingPastItsLimitLetsOthersWrite();
    void anAbandonedUpdateWritesNothing();
    void aCancelAfterTheCommitReportsTheWrittenCatalogue();
    void aLargeCatalogueIsComparedInPartsWhileItIsWritten_data();
    void aLargeCatalogueIsComparedInPartsWhileItIsWritten();
    void aRowRefusedInALaterPartLeavesTheCatalogueUntouched();

private:
    SyncOutcome sync(bool dryRun = false, ApiOptions options = fastOptions());
    static ApiOptions fastOptions()
    {
        ApiOptions options;
        options.retry.initialBackoff = std::chrono::milliseconds(10);
        options.retry.maxBackoff = std::chrono::milliseconds(40);
        return options;
    }
    QByteArray catalogueFingerprint() const;
    bool writeLockIsTaken() const;
    int committedProducts() const;
    static CatalogueReads smallCatalogue();
    std::future<Result<StoredCatalogue>> storedNow() const;
    SyncRun startedRun() const;
    QList<Product> products() const
    {
        return ProductRepository(m_db).forInstance(m_instance.id).value();
    }
    const Product *find(const QList<Product> &list, const QString &item,
                        const QString &infra = {}) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    int m_counter = 0;
};

void TestSync::init()
{
    CSP_FAIL_ON_SLIPS();
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("s%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_fake = std::make_unique<FakeAcronis>();
    const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    m_fake->addTenant(tenant);
    m_fake->addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                      QStringLiteral("secret-1"), tenant.value(u"id").toString());
    m_fake->loadSampleCatalogue();
    QVERIFY(m_fake->listen());
    m_instance = Instance();
    m_instance.id = newUuid();
    m_instance.systemName = QStringLiteral("EU");
    m_instance.gateway = m_fake->url();
    m_instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    m_instance.discountPercent = Decimal::fromInteger(18);
    m_instance.primaryCurrency = QStringLiteral("EUR");
    m_instance.hasSecret = true;
    m_instance.createdAt = m_instance.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(InstanceRepository(m_db).insert(m_instance));
    m_secrets = FakeSecretStore();
    m_secrets.entries.insert(m_instance.id, QStringLiteral("secret-1"));
}

SyncOutcome TestSync::sync(bool dryRun, ApiOptions options)
{
    SyncJob job(m_db, m_secrets, m_network, options);
    const Instance current = InstanceRepository(m_db).findById(m_instance.id).value();
    return waitFor<SyncOutcome>([&](auto done) {
        connect(&job, &SyncJob::finished, &job, done);
        job.start(current, dryRun);
    });
}

QByteArray TestSync::catalogueFingerprint() const
{
    // A query that fails, or finds nothing, must fail the test: two empty fingerprints are equal.
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT * FROM products ORDER BY id"))) {
        QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    for (; query.next(); ++rows)
        for (int i = 0; i < query.record().count(); ++i)
            hash.addData(QByteArray(query.value(i).toString().toUtf8() + '|'));
    if (rows == 0)
        QTest::qFail("the catalogue is empty", __FILE__, __LINE__);
    return hash.result();
}

const Product *TestSync::find(const QList<Product> &list, const QString &item,
                              const QString &infra) const
{
    for (const Product &product : list)
        if (product.key.offeringItem == item && product.key.infraId == infra)
            return &product;
    return nullptr;
}

void TestSync::firstSyncAddsTheCatalogue()
{
    QList<int> steps;
    SyncJob job(m_db, m_secrets, m_network, fastOptions());
    connect(&job, &SyncJob::progress, this, [&](const QString &, int done, int total) {
        QCOMPARE(total, SyncJob::StepCount);
        steps.append(done);
    });
    const auto outcome = waitFor<SyncOutcome>([&](auto done) {
        connect(&job, &SyncJob::finished, &job, done);
        job.start(m_instance, false);
    });
    QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->message) : "");
    QCOMPARE(outcome.diff.count(ChangeKind::Added), 13);
    QCOMPARE(steps.last(), SyncJob::StepCount);
    QVERIFY(outcome.maxParallelRequests >= 3); // the reads overlap
    const auto stored = products();
    QCOMPARE(stored.size(), 13);
    const Product *storage = find(stored, QStringLiteral("pw_base_storage"),
                                  QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209"));
    QVERIFY(storage);
    QCOMPARE(storage->name,
             QStringLiteral("Protection Per Workload \u2013 Cloud storage (Acronis Cloud EU)"));
    QCOMPARE(storage->sellPrice, Decimal::parse(u"0.045"));
    QCOMPARE(storage->measurementUnit, QStringLiteral("bytes"));
    const Product *fss = find(stored, QStringLiteral("pu_base_fc_storage"),
                              QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0"));
    QCOMPARE(fss->name,
             QStringLiteral("File Sync & Share Per User \u2013 Storage (Files Cloud Frankfurt)"));
    QCOMPARE(fss->sellPrice, std::nullopt); // no served price
    QCOMPARE(find(stored, QStringLiteral("local_storage"))->key.edition, QString());
    // The catalogue in one answer (the document gives it no cursor), the storages' names from
    // GET /infra?uuids= with the ids the catalogue names, and the prices' currency from the
    // tenant's pricing settings.
    const QString tenant = InstanceRepository(m_db).findById(m_instance.id)->distributorTenantId;
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/") + tenant +
                           QStringLiteral("/offering_items/available_for_child")),
             1);
    QCOMPARE(m_fake->requests().filter(QStringLiteral("GET /api/2/infra")).size(), 1);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/") + tenant +
                           QStringLiteral("/pricing")),
             1);
    QCOMPARE(storage->priceCurrency, QStringLiteral("EUR"));
    QVERIFY(outcome.diff.warnings.isEmpty());
    const auto history = SyncRunRepository(m_db).list(m_instance.id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().status, SyncStatus::Succeeded);
    QCOMPARE(history->first().added, 13);
}

void TestSync::resyncWithoutChangesWritesNothing()
{
    QVERIFY(sync().ok());
    const QByteArray before = catalogueFingerprint();
    const int clientCalls = m_fake->count(QStringLiteral("GET /api/2/clients/"));
    const auto again = sync();
    QVERIFY(again.ok());
    QCOMPARE(again.diff.count(ChangeKind::Unchanged), 13);
    QVERIFY(!again.diff.hasChanges());
    QCOMPARE(catalogueFingerprint(), before);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/clients/")), clientCalls); // tenant id cached
    QCOMPARE(SyncRunRepository(m_db).list(m_instance.id)->size(), 2);
}

namespace {
QString distributorTenant()
{
    return FakeAcronis::fixture(QStringLiteral("tenant_partner.json")).value(u"id").toString();
}
} // namespace

void TestSync::aCatalogueAnsweredInPartIsRefused()
{
    QVERIFY(sync().ok());
    const QByteArray before = catalogueFingerprint();
    // A page with a cursor the document gives no parameter to follow: taking it for the whole
    // catalogue would retire every product on the next pages.
    m_fake->setCatalogueCursor(true);
    const auto outcome = sync();
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error->message.contains(u"only part of the list") &&
                     outcome.error->message.contains(u"available_for_child"),
             qPrintable(outcome.error->message));
    QCOMPARE(catalogueFingerprint(), before);
}

void TestSync::aResyncAsksForItsStoragesBesideTheCatalogue()
{
    QVERIFY(sync().ok());
    // The second run knows the storages from its products: it asks for their names at once,
    // before the catalogue has come, not one round trip after it.
    QBuffer log;
    QVERIFY(log.open(QIODevice::ReadWrite));
    m_fake->setRequestLog(&log);
    m_fake->setLatency(150);
    QVERIFY(sync().ok());
    const auto timesOf = [&](const QString &path) -> std::pair<qint64, qint64> {
        for (const QByteArray &line : log.data().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() > 4 && QString::fromLatin1(fields[4]).startsWith(path))
                return {fields[0].toLongLong(), fields[1].toLongLong()};
        }
        return {0, 0};
    };
    const auto [infraReceived, infraAnswered] = timesOf(QStringLiteral("/api/2/infra"));
    const auto [catalogueReceived, catalogueAnswered] = timesOf(
            QStringLiteral("/api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12/offering_items/"
                           "available_for_child"));
    QVERIFY(infraReceived > 0 && catalogueAnswered > 0);
    QVERIFY2(infraReceived < catalogueAnswered,
             qPrintable(QStringLiteral("%1 %2").arg(infraReceived).arg(catalogueAnswered)));
    QCOMPARE(m_fake->requests().filter(QStringLiteral("GET /api/2/infra")).size(), 2); // 1 a run
    // A storage only the catalogue names is asked for once the catalogue has come.
    QJsonArray items =
            FakeAcronis::fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                    .value(u"items")
                    .toArray();
    QJsonObject newStorage = items.at(5).toObject(); // pg_base_storage
    newStorage.insert(QStringLiteral("infra_id"),
                      QStringLiteral("debe7865-fa8d-4c16-8e26-adcf8d7fd23d"));
    items.append(newStorage);
    m_fake->setCatalogue(items);
    m_fake->setLatency(0);
    const auto outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(m_fake->requests().filter(QStringLiteral("GET /api/2/infra")).size(), 4);
    m_fake->setRequestLog(nullptr);
}

void TestSync::pricesNameItemsOrUsagesAndTheirCurrencyIsTheTenants()
{
    const QString backup = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
    const QString euCloud = QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209");
    const auto price = [&](const char *name, const char *value, const QString &infra = {}) {
        QJsonObject entry{{QStringLiteral("application_id"), backup},
                          {QStringLiteral("name"), QLatin1String(name)},
                          {QStringLiteral("price"), QLatin1String(value)},
                          {QStringLiteral("version"), 2}};
        if (!infra.isEmpty())
            entry.insert(QStringLiteral("infra_id"), infra);
        return entry;
    };
    // As the document describes the list: usage names ("servers", "storage"), one of them for
    // a storage; an offering item's own name beside them wins over its usage name; an entry
    // that names nothing of the catalogue is reported, never dropped silently.
    m_fake->setPrices(QJsonArray{price("servers", "19.00"), price("storage", "0.0450", euCloud),
                                 price("workstations", "4.10"),
                                 price("pw_base_workstations", "4.50"),
                                 price("hosted_exchange", "1.25")});
    m_fake->setPricingCurrency(QStringLiteral("EUR"));
    const auto outcome = sync();
    QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->message) : "");
    const auto stored = products();
    QCOMPARE(find(stored, QStringLiteral("pw_base_servers"))->sellPrice, Decimal::parse(u"19.00"));
    QCOMPARE(find(stored, QStringLiteral("pw_base_servers"))->priceCurrency, QStringLiteral("EUR"));
    QCOMPARE(find(stored, QStringLiteral("pw_base_storage"), euCloud)->sellPrice,
             Decimal::parse(u"0.0450"));
    QCOMPARE(find(stored, QStringLiteral("pw_base_workstations"))->sellPrice,
             Decimal::parse(u"4.50"));
    QCOMPARE(find(stored, QStringLiteral("pg_base_workstations"))->sellPrice,
             Decimal::parse(u"4.10")); // by its usage name
    // The Files Cloud storage is on another storage: the EU entry does not price it.
    QCOMPARE(find(stored, QStringLiteral("pu_base_fc_storage"),
                  QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0"))
                     ->sellPrice,
             std::nullopt);
    QCOMPARE(outcome.diff.warnings.size(), 1);
    QVERIFY2(outcome.diff.warnings.first().contains(u"\"hosted_exchange\"") &&
                     outcome.diff.warnings.first().contains(u"1.25"),
             qPrintable(outcome.diff.warnings.first()));
    QCOMPARE(SyncRunRepository(m_db).list(m_instance.id)->first().warnings, outcome.diff.warnings);
}

void TestSync::tenantIdIsRememberedForTheNextRun()
{
    QVERIFY(InstanceRepository(m_db).findById(m_instance.id)->distributorTenantId.isEmpty());
    QVERIFY(sync().ok());
    QCOMPARE(InstanceRepository(m_db).findById(m_instance.id)->distributorTenantId,
             distributorTenant());
    const int lookups = m_fake->count(QStringLiteral("GET /api/2/clients/"));
    QCOMPARE(lookups, 1);
    QVERIFY(sync().ok());
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/clients/")), lookups); // not looked up again
}

void TestSync::faultsLeaveTheCatalogueWholeOrUntouched_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("completes");
    QTest::addColumn<QString>("message");
    // The catalogue's own path: the four reads run in parallel, so a bare "GET /api/2/tenants/"
    // would hit whichever of catalogue, storages and prices arrives first.
    const QString catalogue = QStringLiteral("GET "
                                             "/api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12/"
                                             "offering_items/available_for_child");
    QTest::newRow("401 mid-run") << catalogue << 401
                                 << QByteArray(R"({"error":{"code":401,"message":"Unauthorized"}})")
                                 << true << "";
    QTest::newRow("503") << QStringLiteral("GET /api/2/applications") << 503 << QByteArray("{}")
                         << true << "";
    QTest::newRow("429") << QStringLiteral("GET /api/2/infra") << 429 << QByteArray("{}") << true
                         << "";
    QTest::newRow("truncated JSON")
            << catalogue << 200 << QByteArray(R"({"items":[{"application_id":"x","na)") << false
            << "not valid JSON";
    QTest::newRow("invalid JSON") << QStringLiteral("GET /api/2/applications") << 200
                                  << QByteArray("<html>") << false << "not valid JSON";
    QTest::newRow("missing field")
            << catalogue << 200
            << QByteArray(
                       R"({"items":[{"application_id":"a","type":"count","measurement_unit":"quantity"}]})")
            << false << "field \"items[0].name\" is missing";
    QTest::newRow("mistyped field")
            << catalogue << 200
            << QByteArray(
                       R"({"items":[{"application_id":"a","name":7,"type":"count","measurement_unit":"quantity"}]})")
            << false << "field \"items[0].name\" is not a string";
    QTest::newRow("bad price") << QStringLiteral("GET /api/2/tenants/") << 200 << QByteArray()
                               << false << "";
    QTest::newRow("dropped connection") << QString() << 0 << QByteArray("drop") << true << "";
    QTest::newRow("hang past the timeout") << QStringLiteral("GET /api/2/applications") << -1
                                           << QByteArray() << false << "did not answer within";
    QTest::newRow("oversized body")
            << catalogue << 200 << QByteArray(3 * 1024 * 1024, ' ') << false << "more than 1 MB";
    QTest::newRow("400") << QStringLiteral("GET /api/2/infra") << 400
                         << QByteArray(R"({"error":{"code":400,"message":"Bad Request"}})") << false
                         << "HTTP 400";
}

void TestSync::faultsLeaveTheCatalogueWholeOrUntouched()
{
    QFETCH(QString, request);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, completes);
    QFETCH(QString, message);
    QVERIFY(sync().ok());
    const QByteArray before = catalogueFingerprint();
    // Acronis now serves one item more, so a complete run would change the catalogue.
    QJsonObject extra =
            FakeAcronis::fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                    .value(u"items")
                    .toArray()
                    .first()
                    .toObject();
    extra.insert(QStringLiteral("name"), QStringLiteral("pg_base_nas"));
    extra.insert(QStringLiteral("usage_name"), QStringLiteral("nas"));
    QJsonArray items =
            FakeAcronis::fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                    .value(u"items")
                    .toArray();
    items.append(extra);
    m_fake->setCatalogue(items);
    if (QTest::currentDataTag() == QByteArrayLiteral("bad price")) {
        m_fake->setPrices(
                QJsonArray{QJsonObject{{QStringLiteral("application_id"),
                                        QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb")},
                                       {QStringLiteral("name"), QStringLiteral("pw_base_servers")},
                                       {QStringLiteral("price"), QStringLiteral("19,00")},
                                       {QStringLiteral("version"), 1}}});
        message = QStringLiteral("\"19,00\"");
    } else if (QTest::currentDataTag() == QByteArrayLiteral("dropped connection")) {
        m_fake->dropNextConnections(1);
    } else if (QTest::currentDataTag() == QByteArrayLiteral("hang past the timeout")) {
        m_fake->failNext(request, FakeAcronis::hang());
    } else if (QTest::currentDataTag() == QByteArrayLiteral("401 mid-run")) {
        m_fake->revokeTokens(); // the cached token has expired
        m_fake->failNext(request, {status, body});
    } else {
        m_fake->failNext(request, {status, body});
    }
    ApiOptions options = fastOptions();
    options.transferTimeout = std::chrono::milliseconds(500);
    options.maxResponseBytes = 1024 * 1024;
    QNetworkAccessManager fresh; // new connections, so a dropped one is a real drop
    SyncJob job(m_db, m_secrets, fresh, options);
    const auto outcome = waitFor<SyncOutcome>([&](auto done) {
        connect(&job, &SyncJob::finished, &job, done);
        job.start(InstanceRepository(m_db).findById(m_instance.id).value(), false);
    });
    QCOMPARE(outcome.ok(), completes);
    if (completes) {
        QCOMPARE(outcome.diff.count(ChangeKind::Added), 1);
        QCOMPARE(products().size(), 14);
    } else {
        QVERIFY2(outcome.error && outcome.error->message.contains(message),
                 outcome.error ? qPrintable(outcome.error->message) : "");
        QCOMPARE(catalogueFingerprint(), before);
        const auto history = SyncRunRepository(m_db).list(m_instance.id).value();
        QCOMPARE(history.first().status, SyncStatus::Failed);
        QCOMPARE(history.first().error, outcome.error->message);
    }
}

void TestSync::namePolicyAfterAStorageRename_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("update") << "update";
    QTest::newRow("keep") << "keep";
}

void TestSync::namePolicyAfterAStorageRename()
{
    QFETCH(QString, policy);
    Instance instance = InstanceRepository(m_db).findById(m_instance.id).value();
    instance.namePolicy = *namePolicyFromKey(policy);
    QVERIFY(InstanceRepository(m_db).update(instance));
    QVERIFY(sync().ok());
    m_fake->setInfras(QJsonArray{
            QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209")},
                    {QStringLiteral("name"), QStringLiteral("Acronis Cloud Frankfurt")}},
            QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0")},
                    {QStringLiteral("name"), QStringLiteral("Files Cloud Frankfurt")}}});
    const auto outcome = sync();
    QVERIFY(outcome.ok());
    const QList<Product> after = products();
    const Product *storage = find(after, QStringLiteral("pw_base_storage"),
                                  QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209"));
    QCOMPARE(storage->acronisName,
             QStringLiteral(
                     "Protection Per Workload \u2013 Cloud storage (Acronis Cloud Frankfurt)"));
    if (policy == u"update") {
        QCOMPARE(outcome.diff.count(ChangeKind::Renamed), 2); // both editions' storage items
        QCOMPARE(storage->name, storage->acronisName);
    } else {
        QCOMPARE(outcome.diff.count(ChangeKind::Renamed), 0);
        QCOMPARE(outcome.diff.count(ChangeKind::Updated), 2);
        QCOMPARE(storage->name,
                 QStringLiteral("Protection Per Workload \u2013 Cloud storage (Acronis Cloud EU)"));
    }
}

void TestSync::retireAndComeBack()
{
    QVERIFY(sync().ok());
    const QJsonArray all =
            FakeAcronis::fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                    .value(u"items")
                    .toArray();
    QJsonArray fewer = all;
    fewer.removeAt(0); // pg_base_workstations is no longer served
    m_fake->setCatalogue(fewer);
    auto outcome = sync();
    QCOMPARE(outcome.diff.count(ChangeKind::Retired), 1);
    QCOMPARE(products().size(), 13); // kept
    QVERIFY(find(products(), QStringLiteral("pg_base_workstations"))->retired);
    m_fake->setCatalogue(all);
    outcome = sync();
    QCOMPARE(outcome.diff.count(ChangeKind::Updated), 1);
    QVERIFY(!find(products(), QStringLiteral("pg_base_workstations"))->retired);

    // Each run's changes can be read back by run, newest first: come back, retired, added.
    const auto runs = SyncRunRepository(m_db).list(m_instance.id).value();
    QCOMPARE(runs.size(), 3);
    const auto kindsOf = [this](const SyncRun &run) {
        QStringList kinds;
        for (const ProductHistoryEntry &entry : ProductRepository(m_db).changesOfRun(run).value())
            kinds << entry.kind + u':' + entry.newName.left(12);
        return kinds;
    };
    QCOMPARE(kindsOf(runs[0]).size(), 1);
    QVERIFY(kindsOf(runs[0]).first().startsWith(u"updated:"));
    QCOMPARE(kindsOf(runs[1]).size(), 1);
    QVERIFY(kindsOf(runs[1]).first().startsWith(u"retired:"));
    const QStringList first = kindsOf(runs[2]);
    QCOMPARE(first.size(), 13);
    QVERIFY(std::all_of(first.cbegin(), first.cend(),
                        [](const QString &kind) { return kind.startsWith(u"added:"); }));
}

void TestSync::dryRunWritesNothing()
{
    const auto first = sync(true);
    QVERIFY(first.ok());
    QVERIFY(first.dryRun);
    QCOMPARE(first.diff.count(ChangeKind::Added), 13);
    QVERIFY(products().isEmpty());
    QVERIFY(SyncRunRepository(m_db).list(m_instance.id)->isEmpty()); // not in the history
    // On a catalogue with products: a dry run that finds changes leaves every row as it was.
    QVERIFY(sync().ok());
    const QByteArray before = catalogueFingerprint();
    m_fake->setCatalogue({});
    const auto retiring = sync(true);
    QVERIFY(retiring.ok());
    QCOMPARE(retiring.diff.count(ChangeKind::Retired), 13);
    QCOMPARE(catalogueFingerprint(), before);
    QCOMPARE(SyncRunRepository(m_db).list(m_instance.id)->size(), 1);
}

void TestSync::costPricesFollowTheDiscount()
{
    QVERIFY(sync().ok());
    ProductFilter filter;
    filter.search = QStringLiteral("pw_base_servers");
    auto rows = ProductRepository(m_db).list(filter).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().costPrice()->text(), QStringLiteral("15.58")); // 19 × 0.82
    Instance instance = InstanceRepository(m_db).findById(m_instance.id).value();
    instance.discountPercent = Decimal::fromInteger(25);
    QVERIFY(InstanceRepository(m_db).update(instance));
    rows = ProductRepository(m_db).list(filter).value();
    QCOMPARE(rows.first().costPrice()->text(), QStringLiteral("14.25")); // at once, no sync
}

void TestSync::lockRefusesASecondSync()
{
    // Another program's run: a lock file on SQLite, an advisory lock on PostgreSQL.
    auto other = lockInstance(*m_db, QStringLiteral("sync"), m_instance.id, QStringLiteral("x"));
    QVERIFY(other);
    const auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, ErrorKind::Conflict);
    QVERIFY2(outcome.error->message.contains(
                     u"Another Get Services Definition of \"EU\" is running"),
             qPrintable(outcome.error->message));
    QVERIFY(products().isEmpty());
    QCOMPARE(m_fake->requests().size(), 0);
    if (csp::test::onPostgres())
        QVERIFY2(outcome.error->message.contains(thisLockHolder()),
                 qPrintable(outcome.error->message));
    other = Error{};
    QVERIFY(sync().ok());
}

void TestSync::foreignCurrencyIsAWarningAndNoPriceListIsFine()
{
    // The price list has no currency: the distributor's pricing settings say it.
    m_fake->setPricingCurrency(QStringLiteral("USD"));
    auto outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.diff.warnings.size(), 1);
    QVERIFY(outcome.diff.warnings.first().contains(u"USD"));
    QCOMPARE(find(products(), QStringLiteral("pw_base_servers"))->priceCurrency,
             QStringLiteral("USD"));
    m_fake->setPricingCurrency(std::nullopt); // none set: the instance's primary currency
    outcome = sync();
    QVERIFY(outcome.ok());
    QVERIFY(outcome.diff.warnings.isEmpty());
    QCOMPARE(find(products(), QStringLiteral("pw_base_servers"))->priceCurrency,
             QStringLiteral("EUR"));
    QCOMPARE(SyncRunRepository(m_db).list(m_instance.id)->first().warnings, outcome.diff.warnings);
    m_fake->setPrices(std::nullopt); // 404: the gateway serves no price list
    outcome = sync();
    QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->message) : "");
    QCOMPARE(find(products(), QStringLiteral("pw_base_servers"))->sellPrice, std::nullopt);
}

void TestSync::cancelLeavesTheCatalogueAndRecordsIt()
{
    QVERIFY(sync().ok());
    const QByteArray before = catalogueFingerprint();
    m_fake->setCatalogue({});
    SyncJob job(m_db, m_secrets, m_network, fastOptions());
    connect(&job, &SyncJob::progress, &job, [&](const QString &, int done, int) {
        if (done == 4)
            job.cancel(); // while the reads are in flight
    });
    const auto outcome = waitFor<SyncOutcome>([&](auto done) {
        connect(&job, &SyncJob::finished, &job, done);
        job.start(InstanceRepository(m_db).findById(m_instance.id).value(), false);
    });
    QCOMPARE(outcome.status, SyncStatus::Cancelled);
    QCOMPARE(catalogueFingerprint(), before);
    QCOMPARE(SyncRunRepository(m_db).list(m_instance.id)->first().status, SyncStatus::Cancelled);
}

void TestSync::aKilledRunIsRecordedAndItsLockReleased()
{
    // What a run killed half way leaves behind: its history row still "running", and a lock file
    // of a process that no longer exists.
    SyncRun killed;
    killed.id = newUuid();
    killed.instanceId = m_instance.id;
    killed.startedAt = QStringLiteral("2026-11-01T10:00:00.000Z");
    QVERIFY(SyncRunRepository(m_db).start(killed));
    if (csp::test::onPostgres()) {
        // The killed program's connection held the advisory lock; the server lets it go when
        // the connection ends, and its holder row stays behind.
        const QString connection = m_db->openDedicatedConnection().value();
        {
            QSqlQuery hold(QSqlDatabase::database(connection));
            QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_lock(%1, hashtext('sync:%2'))")
                                      .arg(0x43535032)
                                      .arg(m_instance.id)));
            QVERIFY(hold.exec(QStringLiteral("INSERT INTO lock_holders VALUES ('sync:%1', "
                                             "'ghost@gone (process 1)', '%2')")
                                      .arg(m_instance.id, killed.startedAt)));
        }
        const auto refused = sync();
        QVERIFY(refused.error && refused.error->message.contains(u"ghost@gone (process 1)"));
        m_db->closeDedicatedConnection(connection);
    } else {
        const QString lockPath = syncLockPath(*m_db, m_instance.id);
        QDir().mkpath(QFileInfo(lockPath).absolutePath());
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArrayLiteral("2147480000\ntst_sync\n") +
                   QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
    }

    const auto outcome = sync();
    QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->message) : "");
    const auto history = SyncRunRepository(m_db).list(m_instance.id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).status, SyncStatus::Succeeded);
    QCOMPARE(history.at(1).id, killed.id);
    QCOMPARE(history.at(1).status, SyncStatus::Failed);
    QVERIFY(history.at(1).error.contains(u"interrupted"));
}

void TestSync::editsBetweenTheReadAndTheWriteAreKept()
{
    Instance keep = InstanceRepository(m_db).findById(m_instance.id).value();
    keep.namePolicy = NamePolicy::Keep;
    QVERIFY(InstanceRepository(m_db).update(keep));
    QVERIFY(sync().ok());
    // Acronis renames both applications: the next sync updates every product.
    QJsonArray applications =
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    for (auto &&value : applications) {
        QJsonObject application = value.toObject();
        application.insert(
                QStringLiteral("name"),
                QString(application.value(u"name").toString() + QStringLiteral(" (new)")));
        value = application;
    }
    m_fake->setApplications(applications);
    m_fake->delayNext(QStringLiteral("GET /api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12/"
                                     "offering_items/pricing"),
                      600);
    SyncJob job(m_db, m_secrets, m_network, fastOptions());
    std::optional<SyncOutcome> outcome;
    connect(&job, &SyncJob::finished, &job, [&](const SyncOutcome &o) { outcome = o; });
    job.start(keep, false);
    // The sync has read the stored catalogue and waits for the prices: the admin edits now, as
    // the window does (through ProductService).
    QTRY_VERIFY(m_fake->count(QStringLiteral("GET /api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-"
                                             "7f0a2d4c6b12/offering_items/pricing")) == 2);
    QVERIFY(!outcome);
    ProductService service(m_db);
    const QList<Product> before = products();
    const Product *workstations = find(before, QStringLiteral("pw_base_workstations"));
    QVERIFY(workstations);
    QVERIFY(service.rename(workstations->id, QStringLiteral("Laptops and desktops")).status);
    QVERIFY(service.setManualPrice({m_instance.id, QStringLiteral("pu_base_fc_seats"), {}, {}},
                                   QStringLiteral("3.75"))
                    .status);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY2(outcome->ok(), outcome->error ? qPrintable(outcome->error->message) : "");
    const QList<Product> after = products();
    QCOMPARE(find(after, QStringLiteral("pw_base_workstations"))->name,
             QStringLiteral("Laptops and desktops"));
    QVERIFY(find(after, QStringLiteral("pw_base_workstations"))
                    ->applicationName.endsWith(u"(new)"));
    const Product *seats = find(after, QStringLiteral("pu_base_fc_seats"));
    QCOMPARE(seats->sellPrice->text(), QStringLiteral("3.75"));
    QCOMPARE(seats->priceSource, PriceSource::Manual);
    QVERIFY(seats->applicationName.endsWith(u"(new)"));
}

void TestSync::cancelDuringABackOffEndsAtOnce()
{
    // The window's Cancel: Acronis asked for 30 s of patience before the next attempt.
    m_fake->failNext(QStringLiteral("GET /api/2/applications"),
                     {503, "{}", "application/json", {{"Retry-After", "30"}}});
    QStringList ended;
    ApiOptions options;
    options.requestLog = [&](const QString &line) {
        ended << line;
    };
    SyncJob job(m_db, m_secrets, m_network, options);
    std::optional<SyncOutcome> outcome;
    connect(&job, &SyncJob::finished, &job, [&](const SyncOutcome &o) { outcome = o; });
    job.start(m_instance, false);
    QTRY_VERIFY(m_fake->count(QStringLiteral("GET /api/2/applications")) == 1);
    // The answer is in and the back-off has begun: the client logs an answer and schedules the
    // next attempt in one go.
    QTRY_VERIFY(!ended.filter(QStringLiteral("GET /api/2/applications 503 ")).isEmpty());
    QElapsedTimer cancelling;
    cancelling.start();
    job.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
    QVERIFY(cancelling.elapsed() < 2000);
    QCOMPARE(outcome->status, SyncStatus::Cancelled);
    QCOMPARE(SyncRunRepository(m_db).list(m_instance.id)->first().status, SyncStatus::Cancelled);
    QVERIFY(products().isEmpty());
    QVERIFY(sync().ok()); // its lock is gone
}

void TestSync::staleHandEditsAreRefused()
{
    QVERIFY(sync().ok());
    ProductService service(m_db);
    const QList<Product> shown = products(); // what one admin's window shows
    const Product workstations = *find(shown, QStringLiteral("pw_base_workstations"));
    const Product seats = *find(shown, QStringLiteral("pu_base_fc_seats"));
    QVERIFY(!seats.sellPrice); // not served: may be priced by hand

    // Another admin renames and prices first.
    QVERIFY(service.rename(workstations, QStringLiteral("Desktops")).status);
    QVERIFY(service.setManualPrice(seats, QStringLiteral("3.75"), QLocale::c()).status);

    const auto renamed = service.rename(workstations, QStringLiteral("Laptops"));
    QVERIFY(!renamed.status);
    QCOMPARE(renamed.status.error().kind, ErrorKind::Conflict);
    const QString renameMessage = renamed.status.error().message;
    QVERIFY2(renameMessage.contains(QStringLiteral("its name is now \"Desktops\"")),
             qPrintable(renameMessage));
    QVERIFY2(renameMessage.contains(thisUserAtHost()), qPrintable(renameMessage));
    QVERIFY(renameMessage.contains(QStringLiteral("nothing was saved")));
    const auto priced = service.setManualPrice(seats, QStringLiteral("4.00"), QLocale::c());
    QCOMPARE(priced.status.error().kind, ErrorKind::Conflict);
    QVERIFY2(priced.status.error().message.contains(QStringLiteral("its sell price is now 3.75")),
             qPrintable(priced.status.error().message));

    QList<Product> now = products();
    QCOMPARE(find(now, QStringLiteral("pw_base_workstations"))->name, QStringLiteral("Desktops"));
    QCOMPARE(find(now, QStringLiteral("pu_base_fc_seats"))->sellPrice->text(),
             QStringLiteral("3.75"));
    QCOMPARE(find(now, QStringLiteral("pw_base_workstations"))->version, workstations.version + 1);
    QCOMPARE(find(now, QStringLiteral("pu_base_fc_seats"))->version, seats.version + 1);

    // A sync's change counts too: Acronis renames the applications, so every product changes.
    const Product beforeSync = *find(now, QStringLiteral("pu_base_fc_seats"));
    QJsonArray applications =
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    for (auto &&value : applications) {
        QJsonObject application = value.toObject();
        application.insert(QStringLiteral("name"),
                           QString(application.value(u"name").toString() + QStringLiteral(" 2")));
        value = application;
    }
    m_fake->setApplications(applications);
    QVERIFY(sync().ok());
    const auto afterSync = service.setManualPrice(beforeSync, QStringLiteral("4.00"), QLocale::c());
    QCOMPARE(afterSync.status.error().kind, ErrorKind::Conflict);
    QVERIFY2(afterSync.status.error().message.contains(
                     QStringLiteral("its name is now \"File Sync & Share 2 Per User")),
             qPrintable(afterSync.status.error().message));
    // Based on what is stored now, the edit goes through.
    now = products();
    QVERIFY(service.setManualPrice(*find(now, QStringLiteral("pu_base_fc_seats")),
                                   QStringLiteral("4.00"), QLocale::c())
                    .status);
    QCOMPARE(find(products(), QStringLiteral("pu_base_fc_seats"))->sellPrice->text(),
             QStringLiteral("4.00"));
}

// Whether another connection may write now: SQLite's one write lock, asked without waiting.
bool TestSync::writeLockIsTaken() const
{
    return csp::test::sqliteWriteLockIsTaken(*m_db);
}

void TestSync::theCatalogueIsWrittenWhileItsStoragesAreRead()
{
    // A first sync: the storages' names come last, from GET /infra with the ids the catalogue
    // names. Meanwhile the products are compared and written, and nothing is committed.
    m_fake->delayNext(QStringLiteral("GET /api/2/infra"), 800);
    SyncJob job(m_db, m_secrets, m_network, fastOptions());
    std::optional<SyncOutcome> outcome;
    connect(&job, &SyncJob::finished, &job, [&](const SyncOutcome &o) { outcome = o; });
    job.start(m_instance, false);
    QTRY_COMPARE(m_fake->requests().filter(QStringLiteral("GET /api/2/infra")).size(), 1);
    if (!csp::test::onPostgres()) // PostgreSQL has no one lock to ask for
        QTRY_VERIFY(writeLockIsTaken());
    QVERIFY(!outcome);
    QVERIFY(products().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY2(outcome->ok(), outcome->error ? qPrintable(outcome->error->message) : "");
    const auto stored = products();
    QCOMPARE(stored.size(), 13);
    QCOMPARE(outcome->diff.count(ChangeKind::Added), 13);
    // Named when their storages were read, in the same transaction.
    QCOMPARE(find(stored, QStringLiteral("pw_base_storage"),
                  QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209"))
                     ->name,
             QStringLiteral("Protection Per Workload \u2013 Cloud storage (Acronis Cloud EU)"));
    QCOMPARE(find(stored, QStringLiteral("pu_base_fc_storage"),
                  QStringLiteral("fbc254b9-d8be-4daf-94f6-0253d23b63f0"))
                     ->infraName,
             QStringLiteral("Files Cloud Frankfurt"));
    const auto history = SyncRunRepository(m_db).list(m_instance.id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().status, SyncStatus::Succeeded);
    QCOMPARE(history->first().added, 13);
}

// One application with two items, the second on a storage the reads have not named yet.
CatalogueReads TestSync::smallCatalogue()
{
    const QString application = QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb");
    CatalogueReads reads;
    reads.applications = {{application, QStringLiteral("Protection"), QStringLiteral("platform")}};
    acronis::OfferingItem seats;
    seats.applicationId = application;
    seats.name = QStringLiteral("pw_small_seats");
    seats.usageName = QStringLiteral("seats");
    seats.type = QStringLiteral("count");
    seats.measurementUnit = QStringLiteral("quantity");
    acronis::OfferingItem storage = seats;
    storage.name = QStringLiteral("pw_small_storage");
    storage.usageName = QStringLiteral("storage");
    storage.type = QStringLiteral("infra");
    storage.measurementUnit = QStringLiteral("bytes");
    storage.infraId = QStringLiteral("0d7b7a52-6a4f-4c43-9d38-1f3b6c0e2a11");
    reads.items = {seats, storage};
    return reads;
}

std::future<Result<StoredCatalogue>> TestSync::storedNow() const
{
    ProductRepository repository(m_db);
    std::promise<Result<StoredCatalogue>> stored;
    stored.set_value(StoredCatalogue{repository.revision(m_instance.id).value(),
                                     repository.forInstance(m_instance.id).value()});
    return stored.get_future();
}

SyncRun TestSync::startedRun() const
{
    SyncRun run;
    run.id = newUuid();
    run.instanceId = m_instance.id;
    run.instanceName = m_instance.systemName;
    run.startedAt = catalogueTimeNow();
    run.startedBy = QStringLiteral("cli");
    if (!SyncRunRepository(m_db).start(run))
        qFatal("cannot record the run");
    return run;
}

void TestSync::anUpdateWaitingPastItsLimitLetsOthersWrite()
{
    QVERIFY(sync().ok());
    const QList<Product> before = products();
    const Product *workstations = find(before, QStringLiteral("pw_base_workstations"));
    QVERIFY(workstations);
    const SyncRun run = startedRun();
    const CatalogueReads known = smallCatalogue();
    CatalogueUpdate update(
            m_db, m_instance, run, catalogueTimeNow(), storedNow(), known, [] {},
            std::chrono::milliseconds(100));
    // The update holds the write lock for at most 100 ms waiting for the storages; an edit
    // made meanwhile waits for it (the database's busy timeout is 5 s) and then goes through.
    QElapsedTimer waited;
    waited.start();
    QVERIFY(ProductService(m_db)
                    .rename(workstations->id, QStringLiteral("Laptops and desktops"))
                    .status);
    QVERIFY2(waited.elapsed() < 3000, qPrintable(QString::number(waited.elapsed())));
    CatalogueReads all = known;
    all.infras = {{known.items.at(1).infraId, QStringLiteral("Cloud Vienna")}};
    update.complete(all);
    const auto written = update.result();
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->count(ChangeKind::Added), 2);
    QCOMPARE(written->count(ChangeKind::Retired), before.size());
    const QList<Product> after = products();
    const Product *storage =
            find(after, QStringLiteral("pw_small_storage"), known.items.at(1).infraId);
    QCOMPARE(storage->infraName, QStringLiteral("Cloud Vienna"));
    QVERIFY2(storage->name.endsWith(u" (Cloud Vienna)"), qPrintable(storage->name));
    // Compared with the catalogue as it was after the edit: the edit is kept.
    const Product *renamed = find(after, QStringLiteral("pw_base_workstations"));
    QCOMPARE(renamed->name, QStringLiteral("Laptops and desktops"));
    QVERIFY(renamed->retired);
    const auto history = SyncRunRepository(m_db).list(m_instance.id).value();
    const auto recorded = std::find_if(history.begin(), history.end(),
                                       [&](const SyncRun &r) { return r.id == run.id; });
    QVERIFY(recorded != history.end());
    QCOMPARE(recorded->status, SyncStatus::Succeeded);
    QCOMPARE(recorded->added, 2);
}

void TestSync::anAbandonedUpdateWritesNothing()
{
    QVERIFY(sync().ok());
    const QByteArray synced = catalogueFingerprint();
    // The sync's log is folded and emptied on a thread of its own, which takes the write lock
    // for a moment: the probe below would take that for the update's.
    m_db->finishFolding();
    std::atomic<bool> done = false;
    {
        CatalogueUpdate update(m_db, m_instance, startedRun(), catalogueTimeNow(), storedNow(),
                               smallCatalogue(), [&done] { done = true; });
        if (!csp::test::onPostgres())
            QTRY_VERIFY(writeLockIsTaken()); // written, and waiting for the storages
        update.abandon();
        const auto written = update.result();
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Cancelled);
    }
    QVERIFY(done);
    QCOMPARE(catalogueFingerprint(), synced); // nothing retired, nothing added
    if (!csp::test::onPostgres())
        QVERIFY(!writeLockIsTaken());
}

// The products another connection sees (the database's own, of another thread): what is
// committed.
int TestSync::committedProducts() const
{
    return std::async(std::launch::async,
                      [database = m_db, id = m_instance.id] {
                          const auto products = ProductRepository(database).forInstance(id);
                          database->releaseThisThreadsConnection();
                          return products ? int(products->size()) : -1;
                      })
            .get();
}

void TestSync::aCancelAfterTheCommitReportsTheWrittenCatalogue()
{
    m_fake->delayNext(QStringLiteral("GET /api/2/infra"), 300);
    SyncJob job(m_db, m_secrets, m_network, fastOptions());
    std::optional<SyncOutcome> outcome;
    connect(&job, &SyncJob::finished, &job, [&](const SyncOutcome &o) { outcome = o; });
    // Events are handled until the last answer is in and handed to the worker ("Writing the
    // changes…", the last step), and then no more: the worker commits, and its word that it
    // did waits in the queue when the cancel comes.
    QEventLoop untilWriting;
    connect(&job, &SyncJob::progress, &untilWriting, [&](const QString &, int done, int total) {
        if (done == total)
            untilWriting.quit();
    });
    QTimer::singleShot(10000, &untilWriting, &QEventLoop::quit);
    job.start(m_instance, false);
    untilWriting.exec();
    QVERIFY(!outcome);
    QElapsedTimer waited;
    waited.start();
    while (committedProducts() != 13 && waited.elapsed() < 10000)
        QThread::msleep(5);
    QCOMPARE(committedProducts(), 13);
    job.cancel();
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), outcome->error ? qPrintable(outcome->error->message) : "");
    QCOMPARE(outcome->diff.count(ChangeKind::Added), 13);
    const auto history = SyncRunRepository(m_db).list(m_instance.id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().status, SyncStatus::Succeeded);
    QCOMPARE(history->first().added, 13);
}

void TestSync::aLargeCatalogueIsComparedInPartsWhileItIsWritten_data()
{
    QTest::addColumn<int>("storagesDelayMs");
    QTest::newRow("all read at once") << 0;
    QTest::newRow("written while the storages are read") << 400;
}

// 2,500 items are compared in parts of 1,000 on a thread of their own while the parts before
// are written: what is written is what one comparison of the whole gives (the dry run's).
void TestSync::aLargeCatalogueIsComparedInPartsWhileItIsWritten()
{
    QFETCH(int, storagesDelayMs);
    m_fake->loadGeneratedCatalogue(2500);
    const auto preview = sync(true);
    QVERIFY2(preview.ok(), preview.error ? qPrintable(preview.error->message) : "");
    QCOMPARE(preview.diff.count(ChangeKind::Added), 2500);
    if (storagesDelayMs > 0)
        m_fake->delayNext(QStringLiteral("GET /api/2/infra"), storagesDelayMs);
    const auto outcome = sync();
    QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->message) : "");
    QCOMPARE(outcome.diff.count(ChangeKind::Added), 2500);
    QHash<ProductKey, Product> stored;
    for (const Product &product : products())
        stored.insert(product.key, product);
    QCOMPARE(stored.size(), 2500);
    for (const ProductChange &change : preview.diff.changes) {
        const Product &expected = change.product;
        const auto written = stored.constFind(expected.key);
        QVERIFY2(written != stored.cend(), qPrintable(expected.key.offeringItem));
        QCOMPARE(written->name, expected.name);
        QCOMPARE(written->infraName, expected.infraName);
        QCOMPARE(written->sellPrice, expected.sellPrice);
        QCOMPARE(written->priceCurrency, expected.priceCurrency);
    }
    const auto history = SyncRunRepository(m_db).list(m_instance.id);
    QCOMPARE(history->first().added, 2500);
    const auto again = sync();
    QVERIFY(again.ok());
    QCOMPARE(again.diff.count(ChangeKind::Unchanged), 2500);
}

// A row the database refuses in the second part stops the comparison of the rest and rolls
// back the parts written before it: the catalogue is as it was, and the run says why.
void TestSync::aRowRefusedInALaterPartLeavesTheCatalogueUntouched()
{
    m_fake->loadGeneratedCatalogue(2500);
    QSqlQuery refuse(m_db->connection());
    if (csp::test::onPostgres()) {
        QVERIFY(refuse.exec(QStringLiteral(
                "CREATE FUNCTION refuse_item_1500() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN IF NEW.offering_item = 'pw_base_item_1500' THEN RAISE EXCEPTION "
                "'item 1500 refused by the test'; END IF; RETURN NEW; END $$")));
        QVERIFY(refuse.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON products FOR "
                                           "EACH ROW EXECUTE FUNCTION refuse_item_1500()")));
    } else {
        QVERIFY(refuse.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON products WHEN NEW.offering_item = "
                "'pw_base_item_1500' BEGIN SELECT RAISE(ABORT, 'item 1500 refused by the test'); "
                "END")));
    }
    const auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.status, SyncStatus::Failed);
    QVERIFY2(outcome.error->message.contains(u"item 1500 refused by the test"),
             qPrintable(outcome.error->message));
    QVERIFY(products().isEmpty());
    const auto history = SyncRunRepository(m_db).list(m_instance.id);
    QCOMPARE(history->first().status, SyncStatus::Failed);
    QVERIFY(refuse.exec(
            QStringLiteral("DROP TRIGGER refuse%1")
                    .arg(csp::test::onPostgres() ? QStringLiteral(" ON products") : QString())));
    if (csp::test::onPostgres())
        QVERIFY(refuse.exec(QStringLiteral("DROP FUNCTION refuse_item_1500()")));
    const auto retried = sync();
    QVERIFY2(retried.ok(), retried.error ? qPrintable(retried.error->message) : "");
    QCOMPARE(products().size(), 2500);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
