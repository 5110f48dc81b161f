#include "acronis/accountapi.h"
#include "acronis/apiclient.h"
#include "core/waitfor.h"
#include "fakeacronis/fakeacronis.h"
#include "refusedport.h"
#include "services/trustedcertificates.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
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
    void aLargeAnswerIsReadAsASmallOneIs();
    void aLargeGarbageBodyNamesTheEndpointAndByte();
    void aCancelEndsACallWhoseAnswerIsBeingParsed();
    void aClientGoneWhileItsAnswerIsParsedCallsBackOnce();
    void missingFieldNamesEndpointAndField();
    void mistypedFieldNamesEndpointAndField();
    void oversizedResponseIsRefused();
    void unreachablePort();
    void silentServerHitsTheTransferTimeout();
    void untrustedCertificateIsRefused();
    void trustedCertificateWorks();
    void aTrustedFileIsTrustedBesidesTheSystemsStore();
    void plainHttpToAPublicHostIsRefused();
    void parallelRequestsShareOneTokenRequest();
    void clientInfoGoesBesideTheTokenRequest();
    void clientInfoWaitsForTheTokenWhereBasicIsRefused();
    void clientInfoAnsweredBeforeTheTokenKeepsNothingAlive();
    void clientInfoWithAWrongSecretIsOneAuthError();
    void clientInfoGoesWithTheTokenOnceThereIsOne();
    void cancelAbortsInFlightCalls();
    void transientErrorsAreRetried_data();
    void transientErrorsAreRetried();
    void retryAfterIsHonoured();
    void droppedConnectionIsRetried();
    void retriesStopAtTheBudget();
    void retryDelayRules();
    void writesThatMayHaveActedAreNotRepeated_data();
    void writesThatMayHaveActedAreNotRepeated();
    void cancelEndsABackOffWait();
    void proxyPageBecomesAShortMessage_data();
    void proxyPageBecomesAShortMessage();
    void messagesKeepPercentSignsOfTheEndpoint();

private:
    std::unique_ptr<FakeAcronis> m_fake;
    QNetworkAccessManager m_network;
    QString m_tenantId;
    // Qt's own default, before any test changed it.
    const QList<QSslCertificate> m_defaultCas =
            QSslConfiguration::defaultConfiguration().caCertificates();
};

void TestApiClient::init()
{
    // A message built with the wrong number of arguments warns; no error path may do that.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg")));
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

namespace {

// The partner fixture with a field no reader knows, as long as `bytes`: an answer that large is
// parsed on a pool thread.
QByteArray largeTenantBody(qsizetype bytes)
{
    QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    tenant.insert(QStringLiteral("x_padding"), QString(bytes, u'x'));
    return QJsonDocument(tenant).toJson(QJsonDocument::Compact);
}

} // namespace

void TestApiClient::aLargeAnswerIsReadAsASmallOneIs()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"), {200, largeTenantBody(2'000'000)});
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY2(tenant, qPrintable(tenant.ok() ? QString() : tenant.error().message));
    QCOMPARE(tenant->id, m_tenantId);
    QCOMPARE(tenant->name,
             FakeAcronis::fixture(QStringLiteral("tenant_partner.json")).value(u"name").toString());
}

void TestApiClient::aLargeGarbageBodyNamesTheEndpointAndByte()
{
    QByteArray body = largeTenantBody(400'000);
    body.chop(1); // the object is never closed
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"), {200, body});
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Failed);
    QVERIFY2(tenant.error().message.contains(u"GET /api/2/tenants/" + m_tenantId) &&
                     tenant.error().message.contains(u"not valid JSON") &&
                     tenant.error().message.contains(QStringLiteral("at byte %1").arg(body.size())),
             qPrintable(tenant.error().message));
}

