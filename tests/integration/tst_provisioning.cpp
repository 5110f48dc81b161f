#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/contractservice.h"
#include "services/providerservice.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/providerrepository.h"
#include "syncedinstance.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <future>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

namespace {
const QString distributorId = csp::test::DistributorId;

ProviderRequest sampleRequest()
{
    ProviderRequest request;
    request.name = QStringLiteral("Backup Heroes GmbH");
    request.customerId = QStringLiteral("ERP-1001");
    request.adminLogin = QStringLiteral("heroes-admin");
    request.adminEmail = QStringLiteral("admin@heroes.example");
    request.tier = QStringLiteral("3");
    request.language = QStringLiteral("de");
    return request;
}

FakeAcronis::Reply badRequest()
{
    return FakeAcronis::Reply(
            400,
            R"({"error":{"code":400,"message":"Bad Request","details":{"info":"Bad Request"}}})");
}

} // namespace

class TestProvisioning final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createProvisionsEverything();
    void createTwiceMakesOneTenant();
    void failureAtEachStepThenCreateAgainCompletes_data();
    void failureAtEachStepThenCreateAgainCompletes();
    void takesOverATenantAndAdminMadeBefore();
    void lostAnswerOfEachWriteStillMakesOneOfEverything_data();
    void lostAnswerOfEachWriteStillMakesOneOfEverything();
    void persistentLossStopsSayingWhatExists();
    void lostDeleteAnswerStillCancels();
    void namedItemsAreEnabledOnEveryStorage();
    void unknownItemIsRefusedBeforeAnyChange();
    void chosenProductIsEnabledOnItsOwnStorageOnly();
    void nameUsedByAnotherCustomerIsAConflict();
    void nameConflictAtAcronisIsAConflict();
    void takenLoginIsAConflict();
    void invalidRequestNamesTheFields();
    void dryRunChangesNothing();
    void suspendAndResume();
    void suspendRetriesOnceOnAStaleVersion();
    void suspendReportsAConflictThatPersists();
    void cancelDisablesThenDeletes();
    void cancelOfATenantRemovedByHand();
    void importReadsEveryPage();
    void importReadsEachTierAndContractStart_data();
    void importReadsEachTierAndContractStart();
    void importReadsTiersInAWindow();
    void importReadsTiersWhileLaterPagesAreRead();
    void importThatFailsOnALaterPageRecordsNothing();
    void importWritesWhileTheLastTiersAreRead();
    void anImportStoppedWhileItWritesRecordsNothing();
    void anImportWhoseLastTiersAreSlowLetsTheWriteLockGo();
    void oneOperationPerCustomerAtATime();
    void itemsAreReadAndChangedLater();

private:
    ProviderOutcome run(const std::function<void(ProviderService &)> &start);
    // Imports `count` partners listed in pages of `pageSize`: its outcome, or a default one
    // (nothing added, the reason warned) unless each was added with one tier read.
    ProviderOutcome importPartners(int pageSize, int count);
    // 230 partners on one page, the last one's tier read answered `delayMs` late; the import
    // started with a transfer timeout longer than that, its outcome in `outcome` once done.
    std::unique_ptr<ProviderService> importWithTheLastTierLate(
            int delayMs, std::optional<ProviderOutcome> &outcome);
    // The providers another connection sees (the database's own, of another thread): what is
    // committed.
    int committedProviders() const;
    void waitForTheWriteToBegin() const;
    ProviderOutcome create(const ProviderRequest &request = sampleRequest(), bool dryRun = false)
    {
        return run([&](ProviderService &service) { service.create(m_instance, request, dryRun); });
    }
    int changingRequests() const
    {
        return m_fake->count(QStringLiteral("POST")) -
                m_fake->count(QStringLiteral("POST /api/2/idp")) +
                m_fake->count(QStringLiteral("PUT")) + m_fake->count(QStringLiteral("DELETE"));
    }
    Provider stored(const QString &customerId) const
    {
        return ProviderRepository(m_db).find(m_instance.id, customerId).value().value();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FakeAcronis> m_fake;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    int m_counter = 0;
};

