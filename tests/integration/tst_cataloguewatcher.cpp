// An open window learns of what another program wrote: the command line, in a process of its
// own, writes to the catalogue, and the watcher says so within 2 s, on SQLite and PostgreSQL.
#include "clirunner.h"
#include "services/cataloguewatcher.h"
#include "storage/instancerepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using namespace csp::test;

class TestCatalogueWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void anotherProcessWriteIsSeenWithinTwoSeconds();
    void aBurstOfWritesIsOneChange();
    void nothingWrittenNothingSaid();

private:
    Instance addInstance(const QString &name);
    bool waitForTheFirstLook() const;

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::shared_ptr<Database> m_db;
    int m_counter = 0;
    qsizetype m_connections = 0; // this process's, before the watcher's own
};

void TestCatalogueWatcher::init()
{
    m_dataDir = m_dir.filePath(QStringLiteral("data%1").arg(++m_counter));
    QDir().mkpath(m_dataDir);
    auto db = openTestDatabase(catalogueDatabasePath(m_dataDir));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = *db;
}

Instance TestCatalogueWatcher::addInstance(const QString &name)
{
    Instance instance;
    instance.id = newUuid();
    instance.systemName = name;
    instance.gateway = QStringLiteral("https://eu2-cloud.acronis.com");
    instance.clientId = QStringLiteral("client");
    instance.discountPercent = Decimal::fromInteger(18);
    instance.primaryCurrency = QStringLiteral("EUR");
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    [&] {
        QVERIFY(InstanceRepository(m_db).insert(instance));
    }();
    return instance;
}

// Until a watcher just made has looked once, a write cannot be seen as a change. It opens a
// connection of its own and, in the same poll, reads where the catalogue stands (SQLite) or
// starts listening (PostgreSQL).
bool TestCatalogueWatcher::waitForTheFirstLook() const
{
    return QTest::qWaitFor(
            [this] { return QSqlDatabase::connectionNames().size() > m_connections; }, 5000);
}

void TestCatalogueWatcher::anotherProcessWriteIsSeenWithinTwoSeconds()
{
    addInstance(QStringLiteral("EU"));
    m_connections = QSqlDatabase::connectionNames().size();
    CatalogueWatcher watcher(m_db);
    QSignalSpy changed(&watcher, &CatalogueWatcher::changed);
    QVERIFY(waitForTheFirstLook());
    QCOMPARE(changed.count(), 0);
    const CliRun run =
            runCli(m_dataDir,
                   {QStringLiteral("tier"), QStringLiteral("set"), QStringLiteral("EU"),
                    QStringLiteral("2"), QStringLiteral("--commitment"), QStringLiteral("250")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QElapsedTimer sinceWritten;
    sinceWritten.start();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 3000);
    QVERIFY2(sinceWritten.elapsed() < 2000, qPrintable(QString::number(sinceWritten.elapsed())));
    const auto tables = changed.first().first().value<QSet<QString>>();
    if (onPostgres()) {
        // The tier, and its entry in the audit trail: an open Audit Trail page refreshes too.
        for (const char *table : {"contract_tiers", "audit_log"})
            QVERIFY2(tables.contains(QLatin1String(table)),
                     qPrintable(QStringList(tables.begin(), tables.end()).join(u',')));
    } else
        QVERIFY(tables.isEmpty()); // SQLite cannot say what
}

void TestCatalogueWatcher::aBurstOfWritesIsOneChange()
{
    addInstance(QStringLiteral("EU"));
    m_connections = QSqlDatabase::connectionNames().size();
    CatalogueWatcher watcher(m_db);
    QSignalSpy changed(&watcher, &CatalogueWatcher::changed);
    QVERIFY(waitForTheFirstLook());
    // Another connection of this process writes, as the sync's worker does.
    const QString other = *m_db->openDedicatedConnection();
    for (int i = 0; i < 5; ++i) {
        QSqlQuery query(QSqlDatabase::database(other));
        QVERIFY(query.exec(QStringLiteral(
                "UPDATE instances SET catalogue_revision = catalogue_revision + 1")));
    }
    m_db->closeDedicatedConnection(other);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 3000);
    // That nothing more comes takes time to show: a second `changed` would come within a poll
    // and a settle time of the first.
    QVERIFY(!QTest::qWaitFor([&] { return changed.count() > 1; },
                             CatalogueWatcher::pollIntervalMs + CatalogueWatcher::settleMs + 100));
    QCOMPARE(changed.count(), 1);
}

void TestCatalogueWatcher::nothingWrittenNothingSaid()
{
    m_connections = QSqlDatabase::connectionNames().size();
    CatalogueWatcher watcher(m_db);
    QSignalSpy changed(&watcher, &CatalogueWatcher::changed);
    QVERIFY(waitForTheFirstLook());
    // Reads by anyone are not changes.
    const CliRun run = runCli(m_dataDir, {QStringLiteral("instance"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    // That nothing comes takes time to show: two more polls and a settle time.
    QVERIFY(!QTest::qWaitFor([&] { return changed.count() > 0; },
                             2 * CatalogueWatcher::pollIntervalMs + CatalogueWatcher::settleMs));
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogueWatcher)
#include "tst_cataloguewatcher.moc"
