#include "clirunner.h"
#include "csvreader.h"
#include "fakeacronis/fakeacronis.h"
#include "services/instancelock.h"
#include "services/productservice.h"
#include "storage/instancerepository.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace csp;
using csp::test::CliRun;
using csp::test::FakeAcronis;

using csp::test::readCsv;

class TestCliCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void syncJsonFieldByField();
    void dryRunChangesNothing();
    void productsJsonCsvAndFilters();
    void historyJson();
    void priceSetRules();
    void failedSyncStillPrintsOneDocument();
    void secondSyncOfTheSameInstanceExitsSix();
    void aPriceSetDuringASyncIsKept();
    void aStaleEditAfterAnotherProcessWroteIsRefused();
    void interruptStopsASyncAndRecordsIt_data();
    void interruptStopsASyncAndRecordsIt();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir->path(), arguments, input);
    }
    QJsonDocument json(const QStringList &arguments, int expectedExit = 0)
    {
        const CliRun run = cli(arguments);
        [&] {
            QVERIFY2(run.exitCode == expectedExit, qPrintable(run.err));
        }();
        return QJsonDocument::fromJson(run.out.toUtf8());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
};

void TestCliCatalog::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    m_fake->addTenant(tenant);
    m_fake->addClient(QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
                      QStringLiteral("secret-1"), tenant.value(u"id").toString());
    m_fake->loadSampleCatalogue();
    // An application name that CSV has to quote.
    QJsonArray applications =
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    QJsonObject fss = applications.at(1).toObject();
    fss.insert(QStringLiteral("name"), QStringLiteral("Files, \"Sync\"\nΚοινή χρήση"));
    applications[1] = fss;
    m_fake->setApplications(applications);
    m_fake->setPageSize(4);
    QVERIFY(m_fake->listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake->url(),
             QStringLiteral("--client-id"), QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliCatalog::syncJsonFieldByField()
{
    const QJsonObject result =
            json({QStringLiteral("sync"), QStringLiteral("EU"), QStringLiteral("--json")}).object();
    QCOMPARE(result.value(u"instance").toString(), QStringLiteral("EU"));
    QCOMPARE(result.value(u"dry_run").toBool(true), false);
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(result.value(u"added").toInt(), 13);
    for (const char *zero : {"updated", "renamed", "retired", "unchanged"})
        QCOMPARE(result.value(QLatin1String(zero)).toInt(-1), 0);
    QVERIFY(result.value(u"warnings").toArray().isEmpty());
    const QJsonArray changes = result.value(u"changes").toArray();
    QCOMPARE(changes.size(), 13);
    QJsonObject storage;
    for (const QJsonValue &change : changes)
        if (change.toObject().value(u"offering_item").toString() == u"pw_base_storage")
            storage = change.toObject();
    QCOMPARE(storage.value(u"change").toString(), QStringLiteral("added"));
    QCOMPARE(storage.value(u"edition").toString(), QStringLiteral("pck_per_workload"));
    QCOMPARE(storage.value(u"infra_id").toString(),
             QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209"));
    QCOMPARE(storage.value(u"name").toString(),
             QStringLiteral("Protection Per Workload \u2013 Cloud storage (Acronis Cloud EU)"));
    QVERIFY(storage.value(u"old_name").isNull());
    QCOMPARE(storage.size(), 6);

    const QJsonObject again =
            json({QStringLiteral("sync"), QStringLiteral("EU"), QStringLiteral("--json")}).object();
    QCOMPARE(again.value(u"unchanged").toInt(), 13);
    QVERIFY(again.value(u"changes").toArray().isEmpty());
    const CliRun human = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(u"0 added, 0 updated, 0 renamed, 0 retired, 13 unchanged"));
    const QJsonObject shown = json({QStringLiteral("instance"), QStringLiteral("show"),
                                    QStringLiteral("EU"), QStringLiteral("--json")})
                                      .object();
    QCOMPARE(shown.value(u"last_sync").toObject().value(u"status").toString(),
             QStringLiteral("succeeded"));
    QVERIFY(!shown.value(u"last_sync").toObject().value(u"finished_at").toString().isEmpty());
}

void TestCliCatalog::dryRunChangesNothing()
{
    const QJsonObject result = json({QStringLiteral("sync"), QStringLiteral("EU"),
                                     QStringLiteral("--dry-run"), QStringLiteral("--json")})
                                       .object();
    QCOMPARE(result.value(u"dry_run").toBool(), true);
    QCOMPARE(result.value(u"added").toInt(), 13);
    QCOMPARE(json({QStringLiteral("products"), QStringLiteral("--json")}).array().size(), 0);
    QCOMPARE(json({QStringLiteral("history"), QStringLiteral("--json")}).array().size(), 0);
    QVERIFY(json({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("EU"),
                  QStringLiteral("--json")})
                    .object()
                    .value(u"last_sync")
                    .isNull());
}

void TestCliCatalog::productsJsonCsvAndFilters()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    const QJsonArray all = json({QStringLiteral("products"), QStringLiteral("--json")}).array();
    QCOMPARE(all.size(), 13);
    QJsonObject servers;
    for (const QJsonValue &row : all)
        if (row.toObject().value(u"offering_item").toString() == u"pw_base_servers")
            servers = row.toObject();
    QCOMPARE(servers.value(u"instance").toString(), QStringLiteral("EU"));
    QCOMPARE(servers.value(u"product_type").toString(),
             QStringLiteral("Acronis Cyber Cloud \u2013 EU"));
    QCOMPARE(servers.value(u"application_id").toString(),
             QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb"));
    QCOMPARE(servers.value(u"application").toString(), QStringLiteral("Protection"));
    QCOMPARE(servers.value(u"edition").toString(), QStringLiteral("pck_per_workload"));
    QCOMPARE(servers.value(u"usage_name").toString(), QStringLiteral("servers"));
    QCOMPARE(servers.value(u"type").toString(), QStringLiteral("count"));
    QCOMPARE(servers.value(u"measurement_unit").toString(), QStringLiteral("quantity"));
    QVERIFY(servers.value(u"infra_id").isNull());
    QCOMPARE(servers.value(u"name").toString(),
             QStringLiteral("Protection Per Workload \u2013 Servers"));
    QCOMPARE(servers.value(u"acronis_name").toString(), servers.value(u"name").toString());
    QCOMPARE(servers.value(u"sell_price").toString(), QStringLiteral("19.00"));
    QCOMPARE(servers.value(u"cost_price").toString(), QStringLiteral("15.58"));
    QCOMPARE(servers.value(u"currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(servers.value(u"status").toString(), QStringLiteral("active"));
    QCOMPARE(servers.size(), 16);

    QCOMPARE(json({QStringLiteral("products"), QStringLiteral("--search"),
                   QStringLiteral("CLOUD STORAGE"), QStringLiteral("--json")})
                     .array()
                     .size(),
             2);
    QCOMPARE(json({QStringLiteral("products"), QStringLiteral("--search"),
                   QStringLiteral("frankfurt"), QStringLiteral("--json")})
                     .array()
                     .size(),
             1);
    QCOMPARE(json({QStringLiteral("products"), QStringLiteral("--instance"), QStringLiteral("eu"),
                   QStringLiteral("--json")})
                     .array()
                     .size(),
             13);
    QCOMPARE(cli({QStringLiteral("products"), QStringLiteral("--instance"), QStringLiteral("Nope")})
                     .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("products"), QStringLiteral("--json"), QStringLiteral("--csv")})
                     .exitCode,
             2);

    const CliRun csv = cli({QStringLiteral("products"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QStringList> records = readCsv(csv.out);
    QCOMPARE(records.size(), 14);
    QCOMPARE(records.first().size(), 16);
    QCOMPARE(records.first().at(0), QStringLiteral("instance"));
    bool sawQuoted = false;
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), 16);
        if (record.at(3) == u"Files, \"Sync\"\nΚοινή χρήση")
            sawQuoted = true;
    }
    QVERIFY(sawQuoted);

    // Retired products appear only when asked for.
    QJsonArray fewer =
            FakeAcronis::fixture(QStringLiteral("offering_items_available_for_child_partner.json"))
                    .value(u"items")
                    .toArray();
    fewer.removeAt(0);
    m_fake->setCatalogue(fewer);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("products"), QStringLiteral("--json")}).array().size(), 12);
    const QJsonArray withRetired =
            json({QStringLiteral("products"), QStringLiteral("--include-retired"),
                  QStringLiteral("--json")})
                    .array();
    QCOMPARE(withRetired.size(), 13);
}

