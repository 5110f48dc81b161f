// Where the catalogue lives: `database status`, `database copy`, `database login/logout`, the
// --database URL's rules (no password in it, TLS off this machine) and the exit codes of a server
// that refuses or cannot be reached. Runs on SQLite and, as tst_cli_database_pg, with the
// catalogue on the fixture's PostgreSQL server.

#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
#include "storage/providerrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::CliRun;
using csp::test::FakeAcronis;

class TestCliDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void statusSaysWhereAndWhat();
    void aPasswordInTheUrlIsRefusedAndNotShown();
    void unencryptedToAnotherMachineIsRefused();
    void anUnreachableServerExitsFour();
    void copyGivesTheSameOutputEverywhere();
    void copyIntoAnOccupiedCatalogueExitsSix();
    void loginKeepsThePasswordInTheKeychain();
    void eachAdminsKeychainHoldsItsOwnSecret();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return csp::test::runCli(m_dir->path(), arguments, input, environment);
    }
    QJsonObject status(const QStringList &extra = {})
    {
        const CliRun run = cli(extra +
                               QStringList{QStringLiteral("database"), QStringLiteral("status"),
                                           QStringLiteral("--json")});
        [&] {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    // Every listing a script reads, as one text to compare.
    QString everything(const QStringList &where)
    {
        QString all;
        for (const QStringList &command :
             {QStringList{QStringLiteral("instance"), QStringLiteral("list"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("products"), QStringLiteral("--json")},
              QStringList{QStringLiteral("history"), QStringLiteral("EU"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("provider"), QStringLiteral("list"),
                          QStringLiteral("--json")}}) {
            const CliRun run = cli(where + command);
            all += QString::number(run.exitCode) + u'\n' + run.out;
        }
        return all;
    }
    // Another catalogue, empty: an SQLite file, or, on PostgreSQL, a database of its own.
    QString emptyCatalogue(const QString &name)
    {
        const QString path = m_dir->filePath(name + QStringLiteral(".sqlite"));
        return csp::test::onPostgres() ? csp::test::postgresUrlFor(path)
                                       : QStringLiteral("sqlite:") + path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAcronis> m_fake;
};

void TestCliDatabase::init()
{
    CSP_REQUIRE_KEYCHAIN();
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeAcronis>();
    const QJsonObject tenant = FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    m_fake->addTenant(tenant);
    m_fake->addClient(QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
                      QStringLiteral("secret-1"), tenant.value(u"id").toString());
    m_fake->loadSampleCatalogue();
    QVERIFY(m_fake->listen());
    const CliRun added = cli(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
             QStringLiteral("EU"), QStringLiteral("--gateway"), m_fake->url(),
             QStringLiteral("--client-id"), QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
             QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
             QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
            QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliDatabase::statusSaysWhereAndWhat()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    const QJsonObject shown = status();
    QCOMPARE(shown.value(u"backend").toString(),
             csp::test::onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QCOMPARE(shown.value(u"location").toString(),
             csp::test::onPostgres() ? csp::test::cliDatabaseFor(m_dir->path())
                                     : catalogueDatabasePath(m_dir->path()));
    QCOMPARE(shown.value(u"schema_version").toInt(), schemaMigrations().last().version);
    QCOMPARE(shown.value(u"instances").toInt(), 1);
    QCOMPARE(shown.value(u"products").toInt(), 13);
    QCOMPARE(shown.value(u"providers").toInt(), 0);
    QCOMPARE(shown.size(), 6);
    // --database names another catalogue, created on first use.
    const QString other = emptyCatalogue(QStringLiteral("other"));
    const QJsonObject empty = status({QStringLiteral("--database"), other});
    QCOMPARE(empty.value(u"location").toString(),
             other.startsWith(u"sqlite:") ? other.mid(7) : other);
    QCOMPARE(empty.value(u"instances").toInt(-1), 0);
}

void TestCliDatabase::aPasswordInTheUrlIsRefusedAndNotShown()
{
    for (const QString &url : {QStringLiteral("postgresql://admin:hunter2x@127.0.0.1/csp"),
                               QStringLiteral("postgresql://127.0.0.1/csp?password=hunter2x")}) {
        const CliRun run = cli({QStringLiteral("--database"), url, QStringLiteral("database"),
                                QStringLiteral("status")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"a password in the URL"), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"hunter2x") && !run.out.contains(u"hunter2x"),
                 qPrintable(run.err));
    }
    // $ACRONIS_CSP_DATABASE is read by the same rules.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ACRONIS_CSP_DATABASE"),
                       QStringLiteral("postgresql://admin:hunter2x@127.0.0.1/csp"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CSP_CLI_PATH),
                  {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("instance"),
                   QStringLiteral("list")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().contains("hunter2x"));
}

void TestCliDatabase::unencryptedToAnotherMachineIsRefused()
{
    // 192.0.2.1 is TEST-NET-1: never a real host, and nothing is sent there before the refusal.
    const CliRun refused = cli({QStringLiteral("--database"),
                                QStringLiteral("postgresql://csp@192.0.2.1/csp?sslmode=disable"),
                                QStringLiteral("database"), QStringLiteral("status")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"sslmode=disable may send the catalogue and the password "
                                  u"unencrypted to 192.0.2.1"),
             qPrintable(refused.err));
    // Without sslmode a host that is not this machine gets verify-full.
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://csp@db.example/c"));
    QVERIFY(location);
    QCOMPARE(location->parameter(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QVERIFY(location->display().contains(u"sslmode=verify-full"));
    // This machine may go without TLS; asked for explicitly, so may another one.
    QVERIFY(DatabaseLocation::parse(
            QStringLiteral("postgresql://csp@localhost/c?sslmode=disable")));
    QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql:///c?host=/run/postgresql")));
    QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://csp@192.0.2.1/c?sslmode=allow"),
                                    true));
    for (const QString &mode : {QStringLiteral("allow"), QStringLiteral("prefer")})
        QCOMPARE(DatabaseLocation::parse(QStringLiteral("postgresql://csp@192.0.2.1/c?sslmode=") +
                                         mode)
                         .error()
                         .kind,
                 ErrorKind::InvalidInput);
    QCOMPARE(DatabaseLocation::parse(QStringLiteral("mysql://h/c")).error().kind,
             ErrorKind::InvalidInput);
    QCOMPARE(DatabaseLocation::parse(QStringLiteral("postgresql://h")).error().kind,
             ErrorKind::InvalidInput);
}

void TestCliDatabase::anUnreachableServerExitsFour()
{
    const CliRun run = cli({QStringLiteral("--database"),
                            QStringLiteral("postgresql://csp@127.0.0.1:1/csp?connect_timeout=2"),
                            QStringLiteral("instance"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"Cannot reach the database server of "
                              u"postgresql://csp@127.0.0.1:1/csp"),
             qPrintable(run.err));
}

void TestCliDatabase::copyGivesTheSameOutputEverywhere()
{
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    {
        // A provider with an operation, written as provisioning writes them.
        auto db = csp::test::openTestDatabase(catalogueDatabasePath(m_dir->path()));
        QVERIFY(db);
        Provider provider;
        provider.instanceId = csp::test::firstInstanceId(m_dir->path());
        provider.customerId = QStringLiteral("C-100");
        provider.name = QStringLiteral("Ärzte-Partner GmbH");
        provider.progress.itemsEnabled = true;
        QVERIFY(ProviderRepository(*db).save(provider));
        QVERIFY(ProviderRepository(*db).record(
                {provider.id, QStringLiteral("create"), QDateTime::currentDateTimeUtc(),
                 QDateTime::currentDateTimeUtc(), true, QStringLiteral("made")}));
    }
    const QString source = everything({});
    const QJsonObject before = status();
    // To another engine and back again: SQLite to PostgreSQL or PostgreSQL to SQLite, then on.
    const QString first = csp::test::onPostgres()
            ? QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("first.sqlite"))
            : csp::test::postgresUrlFor(m_dir->filePath(QStringLiteral("first.sqlite")));
    const QString second = emptyCatalogue(QStringLiteral("second"));
    QStringList hops{second};
    if (!first.isEmpty())
        hops.prepend(first);
    QStringList from;
    for (const QString &to : hops) {
        const CliRun copied =
                cli(from +
                    QStringList{QStringLiteral("database"), QStringLiteral("copy"),
                                QStringLiteral("--to"), to, QStringLiteral("--json")});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const QJsonObject tables =
                QJsonDocument::fromJson(copied.out.toUtf8()).object().value(u"tables").toObject();
        QCOMPARE(tables.value(u"instances").toInt(), 1);
        QCOMPARE(tables.value(u"products").toInt(), 13);
        QCOMPARE(tables.value(u"provider_operations").toInt(), 1);
        QCOMPARE(tables.value(u"sync_runs").toInt(), 1);
        from = {QStringLiteral("--database"), to};
        QCOMPARE(everything(from), source);
    }
    // The source is as it was; the copy takes new operations after the copied ones.
    QCOMPARE(status(), before);
    QCOMPARE(everything({}), source);
}

void TestCliDatabase::copyIntoAnOccupiedCatalogueExitsSix()
{
    const QString target = emptyCatalogue(QStringLiteral("target"));
    const QStringList copy{QStringLiteral("database"), QStringLiteral("copy"),
                           QStringLiteral("--to"), target};
    QCOMPARE(cli(copy).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    const CliRun again = cli(copy);
    QCOMPARE(again.exitCode, 6);
    QVERIFY2(again.err.contains(u"already holds a catalogue (1 instances); nothing was copied"),
             qPrintable(again.err));
    QCOMPARE(status({QStringLiteral("--database"), target}).value(u"products").toInt(-1), 0);
    const CliRun itself =
            cli({QStringLiteral("database"), QStringLiteral("copy"), QStringLiteral("--to"),
                 csp::test::onPostgres()
                         ? csp::test::cliDatabaseFor(m_dir->path())
                         : QStringLiteral("sqlite:") + catalogueDatabasePath(m_dir->path())});
    QCOMPARE(itself.exitCode, 2);
    QCOMPARE(cli({QStringLiteral("database"), QStringLiteral("copy")}).exitCode, 2);
}

void TestCliDatabase::loginKeepsThePasswordInTheKeychain()
{
    const QStringList login{QStringLiteral("database"), QStringLiteral("login"),
                            QStringLiteral("--password-stdin")};
    if (!csp::test::onPostgres()) {
        const CliRun run = cli(login, QStringLiteral("pw"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"which needs no login"), qPrintable(run.err));
        return;
    }
    const QString password = csp::test::postgresFixtureFile(QStringLiteral("server/pw"));
    // Without ~/.pgpass the server refuses the login (exit 3) until the keychain has it.
    QProcessEnvironment noPgpass = QProcessEnvironment::systemEnvironment();
    noPgpass.insert(QStringLiteral("PGPASSFILE"), m_dir->filePath(QStringLiteral("none")));
    const QStringList list{QStringLiteral("instance"), QStringLiteral("list")};
    const CliRun refused = cli(list, {}, noPgpass);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"refused the login"), qPrintable(refused.err));
    const CliRun wrong = cli(login, QStringLiteral("not-the-password"), noPgpass);
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(cli(list, {}, noPgpass).exitCode, 3); // a wrong password is not kept
    const CliRun right = cli(login, password + u'\n', noPgpass);
    QVERIFY2(right.exitCode == 0, qPrintable(right.err));
    QVERIFY(!right.out.contains(password) && !right.err.contains(password));
    const CliRun listed = cli(list, {}, noPgpass);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY(listed.out.contains(u"EU"));
    QCOMPARE(cli({QStringLiteral("database"), QStringLiteral("logout")}, {}, noPgpass).exitCode, 0);
    QCOMPARE(cli(list, {}, noPgpass).exitCode, 3);
    const CliRun twice = cli({QStringLiteral("database"), QStringLiteral("logout")}, {}, noPgpass);
    QCOMPARE(twice.exitCode, 0);
    QVERIFY(twice.out.contains(u"held no password"));
}

void TestCliDatabase::eachAdminsKeychainHoldsItsOwnSecret()
{
    // A second admin: another data directory and keychain, the same catalogue.
    QTemporaryDir secondHome;
    QProcessEnvironment second = QProcessEnvironment::systemEnvironment();
    second.insert(QStringLiteral("ACRONIS_CSP_KEYCHAIN_ID"), QStringLiteral("second-admin"));
    const QStringList shared{QStringLiteral("--database"),
                             csp::test::onPostgres() ? csp::test::cliDatabaseFor(m_dir->path())
                                                     : QStringLiteral("sqlite:") +
                                             catalogueDatabasePath(m_dir->path())};
    const auto run = [&](const QStringList &arguments, const QString &input = {}) {
        return csp::test::runCli(secondHome.path(), shared + arguments, input, second);
    };
    const auto hasSecret = [](const CliRun &listed) {
        return QJsonDocument::fromJson(listed.out.toUtf8())
                .array()
                .first()
                .toObject()
                .value(u"has_secret")
                .toBool();
    };
    const QStringList list{QStringLiteral("instance"), QStringLiteral("list"),
                           QStringLiteral("--json")};
    QVERIFY(hasSecret(cli(list)));
    QVERIFY(!hasSecret(run(list)));
    const CliRun refused = run({QStringLiteral("sync"), QStringLiteral("EU")});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(u"This machine's OS keychain holds no client secret for \"EU\". "
                                  u"Enter the client secret in the instance's settings on this "
                                  u"machine."),
             qPrintable(refused.err));
    const CliRun added = run({QStringLiteral("instance"), QStringLiteral("edit"),
                              QStringLiteral("EU"), QStringLiteral("--client-secret-stdin")},
                             QStringLiteral("secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(hasSecret(run(list)));
    QVERIFY(hasSecret(cli(list))); // the first admin's stays
    const CliRun synced = run({QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
