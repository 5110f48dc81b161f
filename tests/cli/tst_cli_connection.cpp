#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
#include "refusedport.h"
#include "services/trustedcertificates.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::CliRun;
using csp::test::FakeAcronis;

class TestCliConnection final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void successPrintsTheTenant();
    void wrongSecretExitsThree();
    void unreachableGatewayExitsFour();
    void unexpectedAnswerExitsOne();
    void slowGatewayTimesOutWithFour();
    void unknownInstanceExitsTwo();
    void caFileTrustsAProxysAuthority();
    void badCaFileExitsTwoNamingIt_data();
    void badCaFileExitsTwoNamingIt();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {},
               QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
    {
        return csp::test::runCli(m_dir->path(), arguments, input, env);
    }
    void addInstance(const QString &gateway, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
    QString m_tenantId;
};

void TestCliConnection::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    m_tenantId = tenant.value(u"id").toString();
    m_fake->addTenant(tenant);
    m_fake->addClient(QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
                      QStringLiteral("secret-1"), m_tenantId);
    QVERIFY(m_fake->listen());
}

void TestCliConnection::addInstance(const QString &gateway, const QString &secret)
{
    const CliRun run = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), gateway,
             QStringLiteral("--client-id"), QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliConnection::successPrintsTheTenant()
{
    addInstance(m_fake->url(), QStringLiteral("secret-1"));
    CliRun run = cli(
            {QStringLiteral("test-connection"), QStringLiteral("EU"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"ok").toBool(), true);
    QCOMPARE(json.value(u"tenant_id").toString(), m_tenantId);
    QCOMPARE(json.value(u"tenant_name").toString(), QStringLiteral("Partner, Inc"));
    QCOMPARE(json.value(u"tenant_kind").toString(), QStringLiteral("partner"));
    QCOMPARE(json.size(), 4);
    QVERIFY(!run.out.contains(u"secret-1") && !run.err.contains(u"secret-1"));

    run = cli({QStringLiteral("test-connection"), QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Partner, Inc"));

    run = cli({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("EU"),
               QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(u"distributor_tenant_id")
                     .toString(),
             m_tenantId);
}

void TestCliConnection::wrongSecretExitsThree()
{
    addInstance(m_fake->url(), QStringLiteral("wrong-secret"));
    const CliRun run = cli(
            {QStringLiteral("test-connection"), QStringLiteral("EU"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"refused the client id or secret"), qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"ok").toBool(true), false);
    QVERIFY(json.value(u"error").toString().contains(u"refused"));
    QVERIFY(!run.out.contains(u"wrong-secret") && !run.err.contains(u"wrong-secret"));
}

void TestCliConnection::unreachableGatewayExitsFour()
{
    const test::RefusedPort refused;
    QVERIFY(refused.port() != 0);
    addInstance(refused.url(), QStringLiteral("secret-1"));
    const CliRun run = cli({QStringLiteral("test-connection"), QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"could not be reached"), qPrintable(run.err));
}

void TestCliConnection::unexpectedAnswerExitsOne()
{
    addInstance(m_fake->url(), QStringLiteral("secret-1"));
    m_fake->failNext(QStringLiteral("GET /api/2/clients/"), {200, "not json at all", "text/plain"});
    const CliRun run = cli({QStringLiteral("test-connection"), QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"answered something unexpected"), qPrintable(run.err));
}

void TestCliConnection::slowGatewayTimesOutWithFour()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    addInstance(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()),
                QStringLiteral("secret-1"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACRONIS_CSP_TIMEOUT_MS"), QStringLiteral("500"));
    const CliRun run = cli({QStringLiteral("test-connection"), QStringLiteral("EU")}, {}, env);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"did not answer"), qPrintable(run.err));
}

void TestCliConnection::unknownInstanceExitsTwo()
{
    const CliRun run = cli({QStringLiteral("test-connection"), QStringLiteral("Nope")});
    QCOMPARE(run.exitCode, 2);
}

// A gateway behind a TLS-inspecting proxy: its certificate is signed by an authority the
// system does not know. Refused without --ca-file; trusted with it, with $ACRONIS_CSP_CA_FILE and
// with the file the window keeps for the data directory.
void TestCliConnection::caFileTrustsAProxysAuthority()
{
    FakeAcronis tls;
    tls.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    tls.addClient(QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
                  QStringLiteral("secret-1"), m_tenantId);
    const QString certificate = QStringLiteral(CSP_TEST_DATA "/test-cert.pem");
    QVERIFY(tls.listen(certificate, QStringLiteral(CSP_TEST_DATA "/test-key.pem")));
    addInstance(tls.url(), QStringLiteral("secret-1"));
    const QStringList test{QStringLiteral("test-connection"), QStringLiteral("EU")};

    CliRun run = cli(test);
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + u' ' + run.err));
    QVERIFY2(run.err.contains(u"is not trusted"), qPrintable(run.err));
    QCOMPARE(tls.requests().size(), 0);

    run = cli(QStringList{QStringLiteral("--ca-file"), certificate} + test);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Partner, Inc"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACRONIS_CSP_CA_FILE"), certificate);
    run = cli(test, {}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QVERIFY(TrustedCertificates::save(m_dir->path(), certificate));
    run = cli(test);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The option wins over the kept file: a broken one is refused even so.
    run = cli(
            QStringList{QStringLiteral("--ca-file"), m_dir->filePath(QStringLiteral("none.pem"))} +
            test);
    QCOMPARE(run.exitCode, 2);
}

void TestCliConnection::badCaFileExitsTwoNamingIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing.pem") << QStringLiteral("cannot be read");
    QTest::newRow("not PEM") << QStringLiteral("not-pem.pem")
                             << QStringLiteral("holds no PEM certificate");
    QTest::newRow("expired") << QStringLiteral(CSP_TEST_DATA "/expired-ca.pem")
                             << QStringLiteral("\"Expired Proxy CA\" in " CSP_TEST_DATA
                                               "/expired-ca.pem expired on 2021-01-01T00:00:00Z");
}

void TestCliConnection::badCaFileExitsTwoNamingIt()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFile notPem(m_dir->filePath(QStringLiteral("not-pem.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("just some text\n");
    notPem.close();
    const QString path = QFileInfo(file).isAbsolute() ? file : m_dir->filePath(file);
    addInstance(m_fake->url(), QStringLiteral("secret-1"));
    const CliRun run = cli({QStringLiteral("--ca-file"), path, QStringLiteral("test-connection"),
                            QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(TrustedCertificates::save(m_dir->path(), path).error().message.contains(message));
    QCOMPARE(TrustedCertificates::saved(m_dir->path()), QString()); // nothing kept
}

QTEST_GUILESS_MAIN(TestCliConnection)
#include "tst_cli_connection.moc"
