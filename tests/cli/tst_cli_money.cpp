// Billing-exact money, end to end: hand-computed figures through the command line's JSON and
// CSV and through the window's CSV exports, byte for byte; closed months priced with the price
// list and discount of their month.

#include "clirunner.h"
#include "core/appidentity.h"
#include "core/month.h"
#include "csvreader.h"
#include "fakeacronis/backupitems.h"
#include "fakeacronis/fakeacronis.h"
#include "productspage.h"
#include "prompts.h"
#include "secrets/secretstore.h"
#include "secrets/versionedsecretstore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "usagepage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
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
const QString &backup = csp::test::BackupApplicationId;
const QString &euStorage = csp::test::EuStorageId;

// When the two Get Services Definition runs and the discount change "happened": the test moves
// their records there, as if the program had run then.
const QString firstSyncAt = QStringLiteral("2026-09-15T12:00:00.000Z");
const QString secondSyncAt = QStringLiteral("2026-10-15T12:00:00.000Z");
const QString instanceSetUpAt = QStringLiteral("2026-09-01T00:00:00.000Z");
const QString discountChangedAt = QStringLiteral("2026-11-05T09:00:00.000Z");

QJsonArray prices(const char *workstations)
{
    // The price list is in the distributor's currency, EUR (its pricing settings); the mobiles
    // are not on it: they are priced by hand, in the instances' primary currency, USD.
    return {backupPrice("pw_base_workstations", workstations),
            backupPrice("pw_base_storage", "0.0410", euStorage),
            backupPrice("pw_base_vms", "0.0150"),
            backupPrice("pw_base_adv_dr_compute_points", "0.25")};
}

QJsonObject reportRow(const QString &tenant, const char *item, qint64 total,
                      const QString &infra = {})
{
    QJsonObject row{{QStringLiteral("tenant"),
                     QJsonObject{{QStringLiteral("id"), tenant},
                                 {QStringLiteral("kind"), QStringLiteral("partner")}}},
                    {QStringLiteral("application"), QJsonObject{{QStringLiteral("id"), backup}}},
                    {QStringLiteral("name"), QLatin1String(item)},
                    {QStringLiteral("edition"), QStringLiteral("pck_per_workload")},
                    {QStringLiteral("usage"),
                     QJsonObject{{QStringLiteral("effective"),
                                  QJsonObject{{QStringLiteral("total"), total}}}}}};
    if (!infra.isEmpty())
        row.insert(QStringLiteral("infra"), QJsonObject{{QStringLiteral("id"), infra}});
    return row;
}

} // namespace

class TestCliMoney final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productPrices_data();
    void productPrices();
    void productsCsvIsTheSameEverywhere();
    void closedMonthLines_data();
    void closedMonthLines();
    void closedMonthTotalsPerCurrency_data();
    void closedMonthTotalsPerCurrency();
    void closedMonthSaysWhichPriceList();
    void usageCsvIsTheSameEverywhere();
    void humanOutputNeverAddsCurrencies();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir.path(), arguments, input);
    }
    QJsonArray json(const QStringList &arguments);
    bool sql(const QString &statement);
    QString newestRunId();
    QString windowUsageCsv(const QString &instance, QDate month);

    QTemporaryDir m_dir;
    FakeAcronis m_fake;
    QString m_tenant;
    QString m_firstRun;
    QString m_secondRun;
    std::shared_ptr<Database> m_db;
};