void TestCliCatalog::historyJson()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    m_fake->failNext(QStringLiteral("GET /api/2/applications"),
                     {400, R"({"error":{"code":400,"message":"Bad Request"}})"});
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 1);
    const QJsonArray runs = json({QStringLiteral("history"), QStringLiteral("--instance"),
                                  QStringLiteral("EU"), QStringLiteral("--json")})
                                    .array();
    QCOMPARE(runs.size(), 2);
    const QJsonObject failed = runs.at(0).toObject(); // newest first
    QCOMPARE(failed.value(u"status").toString(), QStringLiteral("failed"));
    QVERIFY(failed.value(u"error").toString().contains(u"HTTP 400"));
    const QJsonObject succeeded = runs.at(1).toObject();
    QCOMPARE(succeeded.value(u"instance").toString(), QStringLiteral("EU"));
    QCOMPARE(succeeded.value(u"kind").toString(), QStringLiteral("get_services_definition"));
    QCOMPARE(succeeded.value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(succeeded.value(u"added").toInt(), 13);
    QVERIFY(succeeded.value(u"error").isNull());
    QVERIFY(succeeded.value(u"finished_at").toString() >=
            succeeded.value(u"started_at").toString());
}

void TestCliCatalog::priceSetRules()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    CliRun run = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
                      QStringLiteral("pw_base_vms"), QStringLiteral("12.5")});
    QVERIFY2(run.exitCode == 2, qPrintable(run.out)); // pw_base_vms is not in the sample catalogue
    run = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
               QStringLiteral("pg_base_servers"), QStringLiteral("12.5")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"12.50 EUR") && run.out.contains(u"cost 10.25 EUR"));
    run = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
               QStringLiteral("pw_base_servers"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 2); // the gateway serves its price
    QVERIFY2(run.err.contains(u"Acronis serves the price"), qPrintable(run.err));
    run = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
               QStringLiteral("pg_base_servers"), QStringLiteral("12,5")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"PRICE"));
    // The manual price survives the next sync, as the gateway serves none for it.
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    for (const QJsonValue &row : json({QStringLiteral("products"), QStringLiteral("--search"),
                                       QStringLiteral("pg_base_servers"), QStringLiteral("--json")})
                                         .array())
        QCOMPARE(row.toObject().value(u"sell_price").toString(), QStringLiteral("12.50"));
}