void TestProvisioning::init()
{
    CSP_FAIL_ON_SLIPS();
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("p%1/catalogue.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = *db;
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    m_fake->setPageSize(5);
    m_secrets = FakeSecretStore();
    m_instance = csp::test::addSyncedInstance(m_db, *m_fake, m_secrets, m_network);
    QVERIFY(!m_instance.id.isEmpty());
}

ProviderOutcome TestProvisioning::run(const std::function<void(ProviderService &)> &start)
{
    ApiOptions options;
    options.retry.initialBackoff = std::chrono::milliseconds(10);
    options.transferTimeout = std::chrono::milliseconds(1000); // a silent gateway times out fast
    ProviderService service(m_db, m_secrets, m_network, options);
    return waitFor<ProviderOutcome>([&](auto done) {
        connect(&service, &ProviderService::finished, &service, done);
        start(service);
    });
}

void TestProvisioning::itemsAreReadAndChangedLater()
{
    QVERIFY(create().ok()); // the instance's 13 active products
    const QString customerId = sampleRequest().customerId;
    const QString tenantId = stored(customerId).tenantId;
    ProviderOutcome read =
            run([&](ProviderService &service) { service.readItems(m_instance, customerId); });
    QVERIFY2(read.ok(), qPrintable(read.error ? read.error->message : QString()));
    QCOMPARE(read.enabledItems.size(), 13);
    QVERIFY(read.enabledItems.contains(u"pw_base_storage"));

    // Down to two named items: the others available to partners are disabled in the same call.
    const int putsBefore = m_fake->count(QStringLiteral("PUT /api/2/tenants/") + tenantId +
                                         QStringLiteral("/offering_items"));
    ProviderRequest fewer;
    fewer.items = {QStringLiteral("pw_base_workstations"), QStringLiteral("pw_base_servers")};
    const ProviderOutcome set =
            run([&](ProviderService &service) { service.setItems(m_instance, customerId, fewer); });
    QVERIFY2(set.ok(), qPrintable(set.error ? set.error->message : QString()));
    QCOMPARE(m_fake->count(QStringLiteral("PUT /api/2/tenants/") + tenantId +
                           QStringLiteral("/offering_items")),
             putsBefore + 1);
    QStringList enabled;
    for (const QJsonValue &item : m_fake->enabledItems(tenantId))
        enabled.append(item[u"name"].toString());
    enabled.sort();
    QCOMPARE(enabled,
             (QStringList{QStringLiteral("pw_base_servers"),
                          QStringLiteral("pw_base_workstations")}));
    QVERIFY2(set.summary.contains(u"2 offering item"), qPrintable(set.summary));
    read = run([&](ProviderService &service) { service.readItems(m_instance, customerId); });
    QCOMPARE(read.enabledItems.size(), 2);

    // Recorded: the change, not the reads.
    const auto operations = ProviderRepository(m_db).operations(stored(customerId).id).value();
    QStringList kinds;
    for (const ProviderOperation &operation : operations)
        kinds << operation.operation;
    QVERIFY2(kinds.contains(u"set-items") && !kinds.contains(u"read-items"),
             qPrintable(kinds.join(u',')));

    // An unknown item changes nothing.
    ProviderRequest unknown;
    unknown.items = {QStringLiteral("no_such_item")};
    const int changes = changingRequests();
    const ProviderOutcome refused = run(
            [&](ProviderService &service) { service.setItems(m_instance, customerId, unknown); });
    QVERIFY(!refused.ok());
    QCOMPARE(changingRequests(), changes);
}

void TestProvisioning::createProvisionsEverything()
{
    const ProviderOutcome outcome = create();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(!outcome.changedNothing);

    const QList<QJsonObject> tenants = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"));
    QCOMPARE(tenants.size(), 1);
    const QJsonObject tenant = tenants.first();
    const QString tenantId = tenant.value(u"id").toString();
    QCOMPARE(tenant.value(u"kind").toString(), u"partner");
    QCOMPARE(tenant.value(u"parent_id").toString(), distributorId);
    QCOMPARE(tenant.value(u"name").toString(), u"Backup Heroes GmbH");
    QCOMPARE(tenant.value(u"language").toString(), u"de");

    // Every active product of the instance, each on its storage.
    const QJsonArray items = m_fake->enabledItems(tenantId);
    QCOMPARE(items.size(), 13);
    int storageItems = 0;
    for (const QJsonValue &item : items) {
        QCOMPARE(item[u"status"].toInt(), 1);
        storageItems += !item.toObject().value(u"infra_id").toString().isEmpty();
    }
    QCOMPARE(storageItems, 3);
    QCOMPARE(m_fake->tierLevel(tenantId), 2); // Tier 3

    const QList<QJsonObject> users = m_fake->users();
    QCOMPARE(users.size(), 1);
    const QJsonObject admin = users.first();
    QCOMPARE(admin.value(u"login").toString(), u"heroes-admin");
    QCOMPARE(admin.value(u"tenant_id").toString(), tenantId);
    QCOMPARE(admin.value(u"contact")[u"email"].toString(), u"admin@heroes.example");
    const QJsonArray policies = m_fake->accessPolicies(admin.value(u"id").toString());
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies[0][u"role_id"].toString(), u"partner_admin");
    QCOMPARE(policies[0][u"tenant_id"].toString(), tenantId);
    QCOMPARE(policies[0][u"trustee_id"].toString(), admin.value(u"id").toString());
    QCOMPARE(m_fake->activationMails(), QStringList{admin.value(u"id").toString()});

    const Provider provider = stored(QStringLiteral("ERP-1001"));
    QCOMPARE(provider.tenantId, tenantId);
    QCOMPARE(provider.status, ProviderStatus::Active);
    QCOMPARE(provider.tier, QStringLiteral("3"));
    QCOMPARE(provider.pricingMode, u"production");
    QCOMPARE(provider.adminLogin, u"heroes-admin");
    QVERIFY(provider.progress.complete);
    const auto operations = ProviderRepository(m_db).operations(provider.id).value();
    QCOMPARE(operations.size(), 1);
    QCOMPARE(operations.first().operation, u"create");
    QVERIFY(operations.first().succeeded);
    QVERIFY(operations.first().detail.contains(tenantId));
}

void TestProvisioning::createTwiceMakesOneTenant()
{
    QVERIFY(create().ok());
    const int before = changingRequests();
    const ProviderOutcome again = create();
    QVERIFY(again.ok());
    QVERIFY(again.changedNothing);
    QVERIFY(again.summary.contains(u"already provisioned"));
    QCOMPARE(changingRequests(), before);
    QCOMPARE(m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001")).size(), 1);
    QCOMPARE(m_fake->users().size(), 1);
}

void TestProvisioning::failureAtEachStepThenCreateAgainCompletes_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("create tenant") << QStringLiteral("POST /api/2/tenants");
    QTest::newRow("enable items") << QStringLiteral("PUT /api/2/tenants/");
    QTest::newRow("tier") << QStringLiteral("PUT /api/2/applications/");
    QTest::newRow("check login") << QStringLiteral("GET /api/2/users/check_login");
    QTest::newRow("create admin") << QStringLiteral("POST /api/2/users");
    QTest::newRow("access policy") << QStringLiteral("PUT /api/2/users/");
    QTest::newRow("activation") << QStringLiteral("POST /api/2/users/d");
}

