#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
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
const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");
}

class TestCliProvider final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createListShowJson();
    void dryRunPrintsThePlanAndChangesNothing();
    void createTwiceExitsZeroAndSaysSo();
    void conflictsExitSix();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void suspendResumeCancel();
    void importThenList();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {})
    {
        return csp::test::runCli(m_dir->path(), arguments, input);
    }
    static QStringList createArguments()
    {
        return {QStringLiteral("provider"),
                QStringLiteral("create"),
                QStringLiteral("EU"),
                QStringLiteral("--name"),
                QStringLiteral("Backup Heroes GmbH"),
                QStringLiteral("--customer-id"),
                QStringLiteral("ERP-1001"),
                QStringLiteral("--admin-login"),
                QStringLiteral("heroes-admin"),
                QStringLiteral("--admin-email"),
                QStringLiteral("admin@heroes.example"),
                QStringLiteral("--tier"),
                QStringLiteral("2")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
};

void TestCliProvider::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    m_fake->addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake->addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                      QStringLiteral("secret-1"), distributorId);
    m_fake->loadSampleCatalogue();
    QVERIFY(m_fake->listen());
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
}

void TestCliProvider::createListShowJson()
{
    const CliRun created = cli(createArguments() << QStringLiteral("--json"));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject result = QJsonDocument::fromJson(created.out.toUtf8()).object();
    QCOMPARE(result.value(u"status").toString(), u"succeeded");
    QCOMPARE(result.value(u"changed").toBool(), true);
    QCOMPARE(result.value(u"plan").toArray().size(), 6);
    const QString tenantId = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"))
                                     .value(0)
                                     .value(u"id")
                                     .toString();
    QVERIFY(!tenantId.isEmpty());
    QCOMPARE(m_fake->tierLevel(tenantId), 1);

    const CliRun listed =
            cli({QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray providers = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(providers.size(), 1);
    const QJsonObject provider = providers.first().toObject();
    const QJsonObject expected{{QStringLiteral("instance"), QStringLiteral("EU")},
                               {QStringLiteral("customer_id"), QStringLiteral("ERP-1001")},
                               {QStringLiteral("tenant_id"), tenantId},
                               {QStringLiteral("name"), QStringLiteral("Backup Heroes GmbH")},
                               {QStringLiteral("status"), QStringLiteral("active")},
                               {QStringLiteral("tier"), QStringLiteral("2")},
                               {QStringLiteral("pricing_mode"), QStringLiteral("production")},
                               {QStringLiteral("admin_login"), QStringLiteral("heroes-admin")}};
    for (auto field = expected.begin(); field != expected.end(); ++field)
        QCOMPARE(provider.value(field.key()), field.value());

    const CliRun shown =
            cli({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("EU"),
                 QStringLiteral("ERP-1001"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject one = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(one.value(u"tenant_id").toString(), tenantId);
    QCOMPARE(one.value(u"operations").toArray().first()[u"operation"].toString(), u"create");

    const CliRun missing = cli({QStringLiteral("provider"), QStringLiteral("show"),
                                QStringLiteral("EU"), QStringLiteral("ERP-9")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"ERP-9"));
}

void TestCliProvider::dryRunPrintsThePlanAndChangesNothing()
{
    const CliRun run = cli(createArguments() << QStringLiteral("--dry-run"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Plan (nothing was changed):"));
    QVERIFY(run.out.contains(u"POST /api/2/tenants"));
    QVERIFY(run.out.contains(u"tier_level_value"));
    QVERIFY(run.out.contains(u"heroes-admin is free"));
    QCOMPARE(m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001")).size(), 0);
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/tenants")), 0);
    const CliRun listed =
            cli({QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void TestCliProvider::createTwiceExitsZeroAndSaysSo()
{
    QCOMPARE(cli(createArguments()).exitCode, 0);
    const CliRun again = cli(createArguments());
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"already provisioned"), qPrintable(again.out));
    QCOMPARE(m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001")).size(), 1);
}

void TestCliProvider::conflictsExitSix()
{
    m_fake->addPartners(distributorId, 1);
    QStringList sameName = createArguments();
    sameName[4] = QStringLiteral("Partner 0001");
    const CliRun name = cli(sameName);
    QCOMPARE(name.exitCode, 6);
    QVERIFY(name.err.contains(u"Name:"));

    m_fake->addUser(distributorId, QStringLiteral("heroes-admin"));
    const CliRun login = cli(createArguments());
    QCOMPARE(login.exitCode, 6);
    QVERIFY(login.err.contains(u"Admin login:"));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/tenants")), 0);
}

void TestCliProvider::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QStringList noEmail = createArguments();
    noEmail.remove(9, 2);
    QTest::newRow("missing e-mail") << noEmail << QStringLiteral("--admin-email");
    QTest::newRow("bad tier") << (createArguments()
                                  << QStringLiteral("--tier") << QStringLiteral("6"))
                              << QStringLiteral("Tier:");
    QTest::newRow("bad language") << (createArguments()
                                      << QStringLiteral("--language") << QStringLiteral("xx"))
                                  << QStringLiteral("Language:");
    QTest::newRow("unknown item") << (createArguments() << QStringLiteral("--items")
                                                        << QStringLiteral("pw_base_nothing"))
                                  << QStringLiteral("pw_base_nothing");
    QTest::newRow("cancel without --yes")
            << QStringList{QStringLiteral("provider"), QStringLiteral("cancel"),
                           QStringLiteral("EU"), QStringLiteral("ERP-1001")}
            << QStringLiteral("--yes");
    QTest::newRow("unknown instance")
            << QStringList{QStringLiteral("provider"), QStringLiteral("suspend"),
                           QStringLiteral("US"), QStringLiteral("ERP-1001")}
            << QStringLiteral("US");
}

void TestCliProvider::badArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(m_fake->count(QStringLiteral("POST /api/2/tenants")), 0);
}

void TestCliProvider::suspendResumeCancel()
{
    QCOMPARE(cli(createArguments()).exitCode, 0);
    const QString tenantId = m_fake->tenantsWithCustomerId(QStringLiteral("ERP-1001"))
                                     .value(0)
                                     .value(u"id")
                                     .toString();
    const QStringList target{QStringLiteral("EU"), QStringLiteral("ERP-1001")};
    const CliRun suspended =
            cli(QStringList{QStringLiteral("provider"), QStringLiteral("suspend")} + target);
    QCOMPARE(suspended.exitCode, 0);
    QVERIFY(suspended.out.contains(u"suspended"));
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), false);
    QCOMPARE(cli(QStringList{QStringLiteral("provider"), QStringLiteral("resume")} + target)
                     .exitCode,
             0);
    QCOMPARE(m_fake->tenant(tenantId).value(u"enabled").toBool(), true);
    const CliRun cancelled =
            cli(QStringList{QStringLiteral("provider"), QStringLiteral("cancel")} + target +
                QStringList{QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(cancelled.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(cancelled.out.toUtf8()).object();
    QCOMPARE(result.value(u"provider")[u"status"].toString(), u"cancelled");
    QVERIFY(!m_fake->hasTenant(tenantId));
}

void TestCliProvider::importThenList()
{
    m_fake->setPageSize(4);
    m_fake->addPartners(distributorId, 10);
    const CliRun imported = cli({QStringLiteral("provider"), QStringLiteral("import"),
                                 QStringLiteral("EU"), QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(QJsonDocument::fromJson(imported.out.toUtf8()).object().value(u"added").toInt(), 10);
    const CliRun listed = cli({QStringLiteral("provider"), QStringLiteral("list"),
                               QStringLiteral("--instance"), QStringLiteral("eu")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(u"Partner 00"), 10);
    QVERIFY(listed.out.contains(u"suspended"));
}

QTEST_GUILESS_MAIN(TestCliProvider)
#include "tst_cli_provider.moc"
