#include "core/instancerules.h"

#include <QTest>

using namespace csp;

class TestInstanceRules final : public QObject
{
    Q_OBJECT

private slots:
    void systemName_data();
    void systemName();
    void gateway_data();
    void gateway();
    void clientId();
    void discount_data();
    void discount();
    void discountInUserLocale();
    void currency_data();
    void currency();
    void namePolicy();
    void applyChangesAllOrNothing();
    void applyChangesRequiresAllWhenAdding();
    void productType();
};

void TestInstanceRules::systemName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised"); // empty: invalid
    QTest::addColumn<QString>("error");      // part of the message
    QTest::newRow("plain") << "EU"
                           << "EU"
                           << "";
    QTest::newRow("trimmed") << "  EU west  "
                             << "EU west"
                             << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "System Name is required";
    QTest::newRow("blank") << "   "
                           << ""
                           << "System Name is required";
    QTest::newRow("64 chars") << QString(64, u'a') << QString(64, u'a') << "";
    QTest::newRow("65 chars") << QString(65, u'a') << ""
                              << "at most 64 characters";
    QTest::newRow("64 non-BMP chars")
            << QString::fromUcs4(std::u32string(64, U'\U0001F600').c_str(), 64)
            << QString::fromUcs4(std::u32string(64, U'\U0001F600').c_str(), 64) << "";
    QTest::newRow("newline") << "EU\nwest"
                             << ""
                             << "control characters";
    QTest::newRow("non-ASCII") << "Ελλάδα"
                               << "Ελλάδα"
                               << "";
}

void TestInstanceRules::systemName()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(QString, error);
    const auto check = InstanceRules::checkSystemName(text);
    QCOMPARE(check.ok(), !normalised.isEmpty());
    if (check.ok())
        QCOMPARE(*check.value, normalised);
    else
        QVERIFY2(check.error.contains(error), qPrintable(check.error));
}

void TestInstanceRules::gateway_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("error");
    QTest::newRow("https") << "https://eu2-cloud.acronis.com"
                           << "https://eu2-cloud.acronis.com"
                           << "";
    QTest::newRow("trailing slash") << "https://eu2-cloud.acronis.com/"
                                    << "https://eu2-cloud.acronis.com"
                                    << "";
    QTest::newRow("spaces and slashes") << "  https://eu2-cloud.acronis.com///  "
                                        << "https://eu2-cloud.acronis.com"
                                        << "";
    QTest::newRow("upper case") << "HTTPS://EU2-Cloud.Acronis.com"
                                << "https://eu2-cloud.acronis.com"
                                << "";
    QTest::newRow("default port dropped") << "https://eu8.acronis.cloud:443/"
                                          << "https://eu8.acronis.cloud"
                                          << "";
    QTest::newRow("other port kept") << "https://dc.example:8443"
                                     << "https://dc.example:8443"
                                     << "";
    QTest::newRow("path kept") << "https://proxy.example/acronis/"
                               << "https://proxy.example/acronis"
                               << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "Gateway is required";
    QTest::newRow("no scheme") << "eu2-cloud.acronis.com"
                               << ""
                               << "absolute https:// URL";
    QTest::newRow("no host") << "https://"
                             << ""
                             << "absolute https:// URL";
    QTest::newRow("ftp") << "ftp://eu2-cloud.acronis.com"
                         << ""
                         << "must use https:// (got ftp://)";
    QTest::newRow("user info") << "https://admin:pw@eu2-cloud.acronis.com"
                               << ""
                               << "user name or password";
    QTest::newRow("user only") << "https://admin@eu2-cloud.acronis.com"
                               << ""
                               << "user name or password";
    QTest::newRow("query") << "https://eu2-cloud.acronis.com/?a=1"
                           << ""
                           << "query";
    QTest::newRow("empty query") << "https://eu2-cloud.acronis.com/?"
                                 << ""
                                 << "query";
    QTest::newRow("fragment") << "https://eu2-cloud.acronis.com/#top"
                              << ""
                              << "fragment";
    QTest::newRow("http public") << "http://eu2-cloud.acronis.com"
                                 << ""
                                 << "only for localhost";
    QTest::newRow("http private range") << "http://192.168.1.10"
                                        << ""
                                        << "only for localhost";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080"
                                    << "http://127.0.0.1:8080"
                                    << "";
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080/"
                                    << "http://127.1.2.3:8080"
                                    << "";
    QTest::newRow("http ::1") << "http://[::1]:8080"
                              << "http://[::1]:8080"
                              << "";
    QTest::newRow("http localhost") << "http://LOCALHOST:9000"
                                    << "http://localhost:9000"
                                    << "";
    QTest::newRow("http localhost.evil") << "http://localhost.evil.example"
                                         << ""
                                         << "only for localhost";
    QTest::newRow("spaces inside") << "https://eu2 cloud.acronis.com"
                                   << ""
                                   << "absolute https:// URL";
}

