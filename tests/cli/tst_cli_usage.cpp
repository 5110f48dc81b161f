#include "clirunner.h"
#include "csvreader.h"
#include "fakeacronis/fakeacronis.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::CliRun;
using csp::test::FakeAcronis;

namespace {
const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");
}

class TestCliUsage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonRowsHaveEveryField();
    void csvAndHumanOutput();
    void oneProviderAndBadArguments();
    void closedMonthFromTheReport();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir->path(), arguments, input);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
    QStringList m_tenants;
};

void TestCliUsage::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    m_fake->addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake->addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                      QStringLiteral("secret-1"), distributorId);
    m_fake->loadSampleCatalogue();
    m_fake->addPartners(distributorId, 4);
    m_tenants.clear();
    for (const QJsonObject &tenant : m_fake->children(distributorId))
        m_tenants << tenant.value(u"id").toString();
    m_fake->generateUsages(m_tenants, 13);
    QVERIFY(m_fake->listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake->url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("provider"), QStringLiteral("import"), QStringLiteral("EU")})
                     .exitCode,
             0);
}

void TestCliUsage::jsonRowsHaveEveryField()
{
    const CliRun run = cli({QStringLiteral("usage"), QStringLiteral("EU"), QStringLiteral("--json"),
                            QStringLiteral("--batch-size"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/2/tenants/usages")), 2);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 4 * 13);
    for (const char *field :
         {"customer_id", "tenant_id", "offering_item", "edition", "infra_id", "measurement_unit",
          "quantity", "sell_price", "cost_price", "sell_amount", "cost_amount", "currency"})
        QVERIFY2(rows.first().toObject().contains(QLatin1String(field)), field);
    QJsonObject workstations, storage, unpriced;
    for (const QJsonValue &row : rows) {
        if (row[u"customer_id"].toString() != u"ERP-0001")
            continue;
        if (row[u"offering_item"].toString() == u"pw_base_workstations")
            workstations = row.toObject();
        if (row[u"offering_item"].toString() == u"pw_base_storage")
            storage = row.toObject();
        if (row[u"offering_item"].toString() == u"pg_base_vms")
            unpriced = row.toObject();
    }
    // the 7th item gets 7000 of its unit: 7000 workstations at 4.50, cost 3.69
    QCOMPARE(workstations[u"quantity"].toString(), u"7000");
    QCOMPARE(workstations[u"sell_amount"].toString(), u"31500.00");
    QCOMPARE(workstations[u"cost_amount"].toString(), u"25830.00");
    QCOMPARE(workstations[u"currency"].toString(), u"EUR");
    QCOMPARE(workstations[u"estimate"].toBool(), true);
    // 9000 bytes of storage: 0.0000 GB at 4 decimals, priced 0.00
    QCOMPARE(storage[u"measurement_unit"].toString(), u"bytes");
    QCOMPARE(storage[u"sell_amount"].toString(), u"0.00");
    QVERIFY(unpriced[u"sell_price"].isNull());
    QVERIFY(unpriced[u"sell_amount"].isNull());
    QCOMPARE(unpriced[u"status"].toString(), u"no_price");
}

void TestCliUsage::csvAndHumanOutput()
{
    const CliRun csv =
            cli({QStringLiteral("usage"), QStringLiteral("EU"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    const auto records = csp::test::readCsv(csv.out);
    QCOMPARE(records.size(), 1 + 4 * 13);
    QCOMPARE(records.first().mid(0, 12),
             (QStringList{QStringLiteral("customer_id"), QStringLiteral("tenant_id"),
                          QStringLiteral("offering_item"), QStringLiteral("edition"),
                          QStringLiteral("infra_id"), QStringLiteral("measurement_unit"),
                          QStringLiteral("quantity"), QStringLiteral("sell_price"),
                          QStringLiteral("cost_price"), QStringLiteral("sell_amount"),
                          QStringLiteral("cost_amount"), QStringLiteral("currency")}));

    const CliRun human = cli({QStringLiteral("usage"), QStringLiteral("EU")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(u"estimates"));
    QVERIFY(human.out.contains(u"Partner 0001 (ERP-0001): sell "));
    QVERIFY(human.out.contains(u"Total: sell "));
    QVERIFY(human.out.contains(u"no_price"));
}

void TestCliUsage::oneProviderAndBadArguments()
{
    const CliRun one =
            cli({QStringLiteral("usage"), QStringLiteral("EU"), QStringLiteral("--provider"),
                 QStringLiteral("ERP-0002"), QStringLiteral("--json")});
    QCOMPARE(one.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(one.out.toUtf8()).array();
    QCOMPARE(rows.size(), 13);
    QCOMPARE(rows.first()[u"customer_id"].toString(), u"ERP-0002");

    QCOMPARE(cli({QStringLiteral("usage"), QStringLiteral("EU"), QStringLiteral("--provider"),
                  QStringLiteral("ERP-9")})
                     .exitCode,
             2);
    const CliRun month = cli({QStringLiteral("usage"), QStringLiteral("EU"),
                              QStringLiteral("--month"), QStringLiteral("2026-13")});
    QCOMPARE(month.exitCode, 2);
    QVERIFY(month.err.contains(u"--month"));
    QCOMPARE(cli({QStringLiteral("usage"), QStringLiteral("EU"), QStringLiteral("--batch-size"),
                  QStringLiteral("0")})
                     .exitCode,
             2);
}

void TestCliUsage::closedMonthFromTheReport()
{
    m_fake->setReportRows(
            {QJsonObject{{QStringLiteral("tenant.id"), m_tenants.first()},
                         {QStringLiteral("application.id"),
                          QStringLiteral("6e6d758d-8e74-3ae3-ac84-50eb0dff12eb")},
                         {QStringLiteral("name"), QStringLiteral("pw_base_servers")},
                         {QStringLiteral("edition"), QStringLiteral("pck_per_workload")},
                         {QStringLiteral("usage.effective.total"), 3}}},
            0);
    const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    const CliRun run = cli({QStringLiteral("usage"), QStringLiteral("EU"),
                            QStringLiteral("--month"), month, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[u"sell_amount"].toString(), u"57.00");
    QCOMPARE(rows.first()[u"measurement_unit"].toString(), u"quantity");
    QCOMPARE(rows.first()[u"estimate"].toBool(true), false);
    QCOMPARE(rows.first()[u"month"].toString(), month);
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
