// The tests' fake gateway holds to Acronis' official document: it serves only the document's
// operations, refuses requests that break it (400, naming parameter, field and rule) and does not
// let its own answers break it. Requests here are probes (X-Contract-Probe), which the suite's
// contract check leaves out: they break the document on purpose.
#include "fakeacronis/backupitems.h"
#include "fakeacronis/fakeacronis.h"
#include "syncedinstance.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using csp::test::FakeAcronis;

class TestFakeContract final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesWhatBreaksTheDocument_data();
    void refusesWhatBreaksTheDocument();
    void servesWhatFollowsIt();
    void itsOwnAnswersFollowIt();
    void thePricelistApiFollowsItsOwnDocument();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString message() const
        {
            return QJsonDocument::fromJson(body)[u"error"][u"message"].toString();
        }
    };
    Answer send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                const QByteArray &accept = "application/json");

    std::unique_ptr<FakeAcronis> m_fake;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

namespace {
const QString distributor = csp::test::DistributorId;
const QString clientId = QStringLiteral("c11e0001-0000-4000-8000-000000000001");
} // namespace

void TestFakeContract::init()
{
    m_fake = std::make_unique<FakeAcronis>();
    QVERIFY(csp::test::startSampleFake(*m_fake));
    QNetworkRequest request(QUrl(m_fake->url() + QStringLiteral("/api/2/idp/token")));
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(clientId.toLatin1() + ":secret-1").toBase64());
    request.setRawHeader("X-Contract-Probe", "1");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(request, "grant_type=client_credentials");
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    m_token = QJsonDocument::fromJson(reply->readAll())[u"access_token"].toString().toLatin1();
    reply->deleteLater();
    QVERIFY(!m_token.isEmpty());
}

TestFakeContract::Answer TestFakeContract::send(const QByteArray &method, const QString &target,
                                                const QByteArray &body, const QByteArray &accept)
{
    QNetworkRequest request(QUrl(m_fake->url() + target));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", accept);
    request.setRawHeader("X-Contract-Probe", "1");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll()};
    reply->deleteLater();
    return answer;
}

void TestFakeContract::refusesWhatBreaksTheDocument_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("named");
    const QByteArray report = R"({"result_action": "save", "parameters": {"tenant_id": ")" +
            distributor.toLatin1() +
            R"(", "level": "direct_partners", "kind": "usage_summary"}, "schedule": {"type": "once"}})";
    QTest::newRow("a path the document does not have")
            << QByteArray("GET") << QStringLiteral("/api/2/tenants/%1/infra").arg(distributor)
            << QByteArray() << 404 << QStringList{QStringLiteral("has no GET")};
    QTest::newRow("an id that is not a UUID")
            << QByteArray("GET") << QStringLiteral("/api/2/tenants/partner-1") << QByteArray()
            << 400 << QStringList{QStringLiteral("tenant_id"), QStringLiteral("rule: minLength")};
    QTest::newRow("a required query parameter dropped")
            << QByteArray("DELETE")
            << QStringLiteral("/api/2/reports/479040dc-0000-4000-8000-000000000001") << QByteArray()
            << 400 << QStringList{QStringLiteral("version"), QStringLiteral("rule: required")};
    QTest::newRow("a body field removed")
            << QByteArray("POST") << QStringLiteral("/api/2/reports") << report << 400
            << QStringList{QStringLiteral("recipients"), QStringLiteral("rule: required")};
    QTest::newRow("a body field the document does not allow")
            << QByteArray("POST") << QStringLiteral("/api/2/reports")
            << QByteArray(report).replace("{\"result_action\"",
                                          "{\"recipients\": [], \"kind\": 1, \"result_action\"")
            << 400 << QStringList{QStringLiteral("kind"), QStringLiteral("additionalProperties")};
    QTest::newRow("a body where none is taken")
            << QByteArray("POST")
            << QStringLiteral("/api/2/users/dddddddd-0000-4000-8000-000000000001/"
                              "send-activation-email")
            << QByteArray("{}") << 400 << QStringList{QStringLiteral("rule: no body")};
    QTest::newRow("a parameter the document does not have")
            << QByteArray("GET") << QStringLiteral("/api/2/applications?page=2") << QByteArray()
            << 400 << QStringList{QStringLiteral("page"), QStringLiteral("documented parameters")};
    QTest::newRow("a cursor with the filters it encodes")
            << QByteArray("GET")
            << QStringLiteral("/api/2/tenants?parent_id=%1&after=abc").arg(distributor)
            << QByteArray() << 400 << QStringList{QStringLiteral("the cursor alone")};
    QTest::newRow("a wrong type")
            << QByteArray("GET")
            << QStringLiteral("/api/2/tenants?parent_id=%1&limit=many").arg(distributor)
            << QByteArray() << 400 << QStringList{QStringLiteral("limit"), QStringLiteral("type")};
}