void TestCliCatalog::failedSyncStillPrintsOneDocument()
{
    m_fake->failNext(QStringLiteral("GET /api/2/tenants/"),
                     {200, "{\"items\": [", "application/json"}, 10);
    const CliRun run =
            cli({QStringLiteral("sync"), QStringLiteral("EU"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("failed"));
    QVERIFY(result.value(u"error").toString().contains(u"not valid JSON"));
    QCOMPARE(json({QStringLiteral("products"), QStringLiteral("--json")}).array().size(), 0);
}

void TestCliCatalog::secondSyncOfTheSameInstanceExitsSix()
{
    const QString id = csp::test::firstInstanceId(m_dir->path());
    QVERIFY(!id.isEmpty());
    // This test process is the other program: a lock file beside an SQLite catalogue, an
    // advisory lock on the PostgreSQL server.
    auto db = csp::test::openTestDatabase(catalogueDatabasePath(m_dir->path()));
    QVERIFY(db);
    const auto running = lockInstance(**db, QStringLiteral("sync"), id, QStringLiteral("x"));
    QVERIFY(running);
    const CliRun run = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(u"is running"), qPrintable(run.err));
    if (csp::test::onPostgres())
        QVERIFY2(run.err.contains(thisLockHolder()), qPrintable(run.err));
}

void TestCliCatalog::aPriceSetDuringASyncIsKept()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    // Acronis renames the applications, so the next sync rewrites every product; its price list
    // comes late, and meanwhile another admin sets a price by hand from another terminal.
    QJsonArray applications =
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray();
    QJsonObject backup = applications.at(0).toObject();
    backup.insert(QStringLiteral("name"), QStringLiteral("Cyber Protection 2"));
    applications[0] = backup;
    QJsonObject fss = applications.at(1).toObject();
    fss.insert(QStringLiteral("name"), QStringLiteral("File Sync & Share 2"));
    applications[1] = fss;
    m_fake->setApplications(applications);
    const QString pricing =
            QStringLiteral("GET /api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12/"
                           "offering_items/pricing");
    m_fake->delayNext(pricing, 1500);
    const auto sync =
            csp::test::startCli(m_dir->path(), {QStringLiteral("sync"), QStringLiteral("EU")});
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->count(pricing) == 2, 10000);
    const CliRun set = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
                            QStringLiteral("pu_base_fc_seats"), QStringLiteral("3.75")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(sync->state(), QProcess::Running); // the edit came between the read and the write
    const CliRun synced = csp::test::finishCli(*sync);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const QJsonArray rows = json({QStringLiteral("products"), QStringLiteral("--json")}).array();
    bool seen = false;
    for (const QJsonValue &row : rows) {
        if (row[u"offering_item"].toString() != u"pu_base_fc_seats")
            continue;
        seen = true;
        QCOMPARE(row[u"sell_price"].toString(), QStringLiteral("3.75"));
        QCOMPARE(row[u"application"].toString(), QStringLiteral("File Sync & Share 2"));
    }
    QVERIFY(seen);
}

