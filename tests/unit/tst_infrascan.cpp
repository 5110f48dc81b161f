// The storages a catalogue names are read from its answer as it came, before it is parsed: that
// reading must give what the parsed items give, for every answer Qt's parser accepts.
#include "acronis/infrascan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace csp::acronis;

namespace {

// What the sync used before: the ids of the parsed items; nullopt where Qt refuses the text.
std::optional<QStringList> parsedIds(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return infraIdsIn(document.object().value(u"items").toArray());
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CSP_SOURCE_DIR "/tests/data/fixtures/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", name);
    return file.readAll();
}

// A catalogue as a gateway could write it: storages named once, several times or not at all,
// some items disabled, names with quotes and other languages.
QByteArray generatedCatalogue(int items)
{
    QJsonArray list;
    for (int i = 0; i < items; ++i) {
        QJsonObject item{{QStringLiteral("application_id"), QStringLiteral("app-%1").arg(i % 7)},
                         {QStringLiteral("name"), QStringLiteral("pw_\"item\"\\_%1").arg(i)},
                         {QStringLiteral("status"), i % 11 == 0 ? 0 : 1},
                         {QStringLiteral("measurement_unit"), QStringLiteral("bytes")},
                         {QStringLiteral("quota"),
                          QJsonObject{{QStringLiteral("value"), QJsonValue::Null},
                                      {QStringLiteral("infra_id"), QStringLiteral("nested")}}}};
        if (i % 3 == 0)
            item.insert(
                    QStringLiteral("infra_id"),
                    QStringLiteral("\u0394-%1-\U0001F4BE").arg(i % 29, 4, 10, QLatin1Char('0')));
        list.append(item);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), list},
                                     {QStringLiteral("infra_id"), QStringLiteral("top")}})
            .toJson(QJsonDocument::Compact);
}

} // namespace

class TestInfraScan : public QObject
{
    Q_OBJECT

private slots:
    void givesWhatTheParsedItemsGive_data();
    void givesWhatTheParsedItemsGive();
    void aCatalogueAsServedNamesItsStorages();
    void anAnswerCutShortGivesNothing();
    void mutatedAnswersQtAcceptsGiveTheSame();
};

void TestInfraScan::givesWhatTheParsedItemsGive_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("served fixture") << fixture("offering_items_available_for_child_partner.json");
    QTest::newRow("generated, compact") << generatedCatalogue(400);
    QTest::newRow("generated, indented")
            << QJsonDocument::fromJson(generatedCatalogue(60)).toJson(QJsonDocument::Indented);
    QTest::newRow("no items") << QByteArray(R"({"items": []})");
    QTest::newRow("no list") << QByteArray(R"({"paging": {"cursors": {}}})");
    QTest::newRow("items not a list") << QByteArray(R"({"items": {"infra_id": "a"}})");
    QTest::newRow("elements not objects")
            << QByteArray(R"({"items": [1, "infra_id", null, [{"infra_id": "deep"}], true]})");
    QTest::newRow("escaped key and id")
            << QByteArray(R"({"it\u0065ms":[{"infra\u005fid":"a\"b\\c\/d\u00e9\n"},)"
                          R"({"infra_id":"\ud83d\udcbe"}]})");
    QTest::newRow("byte order mark in escaped texts")
            << QByteArray("{\"items\":[{\"infra_id\":\"\\n\xEF\xBB\xBF"
                          "abc\"},"
                          "{\"infra_id\":\"\xEF\xBB\xBF\\nabc\"},"
                          "{\"infra_\\u0069\xEF\xBB\xBF"
                          "d\":\"x\"}]}");
    QTest::newRow("key as a value")
            << QByteArray(R"({"items":[{"name":"infra_id","x":"\"infra_id\":\"no\""}]})");
    QTest::newRow("not a text") << QByteArray(R"({"items":[{"infra_id":null},{"infra_id":7},)"
                                              R"({"infra_id":{"infra_id":"x"}},{"infra_id":""}]})");
    QTest::newRow("named twice in an item")
            << QByteArray(R"({"items":[{"infra_id":"first","infra_id":"last"},)"
                          R"({"infra_id":"text","infra_id":null}]})");
    QTest::newRow("items twice") << QByteArray(R"({"items":[{"infra_id":"a"}],"x":1,)"
                                               R"("items":[{"infra_id":"b"},{"infra_id":"b"}]})");
    QTest::newRow("white space everywhere")
            << QByteArray(" \r\n{ \"items\" :\t[ { \"infra_id\" : \"a\" } , {\"infra_id\":\"a\"} ,"
                          "{ \"infra_id\":\"b\",\"n\": -1.5e+3 , \"t\":true,\"f\":false } ] } \n");
    QTest::newRow("numbers and literals") << QByteArray(
            R"({"a":-0.5E-2,"b":[true,false,null,{}],"items":[{"q":1e9,"infra_id":"z"}],"c":0})");
}

void TestInfraScan::givesWhatTheParsedItemsGive()
{
    QFETCH(QByteArray, body);
    const auto parsed = parsedIds(body);
    QVERIFY2(parsed, "Qt accepts each of these");
    QCOMPARE(infraIdsInAnswer(body), parsed);
}

void TestInfraScan::aCatalogueAsServedNamesItsStorages()
{
    // Written out by hand, so that the reading and the parse cannot agree on nothing.
    const QByteArray body = generatedCatalogue(60);
    const auto ids = infraIdsInAnswer(body);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 20); // items 0, 3, …, 57 name storages 0, 3, …, 57 (below 29: once)
    QCOMPARE(ids->first(), QStringLiteral("\u0394-0000-\U0001F4BE"));
    QCOMPARE(ids->at(1), QStringLiteral("\u0394-0003-\U0001F4BE"));
    QVERIFY(!ids->contains(QStringLiteral("nested")));
    QVERIFY(!ids->contains(QStringLiteral("top")));
}

void TestInfraScan::anAnswerCutShortGivesNothing()
{
    const QByteArray body = generatedCatalogue(12);
    for (qsizetype size = 0; size < body.size(); ++size)
        QVERIFY2(!infraIdsInAnswer(body.left(size)), qPrintable(QString::number(size)));
    QVERIFY(infraIdsInAnswer(body));
    QVERIFY(!infraIdsInAnswer(body + "{}"));
    QVERIFY(!infraIdsInAnswer(QByteArray(R"(["items"])")));
    QVERIFY(!infraIdsInAnswer(QByteArray(600, '[')));
}

// Random edits of an answer: wherever Qt still accepts the text, the reading gives the same ids.
void TestInfraScan::mutatedAnswersQtAcceptsGiveTheSame()
{
    const QByteArray original = generatedCatalogue(8);
    const QByteArray alphabet = R"("\{}[],: a1ue-/.)";
    QRandomGenerator random(31);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = original;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const qsizetype at = random.bounded(body.size());
            const char c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0:
                body[at] = c;
                break;
            case 1:
                body.insert(at, c);
                break;
            default:
                body.remove(at, 1);
                break;
            }
        }
        const auto parsed = parsedIds(body);
        if (!parsed)
            continue;
        ++accepted;
        QVERIFY2(infraIdsInAnswer(body) == parsed, body.constData());
    }
    QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestInfraScan)
#include "tst_infrascan.moc"