// A cancel ends every call at once, also one whose answer is being parsed on another thread:
// its callback hears Cancelled then, and the parsed answer is dropped.
void TestApiClient::aCancelEndsACallWhoseAnswerIsBeingParsed()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"), {200, largeTenantBody(8'000'000)});
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    QList<Result<Tenant>> heard;
    bool cancelled = false;
    // Queued: it runs once the answer was handed to the pool, before the parse can report.
    connect(
            &api, &ApiClient::requestFinished, &api,
            [&](const QString &endpoint) {
                if (!endpoint.startsWith(u"GET /api/2/tenants/"))
                    return; // the token's answer
                api.cancel();
                cancelled = true;
                QCOMPARE(heard.size(), 1); // at once, within cancel()
            },
            Qt::QueuedConnection);
    account::fetchTenant(api, m_tenantId,
                         [&](const Result<Tenant> &tenant) { heard.append(tenant); });
    QTRY_COMPARE(heard.size(), 1);
    QVERIFY(cancelled);
    QTest::qWait(300); // the parse ends meanwhile; its answer is not delivered
    QCOMPARE(heard.size(), 1);
    QVERIFY(!heard.first());
    QCOMPARE(heard.first().error().kind, ErrorKind::Cancelled);
}

// Deleted while its answer is parsed, the client tells the call it was cancelled, once; the
// parse's end finds no client to report to.
void TestApiClient::aClientGoneWhileItsAnswerIsParsedCallsBackOnce()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"), {200, largeTenantBody(8'000'000)});
    auto *api = new ApiClient({m_fake->url(), clientId, secret}, m_network);
    QList<Result<Tenant>> heard;
    QObject watcher;
    connect(
            api, &ApiClient::requestFinished, &watcher,
            [&](const QString &endpoint) {
                if (endpoint.startsWith(u"GET /api/2/tenants/"))
                    delete std::exchange(api, nullptr);
            },
            Qt::QueuedConnection);
    account::fetchTenant(*api, m_tenantId,
                         [&](const Result<Tenant> &tenant) { heard.append(tenant); });
    QTRY_COMPARE(heard.size(), 1);
    QVERIFY(!api);
    QTest::qWait(300);
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.first().error().kind, ErrorKind::Cancelled);
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
    // A server that answers against the document: played by the fake as an injected answer.
    QJsonObject broken = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    broken.remove(QStringLiteral("kind"));
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {200, QJsonDocument(broken).toJson(QJsonDocument::Compact)});
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
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {200, QJsonDocument(broken).toJson(QJsonDocument::Compact)});
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
    const test::RefusedPort refused;
    QVERIFY(refused.port() != 0);
    ApiClient api({refused.url(), clientId, secret}, m_network);
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
    QVERIFY(TrustedCertificates::trust(QStringLiteral(CSP_TEST_DATA "/test-cert.pem")));
    QNetworkAccessManager network; // a new one: the refused connection above is not reused
    ApiClient api({tls.url(), clientId, secret}, network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(TrustedCertificates::trust({})); // the system's alone again
    QVERIFY2(tenant, qPrintable(tenant.ok() ? QString() : tenant.error().message));
}

// A file's certificates are trusted besides the system's: listed with them (any list switches
// off Qt's look-up of the system's store). The system's alone is Qt's own default again, which
// on Linux lists none and looks each certificate up when a handshake needs it: reading the whole
// store (288 certificates) took 140 ms at every start.
void TestApiClient::aTrustedFileIsTrustedBesidesTheSystemsStore()
{
    QVERIFY(TrustedCertificates::trust({}));
    const QList<QSslCertificate> system =
            QSslConfiguration::defaultConfiguration().caCertificates();
    QCOMPARE(system.size(), m_defaultCas.size()); // Qt's own default again, not the whole store
    QCOMPARE(system, m_defaultCas);
    const QList<QSslCertificate> file =
            QSslCertificate::fromPath(QStringLiteral(CSP_TEST_DATA "/test-cert.pem"));
    QCOMPARE(file.size(), 1);
    const QList<QSslCertificate> withFile = QSslConfiguration::systemCaCertificates() + file;
    QVERIFY(TrustedCertificates::trust(QStringLiteral(CSP_TEST_DATA "/test-cert.pem")));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), withFile);
    QVERIFY(TrustedCertificates::trust(QStringLiteral(CSP_TEST_DATA "/test-cert.pem")));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), withFile); // once
    QVERIFY(TrustedCertificates::trust({}));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), system);

    // Trusted no more: refused again.
    FakeAcronis tls;
    tls.addClient(clientId, secret, m_tenantId);
    QVERIFY(tls.listen(QStringLiteral(CSP_TEST_DATA "/test-cert.pem"),
                       QStringLiteral(CSP_TEST_DATA "/test-key.pem")));
    QNetworkAccessManager network;
    ApiClient api({tls.url(), clientId, secret}, network);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QVERIFY2(tenant.error().message.contains(u"certificate of localhost is not trusted"),
             qPrintable(tenant.error().message));
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

