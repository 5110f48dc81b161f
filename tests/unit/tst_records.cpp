#include "acronis/jsonreader.h"
#include "acronis/records.h"
#include "acronis/usageapi.h"

#include <QJsonDocument>
#include <QTest>

using namespace csp;
using namespace csp::acronis;

class TestRecords final : public QObject
{
    Q_OBJECT

private slots:
    void aLongListIsParsedWholeAndInOrder();
    void aLongListNamesItsFirstBadItem();
    void integersAreReadAsIntegers_data();
    void integersAreReadAsIntegers();
    void priceIsKeptAsItsText();
    void timesWithoutAnOffsetAreUtc_data();
    void timesWithoutAnOffsetAreUtc();
    void tierSettingIsANumberOrANumericString_data();
    void tierSettingIsANumberOrANumericString();
    void tenantPricingGivesTheCurrency();
    void storedReportIsGzipOrPlain();
};

void TestRecords::integersAreReadAsIntegers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("value");
    QTest::newRow("small") << QByteArray(R"({"version": 7})") << true << qint64(7);
    QTest::newRow("negative") << QByteArray(R"({"version": -1})") << true << qint64(-1);
    // 2^53 + 1 has no double; through a double it would come back as 2^53.
    QTest::newRow("beyond a double's integers") << QByteArray(R"({"version": 9007199254740993})")
                                                << true << qint64(9'007'199'254'740'993);
    QTest::newRow("largest") << QByteArray(R"({"version": 9223372036854775807})") << true
                             << std::numeric_limits<qint64>::max();
    QTest::newRow("beyond 64 bits")
            << QByteArray(R"({"version": 9223372036854775808})") << false << qint64(0);
    QTest::newRow("a fraction") << QByteArray(R"({"version": 1.5})") << false << qint64(0);
    QTest::newRow("a string") << QByteArray(R"({"version": "7"})") << false << qint64(0);
    QTest::newRow("missing") << QByteArray(R"({})") << false << qint64(0);
}

void TestRecords::integersAreReadAsIntegers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, value);
    JsonReader reader(QJsonDocument::fromJson(json).object(), QStringLiteral("GET /api/2/x"));
    const qint64 read = reader.integer(QStringLiteral("version"));
    QCOMPARE(reader.ok(), valid);
    if (valid)
        QCOMPARE(read, value);
    else
        QVERIFY2(reader.error().message.contains(u"GET /api/2/x") &&
                         reader.error().message.contains(u"\"version\""),
                 qPrintable(reader.error().message));
}

void TestRecords::priceIsKeptAsItsText()
{
    // The document's oiPricingSettings item: no currency, no edition; the name a usage name.
    const QJsonObject item = QJsonDocument::fromJson(R"({"application_id":
        "6e6d758d-8e74-3ae3-ac84-50eb0dff12eb", "name": "storage", "infra_id":
        "019097a6-114f-4418-bd54-e01ef049f209", "price": "0.0410", "version": 3})")
                                     .object();
    const auto price = parsePriceItem(item, QStringLiteral("GET /p"), QStringLiteral("items[0]"));
    QVERIFY(price);
    QCOMPARE(price->price, QStringLiteral("0.0410"));
    QCOMPARE(price->name, QStringLiteral("storage"));
    QCOMPARE(price->infraId, QStringLiteral("019097a6-114f-4418-bd54-e01ef049f209"));
    // A price as a JSON number would have passed through a double: refused, naming the field.
    const auto number = parsePriceItem(QJsonDocument::fromJson(R"({"application_id": "a",
        "name": "servers", "price": 19.1, "version": 1})")
                                               .object(),
                                       QStringLiteral("GET /p"), QStringLiteral("items[1]"));
    QVERIFY(!number);
    QVERIFY2(number.error().message.contains(u"items[1].price"),
             qPrintable(number.error().message));
}

void TestRecords::timesWithoutAnOffsetAreUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("time");
    const QDateTime noon(QDate(2016, 6, 22), QTime(18, 25, 16), Qt::UTC);
    // The document's examples have no offset; Acronis' answers also carry +00:00 or Z.
    QTest::newRow("as the document writes it") << QStringLiteral("2016-06-22T18:25:16") << noon;
    QTest::newRow("with +00:00") << QStringLiteral("2016-06-22T18:25:16+00:00") << noon;
    QTest::newRow("with Z") << QStringLiteral("2016-06-22T18:25:16Z") << noon;
    QTest::newRow("with +02:00") << QStringLiteral("2016-06-22T20:25:16+02:00") << noon;
    QTest::newRow("with microseconds")
            << QStringLiteral("2016-06-22T18:25:16.502053+00:00") << noon.addMSecs(502);
    QTest::newRow("not a time") << QStringLiteral("yesterday") << QDateTime();
}

void TestRecords::timesWithoutAnOffsetAreUtc()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, time);
    const QDateTime parsed = parseAcronisTime(text);
    QCOMPARE(parsed.isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(parsed, time);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestRecords::tierSettingIsANumberOrANumericString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<std::optional<int>>("level");
    QTest::newRow("a number") << QByteArray(R"({"name": "tier_level_value", "own": {"value": 3,
        "lock": false, "exclusive": false}, "effective": null})")
                              << true << std::optional<int>(3);
    QTest::newRow("a numeric string") << QByteArray(R"({"name": "t", "own": {"value": "2",
        "lock": false, "exclusive": false}, "effective": null})")
                                      << true << std::optional<int>(2);
    QTest::newRow("no commitment") << QByteArray(R"({"name": "t", "own": {"value": -1,
        "lock": false, "exclusive": false}, "effective": null})")
                                   << true << std::optional<int>(-1);
    QTest::newRow("no value of its own")
            << QByteArray(R"({"name": "t", "own": null, "effective": null})") << true
            << std::optional<int>();
    QTest::newRow("a null value") << QByteArray(R"({"name": "t", "own": {"value": null,
        "lock": false, "exclusive": false}, "effective": null})")
                                  << true << std::optional<int>();
    QTest::newRow("a word") << QByteArray(R"({"name": "t", "own": {"value": "gold",
        "lock": false, "exclusive": false}, "effective": null})")
                            << false << std::optional<int>();
    QTest::newRow("a fraction") << QByteArray(R"({"name": "t", "own": {"value": 1.5,
        "lock": false, "exclusive": false}, "effective": null})")
                                << false << std::optional<int>();
}

