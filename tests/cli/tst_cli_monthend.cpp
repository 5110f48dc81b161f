// The month end through the command line against the fake gateway: reconcile (each flag, storage
// per location, exit codes), the audit trail (an entry for each kind of change, never a
// secret), discounts per application and product across a month's end, and an instance's
// configuration exported and imported into another catalogue.

#include "clirunner.h"
#include "fakeacronis/backupitems.h"
#include "fakeacronis/fakeacronis.h"
#include "services/pricelist.h"
#include "services/productservice.h"
#include "storage/instancerepository.h"
#include "storage/productrepository.h"
#include "storage/usagesnapshotrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::backupItem;
using csp::test::backupPrice;
using csp::test::CliRun;
using csp::test::FakeAcronis;

namespace {

const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");
const QString orphanId = QStringLiteral("0a0a0a0a-0000-4000-8000-00000000000a");
const QString &backup = csp::test::BackupApplicationId;
const QString &euStorage = csp::test::EuStorageId;
const QString deStorage = QStringLiteral("d0d0d0d0-114f-4418-bd54-e01ef049f209");
const QString secret = QStringLiteral("month-end-secret-7f3a");
constexpr qint64 GiB = 1024LL * 1024 * 1024;

UsageRecord record(const QString &tenant, const char *item, const char *unit, qint64 value,
                   const QString &infra = {})
{
    UsageRecord usage;
    usage.tenantId = tenant;
    usage.key = {backup, QLatin1String(item), QStringLiteral("pck_per_workload"), infra};
    usage.measurementUnit = QLatin1String(unit);
    usage.value = value;
    return usage;
}

} // namespace

class TestCliMonthEnd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reconcileFlagsEachKind();
    void reconcileSplitsStorageByLocation();
    void reconcileCsvAndText();
    void unattendedRunRecordsTheEstimate();
    void discountsOverrideByPrecedenceAndKeepTheirMonth();
    void auditRecordsEveryKindOfChangeWithoutSecrets();
    void auditTrailCannotBeChanged();
    void exportImportRoundTripGivesTheSameProducts();
    void importRefusesConflictsAndBadFiles();
    void nothingFlaggedExitsZero();
    void anInstanceWithoutProvidersFlagsEveryTenant();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir.path(), arguments, input);
    }
    QString tenantOf(const char *customerId) const
    {
        return m_fake.tenantsWithCustomerId(QString::fromLatin1(customerId))
                .value(0)
                .value(u"id")
                .toString();
    }
    std::shared_ptr<Database> database()
    {
        auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
        return db ? *db : nullptr;
    }
    QJsonObject reconcileJson(int expectedExit);
    static QJsonObject rowOf(const QJsonObject &result, const QString &customerId,
                             const QString &item, const QString &infra = {});
    static QStringList flagsOf(const QJsonObject &result, const QString &flag);

    QTemporaryDir m_dir;
    FakeAcronis m_fake;
};