void TestCliCatalog::interruptStopsASyncAndRecordsIt_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("backOff");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl+C, a request that hangs") << SIGINT << false << 130;
    QTest::newRow("SIGTERM, a request that hangs") << SIGTERM << false << 143;
    QTest::newRow("Ctrl+C, waiting out a back-off") << SIGINT << true << 130;
    QTest::newRow("SIGTERM, waiting out a back-off") << SIGTERM << true << 143;
}

void TestCliCatalog::interruptStopsASyncAndRecordsIt()
{
    QFETCH(int, signal);
    QFETCH(bool, backOff);
    QFETCH(int, exitCode);
    const QString catalogue = QStringLiteral("GET /api/2/tenants/8c4e2b7a-1d3f-4a6b-9e5c-"
                                             "7f0a2d4c6b12/offering_items/available_for_child");
    if (backOff) // Acronis asks for half a minute of patience
        m_fake->failNext(catalogue, {503, "{}", "application/json", {{"Retry-After", "30"}}});
    else // Acronis never answers
        m_fake->addFault([catalogue](const QString &request) -> std::optional<FakeAcronis::Reply> {
            if (request.startsWith(catalogue))
                return FakeAcronis::hang();
            return std::nullopt;
        });
    // --verbose: each request on stderr as it ends.
    const auto sync = csp::test::startCli(
            m_dir->path(),
            {QStringLiteral("--verbose"), QStringLiteral("sync"), QStringLiteral("EU")});
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->count(catalogue) == 1, 10000);
    QString err;
    if (backOff) // the program has the 503 and waits: it logs an answer as it begins the wait
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(sync->readAllStandardError()))
                                         .contains(catalogue + QStringLiteral(" 503 ")),
                                 10000);
    QElapsedTimer stopping;
    stopping.start();
    ::kill(pid_t(sync->processId()), signal);
    const CliRun stopped = csp::test::finishCli(*sync, 5000);
    QVERIFY2(stopping.elapsed() < 2000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(stopped.exitCode, exitCode);
    err += stopped.err;
    QVERIFY2(err.contains(u"cancelled"), qPrintable(err));
    const QJsonArray history = json({QStringLiteral("history"), QStringLiteral("--json")}).array();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first()[u"status"].toString(), QStringLiteral("cancelled"));
    // The lock went with it: the next run works.
    m_fake->clearFaults();
    const CliRun next = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
}

// Two programs on one catalogue: this test process read a product and an instance, as an open
// window has; the command line, another process, changes both; this process's edits based on
// what it read are refused naming the change, and nothing of theirs is lost.
void TestCliCatalog::aStaleEditAfterAnotherProcessWroteIsRefused()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    auto db = csp::test::openTestDatabase(catalogueDatabasePath(m_dir->path()));
    QVERIFY(db);
    ProductService products(*db);
    const QString id = csp::test::firstInstanceId(m_dir->path());
    const auto seats = products.findItem({id, QStringLiteral("pu_base_fc_seats"), {}, {}});
    QVERIFY(seats);
    const Instance instance = *InstanceRepository(*db).findById(id);

    const CliRun priced = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
                               QStringLiteral("pu_base_fc_seats"), QStringLiteral("3.75")});
    QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
    const CliRun edited =
            cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                 QStringLiteral("--discount"), QStringLiteral("21")});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));

    const auto stalePrice =
            products.setManualPrice(seats->product, QStringLiteral("4"), QLocale::c());
    QVERIFY(!stalePrice.status);
    QCOMPARE(stalePrice.status.error().kind, ErrorKind::Conflict);
    QVERIFY2(stalePrice.status.error().message.contains(u"its sell price is now 3.75"),
             qPrintable(stalePrice.status.error().message));
    Instance mine = instance;
    mine.discountPercent = Decimal::fromInteger(30);
    const Status staleInstance = InstanceRepository(*db).update(mine);
    QVERIFY(!staleInstance);
    QCOMPARE(staleInstance.error().kind, ErrorKind::Conflict);
    QVERIFY2(staleInstance.error().message.contains(u"\"EU\" was changed by"),
             qPrintable(staleInstance.error().message));

    const QJsonObject shown = json({QStringLiteral("instance"), QStringLiteral("show"),
                                    QStringLiteral("EU"), QStringLiteral("--json")})
                                      .object();
    QCOMPARE(shown.value(u"discount_percent").toString(), QStringLiteral("21"));
    for (const QJsonValue &row :
         json({QStringLiteral("products"), QStringLiteral("--json")}).array()) {
        if (row[u"offering_item"].toString() == u"pu_base_fc_seats")
            QCOMPARE(row[u"sell_price"].toString(), QStringLiteral("3.75"));
    }
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