void TestRecords::tierSettingIsANumberOrANumericString()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(std::optional<int>, level);
    const auto read = parseTierSetting(QJsonDocument::fromJson(json).object(),
                                       QStringLiteral("GET /api/2/applications/x"));
    QCOMPARE(bool(read), valid);
    if (valid)
        QCOMPARE(*read, level);
    else
        QVERIFY2(read.error().message.contains(u"own.value"), qPrintable(read.error().message));
}

void TestRecords::tenantPricingGivesTheCurrency()
{
    const auto pricing = parseTenantPricing(
            QJsonDocument::fromJson(R"({"mode": "production", "currency": "EUR", "version":
                1596545222672, "production_start_date": "2020-08-04T12:47:03"})")
                    .object(),
            QStringLiteral("GET /p"));
    QVERIFY(pricing);
    QCOMPARE(pricing->currency, QStringLiteral("EUR"));
    QCOMPARE(pricing->mode, QStringLiteral("production"));
    const auto none = parseTenantPricing(
            QJsonDocument::fromJson(R"({"mode": "trial", "currency": null, "version": 1,
                "production_start_date": null})")
                    .object(),
            QStringLiteral("GET /p"));
    QVERIFY(none);
    QVERIFY(none->currency.isEmpty());
}

void TestRecords::storedReportIsGzipOrPlain()
{
    const QByteArray csv =
            "tenant.id,application.id,name,edition,infra.id,usage.effective.total\r\n"
            "b91d7e3c-4a2f-4c8e-8d1b-2e6f9a0c3d23,6e6d758d-8e74-3ae3-ac84-"
            "50eb0dff12eb,pw_base_workstations,pck_per_workload,,18\r\n";
    // gzip -9 of `csv`, as `printf … | gzip -9n | xxd -i` gives it.
    const QByteArray gzip =
            QByteArray::fromBase64("H4sIAAAAAAACAx3OQQ6DIBRF0XkTdwJGARVXYz78R0O0QITW7Tc6vGd0GxKl1kc"
                                   "WVMoRPbWY052JPhDgeLeIKZx067fSGz1CgG/"
                                   "xh77lRkf3cuvIC7SXhlSQxltIy6OTCnNYafCalRYzZl4my9JiMVITtCRvjZwGuI"
                                   "FDGBWcKNfmqGK78rnX9txUUfy+FZwPHplYiNF2rz/"
                                   "H94tLuwAAAA==");
    const QString endpoint = QStringLiteral("GET /api/2/reports/r/stored/s");
    const auto plain = parseStoredReport(csv, endpoint);
    QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
    QCOMPARE(plain->size(), 1);
    QCOMPARE(plain->first().value, 18);
    const auto packed = parseStoredReport(gzip, endpoint);
    QVERIFY2(packed, qPrintable(packed ? QString() : packed.error().message));
    QCOMPARE(packed->size(), 1);
    QCOMPARE(packed->first().key.offeringItem, QStringLiteral("pw_base_workstations"));
    // Cut short, it is refused, naming the endpoint: never read as an empty report.
    const auto cut = parseStoredReport(gzip.left(gzip.size() - 9), endpoint);
    QVERIFY(!cut);
    QVERIFY2(cut.error().message.contains(u"gzip") && cut.error().message.contains(endpoint),
             qPrintable(cut.error().message));
}

namespace {

QJsonArray offeringItems(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{QStringLiteral("application_id"), QStringLiteral("app")},
                                 {QStringLiteral("name"), QStringLiteral("item_%1").arg(i)},
                                 {QStringLiteral("type"), QStringLiteral("count")},
                                 {QStringLiteral("measurement_unit"), QStringLiteral("quantity")}});
    return items;
}

} // namespace

// A list long enough to be parsed in two halves at once comes back whole, in its order.
void TestRecords::aLongListIsParsedWholeAndInOrder()
{
    const auto parsed = parseList<OfferingItem>(offeringItems(5001), QStringLiteral("GET /x"),
                                                parseOfferingItem);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 5001);
    for (qsizetype i = 0; i < parsed->size(); ++i)
        QCOMPARE(parsed->at(i).name, QStringLiteral("item_%1").arg(i));
}

// Whichever half finds a problem first, the one reported is the first by position.
void TestRecords::aLongListNamesItsFirstBadItem()
{
    QJsonArray items = offeringItems(5000);
    items[4000] = QJsonObject{{QStringLiteral("name"), QStringLiteral("no application")}};
    auto parsed = parseList<OfferingItem>(items, QStringLiteral("GET /x"), parseOfferingItem);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"items[4000].application_id"),
             qPrintable(parsed.error().message));
    items[7] = QStringLiteral("not an object");
    parsed = parseList<OfferingItem>(items, QStringLiteral("GET /x"), parseOfferingItem);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"items[7]"), qPrintable(parsed.error().message));
}

QTEST_APPLESS_MAIN(TestRecords)
#include "tst_records.moc"
