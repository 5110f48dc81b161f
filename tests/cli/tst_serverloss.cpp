// The PostgreSQL server goes away in the middle of a sync that another process runs: the
// catalogue stays as it was, the next sync works, and an open window's watcher neither spins
// while the server is away nor misses what changed once it is back. Runs on its own (RUN_SERIAL):
// it stops the fixture's server that the other tests share.
#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
#include "services/cataloguewatcher.h"
#include "storage/instancerepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace csp;
using namespace csp::test;
using csp::test::FakeAcronis;

namespace {

const QString pricing = QStringLiteral(
        "GET /api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12/offering_items/pricing");

// The fixture's server: "pause" stops it the hard way, "resume" brings it back on its port.
void server(const char *action)
{
    QProcess script;
    script.start(QStringLiteral(CSP_SOURCE_DIR "/tests/postgres-fixture.sh"),
                 {QLatin1String(action), qEnvironmentVariable("ACRONIS_CSP_TEST_POSTGRES")});
    QVERIFY(script.waitForFinished(60000));
    QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

class TestServerLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void serverLostInTheMiddleOfASync();

private:
    CliRun cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), m_credentials.path());
        return runCli(m_dir.path(), arguments, {}, environment);
    }
    QByteArray products()
    {
        const CliRun run = cli({QStringLiteral("products"), QStringLiteral("--json")});
        [&] {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }();
        return run.out.toUtf8();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_credentials;
    FakeAcronis m_fake;
    bool m_paused = false;
};

void TestServerLoss::initTestCase()
{
    QVERIFY2(onPostgres(), "this test stops the PostgreSQL fixture's server");
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("secret-1"),
                     QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12"));
    m_fake.loadSampleCatalogue();
    QVERIFY(m_fake.listen());
    QFile secret(m_credentials.filePath(QStringLiteral("acronis-csp.EU")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret-1");
}

void TestServerLoss::cleanup()
{
    if (std::exchange(m_paused, false))
        server("resume"); // whatever failed, the other tests find their server
}

void TestServerLoss::serverLostInTheMiddleOfASync()
{
    auto db = openTestDatabase(catalogueDatabasePath(m_dir.path()));
    QVERIFY(db);
    Instance instance;
    instance.id = newUuid();
    instance.systemName = QStringLiteral("EU");
    instance.gateway = m_fake.url();
    instance.clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
    instance.discountPercent = Decimal::fromInteger(18);
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(InstanceRepository(*db).insert(instance));
    const CliRun first = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QByteArray before = products();
    QCOMPARE(QJsonDocument::fromJson(before).array().size(), 13);

    CatalogueWatcher watcher(*db); // an open window's
    QSignalSpy changed(&watcher, &CatalogueWatcher::changed);

    // Acronis renames an application, so the next sync would rewrite products; its prices come
    // late, and meanwhile the server goes away.
    QJsonArray applications =
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    QJsonObject backup = applications.at(0).toObject();
    backup.insert(QStringLiteral("name"), QStringLiteral("Cyber Protection 2"));
    applications[0] = backup;
    m_fake.setApplications(applications);
    m_fake.delayNext(pricing, 2000);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), m_credentials.path());
    const auto sync =
            startCli(m_dir.path(), {QStringLiteral("sync"), QStringLiteral("EU")}, environment);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake.count(pricing) == 2, 10000);
    server("pause");
    m_paused = true;
    const CliRun lost = finishCli(*sync);
    QVERIFY2(lost.exitCode == 4, qPrintable(lost.err)); // the database server could not be reached
    QVERIFY2(lost.err.contains(u"postgresql://"), qPrintable(lost.err));

    // While the server is away, the watcher waits without spinning.
    // Time must pass for that: the CPU it takes over three of its polls, by the clock.
    const double cpuBefore = cpuSeconds();
    QElapsedTimer away;
    away.start();
    QTRY_VERIFY_WITH_TIMEOUT(away.hasExpired(3 * CatalogueWatcher::pollIntervalMs),
                             3 * CatalogueWatcher::pollIntervalMs + 5000);
    const double cpuAway = cpuSeconds() - cpuBefore;
    QVERIFY2(cpuAway < 0.5, qPrintable(QString::number(cpuAway)));

    server("resume");
    m_paused = false;
    QCOMPARE(products(), before); // as it was: nothing of the lost run was written
    changed.clear();
    const CliRun next = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    const QJsonArray after = QJsonDocument::fromJson(products()).array();
    QCOMPARE(after.size(), 13);
    int renamed = 0;
    for (const QJsonValue &row : after)
        renamed += row[u"application"].toString() == u"Cyber Protection 2";
    QVERIFY(renamed > 0);
    // The lost run is in the history as failed, not as running for ever.
    const CliRun history = cli({QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonArray runs = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0)[u"status"].toString(), QStringLiteral("succeeded"));
    QCOMPARE(runs.at(1)[u"status"].toString(), QStringLiteral("failed"));
    // The watcher is listening again and saw the new sync.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 5000);
}

QTEST_GUILESS_MAIN(TestServerLoss)
#include "tst_serverloss.moc"