void TestProvisioning::failureAtEachStepThenCreateAgainCompletes()
{
    QFETCH(QString, request);
    m_fake->failNext(request, badRequest());
    const ProviderOutcome failed = create();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error->kind, ErrorKind::Failed);
    QVERIFY2(failed.error->message.contains(u"Bad Request"), qPrintable(failed.error->message));

    const ProviderOutcome again = create();
    QVERIFY2(again.ok(), qPrintable(again.error ? again.error->message : QString()));
    const QList<QJsonObject> tenants = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"));
    QCOMPARE(tenants.size(), 1);
    const QString tenantId = tenants.first().value(u"id").toString();
    QCOMPARE(m_fake->users().size(), 1);
    QCOMPARE(m_fake->enabledItems(tenantId).size(), 13);
    QCOMPARE(m_fake->tierLevel(tenantId), 2);
    QCOMPARE(m_fake->activationMails().size(), 1);
    QVERIFY(stored(QStringLiteral("ERP-1001")).progress.complete);
    // Steps done by the first run are not repeated.
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/tenants")),
             request.startsWith(u"POST /api/2/tenants") ? 2 : 1);
    const auto operations =
            ProviderRepository(m_db).operations(stored(QStringLiteral("ERP-1001")).id).value();
    QCOMPARE(operations.first().succeeded, true);
    if (operations.size() == 2) {
        QCOMPARE(operations.last().succeeded, false);
        QVERIFY(operations.last().detail.contains(u"run create again"));
    }
}

void TestProvisioning::lostAnswerOfEachWriteStillMakesOneOfEverything_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<FakeAcronis::Loss>("loss");
    QTest::addColumn<int>("mails");
    const QList<std::pair<const char *, QString>> writes{
            {"tenant", QStringLiteral("POST /api/2/tenants")},
            {"offering items", QStringLiteral("PUT /api/2/tenants/")},
            {"tier", QStringLiteral("PUT /api/2/applications/")},
            {"admin user", QStringLiteral("POST /api/2/users")},
            {"access policy", QStringLiteral("PUT /api/2/users/")},
            {"activation e-mail", QStringLiteral("POST /api/2/users/")}};
    const QList<std::pair<const char *, FakeAcronis::Loss>> losses{
            {"dropped", FakeAcronis::Loss::Drop},
            {"500", FakeAcronis::Loss::InternalError},
            {"proxy 502", FakeAcronis::Loss::ProxyBadGateway},
            {"proxy 504", FakeAcronis::Loss::ProxyTimeout}};
    for (const auto &[write, request] : writes) {
        const bool mail = QByteArrayView(write) == "activation e-mail";
        for (const auto &[lossName, loss] : losses)
            QTest::addRow("%s, %s", write, lossName) << request << loss << (mail ? 2 : 1);
    }
    QTest::addRow("tenant, no answer at all")
            << QStringLiteral("POST /api/2/tenants") << FakeAcronis::Loss::Silence << 1;
    QTest::addRow("admin user, no answer at all")
            << QStringLiteral("POST /api/2/users") << FakeAcronis::Loss::Silence << 1;
}

void TestProvisioning::lostAnswerOfEachWriteStillMakesOneOfEverything()
{
    QFETCH(QString, request);
    QFETCH(FakeAcronis::Loss, loss);
    QFETCH(int, mails);
    // Acronis carries the request out; its answer never arrives whole.
    m_fake->loseAnswerOfNext(request, loss);
    const ProviderOutcome outcome = create();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    const QList<QJsonObject> tenants = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"));
    QCOMPARE(tenants.size(), 1);
    const QString tenantId = tenants.first().value(u"id").toString();
    QCOMPARE(m_fake->users().size(), 1);
    QCOMPARE(m_fake->users().first().value(u"tenant_id").toString(), tenantId);
    QCOMPARE(m_fake->enabledItems(tenantId).size(), 13);
    QCOMPARE(m_fake->tierLevel(tenantId), 2);
    QCOMPARE(m_fake->accessPolicies(m_fake->users().first().value(u"id").toString()).size(), 1);
    // One e-mail; a second only where the answer to the first was lost.
    QCOMPARE(m_fake->activationMails().size(), mails);
    const Provider provider = stored(QStringLiteral("ERP-1001"));
    QVERIFY(provider.progress.complete);
    QCOMPARE(provider.tenantId, tenantId);
}

void TestProvisioning::persistentLossStopsSayingWhatExists()
{
    // Every answer to the access policy is lost, retries included.
    m_fake->loseAnswerOfNext(QStringLiteral("PUT /api/2/users/"), FakeAcronis::Loss::InternalError,
                             1000);
    const ProviderOutcome failed = create();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error->kind, ErrorKind::Failed);
    const QString message = failed.error->message;
    const QString tenantId = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"))
                                     .first()
                                     .value(u"id")
                                     .toString();
    QVERIFY2(message.startsWith(u"Provisioning stopped at the partner administrator role: "),
             qPrintable(message));
    QVERIFY2(message.contains(u"Made so far: the partner tenant \"Backup Heroes GmbH\", 13 "
                              u"offering item(s), the commitment tier, the admin user heroes-admin "
                              u"(tenant " +
                              tenantId + u")"),
             qPrintable(message));
    QVERIFY2(message.contains(u"Still to do: the partner administrator role, the activation "
                              u"e-mail."),
             qPrintable(message));
    QVERIFY2(message.contains(u"run create again (the same command) to continue from there"),
             qPrintable(message));
    QVERIFY(!message.contains(u"<html"));
    // The same command continues from there.
    m_fake->stopLosingAnswers();
    const ProviderOutcome again = create();
    QVERIFY2(again.ok(), qPrintable(again.error ? again.error->message : QString()));
    QCOMPARE(m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001")).size(), 1);
    QCOMPARE(m_fake->users().size(), 1);
    QCOMPARE(m_fake->activationMails().size(), 1);
}

