// prices check: the distributor's effective price list beside the discount this program applies,
// against the fake's Pricelist API with the issue's hand-computed table (10.00 at 8.20 is 18 %,
// at 8.00 is 20 %), a per-product override, a list in another currency, the refusals (403, 404)
// and the nightly run's warning.

#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
#include "syncedinstance.h"
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

QJsonObject sku(const QString &id, const char *list, const char *effective,
                const QString &friendlyName)
{
    return {{QStringLiteral("sku"), id},
            {QStringLiteral("list_price"), QLatin1String(list)},
            {QStringLiteral("effective_price"), QLatin1String(effective)},
            {QStringLiteral("sku_discount"), QStringLiteral("0")},
            {QStringLiteral("pricelist_discount"), QStringLiteral("18")},
            {QStringLiteral("category"), QStringLiteral("Cyber Protect")},
            {QStringLiteral("sub_category"), QStringLiteral("Per workload")},
            {QStringLiteral("name"), QString(friendlyName + QStringLiteral(" (SKU)"))},
            {QStringLiteral("friendly_name"), friendlyName}};
}

QJsonObject priceList(const QString &month, const char *currency, const QJsonArray &prices)
{
    return {{QStringLiteral("month"), month},
            {QStringLiteral("currency"), QLatin1String(currency)},
            {QStringLiteral("commitment"), QStringLiteral("5000")},
            {QStringLiteral("pricelist_code"), QStringLiteral("DIST-EU-7")},
            {QStringLiteral("prices"), prices}};
}

QString thisMonth()
{
    return QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"));
}

} // namespace

class TestCliPrices final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theIssuesTable();
    void aProductsOverrideMakesItAgree();
    void anotherCurrencyIsFlagged();
    void refusedAndNotOfferedSayWhat();
    void badArguments();
    void theNightlyRunWarns();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir->path(), arguments, input);
    }
    CliRun check(const QString &month, const QString &format = {})
    {
        QStringList arguments{QStringLiteral("prices"), QStringLiteral("check"),
                              QStringLiteral("EU"), QStringLiteral("--month"), month};
        if (!format.isEmpty())
            arguments << format;
        return cli(arguments);
    }
    // The name the catalogue gives pw_base_workstations: the SKU's friendly name names it.
    QString workstationsName();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
};

void TestCliPrices::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake->url(),
             QStringLiteral("--client-id"), QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const CliRun synced = cli({QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const QString workstations = workstationsName();
    QVERIFY(!workstations.isEmpty());
    // Servers: 10.00 at 8.20 → 18 %; workstations: 10.00 at 8.00 → 20 %.
    const QJsonArray table{sku(QStringLiteral("SKU-SRV"), "10.00", "8.20",
                               QStringLiteral("Servers of another kind")),
                           sku(QStringLiteral("SKU-WS"), "10.00", "8.00", workstations)};
    m_fake->setPriceLists({priceList(QStringLiteral("2026-10"), "EUR", table),
                           priceList(QStringLiteral("2026-09"), "USD",
                                     {sku(QStringLiteral("SKU-SRV"), "10.00", "8.20",
                                          QStringLiteral("Servers of another kind"))})});
}

QString TestCliPrices::workstationsName()
{
    const CliRun products = cli({QStringLiteral("products"), QStringLiteral("--json")});
    for (const QJsonValue &product : QJsonDocument::fromJson(products.out.toUtf8()).array()) {
        if (product[u"offering_item"].toString() == u"pw_base_workstations")
            return product[u"name"].toString();
    }
    return {};
}

void TestCliPrices::theIssuesTable()
{
    const CliRun json = check(QStringLiteral("2026-10"), QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 1); // one SKU differs
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report[u"instance"].toString(), u"EU");
    QCOMPARE(report[u"month"].toString(), u"2026-10");
    QCOMPARE(report[u"currency"].toString(), u"EUR");
    QCOMPARE(report[u"commitment"].toString(), u"5000");
    QCOMPARE(report[u"pricelist_code"].toString(), u"DIST-EU-7");
    const QJsonArray rows = report[u"rows"].toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject servers = rows.at(0).toObject();
    QCOMPARE(servers[u"sku"].toString(), u"SKU-SRV");
    QCOMPARE(servers[u"list_price"].toString(), u"10.00");
    QCOMPARE(servers[u"effective_price"].toString(), u"8.20");
    QCOMPARE(servers[u"implied_discount_percent"].toString(), u"18");
    QCOMPARE(servers[u"discount_percent"].toString(), u"18");
    QVERIFY(servers[u"offering_item"].isNull()); // its name names no product
    QCOMPARE(servers[u"differs"].toBool(true), false);
    const QJsonObject workstations = rows.at(1).toObject();
    QCOMPARE(workstations[u"implied_discount_percent"].toString(), u"20");
    QCOMPARE(workstations[u"discount_percent"].toString(), u"18");
    QCOMPARE(workstations[u"offering_item"].toString(), u"pw_base_workstations");
    QCOMPARE(workstations[u"differs"].toBool(), true);
    QVERIFY2(json.err.contains(u"1 of 2 SKU differs"), qPrintable(json.err));

    const CliRun csv = check(QStringLiteral("2026-10"), QStringLiteral("--csv"));
    QCOMPARE(csv.exitCode, 1);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             u"sku,name,currency,list_price,effective_price,implied_discount_percent,"
             u"discount_percent,offering_item,differs");
    QCOMPARE(lines.at(1), u"SKU-SRV,Servers of another kind,EUR,10.00,8.20,18,18,,false");
    QVERIFY2(lines.at(2).startsWith(u"SKU-WS,") &&
                     lines.at(2).endsWith(u",EUR,10.00,8.00,20,18,pw_base_workstations,true"),
             qPrintable(lines.at(2)));

    const CliRun text = check(QStringLiteral("2026-10"));
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(u"commitment 5000") && text.out.contains(u"SKU-WS") &&
                     text.out.contains(u"yes"),
             qPrintable(text.out));
    // Acronis lists nothing for a month: nothing differs.
    const CliRun none = check(QStringLiteral("2026-08"), QStringLiteral("--json"));
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).object()[u"rows"].toArray().size(), 0);
    QVERIFY2(none.err.contains(u"lists no price list for 2026-08"), qPrintable(none.err));
    // One read of the Pricelist API a check.
    QCOMPARE(m_fake->count(QStringLiteral("GET /api/price_sync/v1/effective_price_lists")), 4);
}