namespace {

Result<ClientInfo> clientVia(ApiClient &api)
{
    return waitFor<Result<ClientInfo>>(
            [&](auto done) { account::fetchClientInfo(api, clientId, done); });
}

} // namespace

// The document lets the client's id and secret read GET /clients/{id} (basicAuth): the first
// sign-in sends it beside the token request, one round trip instead of two. With every answer
// 300 ms late, both arrive before the token is answered: the whole takes one round trip.
void TestApiClient::clientInfoGoesBesideTheTokenRequest()
{
    m_fake->setLatency(300);
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    QElapsedTimer clock;
    clock.start();
    const auto client = clientVia(api);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(client, qPrintable(client.ok() ? QString() : client.error().message));
    QCOMPARE(client->tenantId, m_tenantId);
    QCOMPARE(m_fake->basicAuthorised(),
             QStringList{QStringLiteral("GET /api/2/clients/") + clientId});
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QVERIFY2(elapsed < 600, qPrintable(QString::number(elapsed))); // two round trips: ≥ 600
    // The token asked for beside it serves what follows.
    QVERIFY(tenantVia(api, m_tenantId));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QCOMPARE(m_fake->basicAuthorised().size(), 1);
}

// A gateway that lets only tokens in (a reading of the document a real one may have): the 401 is
// not an error of its own; the call goes again with the token.
void TestApiClient::clientInfoWaitsForTheTokenWhereBasicIsRefused()
{
    m_fake->setBasicAuthAccepted(false);
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto client = clientVia(api);
    QVERIFY2(client, qPrintable(client.ok() ? QString() : client.error().message));
    QCOMPARE(client->tenantId, m_tenantId);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/clients/")), 2);
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QVERIFY(m_fake->basicAuthorised().isEmpty());
}

// The program keeps its client alive through the callback of its first call (openInstanceApi).
// Answered with Basic while the token request is still out, that call is done: nothing may keep
// it, and with it the client, once its caller lets go (the token's waiter did: a cycle that
// LeakSanitizer reported at exit of check-api against a gateway that refused connections).
void TestApiClient::clientInfoAnsweredBeforeTheTokenKeepsNothingAlive()
{
    m_fake->delayNext(QStringLiteral("POST /api/2/idp/token"), 2000);
    auto api = std::make_shared<ApiClient>(Credentials{m_fake->url(), clientId, secret}, m_network);
    const std::weak_ptr<ApiClient> watched = api;
    const auto client = waitFor<Result<ClientInfo>>([&](auto done) {
        account::fetchClientInfo(*api, clientId,
                                 [done, keptAlive = api](const Result<ClientInfo> &info) {
                                     Q_UNUSED(keptAlive)
                                     done(info);
                                 });
    });
    QVERIFY2(client, qPrintable(client.ok() ? QString() : client.error().message));
    QCOMPARE(m_fake->basicAuthorised().size(), 1);
    api.reset();
    // Its reply is deleted later; the token is answered only after two seconds.
    QTRY_VERIFY_WITH_TIMEOUT(watched.expired(), 1000);
}

// A wrong secret is reported as the token request reports it, once: no second token request.
void TestApiClient::clientInfoWithAWrongSecretIsOneAuthError()
{
    ApiClient api({m_fake->url(), clientId, QStringLiteral("wrong")}, m_network);
    const auto client = clientVia(api);
    QVERIFY(!client);
    QCOMPARE(client.error().kind, ErrorKind::AuthFailed);
    QVERIFY2(client.error().message.contains(u"refused the client id or secret"),
             qPrintable(client.error().message));
    QVERIFY(!client.error().message.contains(u"wrong"));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QVERIFY(m_fake->basicAuthorised().isEmpty());
}