void TestCliMonthEnd::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"), secret, distributorId);
    m_fake.setApplications(
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray());
    m_fake.setInfras({QJsonObject{{QStringLiteral("id"), euStorage},
                                  {QStringLiteral("name"), QStringLiteral("Acronis Cloud EU")}},
                      QJsonObject{{QStringLiteral("id"), deStorage},
                                  {QStringLiteral("name"), QStringLiteral("Acronis Cloud DE")}}});
    m_fake.setCatalogue({backupItem("pw_base_workstations", "count", "quantity"),
                         backupItem("pw_base_servers", "count", "quantity"),
                         backupItem("pw_base_mobiles", "count", "quantity"),
                         backupItem("pw_base_storage", "infra", "bytes", euStorage),
                         backupItem("pw_base_storage", "infra", "bytes", deStorage)});
    m_fake.setPrices(QJsonArray{backupPrice("pw_base_workstations", "100"),
                                backupPrice("pw_base_storage", "0.0410", euStorage),
                                backupPrice("pw_base_storage", "0.0410", deStorage)});
    QVERIFY(m_fake.listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake.url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            secret);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    m_fake.setCreationTime(QDateTime(QDate(2026, 8, 10), QTime(9, 0), Qt::UTC));
    for (const char *id : {"ERP-A", "ERP-S", "ERP-G", "ERP-N"}) {
        if (qstrcmp(id, "ERP-N") == 0) // new in October
            m_fake.setCreationTime(QDateTime(QDate(2026, 10, 3), QTime(9, 0), Qt::UTC));
        const QString customer = QString::fromLatin1(id);
        const CliRun created =
                cli({QStringLiteral("provider"), QStringLiteral("create"), QStringLiteral("EU"),
                     QStringLiteral("--name"), customer + QStringLiteral(" GmbH"),
                     QStringLiteral("--customer-id"), customer, QStringLiteral("--admin-login"),
                     customer.toLower() + QStringLiteral("-admin"), QStringLiteral("--admin-email"),
                     customer.toLower() + QStringLiteral("@example.com")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }
    const CliRun suspended = cli({QStringLiteral("provider"), QStringLiteral("suspend"),
                                  QStringLiteral("EU"), QStringLiteral("ERP-S")});
    QVERIFY2(suspended.exitCode == 0, qPrintable(suspended.err));
    // A partner made by hand at Acronis, and a tenant deleted there by hand.
    m_fake.addTenant({{QStringLiteral("id"), orphanId},
                      {QStringLiteral("name"), QStringLiteral("Made By Hand Ltd")},
                      {QStringLiteral("kind"), QStringLiteral("partner")},
                      {QStringLiteral("parent_id"), distributorId},
                      {QStringLiteral("enabled"), true},
                      {QStringLiteral("version"), 1}});
    m_fake.removeTenant(tenantOf("ERP-G"));

    // The price list is from September; what was read in September and October.
    auto db = database();
    QVERIFY(db);
    QSqlQuery move(db->connection());
    QVERIFY(move.exec(
            QStringLiteral("UPDATE sync_runs SET started_at = '2026-09-15T12:00:00.000Z', "
                           "finished_at = '2026-09-15T12:00:00.000Z'")));
    QVERIFY(move.exec(QStringLiteral("UPDATE product_prices SET effective_from = "
                                     "'2026-09-15T12:00:00.000Z'")));
    QVERIFY(move.exec(QStringLiteral("UPDATE discount_history SET effective_from = "
                                     "'2026-08-01T00:00:00.000Z'")));
    const auto instance = InstanceRepository(db).findByName(QStringLiteral("EU"));
    QVERIFY(instance);
    UsageSnapshotRepository snapshots(db);
    const QString a = tenantOf("ERP-A");
    const QString s = tenantOf("ERP-S");
    QVERIFY(snapshots.recordReport(instance->id, QDate(2026, 9, 1),
                                   {record(a, "pw_base_workstations", "quantity", 10),
                                    record(a, "pw_base_storage", "bytes", GiB, euStorage),
                                    record(s, "pw_base_workstations", "quantity", 4)},
                                   QStringLiteral("2026-10-01T06:00:00.000Z")));
    QVERIFY(snapshots.recordEstimates(instance->id, QDate(2026, 10, 1), {a},
                                      {record(a, "pw_base_workstations", "quantity", 20),
                                       record(a, "pw_base_storage", "bytes", GiB, euStorage),
                                       record(a, "pw_base_storage", "bytes", 2 * GiB, deStorage)},
                                      QStringLiteral("2026-10-31T20:00:00.000Z")));
    m_fake.setReportRows({csp::test::backupReportRow(a, "pw_base_workstations", 16),
                          csp::test::backupReportRow(a, "pw_base_storage", GiB, euStorage),
                          csp::test::backupReportRow(a, "pw_base_storage", 3 * GiB, deStorage),
                          csp::test::backupReportRow(a, "pw_base_servers", 2),
                          csp::test::backupReportRow(tenantOf("ERP-N"), "pw_base_workstations", 1),
                          csp::test::backupReportRow(s, "pw_base_workstations", 4),
                          csp::test::backupReportRow(orphanId, "pw_base_workstations", 7)},
                         0);
}

QJsonObject TestCliMonthEnd::reconcileJson(int expectedExit)
{
    const CliRun run =
            cli({QStringLiteral("reconcile"), QStringLiteral("EU"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--json")});
    if (run.exitCode != expectedExit)
        qWarning("reconcile exited %d: %s", run.exitCode, qPrintable(run.err));
    return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out.toUtf8()).object()
                                        : QJsonObject();
}

QJsonObject TestCliMonthEnd::rowOf(const QJsonObject &result, const QString &customerId,
                                   const QString &item, const QString &infra)
{
    for (const auto &row : result[u"rows"].toArray()) {
        if (row[u"customer_id"].toString() == customerId &&
            row[u"offering_item"].toString() == item && row[u"infra_id"].toString() == infra)
            return row.toObject();
    }
    return {};
}

QStringList TestCliMonthEnd::flagsOf(const QJsonObject &result, const QString &flag)
{
    QStringList named;
    for (const auto &finding : result[u"flags"].toArray()) {
        if (finding[u"flag"].toString() == flag)
            named.append(finding[u"customer_id"].isNull() ? finding[u"tenant_id"].toString()
                                                          : finding[u"customer_id"].toString());
    }
    named.sort();
    return named;
}

void TestCliMonthEnd::reconcileFlagsEachKind()
{
    const QJsonObject result = reconcileJson(1);
    QVERIFY(!result.isEmpty());
    QCOMPARE(result[u"month"].toString(), u"2026-10");
    // 16 workstations against 10 in September: more than 50 % up (15 would not be).
    QCOMPARE(flagsOf(result, QStringLiteral("usage_jump")), QStringList{QStringLiteral("ERP-A")});
    const QJsonObject workstations =
            rowOf(result, QStringLiteral("ERP-A"), QStringLiteral("pw_base_workstations"));
    QCOMPARE(workstations[u"estimated"].toString(), u"20");
    QCOMPARE(workstations[u"estimated_at"].toString(), u"2026-10-31T20:00:00.000Z");
    QCOMPARE(workstations[u"reported"].toString(), u"16");
    QCOMPARE(workstations[u"difference"].toString(), u"-4");
    QCOMPARE(workstations[u"previous_month"].toString(), u"10");
    QCOMPARE(workstations[u"sell_price"].toString(), u"100.00");
    QCOMPARE(workstations[u"reported_amount"].toString(), u"1600.00");  // 16 × 100
    QCOMPARE(workstations[u"estimated_amount"].toString(), u"2000.00"); // 20 × 100
    QCOMPARE(workstations[u"flags"].toArray(), QJsonArray{QStringLiteral("usage_jump")});
    // Servers have no price.
    QCOMPARE(flagsOf(result, QStringLiteral("unpriced")), QStringList{QStringLiteral("ERP-A")});
    QCOMPARE(rowOf(result, QStringLiteral("ERP-A"), QStringLiteral("pw_base_servers"))[u"status"]
                     .toString(),
             u"no_price");
    // ERP-N started in October: its first workstation. ERP-A stored in Germany for the first
    // time (September was all in the EU). ERP-S had its workstations in September already.
    QCOMPARE(flagsOf(result, QStringLiteral("first_paid_use")),
             (QStringList{QStringLiteral("ERP-A"), QStringLiteral("ERP-N")}));
    QCOMPARE(flagsOf(result, QStringLiteral("suspended_or_cancelled_with_usage")),
             QStringList{QStringLiteral("ERP-S")});
    QCOMPARE(flagsOf(result, QStringLiteral("tenant_without_provider")), QStringList{orphanId});
    QCOMPARE(flagsOf(result, QStringLiteral("provider_without_tenant")),
             QStringList{QStringLiteral("ERP-G")});
    // Every flag names the provider or tenant.
    for (const auto &finding : result[u"flags"].toArray()) {
        QVERIFY(!finding[u"tenant_id"].toString().isEmpty());
        QVERIFY(!finding[u"name"].toString().isEmpty());
        QVERIFY(finding.toObject().contains(u"customer_id"));
    }
    const QJsonArray flags = result[u"flags"].toArray();
    const auto orphan = std::find_if(flags.begin(), flags.end(), [](const QJsonValue &f) {
        return f[u"flag"].toString() == u"tenant_without_provider";
    });
    QCOMPARE((*orphan)[u"name"].toString(), u"Made By Hand Ltd");
}

void TestCliMonthEnd::reconcileSplitsStorageByLocation()
{
    const QJsonObject result = reconcileJson(1);
    const QJsonObject eu =
            rowOf(result, QStringLiteral("ERP-A"), QStringLiteral("pw_base_storage"), euStorage);
    const QJsonObject de =
            rowOf(result, QStringLiteral("ERP-A"), QStringLiteral("pw_base_storage"), deStorage);
    QCOMPARE(eu[u"location"].toString(), u"Acronis Cloud EU");
    QCOMPARE(de[u"location"].toString(), u"Acronis Cloud DE");
    QCOMPARE(eu[u"reported"].toString(), u"1");
    QCOMPARE(eu[u"difference"].toString(), u"0");
    QCOMPARE(eu[u"reported_amount"].toString(), u"0.04"); // 1 GB × 0.0410
    QCOMPARE(de[u"estimated"].toString(), u"2");
    QCOMPARE(de[u"reported"].toString(), u"3");
    QCOMPARE(de[u"difference"].toString(), u"1");
    QCOMPARE(de[u"sell_price"].toString(), u"0.0410");
    QCOMPARE(de[u"reported_amount"].toString(), u"0.12"); // 3 × 0.0410 = 0.123
    QCOMPARE(de[u"flags"].toArray(), QJsonArray{QStringLiteral("first_paid_use")});
    QCOMPARE(eu[u"flags"].toArray(), QJsonArray());
}

void TestCliMonthEnd::reconcileCsvAndText()
{
    const CliRun csv =
            cli({QStringLiteral("reconcile"), QStringLiteral("EU"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 1);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"customer_id,tenant_id,name,"));
    QCOMPARE(lines.size(), 1 + 7); // a row per reported counter
    QVERIFY(csv.out.contains(u"Acronis Cloud DE"));
    const CliRun text = cli({QStringLiteral("reconcile"), QStringLiteral("EU"),
                             QStringLiteral("--month"), QStringLiteral("2026-10")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains(u"usage_jump"));
    QVERIFY(text.out.contains(u"Made By Hand Ltd"));
    const CliRun open = cli({QStringLiteral("reconcile"), QStringLiteral("EU"),
                             QStringLiteral("--month"), QDate::currentDate().toString(u"yyyy-MM")});
    QCOMPARE(open.exitCode, 2); // the month is not over
    const CliRun badJump = cli({QStringLiteral("reconcile"), QStringLiteral("EU"),
                                QStringLiteral("--month"), QStringLiteral("2026-10"),
                                QStringLiteral("--jump-percent"), QStringLiteral("-3")});
    QCOMPARE(badJump.exitCode, 2);
    QVERIFY(badJump.err.contains(u"--jump-percent"));
    const CliRun tooBig = cli({QStringLiteral("reconcile"), QStringLiteral("EU"),
                               QStringLiteral("--month"), QStringLiteral("2026-10"),
                               QStringLiteral("--jump-percent"), QStringLiteral("1000.5")});
    QCOMPARE(tooBig.exitCode, 2);
    QVERIFY2(tooBig.err.contains(u"\"1000.5\" is not a percentage from 0 to 1000"),
             qPrintable(tooBig.err));
}

void TestCliMonthEnd::unattendedRunRecordsTheEstimate()
{
    m_fake.generateUsages({tenantOf("ERP-A"), tenantOf("ERP-N")}, 2); // 1000 and 2000 each
    const CliRun run =
            cli({QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject document =
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
    const QJsonObject estimate = document[u"usage_estimate"].toObject();
    QVERIFY2(estimate[u"recorded"].toBool(), qPrintable(run.err + run.out));
    QCOMPARE(estimate[u"providers"].toInt(), 4); // all but none cancelled
    QCOMPARE(estimate[u"lines"].toInt(), 4);
    // ERP-G's tenant is gone at Acronis (the fake answers its batch 404): only it is missed.
    const QJsonArray warnings = estimate[u"warnings"].toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().toString().contains(u"ERP-G"));
    QVERIFY(run.err.contains(u"ERP-G"));
    auto db = database();
    const auto instance = InstanceRepository(db).findByName(QStringLiteral("EU"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto snapshot = UsageSnapshotRepository(db).read(
            instance->id, QDate(today.year(), today.month(), 1), SnapshotSource::Estimate);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->records.size(), 4);
    qint64 workstations = 0;
    for (const UsageRecord &record : snapshot->records) {
        if (record.tenantId == tenantOf("ERP-A") &&
            record.key.offeringItem == u"pw_base_workstations")
            workstations = record.value;
    }
    QCOMPARE(workstations, 1000);
    // A read of one provider replaces only that provider's estimate.
    m_fake.generateUsages({tenantOf("ERP-A")}, 1);
    QCOMPARE(cli({QStringLiteral("usage"), QStringLiteral("EU"), QStringLiteral("--provider"),
                  QStringLiteral("ERP-A")})
                     .exitCode,
             0);
    const auto after = UsageSnapshotRepository(db).read(
            instance->id, QDate(today.year(), today.month(), 1), SnapshotSource::Estimate);
    QCOMPARE(after->records.size(), 3); // ERP-A's one line, ERP-N's two
}

namespace {

QJsonObject productOf(const QJsonArray &products, const char *item, const QString &infra = {})
{
    for (const auto &product : products) {
        if (product[u"offering_item"].toString() == QLatin1String(item) &&
            product[u"infra_id"].toString() == infra)
            return product.toObject();
    }
    return {};
}

std::optional<Decimal> costAt(const PriceList &list, const char *item, const QString &infra = {})
{
    return list.prices
            .value(ProductKey{backup, QLatin1String(item), QStringLiteral("pck_per_workload"),
                              infra})
            .costPrice;
}

} // namespace

void TestCliMonthEnd::discountsOverrideByPrecedenceAndKeepTheirMonth()
{
    const auto set = [this](const QStringList &arguments) {
        return cli(QStringList{QStringLiteral("discount"), QStringLiteral("set"),
                               QStringLiteral("EU")} +
                   arguments);
    };
    QCOMPARE(set({QStringLiteral("25"), QStringLiteral("--application"), backup}).exitCode, 0);
    QCOMPARE(set({QStringLiteral("30"), QStringLiteral("--offering-item"),
                  QStringLiteral("pw_base_storage")})
                     .exitCode,
             0);
    // Refused, naming the rule: out of range, an unknown application, both scopes, none.
    const CliRun tooMuch = set({QStringLiteral("101"), QStringLiteral("--application"), backup});
    QCOMPARE(tooMuch.exitCode, 2);
    QVERIFY(tooMuch.err.contains(u"between 0 and 100"));
    const CliRun unknown = set(
            {QStringLiteral("5"), QStringLiteral("--application"), QStringLiteral("no-such-app")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains(u"no-such-app"));
    QCOMPARE(set({QStringLiteral("5")}).exitCode, 2);
    QCOMPARE(set({QStringLiteral("5"), QStringLiteral("--application"), backup,
                  QStringLiteral("--offering-item"), QStringLiteral("pw_base_storage")})
                     .exitCode,
             2);

    // The most specific discount prices each product's cost now.
    const auto products = [this] {
        return QJsonDocument::fromJson(
                       cli({QStringLiteral("products"), QStringLiteral("--json")}).out.toUtf8())
                .array();
    };
    QJsonArray now = products();
    QCOMPARE(productOf(now, "pw_base_workstations")[u"cost_price"].toString(),
             u"75.00"); // 100 × (100 − 25) / 100
    QCOMPARE(productOf(now, "pw_base_storage", deStorage)[u"cost_price"].toString(),
             u"0.0287"); // 0.0410 × 0.70
    const CliRun list = cli({QStringLiteral("discount"), QStringLiteral("list"),
                             QStringLiteral("EU"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listed = QJsonDocument::fromJson(list.out.toUtf8()).object();
    QCOMPARE(listed[u"discount_percent"].toString(), u"18");
    const QJsonArray overrides = listed[u"overrides"].toArray();
    QCOMPARE(overrides.size(), 2);
    QCOMPARE(overrides[0][u"scope"].toString(), u"offering_item"); // the most specific first
    QCOMPARE(overrides[0][u"percent"].toString(), u"30");
    QCOMPARE(overrides[0][u"products"].toInt(), 2); // the storage of both locations
    QCOMPARE(overrides[1][u"scope"].toString(), u"application");

    // The application's discount took effect in mid-October, the item's now.
    auto db = database();
    QSqlQuery move(db->connection());
    QVERIFY(move.exec(QStringLiteral("UPDATE discount_history SET effective_from = "
                                     "'2026-10-15T00:00:00.000Z' WHERE scope = 'application'")));
    const auto instance = InstanceRepository(db).findByName(QStringLiteral("EU"));
    PriceListService prices(db);
    const auto september = prices.asOfMonthEnd(*instance, QDate(2026, 9, 1));
    const auto october = prices.asOfMonthEnd(*instance, QDate(2026, 10, 1));
    QVERIFY(september && october);
    QCOMPARE(costAt(*september, "pw_base_workstations")->text(), u"82"); // the instance's 18 %
    QCOMPARE(costAt(*october, "pw_base_workstations")->text(), u"75");
    QCOMPARE(costAt(*october, "pw_base_storage", deStorage)->text(), u"0.03075");   // 25 %
    QCOMPARE(costAt(*september, "pw_base_storage", deStorage)->text(), u"0.03362"); // 18 %

    // Cleared from now on: today's cost falls back; October keeps its discount.
    const CliRun cleared = cli({QStringLiteral("discount"), QStringLiteral("clear"),
                                QStringLiteral("EU"), QStringLiteral("--application"), backup});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    now = products();
    QCOMPARE(productOf(now, "pw_base_workstations")[u"cost_price"].toString(), u"82.00");
    QCOMPARE(productOf(now, "pw_base_storage", euStorage)[u"cost_price"].toString(), u"0.0287");
    QCOMPARE(costAt(*prices.asOfMonthEnd(*instance, QDate(2026, 10, 1)), "pw_base_workstations")
                     ->text(),
             u"75");
    const CliRun again = cli({QStringLiteral("discount"), QStringLiteral("clear"),
                              QStringLiteral("EU"), QStringLiteral("--application"), backup});
    QVERIFY(again.exitCode != 0);
    QVERIFY(again.err.contains(u"no discount of its own"));
    // Put back for the tests below.
    QCOMPARE(set({QStringLiteral("25"), QStringLiteral("--application"), backup}).exitCode, 0);
}

void TestCliMonthEnd::auditRecordsEveryKindOfChangeWithoutSecrets()
{
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                  QStringLiteral("--discount"), QStringLiteral("19")})
                     .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                  QStringLiteral("--client-secret-stdin")},
                 secret)
                     .exitCode,
             0);
    const CliRun priced = cli({QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("EU"),
                               QStringLiteral("pw_base_mobiles"), QStringLiteral("5")});
    QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
    QVERIFY(priced.out.contains(u"cost 3.75 EUR with the 25 % discount")); // the application's
    QCOMPARE(cli({QStringLiteral("tier"), QStringLiteral("set"), QStringLiteral("EU"),
                  QStringLiteral("2"), QStringLiteral("--commitment"), QStringLiteral("300")})
                     .exitCode,
             0);
    auto db = database();
    ProductFilter filter;
    filter.search = QStringLiteral("mobiles");
    const auto rows = ProductRepository(db).list(filter);
    QVERIFY(rows && rows->size() == 1);
    QVERIFY(ProductService(db).rename(rows->first().product, QStringLiteral("Phones")).status);
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    const CliRun copied = cli({QStringLiteral("database"), QStringLiteral("copy"),
                               QStringLiteral("--to"), QStringLiteral("sqlite:") + copy});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));

    const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY(!audit.out.contains(secret));
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QSet<QString> actions;
    QString previousAt = QStringLiteral("9");
    for (const auto &entry : entries) {
        actions.insert(entry[u"action"].toString());
        QVERIFY(entry[u"user"].toString().contains(u'@'));
        QVERIFY(entry[u"at"].toString() <= previousAt); // newest first
        previousAt = entry[u"at"].toString();
    }
    for (const char *action :
         {"instance.add", "instance.edit", "secret.replace", "sync", "provider.create",
          "provider.suspend", "discount.set", "discount.clear", "product.price", "product.rename",
          "tier.set", "database.copy"})
        QVERIFY2(actions.contains(QLatin1String(action)), action);
    const auto entryOf = [&entries](const char *action, const char *subject) {
        for (const auto &entry : entries) {
            if (entry[u"action"].toString() == QLatin1String(action) &&
                entry[u"subject"].toString().startsWith(QLatin1String(subject)))
                return entry.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject discount = entryOf("instance.edit", "discount_percent");
    QCOMPARE(discount[u"before"].toString(), u"18");
    QCOMPARE(discount[u"after"].toString(), u"19");
    QCOMPARE(discount[u"instance"].toString(), u"EU");
    const QJsonObject replaced = entryOf("secret.replace", "client_secret");
    QCOMPARE(replaced[u"after"].toString(), u"replaced");
    QVERIFY(replaced[u"before"].isNull());
    QCOMPARE(entryOf("product.rename", "")[u"after"].toString(), u"Phones");
    QCOMPARE(entryOf("product.price", "")[u"after"].toString(), u"5 EUR");
    QCOMPARE(entryOf("tier.set", "2")[u"after"].toString(),
             u"name=, tier_level_value=1, minimum_commitment=300.00, promo=false");
    // The filters.
    const CliRun since =
            cli({QStringLiteral("audit"), QStringLiteral("--since"),
                 QDate::currentDate().addDays(2).toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(since.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(since.out.toUtf8()).array().size(), 0);
    const CliRun other = cli({QStringLiteral("audit"), QStringLiteral("--instance"),
                              QStringLiteral("Nowhere"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(other.out.toUtf8()).array().size(), 0);
    const CliRun badSince =
            cli({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(badSince.exitCode, 2);
    QVERIFY(badSince.err.contains(u"--since"));
    // The copy holds the same trail.
    const CliRun copyAudit = cli({QStringLiteral("--database"), QStringLiteral("sqlite:") + copy,
                                  QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(copyAudit.out.toUtf8()).array(), entries);
    // Nothing of the database holds the secret.
    QSqlQuery everything(db->connection());
    QVERIFY(everything.exec(QStringLiteral("SELECT at, user_at_host, action, instance_name, "
                                           "subject, before_value, after_value FROM audit_log")));
    while (everything.next()) {
        for (int column = 0; column < 7; ++column)
            QVERIFY(!everything.value(column).toString().contains(secret));
    }
}

void TestCliMonthEnd::auditTrailCannotBeChanged()
{
    auto db = database();
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET user_at_host = 'someone@else'")));
    QVERIFY(query.lastError().text().contains(u"audit trail cannot be changed"));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_at_host = "
                                      "'someone@else'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestCliMonthEnd::exportImportRoundTripGivesTheSameProducts()
{
    // Names kept by hand survive a sync only under "keep".
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                  QStringLiteral("--name-policy"), QStringLiteral("keep")})
                     .exitCode,
             0);
    auto db = database();
    ProductFilter filter;
    filter.search = QStringLiteral("mobiles");
    const auto rows = ProductRepository(db).list(filter);
    QVERIFY(rows && rows->size() == 1);
    QVERIFY(ProductService(db).rename(rows->first().product, QStringLiteral("Phones")).status);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    const QString file = m_dir.filePath(QStringLiteral("eu.json"));
    const CliRun exported = cli({QStringLiteral("instance"), QStringLiteral("export"),
                                 QStringLiteral("EU"), QStringLiteral("--output"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QVERIFY(!json.contains(secret.toUtf8()));
    const QJsonObject instance =
            QJsonDocument::fromJson(json).object()[u"instances"].toArray().first().toObject();
    QCOMPARE(instance[u"name_policy"].toString(), u"keep");
    QCOMPARE(instance[u"discounts"].toArray().size(), 2);
    QCOMPARE(instance[u"hand_set_products"].toArray().size(), 1); // Phones, priced by hand

    QTemporaryDir other;
    const auto there = [&other](const QStringList &arguments, const QString &input = {}) {
        return csp::test::runCli(other.path(), arguments, input);
    };
    const CliRun dryRun = there({QStringLiteral("instance"), QStringLiteral("import"), file,
                                 QStringLiteral("--dry-run")});
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY(dryRun.out.contains(u"Would: Add \"EU\""));
    QCOMPARE(there({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")})
                     .out.trimmed(),
             u"[\n]");
    const CliRun imported = there({QStringLiteral("instance"), QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(u"instance edit \"EU\" --client-secret-stdin"));
    QCOMPARE(there({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 5); // no secret yet
    QCOMPARE(there({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                    QStringLiteral("--client-secret-stdin")},
                   secret)
                     .exitCode,
             0);
    QCOMPARE(there({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    const QStringList products{QStringLiteral("products"), QStringLiteral("--json")};
    const CliRun here = cli(products);
    const CliRun copy = there(products);
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(copy.out.toUtf8()),
             QJsonDocument::fromJson(here.out.toUtf8()));
    QVERIFY(copy.out.contains(u"Phones"));
    const QStringList tiers{QStringLiteral("tier"), QStringLiteral("list"), QStringLiteral("EU"),
                            QStringLiteral("--json")};
    QCOMPARE(there(tiers).out, cli(tiers).out);
    // The import and, once removed, the instance's whole trail stay in that catalogue's audit.
    QCOMPARE(there({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("EU"),
                    QStringLiteral("--yes")})
                     .exitCode,
             0);
    const QJsonArray trail =
            QJsonDocument::fromJson(there({QStringLiteral("audit"), QStringLiteral("--instance"),
                                           QStringLiteral("EU"), QStringLiteral("--json")})
                                            .out.toUtf8())
                    .array();
    QStringList actions;
    for (const auto &entry : trail)
        actions.append(entry[u"action"].toString());
    QCOMPARE(actions.first(), u"instance.remove");
    QVERIFY(actions.contains(u"instance.import"));
    QVERIFY(actions.contains(u"sync"));
    QVERIFY(actions.contains(u"secret.replace"));
}

void TestCliMonthEnd::importRefusesConflictsAndBadFiles()
{
    const QString file = m_dir.filePath(QStringLiteral("eu.json"));
    const CliRun conflict = cli({QStringLiteral("instance"), QStringLiteral("import"), file});
    QCOMPARE(conflict.exitCode, 6);
    QVERIFY(conflict.err.contains(u"--replace"));
    const CliRun replaced = cli({QStringLiteral("instance"), QStringLiteral("import"), file,
                                 QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY(!replaced.out.contains(u"client-secret-stdin")); // this machine has it
    const auto bad = [this](const QByteArray &content) {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(content);
        out.close();
        return cli({QStringLiteral("instance"), QStringLiteral("import"), path});
    };
    const CliRun notOurs = bad(R"({"format": "something", "instances": []})");
    QCOMPARE(notOurs.exitCode, 2);
    QVERIFY(notOurs.err.contains(u"format"));
    const QByteArray valid = R"({"format": "acronis-csp-configuration", "version": 1,
        "instances": [{"system_name": "Staging", "gateway": "GATEWAY", "client_id": "c",
        "discount_percent": "10", "primary_currency": "EUR", "name_policy": "update",
        "discounts": [{"scope": "application", "key": "a", "percent": "PERCENT"}]}]})";
    const CliRun gateway =
            bad(QByteArray(valid).replace("GATEWAY", "ftp://x").replace("PERCENT", "5"));
    QCOMPARE(gateway.exitCode, 2);
    QVERIFY(gateway.err.contains(u"instances[0] (Staging)"));
    const CliRun percent = bad(QByteArray(valid)
                                       .replace("GATEWAY", "https://eu2-cloud.acronis.com")
                                       .replace("PERCENT", "150"));
    QCOMPARE(percent.exitCode, 2);
    QVERIFY(percent.err.contains(u"instances[0].discounts[0].percent"));
    QVERIFY(cli({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("Staging")})
                    .exitCode != 0); // nothing was imported
}

void TestCliMonthEnd::nothingFlaggedExitsZero()
{
    auto db = database();
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral(
            "UPDATE providers SET status = 'cancelled' WHERE customer_id = 'ERP-G'")));
    m_fake.removeTenant(orphanId);
    const QString a = tenantOf("ERP-A");
    m_fake.setReportRows({csp::test::backupReportRow(a, "pw_base_workstations", 15),
                          csp::test::backupReportRow(a, "pw_base_storage", GiB, euStorage)},
                         0);
    const QJsonObject result = reconcileJson(0);
    QVERIFY(!result.isEmpty());
    QCOMPARE(result[u"flags"].toArray(), QJsonArray());
    QCOMPARE(rowOf(result, QStringLiteral("ERP-A"),
                   QStringLiteral("pw_base_workstations"))[u"reported"]
                     .toString(),
             u"15"); // exactly 50 % above September: not more
}

void TestCliMonthEnd::anInstanceWithoutProvidersFlagsEveryTenant()
{
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("Fresh"), QStringLiteral("--gateway"), m_fake.url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            secret);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const CliRun run =
            cli({QStringLiteral("reconcile"), QStringLiteral("Fresh"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // Every partner under the distributor (ERP-G's tenant is gone), none of them recorded here.
    QStringList expected{tenantOf("ERP-A"), tenantOf("ERP-S"), tenantOf("ERP-N")};
    expected.sort();
    QCOMPARE(flagsOf(result, QStringLiteral("tenant_without_provider")), expected);
    QCOMPARE(result[u"rows"].toArray().size(), 2); // the report's two rows, unpriced here
}

QTEST_MAIN(TestCliMonthEnd)
#include "tst_cli_monthend.moc"
