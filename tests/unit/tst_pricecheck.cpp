// The price check's rule in core: 1 − effective ÷ list beside the discount this program applies,
// with the issue's hand-computed table, the tolerance at its edge, currencies and per-product
// overrides; and the Pricelist API's answer read exactly.

#include "acronis/pricelistapi.h"
#include "core/pricecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace csp;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

ListedPrice sku(const char *id, const char *list, const char *effective,
                const char *friendlyName = "Workstations")
{
    ListedPrice price;
    price.sku = QLatin1String(id);
    price.name = QStringLiteral("Cyber Protect – ") + QLatin1String(friendlyName);
    price.friendlyName = QLatin1String(friendlyName);
    price.listPrice = d(list);
    price.effectivePrice = d(effective);
    return price;
}

MonthPriceList listOf(QList<ListedPrice> prices, const char *currency = "EUR")
{
    return {QStringLiteral("2026-11"), QLatin1String(currency), QStringLiteral("5000"),
            QStringLiteral("DIST-EU"), std::move(prices)};
}

const ProductKey workstations{QStringLiteral("app"),
                              QStringLiteral("pw_base_workstations"),
                              QStringLiteral("pck_per_workload"),
                              {}};

Product product(const ProductKey &key, const char *name, bool retired = false)
{
    Product p;
    p.key = key;
    p.name = QLatin1String(name);
    p.acronisName = p.name;
    p.retired = retired;
    return p;
}

} // namespace

class TestPriceCheck : public QObject
{
    Q_OBJECT

private slots:
    void impliedDiscountIsOneMinusEffectiveOverList()
    {
        // (10.00 − 8.20) × 100 ÷ 10.00 = 18; (10.00 − 8.00) × 100 ÷ 10.00 = 20.
        QCOMPARE(impliedDiscountPercent(d("10.00"), d("8.20"))->text(), u"18");
        QCOMPARE(impliedDiscountPercent(d("10.00"), d("8.00"))->text(), u"20");
        // 3.00 at 2.475: 0.525 × 100 ÷ 3 = 17.5 exactly.
        QCOMPARE(impliedDiscountPercent(d("3.00"), d("2.475"))->text(), u"17.5");
        // Nothing off: 0; no list price: nothing to say.
        QCOMPARE(impliedDiscountPercent(d("4.50"), d("4.50"))->text(), u"0");
        QVERIFY(!impliedDiscountPercent(d("0"), d("0")));
    }

