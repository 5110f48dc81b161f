#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "core/blocking.h"
#include "fakeacronis/fakeacronis.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace csp;
using namespace csp::acronis;
using csp::test::FakeAcronis;

namespace {

const QString clientId = QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56");
const QString secret = QStringLiteral("right-secret");

Result<Tenant> tenantVia(ApiClient &api, const QString &id)
{
    return waitFor<Result<Tenant>>([&](auto done) { account::fetchTenant(api, id, done); });
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tokenIsCachedAcrossCalls();
    void expiresInTokensWork();
    void nearlyExpiredTokenIsRenewed();
    void unauthorisedCallRenewsTokenOnce();
    void persistent401IsAnAuthError();
    void wrongSecretIsAnAuthError();
    void errorEnvelopeBecomesAMessage();
    void garbageBodyNamesTheEndpoint();
    void missingFieldNamesEndpointAndField();
    void mistypedFieldNamesEndpointAndField();
    void oversizedResponseIsRefused();
    void unreachablePort();
    void silentServerHitsTheTransferTimeout();
    void untrustedCertificateIsRefused();
    void trustedCertificateWorks();
    void plainHttpToAPublicHostIsRefused();
    void parallelRequestsShareOneTokenRequest();
    void cancelAbortsInFlightCalls();

private:
    std::unique_ptr<FakeAcronis> m_fake;
    QNetworkAccessManager m_network;
    QString m_tenantId;
};

void TestApiClient::init()
{
    m_fake = std::make_unique<FakeAcronis>();
    QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    m_tenantId = tenant.value(u"id").toString();
    m_fake->addTenant(tenant);
    m_fake->addClient(clientId, secret, m_tenantId);
    QVERIFY(m_fake->listen());
}

void TestApiClient::tokenIsCachedAcrossCalls()
{
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    for (int i = 0; i < 3; ++i) {
        const auto tenant = tenantVia(api, m_tenantId);
        QVERIFY2(tenant, qPrintable(tenant.ok() ? QString() : tenant.error().message));
        QCOMPARE(tenant->name, QStringLiteral("Partner, Inc"));
        QCOMPARE(tenant->kind, QStringLiteral("partner"));
        QCOMPARE(tenant->version, 3);
        QCOMPARE(tenant->customerId, QStringLiteral("ERP-000451"));
    }
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QCOMPARE(api.requestsSent(), 4);
}

void TestApiClient::expiresInTokensWork()
{
    m_fake->setTokenLifetime(7200, true);
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    QVERIFY(tenantVia(api, m_tenantId));
    QVERIFY(tenantVia(api, m_tenantId));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
}

void TestApiClient::nearlyExpiredTokenIsRenewed()
{
    m_fake->setTokenLifetime(300); // inside the 10-minute renewal margin
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    QVERIFY(tenantVia(api, m_tenantId));
    QVERIFY(tenantVia(api, m_tenantId));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 2);
}

void TestApiClient::unauthorisedCallRenewsTokenOnce()
{
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    QVERIFY(tenantVia(api, m_tenantId));
    m_fake->revokeTokens(); // as if it had expired
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(tenant);
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 2);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/")), 3);
}

void TestApiClient::persistent401IsAnAuthError()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {401, R"({"error":{"code":401,"message":"Unauthorized"}})"}, 5);
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::AuthFailed);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/")), 2); // one retry, not more
}

void TestApiClient::wrongSecretIsAnAuthError()
{
    ApiClient api({m_fake->url(), clientId, QStringLiteral("wrong")}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::AuthFailed);
    QCOMPARE(tenant.error().httpStatus, 401);
    QVERIFY2(tenant.error().message.contains(u"refused the client id or secret (invalid_client: "
                                             u"invalid client credentials)"),
             qPrintable(tenant.error().message));
    QVERIFY(!tenant.error().message.contains(u"wrong"));
    QCOMPARE(m_fake->count(QStringLiteral("GET")), 0);
}

void TestApiClient::errorEnvelopeBecomesAMessage()
{
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().httpStatus, 404);
    QCOMPARE(tenant.error().serviceCode, 1005);
    QVERIFY2(tenant.error().message.contains(
                     u"GET /api/2/tenants/00000000-0000-0000-0000-000000000000 answered HTTP 404 "
                     u"(Tenant not found)"),
             qPrintable(tenant.error().message));
}