void TestProvisioning::lostDeleteAnswerStillCancels()
{
    QVERIFY(create().ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    m_fake->loseAnswerOfNext(QStringLiteral("DELETE /api/2/tenants/"),
                             FakeAcronis::Loss::ProxyTimeout);
    const ProviderOutcome cancelled = run([&](ProviderService &service) {
        service.cancel(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error ? cancelled.error->message : QString()));
    QVERIFY(!m_fake->hasTenant(tenantId));
    QCOMPARE(m_fake->count(QStringLiteral("DELETE /api/2/tenants/")), 1); // never blindly again
    QCOMPARE(stored(QStringLiteral("ERP-1001")).status, ProviderStatus::Cancelled);
}

void TestProvisioning::takesOverATenantAndAdminMadeBefore()
{
    // As if an earlier run's replies were lost after Acronis had acted on them.
    QJsonObject tenant{
            {QStringLiteral("id"), QStringLiteral("eeeeeeee-0000-4000-8000-000000000001")},
            {QStringLiteral("version"), 4},
            {QStringLiteral("name"), QStringLiteral("Backup Heroes GmbH")},
            {QStringLiteral("kind"), QStringLiteral("partner")},
            {QStringLiteral("parent_id"), distributorId},
            {QStringLiteral("customer_id"), QStringLiteral("ERP-1001")},
            {QStringLiteral("enabled"), true}};
    m_fake->addTenant(tenant);
    m_fake->addUser(tenant.value(u"id").toString(), QStringLiteral("heroes-admin"));
    const ProviderOutcome outcome = create();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/tenants")), 0);
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/users")) -
                     m_fake->count(QStringLiteral("POST /api/2/users/")),
             0);
    QCOMPARE(m_fake->users().size(), 1);
    QCOMPARE(stored(QStringLiteral("ERP-1001")).tenantId, tenant.value(u"id").toString());
    QCOMPARE(m_fake->activationMails().size(), 1);
    QVERIFY(outcome.plan.first().skipped);
}

void TestProvisioning::namedItemsAreEnabledOnEveryStorage()
{
    ProviderRequest request = sampleRequest();
    request.items = {QStringLiteral("pw_base_workstations"), QStringLiteral("pw_base_storage")};
    QVERIFY(create(request).ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    const QJsonArray items = m_fake->enabledItems(tenantId);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1][u"infra_id"].toString(), u"019097a6-114f-4418-bd54-e01ef049f209");
    QCOMPARE(items[0][u"edition"].toString(), u"pck_per_workload");
}

// The window chooses products, each an item on one storage: a partner's data location is a
// contract matter, so only that storage is enabled, and the outcome lists exactly it. By name
// (the command line's --items) the item is still enabled on every storage.
void TestProvisioning::chosenProductIsEnabledOnItsOwnStorageOnly()
{
    const QString zurich = QStringLiteral("5e8a2c47-93d1-4f6b-8a2e-c1d3f5a7b9e0");
    m_fake->serveOnAnotherStorage(QStringLiteral("pw_base_storage"), zurich,
                                  QStringLiteral("Partner Storage Z\u00fcrich"));
    QVERIFY(csp::test::syncInstance(m_db, m_instance, m_secrets, m_network));
    std::optional<ProductKey> onZurich;
    int storages = 0;
    for (const Product &product : ProductRepository(m_db).forInstance(m_instance.id).value()) {
        if (product.key.offeringItem != u"pw_base_storage")
            continue;
        ++storages;
        if (product.key.infraId == zurich)
            onZurich = product.key;
    }
    QCOMPARE(storages, 2);
    QVERIFY(onZurich);

    ProviderRequest byName = sampleRequest();
    byName.items = {QStringLiteral("pw_base_storage")};
    const ProviderOutcome both = create(byName, true);
    QVERIFY2(both.ok(), qPrintable(both.error ? both.error->message : QString()));
    QCOMPARE(both.items.size(), 2);

    ProviderRequest chosen = sampleRequest();
    chosen.products = {*onZurich};
    const ProviderOutcome planned = create(chosen, true);
    QVERIFY2(planned.ok(), qPrintable(planned.error ? planned.error->message : QString()));
    QCOMPARE(planned.items.size(), 1);
    QCOMPARE(planned.items.first().storage, u"Partner Storage Z\u00fcrich");
    QVERIFY2(planned.items.first().name.endsWith(u"(Partner Storage Z\u00fcrich)"),
             qPrintable(planned.items.first().name)); // the product's name
    QCOMPARE(changingRequests(), 0);

    QVERIFY(create(chosen).ok());
    const QJsonArray enabled = m_fake->enabledItems(stored(QStringLiteral("ERP-1001")).tenantId);
    QCOMPARE(enabled.size(), 1);
    QCOMPARE(enabled.first()[u"name"].toString(), u"pw_base_storage");
    QCOMPARE(enabled.first()[u"infra_id"].toString(), zurich);

    // A storage the distributor no longer offers is refused, naming the product and storage.
    m_fake->loadSampleCatalogue();
    ProviderRequest gone = sampleRequest();
    gone.customerId = QStringLiteral("ERP-1002");
    gone.name = QStringLiteral("Other Heroes");
    gone.adminLogin = QStringLiteral("other-admin");
    gone.products = {*onZurich};
    const ProviderOutcome refused = create(gone);
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error->message.contains(u"on the storage \"Partner Storage Z\u00fcrich\""),
             qPrintable(refused.error->message));
}

