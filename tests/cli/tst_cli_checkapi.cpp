// check-api: a read-only first contact with a gateway, checked endpoint by endpoint against the
// document-faithful fake, then against one with an endpoint removed, a field renamed and a scope
// refused; and its capture, which must hold no personal data of the fake's.
#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
#include "refusedport.h"
#include "syncedinstance.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::CliRun;
using csp::test::FakeAcronis;

class TestCliCheckApi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyEndpointWorksAgainstTheDocumentsFake();
    void eachProblemIsNamedWithItsEffect();
    void captureHoldsNoPersonalData();
    void aGatewayWithoutThePricelistApi();
    void signInAndNetworkFailuresKeepTheirExitCodes();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir->path(), arguments, input);
    }
    void addInstance(const QString &gateway, const QString &secret = QStringLiteral("secret-1"));
    QHash<QString, QJsonObject> checksByOperation(const CliRun &run) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
};

namespace {
const QString clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");

// Every endpoint the program reads, as the official document names them.
const QStringList checkedOperations = {QStringLiteral("RequestTokens"),
                                       QStringLiteral("FetchClient"),
                                       QStringLiteral("FetchTenant"),
                                       QStringLiteral("FetchApplications"),
                                       QStringLiteral("FetchOfferingItemsAvailableForTenantChild"),
                                       QStringLiteral("FetchInfrastructuresBatch"),
                                       QStringLiteral("FetchTenantOfferingItemsPrices"),
                                       QStringLiteral("FetchTenantPricingSettings"),
                                       QStringLiteral("FetchTenantsBatch"),
                                       QStringLiteral("FetchTenantOfferingItems"),
                                       QStringLiteral("FetchTenantApplicationSetting"),
                                       QStringLiteral("FetchTenantsUsagesBatch"),
                                       QStringLiteral("FetchTenantUsers"),
                                       QStringLiteral("CheckLoginNameAvailability"),
                                       QStringLiteral("Fetch tenant's price lists")};
} // namespace

void TestCliCheckApi::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    // A service provider with an administrator, whose name, e-mail and login must not leave.
    m_fake->addTenant(
            {{QStringLiteral("id"), QStringLiteral("b91d7e3c-4a2f-4c8e-8d1b-2e6f9a0c3d23")},
             {QStringLiteral("name"), QStringLiteral("Backup Heroes GmbH")},
             {QStringLiteral("kind"), QStringLiteral("partner")},
             {QStringLiteral("parent_id"), csp::test::DistributorId},
             {QStringLiteral("customer_id"), QStringLiteral("ERP-1001")},
             {QStringLiteral("contact"),
              QJsonObject{{QStringLiteral("email"), QStringLiteral("anna@heroes.example")},
                          {QStringLiteral("firstname"), QStringLiteral("Anna")},
                          {QStringLiteral("lastname"), QStringLiteral("Huber")},
                          {QStringLiteral("phone"), QStringLiteral("+43 1 5550123")}}}});
    m_fake->addUser(QStringLiteral("b91d7e3c-4a2f-4c8e-8d1b-2e6f9a0c3d23"),
                    QStringLiteral("heroes-admin"));
}