void TestApiClient::clientInfoGoesWithTheTokenOnceThereIsOne()
{
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    QVERIFY(tenantVia(api, m_tenantId));
    QVERIFY(clientVia(api));
    QVERIFY(m_fake->basicAuthorised().isEmpty());
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
}

void TestApiClient::cancelAbortsInFlightCalls()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ApiClient api(
            {QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), clientId, secret},
            m_network);
    // Cancelled once the token request has reached the server, which never answers it.
    connect(&silent, &QTcpServer::newConnection, &api, [&] {
        QTcpSocket *socket = silent.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, &api, [&] { api.cancel(); });
    });
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Cancelled);
}

namespace {

ApiOptions fastRetries()
{
    ApiOptions options;
    options.retry.initialBackoff = std::chrono::milliseconds(10);
    options.retry.maxBackoff = std::chrono::milliseconds(50);
    return options;
}

} // namespace

void TestApiClient::transientErrorsAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("requests");
    QTest::newRow("503 twice") << 503 << 2 << true << 3;
    QTest::newRow("502 four times") << 502 << 4 << true << 5;
    QTest::newRow("504 five times: gives up") << 504 << 5 << false << 5;
    QTest::newRow("500 twice") << 500 << 2 << true << 3;
    QTest::newRow("500 three times: gives up") << 500 << 3 << false << 3;
    QTest::newRow("429 once") << 429 << 1 << true << 2;
    QTest::newRow("400 is final") << 400 << 1 << false << 1;
}

void TestApiClient::transientErrorsAreRetried()
{
    QFETCH(int, status);
    QFETCH(int, failures);
    QFETCH(bool, succeeds);
    QFETCH(int, requests);
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {status, R"({"error":{"code":0,"message":"busy"}})"}, failures);
    ApiClient api({m_fake->url(), clientId, secret}, m_network, fastRetries());
    const auto tenant = tenantVia(api, m_tenantId);
    QCOMPARE(tenant.ok(), succeeds);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/")), requests);
    if (!succeeds)
        QCOMPARE(tenant.error().httpStatus, status);
}

void TestApiClient::retryAfterIsHonoured()
{
    m_fake->addFault(
            [left = 1](const QString &request) mutable -> std::optional<FakeAcronis::Reply> {
                if (left == 0 || !request.startsWith(u"GET /api/2/tenants/"))
                    return std::nullopt;
                --left;
                return FakeAcronis::Reply{429,
                                          R"({"error":{"code":429,"message":"Too many requests"}})",
                                          "application/json",
                                          {{"Retry-After", "1"}}};
            });
    ApiClient api({m_fake->url(), clientId, secret}, m_network, fastRetries());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(tenantVia(api, m_tenantId));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/")), 2);
}

void TestApiClient::droppedConnectionIsRetried()
{
    m_fake->dropNextConnections(2);
    QStringList ended; // "METHOD PATH STATUS" of each attempt, "-" for no answer
    ApiOptions options = fastRetries();
    options.requestLog = [&](const QString &line) {
        ended << line.section(u' ', 0, 2);
    };
    ApiClient api({m_fake->url(), clientId, secret}, m_network, options);
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY2(tenant, qPrintable(tenant.ok() ? QString() : tenant.error().message));
    // The client's first token request lost both connections (Qt sends a request whose
    // connection closes before any answer once more by itself); the client sent it again, and
    // its second attempt got the token.
    QCOMPARE(m_fake->droppedConnections(), 2);
    QCOMPARE(ended,
             QStringList({QStringLiteral("POST /api/2/idp/token -"),
                          QStringLiteral("POST /api/2/idp/token 200"),
                          QStringLiteral("GET /api/2/tenants/") + m_tenantId +
                                  QStringLiteral(" 200")}));
    QCOMPARE(api.requestsSent(), 3);
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/idp/token")), 1);
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/")), 1);
}

void TestApiClient::retriesStopAtTheBudget()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"), {503, "{}"}, 1000);
    ApiOptions options = fastRetries();
    options.retry.maxAttempts = 1000;
    options.retry.budget = std::chrono::milliseconds(300);
    ApiClient api({m_fake->url(), clientId, secret}, m_network, options);
    QElapsedTimer timer;
    timer.start();
    const auto tenant = tenantVia(api, m_tenantId);
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().httpStatus, 503);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(m_fake->count(QStringLiteral("GET /api/2/tenants/")) < 40);
}