void TestFakeContract::refusesWhatBreaksTheDocument()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, named);
    const Answer answer = send(method, target, body);
    QCOMPARE(answer.status, status);
    // The error envelope of the document, with the message naming what broke it.
    const QJsonObject error = QJsonDocument::fromJson(answer.body)[u"error"].toObject();
    for (const char *field : {"code", "domain", "message", "details"})
        QVERIFY2(error.contains(QLatin1String(field)), field);
    for (const QString &word : named)
        QVERIFY2(answer.message().contains(word), qPrintable(answer.message()));
}

void TestFakeContract::servesWhatFollowsIt()
{
    // A stored report downloads as application/octet-stream: asking for JSON only is refused.
    const Answer json = send("GET",
                             QStringLiteral("/api/2/reports/479040dc-0000-4000-8000-000000000001/"
                                            "stored/5703ed00-0000-4000-8001-000000000001"));
    QCOMPARE(json.status, 400);
    QVERIFY2(json.message().contains(u"Accept"), qPrintable(json.message()));
    const Answer tenant = send("GET", QStringLiteral("/api/2/tenants/") + distributor);
    QCOMPARE(tenant.status, 200);
    QCOMPARE(QJsonDocument::fromJson(tenant.body)[u"id"].toString(), distributor);
    QVERIFY(m_fake->violations().isEmpty());
}

void TestFakeContract::itsOwnAnswersFollowIt()
{
    // A test's price entry without the version the document requires: the fake does not serve
    // it as if it were Acronis' answer.
    m_fake->setPrices(QJsonArray{
            QJsonObject{{QStringLiteral("application_id"), csp::test::BackupApplicationId},
                        {QStringLiteral("name"), QStringLiteral("servers")},
                        {QStringLiteral("price"), QStringLiteral("19.00")}}});
    const Answer answer = send(
            "GET", QStringLiteral("/api/2/tenants/%1/offering_items/pricing").arg(distributor));
    QCOMPARE(answer.status, 500);
    QVERIFY2(answer.message().contains(u"items[0].version") &&
                     answer.message().contains(u"rule: required"),
             qPrintable(answer.message()));
    QCOMPARE(m_fake->violations().size(), 1);
}