void TestCliPrices::aProductsOverrideMakesItAgree()
{
    const CliRun set = cli({QStringLiteral("discount"), QStringLiteral("set"), QStringLiteral("EU"),
                            QStringLiteral("20"), QStringLiteral("--offering-item"),
                            QStringLiteral("pw_base_workstations")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    // The override is in effect from now on: the current month's check uses it.
    QJsonArray prices;
    prices.append(sku(QStringLiteral("SKU-WS"), "10.00", "8.00", workstationsName()));
    m_fake->setPriceLists({priceList(thisMonth(), "EUR", prices)});
    const CliRun json = check(QStringLiteral("current"), QStringLiteral("--json"));
    QVERIFY2(json.exitCode == 0, qPrintable(json.out + json.err));
    const QJsonObject row =
            QJsonDocument::fromJson(json.out.toUtf8()).object()[u"rows"].toArray().at(0).toObject();
    QCOMPARE(row[u"implied_discount_percent"].toString(), u"20");
    QCOMPARE(row[u"discount_percent"].toString(), u"20");
    QCOMPARE(row[u"differs"].toBool(true), false);
    // Without --month it is the current month too.
    QCOMPARE(
            cli({QStringLiteral("prices"), QStringLiteral("check"), QStringLiteral("EU")}).exitCode,
            0);
}

void TestCliPrices::anotherCurrencyIsFlagged()
{
    // 10.00 at 8.20 is the instance's 18 %, but in USD, and the instance bills in EUR.
    const CliRun json = check(QStringLiteral("2026-09"), QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report[u"currency"].toString(), u"USD");
    const QJsonObject row = report[u"rows"].toArray().at(0).toObject();
    QCOMPARE(row[u"currency"].toString(), u"USD");
    QCOMPARE(row[u"implied_discount_percent"].toString(), u"18");
    QCOMPARE(row[u"differs"].toBool(), true);
}

void TestCliPrices::refusedAndNotOfferedSayWhat()
{
    m_fake->setPriceListReader(false);
    CliRun run = check(QStringLiteral("2026-10"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"lacks the scope "
                              u"urn:acronis.com::service_plans_manager::price_list_reader") &&
                     run.err.contains(u"client-secret-stdin"),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    run = check(QStringLiteral("2026-10"), QStringLiteral("--json"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"price_list_reader"), qPrintable(run.err));

    m_fake->setPriceListReader(true);
    m_fake->setPriceListOffered(false);
    run = check(QStringLiteral("2026-10"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not offer Acronis' Pricelist API") &&
                     run.err.contains(u"HTTP 404"),
             qPrintable(run.err));
    // Nothing else changed: the catalogue still syncs.
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
}

void TestCliPrices::badArguments()
{
    QCOMPARE(check(QStringLiteral("2026-13")).exitCode, 2);
    QCOMPARE(check(QStringLiteral("soon")).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("prices"), QStringLiteral("check"), QStringLiteral("EU"),
                  QStringLiteral("--json"), QStringLiteral("--csv")})
                     .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("prices"), QStringLiteral("check"), QStringLiteral("Nowhere")})
                     .exitCode,
             2);
    const CliRun help =
            cli({QStringLiteral("prices"), QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"--month") && help.out.contains(u"0.005"), qPrintable(help.out));
    QCOMPARE(cli({QStringLiteral("prices"), QStringLiteral("list")}).exitCode, 2);
}

void TestCliPrices::theNightlyRunWarns()
{
    QJsonArray prices;
    prices.append(sku(QStringLiteral("SKU-WS"), "10.00", "8.00", workstationsName()));
    m_fake->setPriceLists({priceList(thisMonth(), "EUR", prices)});
    const CliRun all =
            cli({QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0); // a warning fails nothing
    const QJsonObject document = QJsonDocument::fromJson(all.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(document[u"status"].toString(), u"succeeded");
    QCOMPARE(document[u"price_check"][u"month"].toString(), thisMonth());
    QCOMPARE(document[u"price_check"][u"skus"].toInt(), 1);
    QCOMPARE(document[u"price_check"][u"differing"].toInt(), 1);
    const QJsonArray warnings = document[u"warnings"].toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).toString().contains(u"SKU-WS (implied 20 %, this program 18 %)"),
             qPrintable(warnings.at(0).toString()));
    QVERIFY2(all.err.contains(u"warning: EU: Acronis' price list for " + thisMonth()),
             qPrintable(all.err));

    // Where it cannot be read, the run says so and still succeeds.
    m_fake->setPriceListReader(false);
    const CliRun refused =
            cli({QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 0);
    const QJsonObject again =
            QJsonDocument::fromJson(refused.out.toUtf8()).array().at(0).toObject();
    QVERIFY(again[u"price_check"][u"error"].toString().contains(u"price_list_reader"));
    QVERIFY(again[u"warnings"].toArray().at(0).toString().contains(u"could not be checked"));
}

QTEST_GUILESS_MAIN(TestCliPrices)
#include "tst_cli_prices.moc"