void TestProvisioning::unknownItemIsRefusedBeforeAnyChange()
{
    ProviderRequest request = sampleRequest();
    request.items = {QStringLiteral("pw_base_teleporters")};
    const ProviderOutcome outcome = create(request);
    QCOMPARE(outcome.error->kind, ErrorKind::InvalidInput);
    QVERIFY(outcome.error->message.contains(u"pw_base_teleporters"));
    QCOMPARE(changingRequests(), 0);
}

void TestProvisioning::nameUsedByAnotherCustomerIsAConflict()
{
    m_fake->addPartners(distributorId, 2);
    ProviderRequest request = sampleRequest();
    request.name = QStringLiteral("partner 0001");
    const ProviderOutcome outcome = create(request);
    QCOMPARE(outcome.error->kind, ErrorKind::Conflict);
    QVERIFY(outcome.error->message.contains(u"ERP-0001"));
    QCOMPARE(changingRequests(), 0);
    QVERIFY(!ProviderRepository(m_db).find(m_instance.id, request.customerId).value());
}

void TestProvisioning::nameConflictAtAcronisIsAConflict()
{
    ProviderRequest request = sampleRequest();
    request.name = QStringLiteral("Partner, Inc"); // the distributor's own name
    const ProviderOutcome outcome = create(request);
    QCOMPARE(outcome.error->kind, ErrorKind::Conflict);
    QCOMPARE(outcome.error->httpStatus, 0);
    QVERIFY(outcome.error->message.contains(u"1004"));
    QCOMPARE(m_fake->tenantsWithCustomerId(request.customerId).size(), 0);
}

void TestProvisioning::takenLoginIsAConflict()
{
    m_fake->addUser(distributorId, QStringLiteral("heroes-admin"));
    const ProviderOutcome outcome = create();
    QCOMPARE(outcome.error->kind, ErrorKind::Conflict);
    QVERIFY(outcome.error->message.contains(u"heroes-admin"));
    QVERIFY(outcome.error->message.contains(u"taken"));
    QCOMPARE(changingRequests(), 0);
}

void TestProvisioning::invalidRequestNamesTheFields()
{
    ProviderRequest request = sampleRequest();
    request.adminEmail = QStringLiteral("not-an-address");
    request.language = QStringLiteral("xx");
    request.customerId = QStringLiteral("  ");
    const qsizetype requestsBefore = m_fake->requests().size();
    const ProviderOutcome outcome = create(request);
    QCOMPARE(outcome.error->kind, ErrorKind::InvalidInput);
    for (const char *field : {"Admin e-mail", "Language", "Customer id"})
        QVERIFY2(outcome.error->message.contains(QLatin1String(field)), field);
    QCOMPARE(m_fake->requests().size(), requestsBefore);
}

