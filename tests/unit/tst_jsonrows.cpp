// The JSON rows writer against Qt's own JSON writer: the same bytes for every ASCII character,
// for text in other scripts, for nulls, for keys in any order and for no rows at all.

#include "core/jsonrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace csp;

namespace {

QByteArray byQt(const QStringList &keys, const QList<QList<std::optional<QString>>> &rows)
{
    QJsonArray array;
    for (const auto &row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys[i], row[i] ? QJsonValue(*row[i]) : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray byWriter(const QStringList &keys, const QList<QList<std::optional<QString>>> &rows)
{
    JsonRowsWriter writer(keys);
    for (const auto &row : rows)
        writer.append(row);
    return writer.take();
}

} // namespace

class TestJsonRows final : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data();
    void sameBytesAsQt();
    void writerStartsAgainAfterTake();
    void boolsAndObjectsAsQtWritesThem_data();
    void boolsAndObjectsAsQtWritesThem();
};

void TestJsonRows::sameBytesAsQt_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<QList<std::optional<QString>>>>("rows");
    const QStringList keys{QStringLiteral("sell_price"), QStringLiteral("name"),
                           QStringLiteral("a"), QStringLiteral("status")};
    QTest::newRow("no rows") << keys << QList<QList<std::optional<QString>>>{};
    QString everyAscii;
    for (char16_t c = 0; c < 0x80; ++c)
        everyAscii.append(QChar(c));
    QTest::newRow("every ASCII character")
            << keys
            << QList<QList<std::optional<QString>>>{
                       {everyAscii, QStringLiteral("x"), std::nullopt, QString()}};
    QTest::newRow("other scripts and nulls")
            << keys
            << QList<QList<std::optional<QString>>>{
                       {QStringLiteral("0.0410"), QStringLiteral("Größe – Ελληνικά € \U0001F4BE"),
                        std::nullopt, QStringLiteral("active")},
                       {std::nullopt, std::nullopt, QStringLiteral("\"quoted\" \\ / \u2028"),
                        std::nullopt}};
}

void TestJsonRows::sameBytesAsQt()
{
    QFETCH(QStringList, keys);
    QFETCH(QList<QList<std::optional<QString>>>, rows);
    QCOMPARE(byWriter(keys, rows), byQt(keys, rows));
}

void TestJsonRows::writerStartsAgainAfterTake()
{
    const QStringList keys{QStringLiteral("k")};
    JsonRowsWriter writer(keys);
    writer.append({QStringLiteral("first")});
    QVERIFY(writer.take().contains("first"));
    writer.append({QStringLiteral("second")});
    QCOMPARE(writer.take(), byQt(keys, {{QStringLiteral("second")}}));
    QCOMPARE(writer.take(), byQt(keys, {}));
}

void TestJsonRows::boolsAndObjectsAsQtWritesThem_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("null") << QJsonValue();
    QTest::newRow("string") << QJsonValue(QStringLiteral("2026-10 \"q\""));
    QTest::newRow("object") << QJsonValue(
            QJsonObject{{QStringLiteral("run_id"), QStringLiteral("r1")},
                        {QStringLiteral("warning"), QJsonValue()},
                        {QStringLiteral("inner"), QJsonObject{{QStringLiteral("a"), true}}}});
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("array") << QJsonValue(QJsonArray{QStringLiteral("x"), false});
}

void TestJsonRows::boolsAndObjectsAsQtWritesThem()
{
    QFETCH(QJsonValue, value);
    const QStringList keys{QStringLiteral("name"), QStringLiteral("extra")};
    QJsonArray array;
    for (const char *name : {"first", "second"})
        array.append(QJsonObject{{keys[0], QLatin1String(name)}, {keys[1], value}});
    JsonRowsWriter writer(keys);
    const JsonCell cell = JsonCell::json(value);
    writer.append(QList<JsonCell>{JsonCell(QStringLiteral("first")), cell});
    writer.append(QList<JsonCell>{JsonCell(QStringLiteral("second")), cell});
    QCOMPARE(writer.take(), QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestJsonRows)
#include "tst_jsonrows.moc"
