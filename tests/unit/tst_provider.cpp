#include "core/contract.h"
#include "core/provider.h"

#include <QTest>

using namespace csp;

class TestProvider final : public QObject
{
    Q_OBJECT

private slots:
    void tierKeysAndLevelValues_data();
    void tierKeysAndLevelValues();
    void badTierKeys();
    void requestRules_data();
    void requestRules();
};

void TestProvider::tierKeysAndLevelValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("levelValue");
    QTest::newRow("no commitment") << QStringLiteral("none") << -1;
    QTest::newRow("Tier 1") << QStringLiteral("1") << 0;
    QTest::newRow("Tier 3") << QStringLiteral("3") << 2;
    QTest::newRow("Tier 5") << QStringLiteral("5") << 4;
}

void TestProvider::tierKeysAndLevelValues()
{
    QFETCH(QString, key);
    QFETCH(int, levelValue);
    // The default contract tiers are the ones `provider create --tier` has always taken.
    const QList<ContractTier> tiers = ContractRules::defaultTiers();
    const auto tier = std::find_if(tiers.begin(), tiers.end(),
                                   [&](const ContractTier &t) { return t.key == key; });
    QVERIFY(tier != tiers.end());
    QCOMPARE(tier->levelValue, levelValue);
    QVERIFY(tier->minimumCommitment.isZero());
}

void TestProvider::badTierKeys()
{
    for (const char *key : {"", "Tier 1", "None", "a-very-long-tier-name", "ü"})
        QVERIFY2(ContractRules::checkTierKey(QString::fromUtf8(key)), key);
    for (const char *key : {"none", "3", "promo", "gold_2"})
        QVERIFY2(!ContractRules::checkTierKey(QString::fromUtf8(key)), key);
}

void TestProvider::requestRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: valid

    const auto row = [](const char *tag, const char *field, const QString &value,
                        const char *problem) {
        QTest::newRow(tag) << QString::fromLatin1(field) << value << QString::fromLatin1(problem);
    };
    row("valid", "", {}, "");
    row("empty name", "name", QStringLiteral("  "), "Name:");
    row("long name", "name", QString(256, u'x'), "Name:");
    row("empty customer id", "customerId", {}, "Customer id:");
    row("login with space", "adminLogin", QStringLiteral("ada l"), "Admin login:");
    row("empty login", "adminLogin", {}, "Admin login:");
    row("e-mail without domain", "adminEmail", QStringLiteral("ada@"), "Admin e-mail:");
    row("e-mail without dot", "adminEmail", QStringLiteral("ada@localhost"), "Admin e-mail:");
    row("unknown language", "language", QStringLiteral("klingon"), "Language:");
    row("pt-BR", "language", QStringLiteral("pt-BR"), "");
    row("empty item", "items", {}, "Items:");
    row("products and items", "products+items", QStringLiteral("pw_base_storage"), "Items:");
    row("products and all items", "products+all", {}, "Items:");
    row("products alone", "products", {}, "");
}

void TestProvider::requestRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    ProviderRequest request;
    request.name = QStringLiteral("Backup Heroes");
    request.customerId = QStringLiteral("ERP-1");
    request.adminLogin = QStringLiteral("ada.l@heroes");
    request.adminEmail = QStringLiteral("ada@heroes.example");
    if (field == u"name")
        request.name = value;
    else if (field == u"customerId")
        request.customerId = value;
    else if (field == u"adminLogin")
        request.adminLogin = value;
    else if (field == u"adminEmail")
        request.adminEmail = value;
    else if (field == u"language")
        request.language = value;
    else if (field == u"items")
        request.items = QStringList{value};
    if (field.startsWith(u"products"))
        request.products = {ProductKey{QStringLiteral("app"), QStringLiteral("pg_base_storage"),
                                       QStringLiteral("pck_per_gigabyte"), QStringLiteral("eu")}};
    if (field == u"products+items")
        request.items = QStringList{value};
    if (field == u"products+all")
        request.allItems = true;
    const QStringList problems = ProviderRules::texts(ProviderRules::check(request));
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
    }
}

QTEST_GUILESS_MAIN(TestProvider)
#include "tst_provider.moc"