void TestInstanceRules::gateway()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(QString, error);
    const auto check = InstanceRules::checkGateway(text);
    QVERIFY2(check.ok() == !normalised.isEmpty(), qPrintable(check.error));
    if (check.ok())
        QCOMPARE(*check.value, normalised);
    else
        QVERIFY2(check.error.contains(error) && check.error.startsWith(u"Gateway"),
                 qPrintable(check.error));
}

void TestInstanceRules::clientId()
{
    auto check =
            InstanceRules::checkClientId(QStringLiteral(" 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56 "));
    QVERIFY(check.ok());
    QCOMPARE(*check.value, QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"));
    QVERIFY(check.warning.isEmpty());

    check = InstanceRules::checkClientId(QStringLiteral("my-client"));
    QVERIFY(check.ok());
    QVERIFY2(check.warning.contains(u"not a UUID"), qPrintable(check.warning));

    check = InstanceRules::checkClientId(QStringLiteral("  "));
    QVERIFY(!check.ok());
    QVERIFY(check.error.contains(u"Client Id is required"));

    QVERIFY(!InstanceRules::checkClientSecret(QString()).ok());
    QVERIFY(InstanceRules::checkClientSecret(QStringLiteral(" s ")).ok());
}

void TestInstanceRules::discount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("result");
    QTest::newRow("0") << "0" << true << "0";
    QTest::newRow("100") << "100" << true << "100";
    QTest::newRow("100.00") << "100.00" << true << "100";
    QTest::newRow("18") << "18" << true << "18";
    QTest::newRow("17.5") << "17.5" << true << "17.5";
    QTest::newRow("0.01") << "0.01" << true << "0.01";
    QTest::newRow("100.001") << "100.001" << false << "at most 2 decimal places";
    QTest::newRow("18.123") << "18.123" << false << "at most 2 decimal places";
    QTest::newRow("100.01") << "100.01" << false << "between 0 and 100";
    QTest::newRow("-0.01") << "-0.01" << false << "between 0 and 100";
    QTest::newRow("abc") << "abc" << false << "must be a number";
    QTest::newRow("18,5 in C") << "18,5" << false << "must be a number";
    QTest::newRow("empty") << "" << false << "is required";
    QTest::newRow("percent sign") << "18%" << false << "must be a number";
}

void TestInstanceRules::discount()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, result);
    const auto check = InstanceRules::checkDiscount(text);
    QCOMPARE(check.ok(), valid);
    if (valid) {
        QCOMPARE(check.value->toString(), result);
    } else {
        QVERIFY2(check.error.contains(result), qPrintable(check.error));
        QVERIFY(check.error.startsWith(u"Distributor Discount (%)"));
    }
}

void TestInstanceRules::discountInUserLocale()
{
    const QLocale german(QStringLiteral("de_DE"));
    const auto check = InstanceRules::checkDiscount(QStringLiteral("18,5"), german);
    QVERIFY(check.ok());
    QCOMPARE(check.value->toString(), QStringLiteral("18.5"));
    const auto wrong = InstanceRules::checkDiscount(QStringLiteral("x"), german);
    QVERIFY2(wrong.error.contains(u"17,5"),
             qPrintable(wrong.error)); // the example is in the locale
}