QJsonArray TestCliMoney::json(const QStringList &arguments)
{
    const CliRun run = cli(arguments + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

bool TestCliMoney::sql(const QString &statement)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QString TestCliMoney::newestRunId()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT id FROM sync_runs ORDER BY started_at DESC LIMIT 1")) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

void TestCliMoney::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    Prompts::setQuiet(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("secret-1"), distributorId);
    m_fake.setApplications(
            FakeAcronis::fixture(QStringLiteral("applications.json")).value(u"items").toArray());
    m_fake.setInfras({QJsonObject{{QStringLiteral("id"), euStorage},
                                  {QStringLiteral("name"), QStringLiteral("Acronis Cloud EU")}}});
    m_fake.setCatalogue({backupItem("pw_base_workstations", "count", "quantity"),
                         backupItem("pw_base_storage", "infra", "bytes", euStorage),
                         backupItem("pw_base_vms", "count", "quantity"),
                         backupItem("pw_base_adv_dr_compute_points", "count", "seconds"),
                         backupItem("pw_base_mobiles", "count", "quantity")});
    m_fake.setPrices(prices("100"));
    m_fake.addPartners(distributorId, 1);
    m_tenant = m_fake.children(distributorId).first().value(u"id").toString();
    m_fake.setReportRows({reportRow(m_tenant, "pw_base_workstations", 3),
                          reportRow(m_tenant, "pw_base_storage", 1'610'612'736, euStorage),
                          reportRow(m_tenant, "pw_base_adv_dr_compute_points", 5400),
                          reportRow(m_tenant, "pw_base_vms", 0),
                          reportRow(m_tenant, "pw_base_mobiles", 4)},
                         0);
    QVERIFY(m_fake.listen());
    for (const auto &[name, discount] : {std::pair{"Seed", "18"}, std::pair{"PerGB", "17.5"}}) {
        const CliRun added =
                cli({QStringLiteral("instance"), QStringLiteral("add"),
                     QStringLiteral("--system-name"), QLatin1String(name),
                     QStringLiteral("--gateway"), m_fake.url(), QStringLiteral("--client-id"),
                     QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("--discount"), QLatin1String(discount),
                     QStringLiteral("--currency"), QStringLiteral("USD"),
                     QStringLiteral("--client-secret-stdin")},
                    QStringLiteral("secret-1"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(cli({QStringLiteral("provider"), QStringLiteral("import"), QLatin1String(name)})
                         .exitCode,
                 0);
    }
    auto db = csp::test::openTestDatabase(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(db);
    m_db = *db;
    QVERIFY(sql(QStringLiteral("UPDATE discount_history SET effective_from = '%1'")
                        .arg(instanceSetUpAt)));

    // The first price list: "in September".
    for (const char *name : {"Seed", "PerGB"}) {
        QCOMPARE(cli({QStringLiteral("sync"), QLatin1String(name)}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("price"), QStringLiteral("set"), QLatin1String(name),
                      QStringLiteral("pw_base_mobiles"), QStringLiteral("2.50")})
                         .exitCode,
                 0);
    }
    QVERIFY(sql(QStringLiteral("UPDATE sync_runs SET started_at = '%1', finished_at = '%1'")
                        .arg(firstSyncAt)));
    QVERIFY(sql(
            QStringLiteral("UPDATE product_prices SET effective_from = '%1'").arg(firstSyncAt)));
    QSqlQuery seedRun(m_db->connection());
    QVERIFY(seedRun.exec(QStringLiteral("SELECT r.id FROM sync_runs r JOIN instances i ON i.id = "
                                        "r.instance_id WHERE i.system_name = 'Seed'")));
    QVERIFY(seedRun.next());
    m_firstRun = seedRun.value(0).toString();
    seedRun.finish(); // an open statement would keep this connection on an old snapshot

    // The workstations price changes "in the middle of October"; Seed syncs again.
    m_fake.setPrices(prices("120"));
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("Seed")}).exitCode, 0);
    m_secondRun = newestRunId();
    QVERIFY2(m_secondRun != m_firstRun, qPrintable(m_secondRun));
    QVERIFY(sql(QStringLiteral("UPDATE sync_runs SET started_at = '%1', finished_at = '%1' "
                               "WHERE id = '%2'")
                        .arg(secondSyncAt, m_secondRun)));
    QVERIFY(sql(QStringLiteral("UPDATE product_prices SET effective_from = '%1' "
                               "WHERE run_id = '%2'")
                        .arg(secondSyncAt, m_secondRun)));

    // Seed's discount goes from 18 % to 20 % "in November", after October ended.
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("Seed"),
                  QStringLiteral("--discount"), QStringLiteral("20")})
                     .exitCode,
             0);
    QVERIFY(sql(QStringLiteral("UPDATE discount_history SET effective_from = '%1' "
                               "WHERE percent = '20'")
                        .arg(discountChangedAt)));
}

void TestCliMoney::productPrices_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("offeringItem");
    QTest::addColumn<QString>("sell");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("currency");
    // Today's prices and discounts: Seed 20 % (since "November"), PerGB 17.5 %.
    // cost = sell × (100 − discount) / 100, exact; at least the currency's minor units.
    const auto row = [](const char *tag, const char *instance, const char *item, const char *sell,
                        const char *cost, const char *currency) {
        QTest::newRow(tag) << QString::fromLatin1(instance) << QString::fromLatin1(item)
                           << QString::fromLatin1(sell) << QString::fromLatin1(cost)
                           << QString::fromLatin1(currency);
    };
    row("seed: 120 at 20% = 96", "Seed", "pw_base_workstations", "120.00", "96.00", "EUR");
    row("100 at 17.5% = 82.5", "PerGB", "pw_base_workstations", "100.00", "82.50", "EUR");
    row("0.0410 at 17.5% = 0.033825", "PerGB", "pw_base_storage", "0.0410", "0.033825", "EUR");
    row("0.0410 at 20% = 0.0328", "Seed", "pw_base_storage", "0.0410", "0.0328", "EUR");
    row("0.0150 stays 0.0150, never 0.02", "Seed", "pw_base_vms", "0.0150", "0.0120", "EUR");
    row("0.0150 at 17.5% = 0.012375", "PerGB", "pw_base_vms", "0.0150", "0.012375", "EUR");
    row("0.25 per hour at 17.5% = 0.20625", "PerGB", "pw_base_adv_dr_compute_points", "0.25",
        "0.20625", "EUR");
    row("set by hand in USD, kept in USD", "Seed", "pw_base_mobiles", "2.50", "2.00", "USD");
    row("2.50 USD at 17.5% = 2.0625", "PerGB", "pw_base_mobiles", "2.50", "2.0625", "USD");
}