void TestApiClient::retryDelayRules()
{
    using std::chrono::milliseconds;
    const RetryPolicy policy;
    RawReply busy;
    busy.status = 503;
    QCOMPARE(retryDelay(busy, 1, true, policy, milliseconds(0), 0.5), milliseconds(400));
    QCOMPARE(retryDelay(busy, 2, true, policy, milliseconds(0), 0.5), milliseconds(800));
    QCOMPARE(retryDelay(busy, 2, true, policy, milliseconds(0), 0.0), milliseconds(600)); // -25 %
    QCOMPARE(retryDelay(busy, 4, true, policy, milliseconds(0), 0.999).value() <=
                     milliseconds(4000),
             true);
    QCOMPARE(retryDelay(busy, 10, true,
                        {5, 3, milliseconds(400), milliseconds(8000), milliseconds(600000)},
                        milliseconds(0), 0.5),
             std::nullopt);
    QVERIFY(retryDelay(busy, 1, false, policy, milliseconds(0),
                       0.5)); // 503: the server did nothing
    busy.retryAfter = "7";
    QCOMPARE(retryDelay(busy, 1, true, policy, milliseconds(0), 0.5), milliseconds(7000));
    QCOMPARE(retryDelay(busy, 1, true, policy, milliseconds(55000), 0.5),
             std::nullopt); // past the budget
    RawReply badGateway;
    badGateway.status = 502;
    QVERIFY(retryDelay(badGateway, 1, true, policy, milliseconds(0), 0.5));
    QVERIFY(!retryDelay(badGateway, 1, false, policy, milliseconds(0),
                        0.5)); // a PUT may have acted
    RawReply dropped;
    dropped.dropped = true;
    QVERIFY(retryDelay(dropped, 1, true, policy, milliseconds(0), 0.5));
    RawReply notFound;
    notFound.status = 404;
    QVERIFY(!retryDelay(notFound, 1, true, policy, milliseconds(0), 0.5));
    // A 500 may have acted: a read or a PUT is repeated, a POST or DELETE never.
    RawReply internal;
    internal.status = 500;
    QVERIFY(retryDelay(internal, 1, true, policy, milliseconds(0), 0.5));
    QVERIFY(!retryDelay(internal, 3, true, policy, milliseconds(0), 0.5)); // "retry twice"
    QVERIFY(!retryDelay(internal, 1, false, policy, milliseconds(0), 0.5));
    QVERIFY(!retryDelay(dropped, 1, false, policy, milliseconds(0), 0.5));
    RawReply throttled;
    throttled.status = 429;
    QVERIFY(retryDelay(throttled, 1, false, policy, milliseconds(0), 0.5));
}

void TestApiClient::writesThatMayHaveActedAreNotRepeated_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("requests");
    QTest::newRow("POST 500: once") << QByteArray("POST") << 500 << 1;
    QTest::newRow("POST 502: once") << QByteArray("POST") << 502 << 1;
    QTest::newRow("POST 504: once") << QByteArray("POST") << 504 << 1;
    QTest::newRow("DELETE 500: once") << QByteArray("DELETE") << 500 << 1;
    QTest::newRow("POST 503: not acted on, again") << QByteArray("POST") << 503 << 2;
    QTest::newRow("POST 429: not acted on, again") << QByteArray("POST") << 429 << 2;
    QTest::newRow("PUT 500: sets a state, again") << QByteArray("PUT") << 500 << 2;
    QTest::newRow("GET 500: again") << QByteArray("GET") << 500 << 2;
}