void TestProvisioning::dryRunChangesNothing()
{
    const ProviderOutcome outcome = create(sampleRequest(), true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(outcome.dryRun);
    QCOMPARE(changingRequests(), 0);
    QVERIFY(!ProviderRepository(m_db).find(m_instance.id, QStringLiteral("ERP-1001")).value());
    QCOMPARE(outcome.plan.size(), 6);
    QCOMPARE(outcome.plan.first().call, u"POST /api/2/tenants");
    // The tier in words (its level value is for the gateway call only).
    QVERIFY2(outcome.plan[2].purpose.startsWith(u"set the commitment tier to Tier 3"),
             qPrintable(outcome.plan[2].purpose));
    QVERIFY(!outcome.plan[2].purpose.contains(u"value"));
    QVERIFY(outcome.checks.join(u'\n').contains(u"heroes-admin is free"));
    QVERIFY(outcome.checks.join(u'\n').contains(u"13 offering item"));
}

void TestProvisioning::suspendAndResume()
{
    QVERIFY(create().ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    const ProviderOutcome suspended = run([&](ProviderService &service) {
        service.suspend(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY(suspended.ok());
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), false);
    QCOMPARE(stored(QStringLiteral("ERP-1001")).status, ProviderStatus::Suspended);

    const ProviderOutcome again = run([&](ProviderService &service) {
        service.suspend(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY(again.ok());
    QVERIFY(again.changedNothing);

    const ProviderOutcome resumed = run([&](ProviderService &service) {
        service.resume(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY(resumed.ok());
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), true);
    QCOMPARE(stored(QStringLiteral("ERP-1001")).status, ProviderStatus::Active);
    const auto operations =
            ProviderRepository(m_db).operations(stored(QStringLiteral("ERP-1001")).id).value();
    QCOMPARE(operations.size(), 4);
    QCOMPARE(operations.first().operation, u"resume");
}

void TestProvisioning::suspendRetriesOnceOnAStaleVersion()
{
    QVERIFY(create().ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    // Someone else changes the tenant between our read and our write.
    m_fake->addFault([this, tenantId, done = false](
                             const QString &request) mutable -> std::optional<FakeAcronis::Reply> {
        if (!done && request == u"PUT /api/2/tenants/" + tenantId) {
            done = true;
            m_fake->bumpVersion(tenantId);
        }
        return std::nullopt;
    });
    const ProviderOutcome outcome = run([&](ProviderService &service) {
        service.suspend(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(m_fake->count(u"GET /api/2/tenants/" + tenantId), 2);
    QCOMPARE(m_fake->requests().count(u"PUT /api/2/tenants/" + tenantId), 2);
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), false);
}

void TestProvisioning::suspendReportsAConflictThatPersists()
{
    QVERIFY(create().ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    m_fake->addFault([this, tenantId](const QString &request) -> std::optional<FakeAcronis::Reply> {
        if (request == u"PUT /api/2/tenants/" + tenantId)
            m_fake->bumpVersion(tenantId);
        return std::nullopt;
    });
    const ProviderOutcome outcome = run([&](ProviderService &service) {
        service.suspend(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->httpStatus, 409);
    QCOMPARE(m_fake->requests().count(u"PUT /api/2/tenants/" + tenantId), 2);
    QCOMPARE(stored(QStringLiteral("ERP-1001")).status, ProviderStatus::Active);
    const auto operations =
            ProviderRepository(m_db).operations(stored(QStringLiteral("ERP-1001")).id).value();
    QCOMPARE(operations.first().operation, u"suspend");
    QVERIFY(!operations.first().succeeded);
}

void TestProvisioning::cancelDisablesThenDeletes()
{
    QVERIFY(create().ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    const ProviderOutcome outcome = run([&](ProviderService &service) {
        service.cancel(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(!m_fake->hasTenant(tenantId));
    QCOMPARE(m_fake->count(u"DELETE /api/2/tenants/" + tenantId), 1);
    QCOMPARE(stored(QStringLiteral("ERP-1001")).status, ProviderStatus::Cancelled);
    const ProviderOutcome suspendCancelled = run([&](ProviderService &service) {
        service.suspend(m_instance, QStringLiteral("ERP-1001"));
    });
    QCOMPARE(suspendCancelled.error->kind, ErrorKind::InvalidInput);
}

void TestProvisioning::cancelOfATenantRemovedByHand()
{
    QVERIFY(create().ok());
    const QString tenantId = stored(QStringLiteral("ERP-1001")).tenantId;
    QJsonObject tenant = m_fake->tenant(tenantId);
    m_fake->failNext(
            u"GET /api/2/tenants/" + tenantId,
            FakeAcronis::Reply(404, R"({"error":{"code":1005,"message":"Tenant not found"}})"));
    const ProviderOutcome outcome = run([&](ProviderService &service) {
        service.cancel(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY(outcome.ok());
    QVERIFY(outcome.summary.contains(u"already been removed"));
    QCOMPARE(stored(QStringLiteral("ERP-1001")).status, ProviderStatus::Cancelled);
}

void TestProvisioning::importReadsEveryPage()
{
    m_fake->addPartners(distributorId, 23);
    const ProviderOutcome outcome =
            run([&](ProviderService &service) { service.importAll(m_instance); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.added, 23);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants?")) +
                     m_fake->count(QStringLiteral("GET /api/2/tenants")) -
                     m_fake->count(QStringLiteral("GET /api/2/tenants/")),
             5);
    const QList<Provider> providers = ProviderRepository(m_db).list(m_instance.id).value();
    QCOMPARE(providers.size(), 23);
    const Provider withoutCustomerId =
            stored(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003"));
    QCOMPARE(withoutCustomerId.name, u"Partner 0003");
    QCOMPARE(stored(QStringLiteral("ERP-0005")).status, ProviderStatus::Suspended);
    QCOMPARE(stored(QStringLiteral("ERP-0001")).status, ProviderStatus::Active);

    const ProviderOutcome again =
            run([&](ProviderService &service) { service.importAll(m_instance); });
    QCOMPARE(again.added, 0);
    QCOMPARE(again.unchanged, 23);
    QCOMPARE(ProviderRepository(m_db).list(m_instance.id).value().size(), 23);
}

void TestProvisioning::importReadsEachTierAndContractStart_data()
{
    // A setting's value may be a string, a boolean, a number or an object (the document).
    QTest::addColumn<bool>("asText");
    QTest::newRow("tiers as numbers") << false;
    QTest::newRow("tiers as numeric strings") << true;
}

void TestProvisioning::importReadsEachTierAndContractStart()
{
    QFETCH(bool, asText);
    m_fake->setTierValuesAsText(asText);
    m_fake->addPartners(distributorId, 7);
    m_fake->setTierLevel(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000004"), 9);
    const ProviderOutcome outcome =
            run([&](ProviderService &service) { service.importAll(m_instance); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY2(outcome.summary.contains(u"tier_level_value (9)"), qPrintable(outcome.summary));
    // tier_level_value 0 is Tier 1, 1 is Tier 2, -1 is no commitment; 9 is no tier we know.
    const Provider first = stored(QStringLiteral("ERP-0001"));
    QCOMPARE(first.tier, u"1");
    QCOMPARE(first.contractStart, QDateTime(QDate(2025, 2, 1), QTime(8, 0), QTimeZone::utc()));
    const Provider second = stored(QStringLiteral("ERP-0002"));
    QCOMPARE(second.tier, u"2");
    QCOMPARE(second.contractStart, QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(stored(QStringLiteral("ERP-0004")).tier, QString());
    QCOMPARE(stored(QStringLiteral("ERP-0005")).tier, u"5");
    QCOMPARE(stored(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000006")).tier, u"none");
    QCOMPARE(stored(QStringLiteral("ERP-0007")).tier, QString());

    // The imported tier holds from the contract's first month, not from the day of the import.
    const QList<Provider> providers = ProviderRepository(m_db).list(m_instance.id).value();
    const auto standings =
            ContractService(m_db).standingsIn(m_instance.id, QDate(2025, 3, 31), providers);
    QVERIFY(standings);
    QCOMPARE(standings->value(second.id).tier.key, u"2");
    QVERIFY(standings->value(second.id).started);
    const auto before =
            ContractService(m_db).standingsIn(m_instance.id, QDate(2025, 2, 28), providers);
    QVERIFY(before);
    QVERIFY(!before->value(second.id).started);
    QCOMPARE(before->value(first.id).tier.key, u"1");
}

ProviderOutcome TestProvisioning::importPartners(int pageSize, int count)
{
    m_fake->setPageSize(pageSize);
    m_fake->addPartners(distributorId, count);
    const ProviderOutcome outcome =
            run([&](ProviderService &service) { service.importAll(m_instance); });
    if (outcome.ok() && outcome.added == count &&
        m_fake->count(QStringLiteral("GET /api/2/applications/")) == count) // one tier each
        return outcome;
    qWarning("import of %d partners: %d added, %d tiers read, %s", count, outcome.added,
             m_fake->count(QStringLiteral("GET /api/2/applications/")),
             qPrintable(outcome.error ? outcome.error->message : QString()));
    return {};
}

void TestProvisioning::importReadsTiersInAWindow()
{
    const ProviderOutcome outcome = importPartners(1000, 230);
    QVERIFY(outcome.ok() && outcome.added == 230);
    // One page of partners (as many as the server gives), then at most 100 tier reads at a time.
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants?")) +
                     m_fake->count(QStringLiteral("GET /api/2/tenants")) -
                     m_fake->count(QStringLiteral("GET /api/2/tenants/")),
             1);
    QVERIFY2(outcome.maxParallelRequests <= 100,
             qPrintable(QString::number(outcome.maxParallelRequests)));
    QVERIFY(outcome.maxParallelRequests >= 6);
}

// A page's partners have their tiers read while the next page is on its way: the first tier
// read goes out before the last page is asked for.
void TestProvisioning::importReadsTiersWhileLaterPagesAreRead()
{
    const ProviderOutcome outcome = importPartners(5, 23);
    QVERIFY(outcome.ok() && outcome.added == 23);
    const QStringList requests = m_fake->requests();
    const auto firstTier = std::find_if(requests.cbegin(), requests.cend(),
                                        [](const QString &r) {
                                            return r.startsWith(u"GET /api/2/applications/");
                                        }) -
            requests.cbegin();
    const qsizetype lastPage = requests.lastIndexOf(QStringLiteral("GET /api/2/tenants"));
    QCOMPARE(requests.count(QStringLiteral("GET /api/2/tenants")), 5);
    QVERIFY2(firstTier < lastPage, qPrintable(requests.join(u'\n')));
    // Each partner has the tier of its own setting (as in importReadsEachTierAndContractStart).
    QCOMPARE(stored(QStringLiteral("ERP-0001")).tier, u"1");
    QCOMPARE(stored(QStringLiteral("ERP-0022")).tier, u"4"); // a page after the first
    QCOMPARE(stored(QStringLiteral("ERP-0023")).tier, u"5"); // the last page
    QCOMPARE(ProviderRepository(m_db).list(m_instance.id).value().size(), 23);
}

// A later page that fails ends the import with its error, after tier reads have begun: nothing
// is recorded, and no page after it is asked for.
void TestProvisioning::importThatFailsOnALaterPageRecordsNothing()
{
    m_fake->setPageSize(5);
    m_fake->addPartners(distributorId, 23);
    // Late, so that the first page's tier reads have surely reached the gateway.
    FakeAcronis::Reply refused(403, R"({"error":{"code":403,"message":"Access denied"}})");
    refused.delayMs = 300;
    m_fake->failAfter(QStringLiteral("GET /api/2/tenants"), 2, refused);
    const ProviderOutcome outcome =
            run([&](ProviderService &service) { service.importAll(m_instance); });
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error->message.contains(u"GET /api/2/tenants answered HTTP 403"),
             qPrintable(outcome.error->message));
    const QStringList requests = m_fake->requests();
    QCOMPARE(requests.count(QStringLiteral("GET /api/2/tenants")), 3);
    QVERIFY2(m_fake->count(QStringLiteral("GET /api/2/applications/")) > 0,
             qPrintable(requests.join(u'\n')));
    QCOMPARE(ProviderRepository(m_db).list(m_instance.id).value().size(), 0);
    QCOMPARE(outcome.added, 0);
}

std::unique_ptr<ProviderService> TestProvisioning::importWithTheLastTierLate(
        int delayMs, std::optional<ProviderOutcome> &outcome)
{
    m_fake->setPageSize(1000);
    m_fake->addPartners(distributorId, 230);
    m_fake->delayNext(QStringLiteral("GET /api/2/applications/7459244f-68f3-3bf4-9f53-5f63ecc1d91f/"
                                     "settings/tenants/aaaaaaaa-0000-4000-8000-000000000230/"),
                      delayMs);
    // The sync's log is folded on a thread of its own, which takes the write lock for a moment:
    // a probe would take that for the import's.
    m_db->finishFolding();
    ApiOptions options;
    options.transferTimeout = std::chrono::milliseconds(delayMs + 10'000);
    auto service = std::make_unique<ProviderService>(m_db, m_secrets, m_network, options);
    connect(service.get(), &ProviderService::finished, service.get(),
            [&outcome](const ProviderOutcome &done) { outcome = done; });
    service->importAll(m_instance);
    return service;
}

// On SQLite until the import holds the write lock; on PostgreSQL, which has no such probe,
// until every tier read has gone out.
void TestProvisioning::waitForTheWriteToBegin() const
{
    if (!csp::test::onPostgres())
        QTRY_VERIFY(csp::test::sqliteWriteLockIsTaken(*m_db));
    else
        QTRY_COMPARE(m_fake->count(QStringLiteral("GET /api/2/applications/")), 230);
}

int TestProvisioning::committedProviders() const
{
    return std::async(std::launch::async,
                      [database = m_db, id = m_instance.id] {
                          const auto providers = ProviderRepository(database).list(id);
                          database->releaseThisThreadsConnection();
                          return providers ? int(providers->size()) : -1;
                      })
            .get();
}

// The write begins while the last tiers are read: it holds the write lock meanwhile, and
// nothing is committed before the last tier is in.
void TestProvisioning::importWritesWhileTheLastTiersAreRead()
{
    std::optional<ProviderOutcome> outcome;
    const auto service = importWithTheLastTierLate(700, outcome);
    waitForTheWriteToBegin(); // the last tier still out
    QVERIFY(!outcome);
    QCOMPARE(committedProviders(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error ? outcome->error->message : QString()));
    QCOMPARE(outcome->added, 230);
    QCOMPARE(committedProviders(), 230);
    // Partner 230: tier_level_value 230 % 6 - 1 = 1, Tier 2; partner 229: 0, Tier 1.
    QCOMPARE(stored(QStringLiteral("ERP-0230")).tier, u"2");
    QCOMPARE(stored(QStringLiteral("ERP-0229")).tier, u"1");
    m_db->finishFolding(); // the log's emptying after the commit takes the lock for a moment
    if (!csp::test::onPostgres())
        QVERIFY(!csp::test::sqliteWriteLockIsTaken(*m_db));
}

// Stopped while it writes (the last tier still out), the import rolls back: nothing recorded.
void TestProvisioning::anImportStoppedWhileItWritesRecordsNothing()
{
    std::optional<ProviderOutcome> outcome;
    const auto service = importWithTheLastTierLate(5000, outcome);
    waitForTheWriteToBegin();
    QVERIFY(!outcome);
    service->abort();
    QVERIFY(outcome.has_value()); // at once
    QCOMPARE(outcome->error->kind, ErrorKind::Cancelled);
    QCOMPARE(committedProviders(), 0);
    if (!csp::test::onPostgres())
        QVERIFY(!csp::test::sqliteWriteLockIsTaken(*m_db));
}

// The write lock is not kept longer than a second waiting for tiers: the write is rolled back
// and made whole once they are in.
void TestProvisioning::anImportWhoseLastTiersAreSlowLetsTheWriteLockGo()
{
    std::optional<ProviderOutcome> outcome;
    const auto service = importWithTheLastTierLate(2500, outcome);
    waitForTheWriteToBegin();
    if (!csp::test::onPostgres()) {
        QTRY_VERIFY_WITH_TIMEOUT(!csp::test::sqliteWriteLockIsTaken(*m_db), 2000);
        QVERIFY(!outcome); // let go while the last tier is still out
    }
    QCOMPARE(committedProviders(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error ? outcome->error->message : QString()));
    QCOMPARE(outcome->added, 230);
    QCOMPARE(committedProviders(), 230);
    QCOMPARE(stored(QStringLiteral("ERP-0230")).tier, u"2");
}

// Two admins provision the same customer at once: the second is refused naming the holder,
// while another customer's provisioning goes ahead; the lock goes with the first run.
void TestProvisioning::oneOperationPerCustomerAtATime()
{
    // The first run's tenant is slow to come: it holds its lock meanwhile.
    m_fake->delayNext(QStringLiteral("POST /api/2/tenants"), 4000);
    ProviderService first(m_db, m_secrets, m_network);
    std::optional<ProviderOutcome> firstOutcome;
    connect(&first, &ProviderService::finished, &first,
            [&](const ProviderOutcome &o) { firstOutcome = o; });
    first.create(m_instance, sampleRequest(), false);
    QVERIFY(!firstOutcome);

    const ProviderOutcome same = create();
    QVERIFY(!same.ok());
    QCOMPARE(same.error->kind, ErrorKind::Conflict);
    QVERIFY2(
            same.error->message.contains(
                    u"Another operation on the service provider \"ERP-1001\" of \"EU\" is running"),
            qPrintable(same.error->message));
    QVERIFY2(same.error->message.contains(QSysInfo::machineHostName()),
             qPrintable(same.error->message));

    ProviderRequest other = sampleRequest();
    other.customerId = QStringLiteral("ERP-2002");
    other.name = QStringLiteral("Restore Rangers AG");
    other.adminLogin = QStringLiteral("rangers-admin");
    // The first still holds its customer's lock when the other takes its own (at once, when
    // it starts): the other customer is not kept waiting.
    QVERIFY(!firstOutcome);
    const ProviderOutcome otherOutcome = create(other);
    QVERIFY2(otherOutcome.ok(),
             qPrintable(otherOutcome.error ? otherOutcome.error->message : QString()));

    QTRY_VERIFY_WITH_TIMEOUT(firstOutcome.has_value(), 20000);
    QVERIFY2(firstOutcome->ok(),
             qPrintable(firstOutcome->error ? firstOutcome->error->message : QString()));
    const ProviderOutcome suspended = run([&](ProviderService &service) {
        service.suspend(m_instance, QStringLiteral("ERP-1001"));
    });
    QVERIFY2(suspended.ok(), qPrintable(suspended.error ? suspended.error->message : QString()));
    QCOMPARE(m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001")).size(), 1);
    QCOMPARE(m_fake->tenantsWithCustomerId(QStringLiteral("ERP-2002")).size(), 1);
}

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
