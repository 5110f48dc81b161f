// One answer on every page (issue 33, item 5): providers with usage in October 2026 but no
// invoice for it are listed with their reason (contract_not_started, cancelled_before,
// no_customer_id), the month cannot be issued while one lacks a customer id, and `provider
// edit` gives it one, written to the tenant at Acronis as well. A provider cancelled after
// October began is invoiced for October. Runs on SQLite and (as *_pg) PostgreSQL.

#include "clirunner.h"
#include "fakeacronis/backupitems.h"
#include "fakeacronis/fakeacronis.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::args;
using csp::test::backupItem;
using csp::test::backupPrice;
using csp::test::CliRun;
using csp::test::FakeAcronis;

namespace {

const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");
const QString importedId = QStringLiteral("5b1d7e2a-3c4f-4d6e-8a9b-0c1d2e3f4a5b");
const QString final = QStringLiteral("2026-11-02T06:00:00Z");

// A partner under the distributor that came without the billing system's id.
QJsonObject partnerWithoutCustomerId()
{
    QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    tenant.insert(QStringLiteral("id"), importedId);
    tenant.insert(QStringLiteral("parent_id"), distributorId);
    tenant.insert(QStringLiteral("name"), QStringLiteral("Imported Ltd"));
    tenant.insert(QStringLiteral("customer_id"), QJsonValue::Null);
    tenant.insert(QStringLiteral("has_children"), false);
    tenant.insert(QStringLiteral("version"), 1);
    tenant.insert(QStringLiteral("created_at"), QStringLiteral("2026-08-01T08:00:00"));
    return tenant;
}

} // namespace

class TestCliNotInvoiced final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void providersWithoutAnInvoiceAreListedWithTheirReason();
    void aMonthIsNotIssuedWhileAProviderLacksACustomerId();
    void providerEditGivesTheCustomerIdAtAcronisToo();
    void providerEditRefusesATakenOrEmptyId();
    void withItsCustomerIdTheProviderIsInvoicedAndTheMonthIssued();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ACRONIS_CSP_NOW"), final);
        return csp::test::runCli(m_dir.path(), arguments, input, environment);
    }
    QString tenantOf(const char *customerId) const
    {
        return m_fake.tenantsWithCustomerId(QString::fromLatin1(customerId))
                .value(0)
                .value(u"id")
                .toString();
    }
    void createProvider(const char *customerId, const char *name, QDate created);
    void execSql(const QString &statement);
    int issuedCount();

    QTemporaryDir m_dir;
    FakeAcronis m_fake;
    std::shared_ptr<Database> m_db;
    QString m_goneTenant;
};

void TestCliNotInvoiced::execSql(const QString &statement)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
}

int TestCliNotInvoiced::issuedCount()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM issued_invoices")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestCliNotInvoiced::createProvider(const char *customerId, const char *name, QDate created)
{
    m_fake.setCreationTime(QDateTime(created, QTime(9, 0), Qt::UTC));
    const QString customer = QString::fromLatin1(customerId);
    const CliRun run =
            cli({QStringLiteral("provider"), QStringLiteral("create"), QStringLiteral("EU"),
                 QStringLiteral("--name"), QString::fromLatin1(name),
                 QStringLiteral("--customer-id"), customer, QStringLiteral("--admin-login"),
                 customer.toLower() + QStringLiteral("-admin"), QStringLiteral("--admin-email"),
                 customer.toLower() + QStringLiteral("@example.com")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliNotInvoiced::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("secret-1"), distributorId);
    m_fake.setApplications(
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray());
    m_fake.setCatalogue({backupItem("pw_base_workstations", "count", "quantity")});
    m_fake.setPrices(QJsonArray{backupPrice("pw_base_workstations", "100")});
    QVERIFY(m_fake.listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake.url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(cli(args({"sync", "EU"})).exitCode, 0);
    createProvider("ERP-A", "Active AG", QDate(2026, 8, 10));
    createProvider("ERP-C", "Gone GmbH", QDate(2026, 8, 10));
    createProvider("ERP-L", "Later Ltd", QDate(2026, 11, 3));
    m_goneTenant = tenantOf("ERP-C");
    QCOMPARE(cli(args({"provider", "cancel", "EU", "ERP-C", "--yes"})).exitCode, 0);
    m_fake.addTenant(partnerWithoutCustomerId());
    const CliRun imported = cli(args({"provider", "import", "EU"}));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    m_db = *db;
    execSql(QStringLiteral("UPDATE sync_runs SET started_at = '2026-08-15T12:00:00.000Z', "
                           "finished_at = '2026-08-15T12:00:00.000Z'"));
    execSql(QStringLiteral(
            "UPDATE product_prices SET effective_from = '2026-08-15T12:00:00.000Z'"));
    // Gone GmbH was cancelled in September, before October began.
    execSql(QStringLiteral("UPDATE providers SET changed_at = '2026-09-20T10:00:00.000Z' WHERE "
                           "customer_id = 'ERP-C'"));
    m_fake.setReportRows({csp::test::backupReportRow(tenantOf("ERP-A"), "pw_base_workstations", 3),
                          csp::test::backupReportRow(importedId, "pw_base_workstations", 4),
                          csp::test::backupReportRow(tenantOf("ERP-L"), "pw_base_workstations", 2),
                          csp::test::backupReportRow(m_goneTenant, "pw_base_workstations", 1)},
                         0);
}

void TestCliNotInvoiced::providersWithoutAnInvoiceAreListedWithTheirReason()
{
    const CliRun run = cli(args({"invoice", "EU", "--month", "2026-10", "--json"}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray invoices = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(invoices.size(), 1); // the array holds invoices only
    QCOMPARE(invoices.first()[u"customer_id"].toString(), QStringLiteral("ERP-A"));
    QCOMPARE(invoices.first()[u"usage_sell"].toString(), QStringLiteral("300.00")); // 3 × 100
    QVERIFY2(run.err.contains(u"Later Ltd (ERP-L): its contract started on 2026-11-03, after the "
                              u"month. [contract_not_started]"),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Gone GmbH (ERP-C): it was cancelled on 2026-09-20. "
                              u"[cancelled_before]"),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Imported Ltd (no customer id): it was imported without the "
                              u"billing system's customer id") &&
                     run.err.contains(u"[no_customer_id]"),
             qPrintable(run.err));
    // The tenant id is never printed as if it were a customer id.
    QVERIFY(!run.out.contains(importedId));
}

void TestCliNotInvoiced::aMonthIsNotIssuedWhileAProviderLacksACustomerId()
{
    const CliRun refused = cli(args({"invoice", "issue", "EU", "--month", "2026-10"}));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("Imported Ltd (tenant %1)").arg(importedId)),
             qPrintable(refused.err));
    QCOMPARE(issuedCount(), 0);
}