void TestApiClient::writesThatMayHaveActedAreNotRepeated()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, requests);
    // A documented operation of each method, with a body the document allows.
    const QString tenant = QStringLiteral("/tenants/") + m_tenantId;
    QString path = tenant;
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    if (method == "POST") {
        path = QStringLiteral("/tenants");
        body = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("New Partner")},
                                         {QStringLiteral("kind"), QStringLiteral("partner")},
                                         {QStringLiteral("parent_id"), m_tenantId}});
    } else if (method == "PUT") {
        body = QJsonDocument(QJsonObject{{QStringLiteral("version"), 3}});
    } else if (method == "DELETE") {
        query.addQueryItem(QStringLiteral("version"), QStringLiteral("3"));
    }
    const QString prefix = QString::fromLatin1(method) + QStringLiteral(" /api/2") + path;
    m_fake->failNext(prefix, {status, "{}"});
    ApiClient api({m_fake->url(), clientId, secret}, m_network, fastRetries());
    waitFor<Result<ApiResponse>>([&](auto done) { api.send(method, path, query, body, done); });
    QCOMPARE(m_fake->count(prefix), requests);
}

void TestApiClient::cancelEndsABackOffWait()
{
    // The server asks for 30 s of patience; a cancel must not wait for them.
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {503, "{}", "application/json", {{"Retry-After", "30"}}});
    QStringList ended;
    ApiOptions options;
    options.requestLog = [&](const QString &line) {
        ended << line;
    };
    ApiClient api({m_fake->url(), clientId, secret}, m_network, options);
    QElapsedTimer timer;
    const auto tenant = waitFor<Result<Tenant>>([&](auto done) {
        account::fetchTenant(api, m_tenantId, done);
        QTimer::singleShot(0, &api, [&] {
            // once the 503 has come back and the back-off has begun: the client logs the answer
            // and schedules the next attempt in one go
            QTRY_VERIFY(m_fake->count(QStringLiteral("GET /api/2/tenants/")) == 1);
            QTRY_VERIFY(
                    !ended.filter(QRegularExpression(QStringLiteral("^GET /api/2/tenants/.* 503 ")))
                             .isEmpty());
            timer.start();
            api.cancel();
        });
    });
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().kind, ErrorKind::Cancelled);
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

void TestApiClient::proxyPageBecomesAShortMessage_data()
{
    QTest::addColumn<FakeAcronis::Loss>("loss");
    QTest::addColumn<QString>("expected");
    QTest::newRow("502") << FakeAcronis::Loss::ProxyBadGateway
                         << "HTTP 502 Bad Gateway (answered by a proxy)";
    QTest::newRow("504") << FakeAcronis::Loss::ProxyTimeout
                         << "HTTP 504 Gateway Timeout (answered by a proxy)";
}

void TestApiClient::proxyPageBecomesAShortMessage()
{
    QFETCH(FakeAcronis::Loss, loss);
    QFETCH(QString, expected);
    m_fake->loseAnswerOfNext(QStringLiteral("POST /api/2/tenants"), loss);
    ApiClient api({m_fake->url(), clientId, secret}, m_network, fastRetries());
    const QJsonObject tenant{{QStringLiteral("name"), QStringLiteral("New Partner")},
                             {QStringLiteral("kind"), QStringLiteral("partner")},
                             {QStringLiteral("parent_id"), m_tenantId}};
    const auto created = waitFor<Result<ApiResponse>>([&](auto done) {
        api.send("POST", QStringLiteral("/tenants"), {}, QJsonDocument(tenant), done);
    });
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(expected), qPrintable(created.error().message));
    QVERIFY2(!created.error().message.contains(u'<'), qPrintable(created.error().message));
    QVERIFY(isAmbiguous(created.error()));
}

void TestApiClient::messagesKeepPercentSignsOfTheEndpoint()
{
    // A setting's name is the one path segment the document does not confine to a UUID.
    const QString settings = QStringLiteral("/applications/7459244f-68f3-3bf4-9f53-5f63ecc1d91f/"
                                            "settings/tenants/") +
            m_tenantId + u'/';
    m_fake->failNext(QStringLiteral("GET /api/2") + settings, {404, "{}"});
    ApiClient api({m_fake->url(), clientId, secret}, m_network);
    const auto setting = waitFor<Result<ApiResponse>>([&](auto done) {
        api.get(settings + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("a/b c"))),
                {}, done);
    });
    QVERIFY(!setting);
    QVERIFY2(setting.error().message.contains(u"/a%2Fb%20c answered HTTP 404"),
             qPrintable(setting.error().message));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
