#include "fakeacronis/fakeacronis.h"
#include "fakesecretstore.h"
#include "services/connectiontest.h"
#include "storage/instancerepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::FakeAcronis;
using csp::test::FakeSecretStore;

class TestConnectionTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void succeedsAndRemembersTheDistributorTenant();
    void usesTheKeychainSecret();
    void missingSecretIsNamed();
    void unusableKeychainIsReported();
    void unsavedValuesAreNotRemembered();
    void wrongSecretIsAnAuthError();
    void cancelStopsTheRun();

private:
    Result<ConnectionInfo> run(const Instance &instance, const std::optional<QString> &secret,
                               QStringList *steps = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<InstanceRepository> m_instances;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Instance m_instance;
    QString m_tenantId;
    int m_counter = 0;
};

void TestConnectionTest::init()
{
    CSP_FAIL_ON_SLIPS();
    m_fake = std::make_unique<FakeAcronis>();
    const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    m_tenantId = tenant.value(u"id").toString();
    m_fake->addTenant(tenant);
    m_fake->addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                      QStringLiteral("secret-1"), m_tenantId);
    QVERIFY(m_fake->listen());
    auto db = csp::test::openTestDatabase(
            m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_database = *db;
    m_instances = std::make_unique<InstanceRepository>(m_database);
    m_secrets = FakeSecretStore();
    m_instance = Instance();
    m_instance.id = newUuid();
    m_instance.systemName = QStringLiteral("EU");
    m_instance.gateway = m_fake->url();
    m_instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    m_instance.primaryCurrency = QStringLiteral("EUR");
    m_instance.createdAt = m_instance.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_instances->insert(m_instance));
}

Result<ConnectionInfo> TestConnectionTest::run(const Instance &instance,
                                               const std::optional<QString> &secret,
                                               QStringList *steps)
{
    ConnectionTest test(m_network, m_secrets, m_database);
    if (steps)
        connect(&test, &ConnectionTest::stepChanged, this,
                [steps](const QString &step) { steps->append(step); });
    QSignalSpy finished(&test, &ConnectionTest::finished);
    std::optional<Result<ConnectionInfo>> outcome;
    connect(&test, &ConnectionTest::finished, this,
            [&](const Result<ConnectionInfo> &r) { outcome = r; });
    test.start(instance, secret);
    if (!outcome)
        finished.wait(10000);
    [&] {
        QCOMPARE(finished.count(), 1);
    }();
    return outcome.value_or(Error{ErrorKind::Failed, QStringLiteral("no answer")});
}

void TestConnectionTest::succeedsAndRemembersTheDistributorTenant()
{
    QStringList steps;
    const auto result = run(m_instance, QStringLiteral("secret-1"), &steps);
    QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->tenantId, m_tenantId);
    QCOMPARE(result->tenantName, QStringLiteral("Partner, Inc"));
    QCOMPARE(result->tenantKind, QStringLiteral("partner"));
    QVERIFY(result->testedAt.isValid());
    QCOMPARE(steps.size(), 3);
    QCOMPARE(m_instances->findById(m_instance.id)->distributorTenantId, m_tenantId);
    QCOMPARE(m_fake->requests(),
             (QStringList{QStringLiteral("POST /api/2/idp/token"),
                          QStringLiteral("GET /api/2/clients/c11e0001-0000-4000-8000-000000000001"),
                          QStringLiteral("GET /api/2/tenants/") + m_tenantId}));
}

void TestConnectionTest::usesTheKeychainSecret()
{
    m_secrets.entries.insert(m_instance.id, QStringLiteral("secret-1"));
    QVERIFY(run(m_instance, std::nullopt));
}

void TestConnectionTest::missingSecretIsNamed()
{
    const auto result = run(m_instance, std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_fake->requests().size(), 0);
}

void TestConnectionTest::unusableKeychainIsReported()
{
    m_secrets.failWith = SecretResult::Status::Unavailable;
    const auto result = run(m_instance, std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::KeychainUnavailable);
}

void TestConnectionTest::unsavedValuesAreNotRemembered()
{
    Instance edited = m_instance;
    m_fake->addClient(QStringLiteral("c11e0002-0000-4000-8000-000000000002"),
                      QStringLiteral("secret-2"), m_tenantId);
    edited.clientId = QStringLiteral(
            "c11e0002-0000-4000-8000-000000000002"); // typed in the form, not saved yet
    QVERIFY(run(edited, QStringLiteral("secret-2")));
    QVERIFY(m_instances->findById(m_instance.id)->distributorTenantId.isEmpty());
}

void TestConnectionTest::wrongSecretIsAnAuthError()
{
    const auto result = run(m_instance, QStringLiteral("nope"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::AuthFailed);
}

void TestConnectionTest::cancelStopsTheRun()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Instance slow = m_instance;
    slow.gateway = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    ConnectionTest test(m_network, m_secrets, m_database);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    std::optional<ErrorKind> kind;
    connect(&test, &ConnectionTest::finished, this, [&](const Result<ConnectionInfo> &r) {
        kind = r.ok() ? std::nullopt : std::optional(r.error().kind);
    });
    test.start(slow, QStringLiteral("secret-1"));
    QVERIFY(test.isRunning());
    QTRY_VERIFY(silent.hasPendingConnections()); // the request is out
    QTcpSocket *server = silent.nextPendingConnection();
    test.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(kind, std::optional(ErrorKind::Cancelled));
    // The request was aborted: the server sees the connection go. Had the test not let go of
    // it, its answer would have come with that.
    QTRY_VERIFY(server->state() == QAbstractSocket::UnconnectedState);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1); // nothing arrives after the cancel
    QVERIFY(!test.isRunning());
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