void TestCliNotInvoiced::providerEditGivesTheCustomerIdAtAcronisToo()
{
    QVERIFY(m_fake.tenant(importedId).value(u"customer_id").isNull());
    const qint64 versionBefore = m_fake.tenant(importedId).value(u"version").toInteger();
    const CliRun run =
            cli({QStringLiteral("provider"), QStringLiteral("edit"), QStringLiteral("EU"),
                 importedId, QStringLiteral("--customer-id"), QStringLiteral("ERP-I")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"ERP-I"), qPrintable(run.out));
    QCOMPARE(m_fake.tenant(importedId).value(u"customer_id").toString(), QStringLiteral("ERP-I"));
    QCOMPARE(m_fake.tenant(importedId).value(u"version").toInteger(), versionBefore + 1);
    QVERIFY(m_fake.requests().contains(QStringLiteral("PUT /api/2/tenants/") + importedId));
    // Again: nothing left to change, nothing written at Acronis.
    const qsizetype requests = m_fake.requests().size();
    const CliRun again = cli(args({"provider", "edit", "EU", "ERP-I", "--customer-id", "ERP-I"}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"nothing was changed"), qPrintable(again.out));
    QCOMPARE(m_fake.requests().size(), requests);
    const QString audit = cli(args({"audit", "--instance", "EU"})).out;
    QVERIFY2(audit.contains(
                     QStringLiteral("now has the customer id ERP-I (was %1)").arg(importedId)),
             qPrintable(audit));
}

void TestCliNotInvoiced::providerEditRefusesATakenOrEmptyId()
{
    const qsizetype requests = m_fake.requests().size();
    const CliRun taken = cli(args({"provider", "edit", "EU", "ERP-I", "--customer-id", "ERP-A"}));
    QCOMPARE(taken.exitCode, 6);
    QVERIFY2(taken.err.contains(u"Customer id: ERP-A belongs to \"Active AG\""),
             qPrintable(taken.err));
    const CliRun empty = cli(args({"provider", "edit", "EU", "ERP-I", "--customer-id", " "}));
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(u"Customer id:"), qPrintable(empty.err));
    const CliRun missing = cli(args({"provider", "edit", "EU", "ERP-I"}));
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(m_fake.requests().size(), requests); // nothing reached Acronis
    QCOMPARE(m_fake.tenant(importedId).value(u"customer_id").toString(), QStringLiteral("ERP-I"));
}

void TestCliNotInvoiced::withItsCustomerIdTheProviderIsInvoicedAndTheMonthIssued()
{
    const CliRun run = cli(args({"invoice", "EU", "--month", "2026-10", "--json"}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray invoices = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(invoices.size(), 2);
    QCOMPARE(invoices.at(1)[u"customer_id"].toString(), QStringLiteral("ERP-I"));
    QCOMPARE(invoices.at(1)[u"usage_sell"].toString(), QStringLiteral("400.00")); // 4 × 100
    QVERIFY(!run.err.contains(u"[no_customer_id]"));
    QVERIFY(run.err.contains(u"[contract_not_started]"));
    const CliRun issued = cli(args({"invoice", "issue", "EU", "--month", "2026-10"}));
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QCOMPARE(issuedCount(), 2);
}

QTEST_MAIN(TestCliNotInvoiced)
#include "tst_cli_notinvoiced.moc"