void TestCliMoney::productPrices()
{
    QFETCH(QString, instance);
    QFETCH(QString, offeringItem);
    QFETCH(QString, sell);
    QFETCH(QString, cost);
    QFETCH(QString, currency);
    const QStringList arguments{QStringLiteral("products"), QStringLiteral("--instance"), instance};
    QJsonObject product;
    for (const QJsonValue &row : json(arguments)) {
        if (row[u"offering_item"].toString() == offeringItem)
            product = row.toObject();
    }
    QCOMPARE(product.value(u"sell_price").toString(), sell);
    QCOMPARE(product.value(u"cost_price").toString(), cost);
    QCOMPARE(product.value(u"currency").toString(), currency);
    const CliRun csv = cli(arguments + QStringList{QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    const auto records = csp::test::readCsv(csv.out);
    const QStringList header = records.first();
    bool found = false;
    for (const QStringList &record : records.mid(1)) {
        if (record.at(header.indexOf(u"offering_item")) != offeringItem)
            continue;
        found = true;
        QCOMPARE(record.at(header.indexOf(u"sell_price")), sell);
        QCOMPARE(record.at(header.indexOf(u"cost_price")), cost);
        QCOMPARE(record.at(header.indexOf(u"currency")), currency);
    }
    QVERIFY(found);
}

void TestCliMoney::productsCsvIsTheSameEverywhere()
{
    const CliRun csv = cli({QStringLiteral("products"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    // The window in German exports the same bytes: the file is for a billing import.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ProductsPage page(m_db);
    page.show();
    QTRY_VERIFY(page.isLoaded());
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("products.csv"));
    const bool exported = page.exportCsv(path, &error);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(exported, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray window = file.readAll();
    QCOMPARE(window, csv.out.toUtf8());
    QVERIFY(window.contains(",0.033825,"));
}

void TestCliMoney::closedMonthLines_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("offeringItem");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("sellPrice");
    QTest::addColumn<QString>("costPrice");
    QTest::addColumn<QString>("sellAmount");
    QTest::addColumn<QString>("costAmount");
    QTest::addColumn<QString>("currency");
    const auto row = [](const char *tag, const char *month, const char *item, const char *quantity,
                        const char *sellPrice, const char *costPrice, const char *sellAmount,
                        const char *costAmount, const char *currency) {
        QTest::newRow(tag) << QString::fromLatin1(month) << QString::fromLatin1(item)
                           << QString::fromLatin1(quantity) << QString::fromLatin1(sellPrice)
                           << QString::fromLatin1(costPrice) << QString::fromLatin1(sellAmount)
                           << QString::fromLatin1(costAmount) << QString::fromLatin1(currency);
    };
    // September: the first price list (100) and 18 %: 3 × 100 = 300.00; 3 × 82 = 246.00.
    row("Sep workstations", "2026-09", "pw_base_workstations", "3", "100.00", "82.00", "300.00",
        "246.00", "EUR");
    // October ended with the price of the 15th (120) and still 18 %, whatever came after:
    // 3 × 120 = 360.00; 3 × 98.40 = 295.20.
    row("Oct workstations: new price, old discount", "2026-10", "pw_base_workstations", "3",
        "120.00", "98.40", "360.00", "295.20", "EUR");
    // November: 120 at the discount of 5 November (20 %): 3 × 96 = 288.00.
    row("Nov workstations: new discount", "2026-11", "pw_base_workstations", "3", "120.00", "96.00",
        "360.00", "288.00", "EUR");
    // 1610612736 bytes / 1024³ = 1.5 GB; × 0.0410 = 0.0615 → 0.06; × 0.03362 = 0.05043 → 0.05.
    row("Oct storage: bytes to GB", "2026-10", "pw_base_storage", "1.5", "0.0410", "0.03362",
        "0.06", "0.05", "EUR");
    // 5400 s = 1.5 h; × 0.25 = 0.375 → 0.38 (half away from zero); × 0.205 = 0.3075 → 0.31.
    row("Oct compute: seconds to hours", "2026-10", "pw_base_adv_dr_compute_points", "1.5", "0.25",
        "0.205", "0.38", "0.31", "EUR");
    row("Oct zero quantity", "2026-10", "pw_base_vms", "0", "0.0150", "0.0123", "0.00", "0.00",
        "EUR");
    // Priced by hand in USD and kept in USD: 4 × 2.50 = 10.00; 4 × 2.05 = 8.20.
    row("Oct in USD", "2026-10", "pw_base_mobiles", "4", "2.50", "2.05", "10.00", "8.20", "USD");
}

void TestCliMoney::closedMonthLines()
{
    QFETCH(QString, month);
    QFETCH(QString, offeringItem);
    QFETCH(QString, quantity);
    QFETCH(QString, sellPrice);
    QFETCH(QString, costPrice);
    QFETCH(QString, sellAmount);
    QFETCH(QString, costAmount);
    QFETCH(QString, currency);
    const QStringList arguments{QStringLiteral("usage"), QStringLiteral("Seed"),
                                QStringLiteral("--month"), month};
    QJsonObject line;
    for (const QJsonValue &row : json(arguments)) {
        if (row[u"offering_item"].toString() == offeringItem)
            line = row.toObject();
    }
    const QStringList expected{quantity,
                               sellPrice,
                               costPrice,
                               sellAmount,
                               costAmount,
                               currency,
                               QStringLiteral("priced")};
    const QStringList fields{QStringLiteral("quantity"),    QStringLiteral("sell_price"),
                             QStringLiteral("cost_price"),  QStringLiteral("sell_amount"),
                             QStringLiteral("cost_amount"), QStringLiteral("currency"),
                             QStringLiteral("status")};
    QStringList inJson;
    for (const QString &field : fields)
        inJson << line.value(field).toString();
    QCOMPARE(inJson, expected);
    const CliRun csv = cli(arguments + QStringList{QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    const auto records = csp::test::readCsv(csv.out);
    const QStringList header = records.first();
    int found = 0;
    for (const QStringList &record : records.mid(1)) {
        if (record.at(header.indexOf(u"offering_item")) != offeringItem)
            continue;
        ++found;
        QStringList inCsv;
        for (const QString &field : fields)
            inCsv << record.at(header.indexOf(field));
        QCOMPARE(inCsv, expected);
    }
    QCOMPARE(found, 1);
}

void TestCliMoney::closedMonthTotalsPerCurrency_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("eurSell");
    QTest::addColumn<QString>("eurCost");
    QTest::addColumn<QString>("usdCost");
    // EUR: workstations + 0.06 + 0.38 + 0.00 of storage, compute and VMs; USD apart.
    QTest::newRow("September") << "2026-09"
                               << "300.44" // 300.00 + 0.06 + 0.38
                               << "246.36" // 246.00 + 0.05 + 0.31
                               << "8.20";  // 4 × 2.05
    QTest::newRow("October") << "2026-10"
                             << "360.44" // 360.00 + 0.06 + 0.38
                             << "295.56" // 295.20 + 0.05 + 0.31
                             << "8.20";
    QTest::newRow("November") << "2026-11"
                              << "360.44" // 360.00 + 0.06 + 0.38
                              << "288.35" // 288.00 + 0.05 (1.5 × 0.0328) + 0.30 (1.5 × 0.20)
                              << "8.00";  // 4 × 2.00
}

void TestCliMoney::closedMonthTotalsPerCurrency()
{
    QFETCH(QString, month);
    QFETCH(QString, eurSell);
    QFETCH(QString, eurCost);
    QFETCH(QString, usdCost);
    // The window's usage page reads the same month: its totals are per currency too.
    QNetworkAccessManager network;
    KeychainSecretStore keychain;
    VersionedSecretStore secrets(keychain, secretNamesPath(m_dir.path()));
    UsagePage page(m_db, secrets, network);
    auto *instances = page.findChild<QComboBox *>(QStringLiteral("usageInstance"));
    instances->setCurrentIndex(instances->findText(QStringLiteral("Seed")));
    QSignalSpy read(&page, &UsagePage::usageRead);
    page.refresh(parseMonth(month, QDate::currentDate()));
    QVERIFY(read.wait(20000));
    const UsageOutcome &outcome = page.outcome();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.totals.byCurrency().size(), 2);
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).sell.text(), eurSell);
    QCOMPARE(outcome.totals.in(QStringLiteral("EUR")).cost.text(), eurCost);
    QCOMPARE(outcome.totals.in(QStringLiteral("USD")).sell.text(), QStringLiteral("10.00"));
    QCOMPARE(outcome.totals.in(QStringLiteral("USD")).cost.text(), usdCost);
}

void TestCliMoney::closedMonthSaysWhichPriceList()
{
    const auto priceList = [this](const char *month) {
        const QJsonArray rows = json({QStringLiteral("usage"), QStringLiteral("Seed"),
                                      QStringLiteral("--month"), QLatin1String(month)});
        return rows.isEmpty() ? QJsonObject() : rows.first()[u"price_list"].toObject();
    };
    const QJsonObject september = priceList("2026-09");
    QCOMPARE(september.value(u"run_id").toString(), m_firstRun);
    QCOMPARE(september.value(u"finished_at").toString(), firstSyncAt);
    QVERIFY(september.value(u"warning").isNull());
    const QJsonObject october = priceList("2026-10");
    QCOMPARE(october.value(u"run_id").toString(), m_secondRun);
    QCOMPARE(october.value(u"finished_at").toString(), secondSyncAt);
    // August ended before any Get Services Definition: the oldest price list, with a warning.
    const CliRun august =
            cli({QStringLiteral("usage"), QStringLiteral("Seed"), QStringLiteral("--month"),
                 QStringLiteral("2026-08"), QStringLiteral("--json")});
    QCOMPARE(august.exitCode, 0);
    QVERIFY2(august.err.contains(u"No Get Services Definition of \"Seed\" succeeded before "
                                 u"2026-08 ended"),
             qPrintable(august.err));
    const QJsonObject oldest =
            QJsonDocument::fromJson(august.out.toUtf8()).array().first()[u"price_list"].toObject();
    QCOMPARE(oldest.value(u"finished_at").toString(), firstSyncAt);
    QVERIFY(oldest.value(u"warning").toString().contains(u"oldest price list"));
    // The warning is for people: the run's time as they read times, not the catalogue's
    // "2026-09-01T10:00:00.000Z" (finished_at keeps that for scripts).
    QVERIFY2(!oldest.value(u"warning").toString().contains(firstSyncAt),
             qPrintable(oldest.value(u"warning").toString()));
    QVERIFY2(!oldest.value(u"warning")
                      .toString()
                      .contains(QRegularExpression(QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:)"))),
             qPrintable(oldest.value(u"warning").toString()));
    // The human output names the price list too.
    const CliRun human = cli({QStringLiteral("usage"), QStringLiteral("Seed"),
                              QStringLiteral("--month"), QStringLiteral("2026-10")});
    QVERIFY(human.out.contains(u"the price list of the Get Services Definition of " +
                               secondSyncAt));
}

QString TestCliMoney::windowUsageCsv(const QString &instance, QDate month)
{
    QNetworkAccessManager network;
    KeychainSecretStore keychain;
    VersionedSecretStore secrets(keychain, secretNamesPath(m_dir.path()));
    UsagePage page(m_db, secrets, network);
    auto *instances = page.findChild<QComboBox *>(QStringLiteral("usageInstance"));
    instances->setCurrentIndex(instances->findText(instance));
    QSignalSpy read(&page, &UsagePage::usageRead);
    page.refresh(month);
    if (!read.wait(20000))
        return {};
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("usage.csv"));
    if (!page.exportCsv(path, &error))
        return error;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCliMoney::usageCsvIsTheSameEverywhere()
{
    for (const char *month : {"2026-09", "2026-10", "2026-11"}) {
        const CliRun csv =
                cli({QStringLiteral("usage"), QStringLiteral("Seed"), QStringLiteral("--month"),
                     QLatin1String(month), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QLocale::setDefault(QLocale(QLocale::Greek, QLocale::Greece));
        const QString window = windowUsageCsv(QStringLiteral("Seed"),
                                              *parseMonth(QString::fromLatin1(month), QDate()));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(window, csv.out);
    }
}

void TestCliMoney::humanOutputNeverAddsCurrencies()
{
    const CliRun human = cli({QStringLiteral("usage"), QStringLiteral("Seed"),
                              QStringLiteral("--month"), QStringLiteral("2026-10")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"Total: sell 360.44 EUR, cost 295.56 EUR, margin 64.88 EUR; "
                                u"sell 10.00 USD, cost 8.20 USD, margin 1.80 USD"),
             qPrintable(human.out));
    QVERIFY(human.out.contains(u"in EUR, not USD"));
}

QTEST_MAIN(TestCliMoney)
#include "tst_cli_money.moc"
