#include "acronis/jsonreader.h"
#include "acronis/records.h"

#include <QJsonDocument>
#include <QTest>

using namespace csp;
using namespace csp::acronis;

class TestRecords final : public QObject
{
    Q_OBJECT

private slots:
    void integersAreReadAsIntegers_data();
    void integersAreReadAsIntegers();
    void priceIsKeptAsItsText();
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
    const QJsonObject item = QJsonDocument::fromJson(R"({"application_id": "app", "name":
        "pw_base_storage", "infra_id": "i", "price": "0.0410", "currency": "EUR"})")
                                     .object();
    const auto price = parsePriceItem(item, QStringLiteral("GET /p"), QStringLiteral("items[0]"));
    QVERIFY(price);
    QCOMPARE(price->price, QStringLiteral("0.0410"));
    QCOMPARE(price->currency, QStringLiteral("EUR"));
}

QTEST_APPLESS_MAIN(TestRecords)
#include "tst_records.moc"