void TestCliCheckApi::addInstance(const QString &gateway, const QString &secret)
{
    const CliRun run =
            cli({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
                 QStringLiteral("EU"), QStringLiteral("--gateway"), gateway,
                 QStringLiteral("--client-id"), clientId, QStringLiteral("--discount"),
                 QStringLiteral("18"), QStringLiteral("--currency"), QStringLiteral("EUR"),
                 QStringLiteral("--client-secret-stdin")},
                secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QHash<QString, QJsonObject> TestCliCheckApi::checksByOperation(const CliRun &run) const
{
    QHash<QString, QJsonObject> checks;
    for (const QJsonValue &check :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"checks").toArray())
        checks.insert(check[u"operation"].toString(), check.toObject());
    return checks;
}

void TestCliCheckApi::everyEndpointWorksAgainstTheDocumentsFake()
{
    addInstance(m_fake->url());
    const int before = int(m_fake->requests().size());
    const CliRun run =
            cli({QStringLiteral("check-api"), QStringLiteral("EU"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"ok").toBool(), true);
    QCOMPARE(report.value(u"instance").toString(), u"EU");
    QCOMPARE(report.value(u"gateway").toString(), m_fake->url());
    const auto checks = checksByOperation(run);
    QCOMPARE(QSet<QString>(checks.keyBegin(), checks.keyEnd()),
             QSet<QString>(checkedOperations.begin(), checkedOperations.end()));
    for (const QJsonObject &check : checks) {
        QCOMPARE(check.value(u"result").toString(), u"works");
        QVERIFY(!check.value(u"affects").toString().isEmpty());
        QVERIFY(check.value(u"path").toString().startsWith(u"/api/2/") ||
                check.value(u"path").toString().startsWith(u"/api/price_sync/v1/"));
    }
    // Read-only: no write besides asking for a token; no usage report made.
    for (const QString &request : m_fake->requests().mid(before)) {
        QVERIFY2(request.startsWith(u"GET ") || request == u"POST /api/2/idp/token",
                 qPrintable(request));
    }
    QCOMPARE(report.value(u"not_checked").toArray().first()[u"operation"].toString(),
             u"CreateReport");
    const CliRun human = cli({QStringLiteral("check-api"), QStringLiteral("EU")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"Every endpoint checked works"), qPrintable(human.out));
}

void TestCliCheckApi::eachProblemIsNamedWithItsEffect()
{
    addInstance(m_fake->url());
    // One endpoint removed, one field renamed, one scope refused.
    m_fake->setPrices(std::nullopt);
    QJsonObject catalogue =
            FakeAcronis::fixture(QStringLiteral("offering_items_available_for_child_partner.json"));
    QJsonArray items = catalogue.value(u"items").toArray();
    QJsonObject renamed = items.first().toObject();
    renamed.insert(QStringLiteral("item_name"), renamed.take(QStringLiteral("name")));
    items[0] = renamed;
    catalogue.insert(QStringLiteral("items"), items);
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/") + csp::test::DistributorId +
                             QStringLiteral("/offering_items/available_for_child"),
                     {200, QJsonDocument(catalogue).toJson(QJsonDocument::Compact)});
    m_fake->setPriceListReader(false); // the API client lacks the Pricelist API's scope
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/usages"),
                     {403,
                      R"({"error":{"code":403,"domain":"PlatformAccountServer","message":)"
                      R"("Forbidden","details":{"info":"Access denied"}}})"});
    const CliRun run =
            cli({QStringLiteral("check-api"), QStringLiteral("EU"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const auto checks = checksByOperation(run);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"ok").toBool(true), false);

    const QJsonObject prices = checks.value(QStringLiteral("FetchTenantOfferingItemsPrices"));
    QCOMPARE(prices.value(u"result").toString(), u"not_offered");
    QCOMPARE(prices.value(u"http_status").toInt(), 404);
    QVERIFY(prices.value(u"affects").toString().contains(u"set by hand"));

    const QJsonObject items404 =
            checks.value(QStringLiteral("FetchOfferingItemsAvailableForTenantChild"));
    QCOMPARE(items404.value(u"result").toString(), u"differs");
    QVERIFY2(items404.value(u"detail").toString().contains(u"\"items[0].name\" is missing"),
             qPrintable(items404.value(u"detail").toString()));
    QVERIFY(items404.value(u"affects").toString().contains(u"no products"));

    const QJsonObject priceLists = checks.value(QStringLiteral("Fetch tenant's price lists"));
    QCOMPARE(priceLists.value(u"result").toString(), u"refused");
    QCOMPARE(priceLists.value(u"http_status").toInt(), 403);
    QCOMPARE(priceLists.value(u"path").toString(), u"/api/price_sync/v1/effective_price_lists");
    QVERIFY2(priceLists.value(u"detail").toString().contains(
                     u"urn:acronis.com::service_plans_manager::price_list_reader"),
             qPrintable(priceLists.value(u"detail").toString()));
    QVERIFY(priceLists.value(u"affects").toString().contains(u"Distributor Discount"));

    const QJsonObject usage = checks.value(QStringLiteral("FetchTenantsUsagesBatch"));
    QCOMPARE(usage.value(u"result").toString(), u"refused");
    QCOMPARE(usage.value(u"http_status").toInt(), 403);
    QVERIFY2(usage.value(u"detail").toString().contains(
                     u"urn:acronis.com::account-server::tenant_viewer"),
             qPrintable(usage.value(u"detail").toString()));
    QVERIFY(usage.value(u"affects").toString().contains(u"usage"));
    for (const char *works :
         {"FetchClient", "FetchTenant", "FetchApplications", "FetchTenantsBatch"})
        QCOMPARE(checks.value(QLatin1String(works)).value(u"result").toString(), u"works");

    const CliRun human = cli({QStringLiteral("check-api"), QStringLiteral("EU")});
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.contains(u"not_offered") && human.out.contains(u"Affects:"),
             qPrintable(human.out));
}