void TestApiClient::garbageBodyNamesTheEndpoint()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {200, "<html>proxy error</html>", "text/html"});
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Failed);
    QVERIFY2(tenant.error().message.contains(u"answered something unexpected") &&
                     tenant.error().message.contains(u"GET /api/2/tenants/" + m_tenantId) &&
                     tenant.error().message.contains(u"not valid JSON"),
             qPrintable(tenant.error().message));
}

void TestApiClient::missingFieldNamesEndpointAndField()
{
    QJsonObject broken = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    broken.remove(QStringLiteral("kind"));
    m_fake->addTenant(broken);
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QVERIFY2(tenant.error().message.contains(u"field \"kind\" is missing") &&
                     tenant.error().message.contains(u"GET /api/2/tenants/"),
             qPrintable(tenant.error().message));
}

void TestApiClient::mistypedFieldNamesEndpointAndField()
{
    QJsonObject broken = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    broken.insert(QStringLiteral("version"), QStringLiteral("3"));
    m_fake->addTenant(broken);
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QVERIFY2(tenant.error().message.contains(u"field \"version\" is not a number"),
             qPrintable(tenant.error().message));
}

void TestApiClient::oversizedResponseIsRefused()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {200, "[" + QByteArray(3 * 1024 * 1024, ' ') + "]"});
    ApiOptions options;
    options.maxResponseBytes = 1024 * 1024;
    ApiClient api({m_fake->url(), clientId, secret}, m_network, options);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QVERIFY2(tenant.error().message.contains(u"more than 1 MB"),
             qPrintable(tenant.error().message));
}

void TestApiClient::unreachablePort()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ApiClient api({QStringLiteral("http://127.0.0.1:%1").arg(port), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Unreachable);
    QVERIFY2(tenant.error().message.contains(u"could not be reached"),
             qPrintable(tenant.error().message));
}

void TestApiClient::silentServerHitsTheTransferTimeout()
{
    QTcpServer silent; // accepts connections, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ApiOptions options;
    options.transferTimeout = std::chrono::milliseconds(400);
    ApiClient api(
            {QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), clientId, secret},
            m_network, options);
    QElapsedTimer timer;
    timer.start();
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Unreachable);
    QVERIFY2(tenant.error().message.contains(u"did not answer within"),
             qPrintable(tenant.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestApiClient::untrustedCertificateIsRefused()
{
    FakeAcronis tls;
    tls.addClient(clientId, secret, m_tenantId);
    QVERIFY(tls.listen(QStringLiteral(CSP_TEST_DATA "/test-cert.pem"),
                       QStringLiteral(CSP_TEST_DATA "/test-key.pem")));
    ApiClient api({tls.url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Unreachable);
    QVERIFY2(tenant.error().message.contains(u"certificate of localhost is not trusted"),
             qPrintable(tenant.error().message));
    QCOMPARE(tls.requests().size(), 0); // the secret never left
}

void TestApiClient::trustedCertificateWorks()
{
    FakeAcronis tls;
    tls.addClient(clientId, secret, m_tenantId);
    tls.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    QVERIFY(tls.listen(QStringLiteral(CSP_TEST_DATA "/test-cert.pem"),
                       QStringLiteral(CSP_TEST_DATA "/test-key.pem")));
    ApiOptions options;
    options.extraCaCertificates =
            QSslCertificate::fromPath(QStringLiteral(CSP_TEST_DATA "/test-cert.pem"));
    ApiClient api({tls.url(), clientId, secret}, m_network, options);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY2(tenant, qPrintable(tenant.ok() ? QString() : tenant.error().message));
}

void TestApiClient::plainHttpToAPublicHostIsRefused()
{
    ApiClient api({QStringLiteral("http://eu2-cloud.acronis.com"), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(api.requestsSent(), 0);
}

void TestApiClient::parallelRequestsShareOneTokenRequest()
{
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    int answered = 0;
    QEventLoop loop;
    for (int i = 0; i < 5; ++i)
        account::fetchTenant(api, m_tenantId, [&](const Result<Tenant> &tenant) {
            QVERIFY(tenant.ok());
            if (++answered == 5)
                loop.quit();
        });
    loop.exec();
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/")), 5);
}

void TestApiClient::cancelAbortsInFlightCalls()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ApiClient api(
            {QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), clientId, secret},
            m_network);
    QTimer::singleShot(100, &api, [&] { api.cancel(); });
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