void TestInstanceRules::currency_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("EUR") << "EUR"
                         << "";
    QTest::newRow("trimmed") << " USD "
                             << "";
    QTest::newRow("lower case") << "eur"
                                << "three capital letters";
    QTest::newRow("mixed case") << "Eur"
                                << "three capital letters";
    QTest::newRow("two letters") << "EU"
                                 << "three capital letters";
    QTest::newRow("digits") << "978"
                            << "three capital letters";
    QTest::newRow("unknown") << "ABC"
                             << "is not an ISO 4217 currency code";
    QTest::newRow("empty") << ""
                           << "Primary Currency is required";
}

void TestInstanceRules::currency()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto check = InstanceRules::checkCurrency(text);
    QCOMPARE(check.ok(), error.isEmpty());
    if (!check.ok())
        QVERIFY2(check.error.contains(error), qPrintable(check.error));
}

void TestInstanceRules::namePolicy()
{
    QCOMPARE(*InstanceRules::checkNamePolicy(QStringLiteral("update")).value, NamePolicy::Update);
    QCOMPARE(*InstanceRules::checkNamePolicy(QStringLiteral("keep")).value, NamePolicy::Keep);
    const auto bad = InstanceRules::checkNamePolicy(QStringLiteral("Keep"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error.startsWith(u"Update Product Names"));
}

void TestInstanceRules::applyChangesAllOrNothing()
{
    Instance instance;
    instance.systemName = QStringLiteral("EU");
    instance.discountPercent = Decimal::fromInteger(18);
    InstanceChanges changes;
    changes.systemName = QStringLiteral("Europe");
    changes.discount = QStringLiteral("101");
    changes.currency = QStringLiteral("eur");
    const ValidationReport report = applyChanges(instance, changes, false);
    QCOMPARE(report.errors.size(), 2); // one message per broken rule
    QCOMPARE(report.errors.at(0).field, InstanceField::Discount);
    QCOMPARE(report.errors.at(1).field, InstanceField::Currency);
    QCOMPARE(instance.systemName, QStringLiteral("EU")); // nothing applied
    QCOMPARE(instance.discountPercent, Decimal::fromInteger(18));

    changes.discount = QStringLiteral("20");
    changes.currency = QStringLiteral("EUR");
    QVERIFY(applyChanges(instance, changes, false).ok());
    QCOMPARE(instance.systemName, QStringLiteral("Europe"));
    QCOMPARE(instance.discountPercent, Decimal::fromInteger(20));
    QCOMPARE(instance.primaryCurrency, QStringLiteral("EUR"));
}

void TestInstanceRules::applyChangesRequiresAllWhenAdding()
{
    Instance instance;
    InstanceChanges changes;
    changes.systemName = QStringLiteral("EU");
    const ValidationReport report = applyChanges(instance, changes, true);
    QCOMPARE(report.errors.size(), 4); // gateway, client id, discount, currency; policy defaults
    for (const auto &error : report.errors)
        QVERIFY2(error.text.endsWith(u"is required."), qPrintable(error.text));
    QCOMPARE(instance.namePolicy, NamePolicy::Update);
}

void TestInstanceRules::productType()
{
    QCOMPARE(productTypeFor(QStringLiteral("EU")), QStringLiteral("Acronis Cyber Cloud \u2013 EU"));
    QCOMPARE(systemNameKey(QStringLiteral("EU West")), systemNameKey(QStringLiteral("eu west")));
    QCOMPARE(systemNameKey(QStringLiteral("ΕΛΛΆΔΑ")), systemNameKey(QStringLiteral("ελλάδα")));
    QVERIFY(systemNameKey(QStringLiteral("EU")) != systemNameKey(QStringLiteral("EU2")));
}

QTEST_APPLESS_MAIN(TestInstanceRules)
#include "tst_instancerules.moc"