void TestFakeContract::thePricelistApiFollowsItsOwnDocument()
{
    const QJsonObject sku{{QStringLiteral("sku"), QStringLiteral("SKU-WS")},
                          {QStringLiteral("list_price"), QStringLiteral("10.00")},
                          {QStringLiteral("effective_price"), QStringLiteral("8.20")},
                          {QStringLiteral("sku_discount"), QStringLiteral("0")},
                          {QStringLiteral("pricelist_discount"), QStringLiteral("18")},
                          {QStringLiteral("category"), QStringLiteral("c")},
                          {QStringLiteral("sub_category"), QStringLiteral("s")},
                          {QStringLiteral("name"), QStringLiteral("n")},
                          {QStringLiteral("friendly_name"), QStringLiteral("f")}};
    const auto listOf = [](const QJsonObject &price) {
        return QJsonObject{{QStringLiteral("month"), QStringLiteral("2026-11")},
                           {QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("commitment"), QStringLiteral("5000")},
                           {QStringLiteral("pricelist_code"), QStringLiteral("DIST-EU")},
                           {QStringLiteral("prices"), QJsonArray{price}}};
    };
    m_fake->setPriceLists({listOf(sku)});
    const QString base =
            QStringLiteral("/api/price_sync/v1/effective_price_lists?tenant_id=") + distributor;
    // Money and percentages as the strings the document says; only the months asked for.
    Answer answer = send("GET", base + QStringLiteral("&months=2026-10,2026-11"));
    QCOMPARE(answer.status, 200);
    const QJsonObject list = QJsonDocument::fromJson(answer.body)[u"price_lists"][0].toObject();
    QCOMPARE(list[u"prices"][0][u"list_price"].toString(), u"10.00");
    QCOMPARE(QJsonDocument::fromJson(answer.body)[u"price_lists"].toArray().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(
                     send("GET", base + QStringLiteral("&months=2026-10")).body)[u"price_lists"]
                     .toArray()
                     .size(),
             0);
    // Its errors are flat {code, domain, message, context?}, not the Account Management envelope.
    const auto flat = [](const Answer &a) {
        return QJsonDocument::fromJson(a.body).object();
    };
    answer = send("GET", base);
    QCOMPARE(answer.status, 400);
    QCOMPARE(flat(answer)[u"code"].toString(), u"BAD_REQUEST_ERROR");
    QVERIFY2(flat(answer)[u"message"].toString().contains(u"months") &&
                     flat(answer)[u"message"].toString().contains(u"rule: required"),
             qPrintable(flat(answer)[u"message"].toString()));
    QVERIFY(!flat(answer).contains(u"error"));
    answer = send("GET", base + QStringLiteral("&months=2026-13"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(flat(answer)[u"domain"].toString(), u"GENERAL");
    m_fake->setPriceListReader(false);
    answer = send("GET", base + QStringLiteral("&months=2026-11"));
    QCOMPARE(answer.status, 403);
    QCOMPARE(flat(answer)[u"code"].toString(), u"ACCESS_DENIED_ERROR");
    QCOMPARE(flat(answer)[u"context"][u"scope"].toString(),
             u"urn:acronis.com::service_plans_manager::price_list_reader");
    m_fake->setPriceListReader(true);
    m_fake->revokeTokens();
    answer = send("GET", base + QStringLiteral("&months=2026-11"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(flat(answer)[u"code"].toString(), u"UNAUTHORIZED_REQUEST");
    QVERIFY(m_fake->violations().isEmpty());
    init(); // a new token

    // A test's price given as a number: the fake does not serve it as Acronis' answer.
    QJsonObject number = sku;
    number.insert(QStringLiteral("list_price"), 10.0);
    m_fake->setPriceLists({listOf(number)});
    answer = send("GET", base + QStringLiteral("&months=2026-11"));
    QCOMPARE(answer.status, 500);
    QCOMPARE(flat(answer)[u"code"].toString(), u"INTERNAL_SERVER_ERROR");
    QVERIFY2(flat(answer)[u"message"].toString().contains(u"list_price") &&
                     flat(answer)[u"message"].toString().contains(u"rule: type"),
             qPrintable(flat(answer)[u"message"].toString()));
    QCOMPARE(m_fake->violations().size(), 1);

    // A gateway without the Pricelist API answers 404.
    m_fake->setPriceListOffered(false);
    QCOMPARE(send("GET", base + QStringLiteral("&months=2026-11")).status, 404);
}

QTEST_GUILESS_MAIN(TestFakeContract)
#include "tst_fakecontract.moc"