    void theIssuesTable()
    {
        DiscountPolicy instanceAt18(d("18"));
        const MonthPriceList list =
                listOf({sku("SKU-A", "10.00", "8.20", "Servers"), sku("SKU-B", "10.00", "8.00")});
        const auto rows = comparePriceList(list, QStringLiteral("EUR"), instanceAt18, {});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].impliedPercent->text(), u"18");
        QCOMPARE(rows[0].discountPercent.text(), u"18");
        QCOMPARE(rows[0].difference->text(), u"0");
        QVERIFY(!rows[0].differs);
        QCOMPARE(rows[1].impliedPercent->text(), u"20");
        QCOMPARE(rows[1].difference->text(), u"2");
        QVERIFY(rows[1].differs);
        QCOMPARE(differingRows(rows), 1);

        // A per-product override of 20 % on SKU-B's product (its name is the SKU's): it agrees.
        DiscountPolicy withOverride(d("18"));
        withOverride.setOfferingItemDiscount(workstations.offeringItem, d("20"));
        const auto known = productsOfSkus(list.prices, {product(workstations, "Workstations")});
        QCOMPARE(known.value(QStringLiteral("SKU-B")), workstations);
        QVERIFY(!known.contains(QStringLiteral("SKU-A")));
        const auto agreed = comparePriceList(list, QStringLiteral("EUR"), withOverride, known);
        QCOMPARE(agreed[1].discountPercent.text(), u"20");
        QCOMPARE(agreed[1].offeringItem, workstations.offeringItem);
        QVERIFY(!agreed[1].differs);
        QCOMPARE(agreed[0].discountPercent.text(), u"18"); // no product known: the instance's
        QCOMPARE(differingRows(agreed), 0);
    }

    void anotherCurrencyIsFlagged()
    {
        // 10.00 USD at 8.20 implies 18 %, as the instance says, but the instance bills in EUR.
        const auto rows = comparePriceList(listOf({sku("SKU-A", "10.00", "8.20")}, "USD"),
                                           QStringLiteral("EUR"), DiscountPolicy(d("18")), {});
        QVERIFY(rows[0].otherCurrency);
        QVERIFY(rows[0].differs);
        QCOMPARE(rows[0].currency, u"USD");
    }

    void toleranceIsFiveThousandthsOfAPoint()
    {
        // 100.00 at 81.995: 18.005 % implied, 0.005 from 18: within; 81.994: 18.006 %, flagged.
        const auto rows = comparePriceList(
                listOf({sku("SKU-A", "100.00", "81.995"), sku("SKU-B", "100.00", "81.994"),
                        sku("SKU-C", "100.00", "82.005")}),
                QStringLiteral("EUR"), DiscountPolicy(d("18")), {});
        QCOMPARE(rows[0].difference->text(), u"0.005");
        QVERIFY(!rows[0].differs);
        QCOMPARE(rows[1].difference->text(), u"0.006");
        QVERIFY(rows[1].differs);
        QCOMPARE(rows[2].difference->text(), u"-0.005"); // below ours by as much: within
        QVERIFY(!rows[2].differs);
    }

    void aSkuNamesOneProductOrNone()
    {
        const ProductKey servers{QStringLiteral("app"),
                                 QStringLiteral("pw_base_servers"),
                                 QStringLiteral("pck_per_workload"),
                                 {}};
        const ProductKey oldServers{
                QStringLiteral("app"), QStringLiteral("pw_old_servers"), {}, {}};
        const QList<ListedPrice> prices{sku("SKU-S", "19.00", "15.58", "servers"),
                                        sku("SKU-W", "4.50", "3.69", "Workstations")};
        // Any case; a retired product only where no current one fits.
        auto known = productsOfSkus(
                prices, {product(servers, "Servers"), product(oldServers, "Servers", true)});
        QCOMPARE(known.value(QStringLiteral("SKU-S")), servers);
        QVERIFY(!known.contains(QStringLiteral("SKU-W")));
        // Two current products of that name: not known which.
        known = productsOfSkus(prices,
                               {product(servers, "Servers"), product(oldServers, "Servers")});
        QVERIFY(!known.contains(QStringLiteral("SKU-S")));
    }

    void rowsAsTheCommandLinePrintsThem()
    {
        const auto rows = comparePriceList(listOf({sku("SKU-A", "10", "8.2")}),
                                           QStringLiteral("EUR"), DiscountPolicy(d("17.5")), {});
        const QJsonObject json = priceCheckJson(rows[0]);
        QCOMPARE(json[u"list_price"].toString(), u"10.00"); // at least EUR's two minor units
        QCOMPARE(json[u"effective_price"].toString(), u"8.20");
        QCOMPARE(json[u"implied_discount_percent"].toString(), u"18");
        QCOMPARE(json[u"discount_percent"].toString(), u"17.5");
        QVERIFY(json[u"offering_item"].isNull());
        QCOMPARE(json[u"differs"].toBool(), true);
        QCOMPARE(
                priceCheckCsv(rows),
                QStringLiteral("sku,name,currency,list_price,effective_price,"
                               "implied_discount_percent,discount_percent,offering_item,differs\r\n"
                               "SKU-A,Workstations,EUR,10.00,8.20,18,17.5,,true\r\n"));
    }

    void theAnswerIsReadExactly()
    {
        const QByteArray body = R"({"price_lists": [{"month": "2026-11", "currency": "EUR",
            "commitment": "5000", "pricelist_code": "DIST-EU", "prices": [{"sku": "SKU-A",
            "effective_price": "0.0410", "list_price": "0.05", "sku_discount": "0",
            "pricelist_discount": "18", "category": "c", "sub_category": "s", "name": "n",
            "friendly_name": "f"}]}]})";
        const auto lists = acronis::pricelist::parseEffectivePriceLists(
                QJsonDocument::fromJson(body).object(), QStringLiteral("GET /x"));
        QVERIFY(lists);
        QCOMPARE(lists->first().commitment, u"5000");
        QCOMPARE(lists->first().prices.first().effectivePrice.text(), u"0.0410");
        QCOMPARE(lists->first().prices.first().pricelistDiscount.text(), u"18");
        // A number where the document says string, and a string that is no number: refused,
        // naming the field.
        QByteArray number = body;
        number.replace(R"("list_price": "0.05")", R"("list_price": 0.05)");
        auto refused = acronis::pricelist::parseEffectivePriceLists(
                QJsonDocument::fromJson(number).object(), QStringLiteral("GET /x"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"price_lists[0].prices[0].list_price"),
                 qPrintable(refused.error().message));
        QByteArray text = body;
        text.replace(R"("sku_discount": "0")", R"("sku_discount": "ten")");
        refused = acronis::pricelist::parseEffectivePriceLists(
                QJsonDocument::fromJson(text).object(), QStringLiteral("GET /x"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"sku_discount"),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"ten"));
    }
};

QTEST_GUILESS_MAIN(TestPriceCheck)
#include "tst_pricecheck.moc"