void TestCliCheckApi::captureHoldsNoPersonalData()
{
    addInstance(m_fake->url());
    const QString folder = m_dir->filePath(QStringLiteral("capture"));
    const CliRun run = cli({QStringLiteral("check-api"), QStringLiteral("EU"),
                            QStringLiteral("--capture"), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QVERIFY2(files.size() >= 12, qPrintable(files.join(u' ')));
    QVERIFY(files.contains(QStringLiteral("04-FetchOfferingItemsAvailableForTenantChild.json")));
    const QStringList personal = {
            // the distributor's name and contact (tenant_partner.json)
            QStringLiteral("Partner, Inc"), QStringLiteral("ops@partner.example"),
            QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("1 Main St"),
            QStringLiteral("30 1234567"), QStringLiteral("10115"),
            // the service provider's name, contact and administrator
            QStringLiteral("Backup Heroes"), QStringLiteral("anna@heroes.example"),
            QStringLiteral("Huber"), QStringLiteral("5550123"), QStringLiteral("heroes-admin"),
            // and never a token or the secret
            QStringLiteral("fake-token"), QStringLiteral("secret-1")};
    QString all;
    for (const QString &file : files) {
        QFile answer(QDir(folder).filePath(file));
        QVERIFY(answer.open(QIODevice::ReadOnly));
        const QByteArray body = answer.readAll();
        QVERIFY2(!QJsonDocument::fromJson(body).isNull(), qPrintable(file)); // still JSON
        all += QString::fromUtf8(body);
    }
    for (const QString &word : personal)
        QVERIFY2(!all.contains(word), qPrintable(word));
    // Ids, prices and structure stay, so that an answer can become a test fixture.
    QVERIFY(all.contains(csp::test::DistributorId));
    QVERIFY(all.contains(u"b91d7e3c-4a2f-4c8e-8d1b-2e6f9a0c3d23"));
    QVERIFY(all.contains(u"\"0.0450\""));
    QVERIFY(all.contains(u"pw_base_workstations"));
    QVERIFY(all.contains(u"ERP-1001"));
}

void TestCliCheckApi::aGatewayWithoutThePricelistApi()
{
    addInstance(m_fake->url());
    m_fake->setPriceListOffered(false);
    const CliRun run =
            cli({QStringLiteral("check-api"), QStringLiteral("EU"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject priceLists =
            checksByOperation(run).value(QStringLiteral("Fetch tenant's price lists"));
    QCOMPARE(priceLists.value(u"result").toString(), u"not_offered");
    QCOMPARE(priceLists.value(u"http_status").toInt(), 404);
    QCOMPARE(
            checksByOperation(run).value(QStringLiteral("FetchTenant")).value(u"result").toString(),
            u"works");
}

void TestCliCheckApi::signInAndNetworkFailuresKeepTheirExitCodes()
{
    addInstance(m_fake->url(), QStringLiteral("wrong-secret"));
    CliRun run = cli({QStringLiteral("check-api"), QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"refused the client id or secret"), qPrintable(run.err));
    QVERIFY(!run.out.contains(u"wrong-secret") && !run.err.contains(u"wrong-secret"));

    const test::RefusedPort refused;
    QVERIFY(refused.port() != 0);
    QVERIFY(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                 QStringLiteral("--gateway"), refused.url()})
                    .exitCode == 0);
    run = cli({QStringLiteral("check-api"), QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 4);
}

QTEST_GUILESS_MAIN(TestCliCheckApi)
#include "tst_cli_checkapi.moc"
