#include "clirunner.h"
#include "core/appidentity.h"
#include "secrets/secretstore.h"
#include "secrets/versionedsecretstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;

namespace {

using Run = csp::test::CliRun;

const QString secret =
        QStringLiteral("Zq9-s3cr3t-\u00dc-%1").arg(QCoreApplication::applicationPid());

} // namespace

class TestCliInstance final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion();
    void manPageCoversEveryCommand();
    void addListShowEditRemove();
    void invalidInputExitsTwoNamingTheField_data();
    void invalidInputExitsTwoNamingTheField();
    void secretNeverFromArgv();
    void duplicateNameExitsSix();
    void unknownInstanceAndMissingConfirmation();
    void secretAppearsNowhere();
    void removeDeletesTheKeychainEntry();
    void keychainUnavailableExitsFiveQuickly();
    void hangingKeychainHitsTheWatchdog();
    void unusableDatabaseFails();

private:
    Run cli(const QStringList &arguments, const QString &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    Run addEu(const QString &name = QStringLiteral("EU"),
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Run> m_runs;
};

void TestCliInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCliInstance::cli(const QStringList &arguments, const QString &input,
                         const QProcessEnvironment &environment)
{
    const Run run = csp::test::runCli(m_dir->path(), arguments, input, environment);
    m_runs.append(run);
    return run;
}

Run TestCliInstance::addEu(const QString &name, const QProcessEnvironment &environment)
{
    return cli({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
                name, QStringLiteral("--gateway"), QStringLiteral("https://eu2-cloud.acronis.com/"),
                QStringLiteral("--client-id"),
                QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
                QStringLiteral("--discount"), QStringLiteral("17.5"), QStringLiteral("--currency"),
                QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
               secret + u'\n', environment);
}

void TestCliInstance::helpAndVersion()
{
    Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("acronis-csp " APP_VERSION));
    run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"instance"));
    for (const char *verb : {"add", "edit", "list", "show", "remove"}) {
        run = cli({QStringLiteral("instance"), QLatin1String(verb), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: acronis-csp instance ") +
                                    QLatin1String(verb)),
                 qPrintable(run.out));
    }
    QCOMPARE(cli({QStringLiteral("nonsense")}).exitCode, 2);
    QCOMPARE(cli({}).exitCode, 2);
}

void TestCliInstance::manPageCoversEveryCommand()
{
    QFile page(QStringLiteral(CSP_SOURCE_DIR "/packaging/acronis-csp.1.in"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString man =
            QString::fromUtf8(page.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    // Every command the help lists is documented, and every documented command runs.
    const QString help = cli({QStringLiteral("--help")}).out;
    const QString commands =
            help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList listed;
    for (const QString &line : commands.split(u'\n', Qt::SkipEmptyParts))
        listed.append(line.trimmed().section(QStringLiteral("   "), 0, 0).trimmed());
    QVERIFY(listed.size() >= 6);
    for (const QString &command : std::as_const(listed)) {
        QVERIFY2(man.contains(QStringLiteral("\\fB") + command), qPrintable(command));
        const Run run = cli(command.split(u' ') + QStringList{QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0, qPrintable(command));
    }
    for (const char *verb : {"add", "edit", "list", "show", "remove"})
        QVERIFY2(man.contains(QStringLiteral("instance ") + QLatin1String(verb)), verb);
    for (const char *verb : {"create", "import", "list", "show", "suspend", "resume", "cancel"}) {
        QVERIFY2(man.contains(QStringLiteral("provider ") + QLatin1String(verb)) ||
                         man.contains(QStringLiteral("\\fR|\\fB") + QLatin1String(verb)),
                 verb);
        const Run run =
                cli({QStringLiteral("provider"), QLatin1String(verb), QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String(verb)), verb);
    }
    // …and every command the man page documents is in the help.
    static const QRegularExpression documented(QStringLiteral(R"(\n\.TP\n\\fB([a-z-]+))"));
    for (auto match = documented.globalMatch(man); match.hasNext();) {
        const QString command = match.next().captured(1);
        QVERIFY2(listed.contains(command) || listed.contains(command + QStringLiteral(" set")),
                 qPrintable(command));
    }
}

void TestCliInstance::addListShowEditRemove()
{
    CSP_REQUIRE_KEYCHAIN();
    Run run = addEu();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());

    run = cli({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("eu"),
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(shown.value(u"system_name").toString(), QStringLiteral("EU"));
    QCOMPARE(shown.value(u"gateway").toString(), QStringLiteral("https://eu2-cloud.acronis.com"));
    QCOMPARE(shown.value(u"client_id").toString(),
             QStringLiteral("7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"));
    QCOMPARE(shown.value(u"discount_percent").toString(), QStringLiteral("17.5"));
    QCOMPARE(shown.value(u"primary_currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(shown.value(u"name_policy").toString(), QStringLiteral("update"));
    QCOMPARE(shown.value(u"product_type").toString(),
             QStringLiteral("Acronis Cyber Cloud \u2013 EU"));
    QCOMPARE(shown.value(u"has_secret").toBool(), true);
    QVERIFY(shown.value(u"distributor_tenant_id").isNull());
    QVERIFY(shown.value(u"last_sync").isNull());
    QCOMPARE(shown.size(), 10);

    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                  QStringLiteral("--discount"), QStringLiteral("18"),
                  QStringLiteral("--name-policy"), QStringLiteral("keep"),
                  QStringLiteral("--system-name"), QStringLiteral("Europe")})
                     .exitCode,
             0);
    QCOMPARE(addEu(QStringLiteral("US")).exitCode, 0);

    run = cli({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(listed.size(), 2);
    const QJsonObject europe = listed.at(0).toObject();
    QCOMPARE(europe.value(u"system_name").toString(), QStringLiteral("Europe"));
    QCOMPARE(europe.value(u"discount_percent").toString(), QStringLiteral("18"));
    QCOMPARE(europe.value(u"name_policy").toString(), QStringLiteral("keep"));
    QCOMPARE(europe.value(u"product_type").toString(),
             QStringLiteral("Acronis Cyber Cloud \u2013 Europe"));
    QCOMPARE(listed.at(1).toObject().value(u"system_name").toString(), QStringLiteral("US"));

    run = cli({QStringLiteral("instance"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Europe") && run.out.contains(u"SYSTEM NAME"));

    run = cli({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("europe"),
               QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    run = cli({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
}

void TestCliInstance::invalidInputExitsTwoNamingTheField_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("name empty") << "--system-name"
                                << ""
                                << "System Name is required";
    QTest::newRow("name 65") << "--system-name" << QString(65, u'n') << "at most 64";
    QTest::newRow("gateway ftp") << "--gateway"
                                 << "ftp://eu2-cloud.acronis.com"
                                 << "https://";
    QTest::newRow("gateway userinfo") << "--gateway"
                                      << "https://u:p@eu2-cloud.acronis.com"
                                      << "user name";
    QTest::newRow("gateway query") << "--gateway"
                                   << "https://eu2-cloud.acronis.com?x=1"
                                   << "query";
    QTest::newRow("gateway fragment") << "--gateway"
                                      << "https://eu2-cloud.acronis.com#x"
                                      << "fragment";
    QTest::newRow("gateway public http") << "--gateway"
                                         << "http://eu2-cloud.acronis.com"
                                         << "localhost";
    QTest::newRow("client id empty") << "--client-id"
                                     << ""
                                     << "Client Id is required";
    QTest::newRow("discount 100.001") << "--discount"
                                      << "100.001"
                                      << "2 decimal places";
    QTest::newRow("discount -0.01") << "--discount"
                                    << "-0.01"
                                    << "between 0 and 100";
    QTest::newRow("discount abc") << "--discount"
                                  << "abc"
                                  << "must be a number";
    QTest::newRow("discount comma") << "--discount"
                                    << "18,5"
                                    << "must be a number";
    QTest::newRow("currency lower") << "--currency"
                                    << "eur"
                                    << "capital letters";
    QTest::newRow("currency unknown") << "--currency"
                                      << "ABC"
                                      << "not an ISO 4217";
    QTest::newRow("policy") << "--name-policy"
                            << "sometimes"
                            << "Update Product Names";
}

void TestCliInstance::invalidInputExitsTwoNamingTheField()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QStringList arguments = {QStringLiteral("instance"),
                             QStringLiteral("add"),
                             QStringLiteral("--system-name"),
                             QStringLiteral("EU"),
                             QStringLiteral("--gateway"),
                             QStringLiteral("https://eu2-cloud.acronis.com"),
                             QStringLiteral("--client-id"),
                             QStringLiteral("id"),
                             QStringLiteral("--discount"),
                             QStringLiteral("18"),
                             QStringLiteral("--currency"),
                             QStringLiteral("EUR"),
                             QStringLiteral("--client-secret-stdin")};
    const qsizetype at = arguments.indexOf(option);
    if (at >= 0)
        arguments[at + 1] = value;
    else
        arguments << option << value;
    const Run run = cli(arguments, secret);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("acronis-csp: ") + option + QStringLiteral(": ")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    const Run listed =
            cli({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);

    // The same rule on edit changes nothing either.
    CSP_REQUIRE_KEYCHAIN();
    QCOMPARE(addEu().exitCode, 0);
    const Run edited = cli({QStringLiteral("instance"), QStringLiteral("edit"),
                            QStringLiteral("EU"), option, value});
    QCOMPARE(edited.exitCode, 2);
    QVERIFY2(edited.err.contains(message), qPrintable(edited.err));
    const Run shown = cli({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("EU"),
                           QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                     .object()
                     .value(u"discount_percent")
                     .toString(),
             QStringLiteral("17.5"));
}

void TestCliInstance::secretNeverFromArgv()
{
    Run run =
            cli({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
                 QStringLiteral("EU"), QStringLiteral("--gateway"),
                 QStringLiteral("https://eu2-cloud.acronis.com"), QStringLiteral("--client-id"),
                 QStringLiteral("id"), QStringLiteral("--discount"), QStringLiteral("1"),
                 QStringLiteral("--currency"), QStringLiteral("EUR")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--client-secret-stdin is required"));
    run = cli({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--client-secret"),
               QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"Unknown option"));
    // An empty secret on stdin is named.
    run = cli({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
               QStringLiteral("EU"), QStringLiteral("--gateway"),
               QStringLiteral("https://eu2-cloud.acronis.com"), QStringLiteral("--client-id"),
               QStringLiteral("id"), QStringLiteral("--discount"), QStringLiteral("1"),
               QStringLiteral("--currency"), QStringLiteral("EUR"),
               QStringLiteral("--client-secret-stdin")},
              QStringLiteral("\n"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--client-secret-stdin: Client Secret is required"),
             qPrintable(run.err));
}

void TestCliInstance::duplicateNameExitsSix()
{
    CSP_REQUIRE_KEYCHAIN();
    QCOMPARE(addEu(QStringLiteral("EU West")).exitCode, 0);
    const Run run = addEu(QStringLiteral("eu WEST"));
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(u"already used"), qPrintable(run.err));
    QCOMPARE(addEu(QStringLiteral("US")).exitCode, 0);
    const Run renamed =
            cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("US"),
                 QStringLiteral("--system-name"), QStringLiteral("EU west")});
    QCOMPARE(renamed.exitCode, 6);
}

void TestCliInstance::unknownInstanceAndMissingConfirmation()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("Nope")},
          QStringList{QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("Nope"),
                      QStringLiteral("--discount"), QStringLiteral("1")},
          QStringList{QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("Nope"),
                      QStringLiteral("--yes")}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no instance named \"Nope\""), qPrintable(run.err));
    }
    const Run run =
            cli({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("Nope")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--yes"));
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("show")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("extra")})
                     .exitCode,
             2);
}

void TestCliInstance::secretAppearsNowhere()
{
    CSP_REQUIRE_KEYCHAIN();
    m_runs.clear();
    QCOMPARE(addEu().exitCode, 0);
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("EU"),
                  QStringLiteral("--client-secret-stdin")},
                 secret + QStringLiteral("-2"))
                     .exitCode,
             0);
    cli({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("EU"),
         QStringLiteral("--json")});
    cli({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("EU")});
    cli({QStringLiteral("instance"), QStringLiteral("list")});
    const QByteArray needle = secret.toUtf8();
    for (const Run &run : std::as_const(m_runs)) {
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
    }
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(needle), qPrintable(file.fileName()));
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
}

void TestCliInstance::removeDeletesTheKeychainEntry()
{
    CSP_REQUIRE_KEYCHAIN();
    QCOMPARE(addEu().exitCode, 0);
    const QString id = csp::test::firstInstanceId(m_dir->path());
    QVERIFY(!id.isEmpty());
    KeychainSecretStore os;
    VersionedSecretStore keychain(os, secretNamesPath(m_dir->path()));
    QCOMPARE(waitForSecret([&](QObject *c, SecretCallback done) {
                 keychain.read(id, c, done);
             }).secret,
             secret);
    QCOMPARE(cli({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("EU"),
                  QStringLiteral("--yes")})
                     .exitCode,
             0);
    QCOMPARE(waitForSecret([&](QObject *c, SecretCallback done) {
                 keychain.read(id, c, done);
             }).status,
             SecretResult::Status::NotFound);
}

void TestCliInstance::keychainUnavailableExitsFiveQuickly()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QTemporaryDir runtime;
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()); // no session bus socket here
    const Run run = addEu(QStringLiteral("EU"), env);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(u"OS keychain is not available"), qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    const Run listed =
            cli({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                env);
    QCOMPARE(listed.exitCode, 0); // browsing needs no keychain
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void TestCliInstance::hangingKeychainHitsTheWatchdog()
{
    CSP_REQUIRE_KEYCHAIN();
    // Without the GLib event dispatcher libsecret's answers never arrive: the job hangs.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
    env.insert(QStringLiteral("ACRONIS_CSP_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("700"));
    const Run run = addEu(QStringLiteral("EU"), env);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(u"did not answer"), qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
    const Run listed =
            cli({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void TestCliInstance::unusableDatabaseFails()
{
    if (csp::test::onPostgres()) {
        // A database of another program: refused, its table left as it was.
        const QString url = csp::test::cliDatabaseFor(m_dir->path());
        QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
        const auto location = DatabaseLocation::parse(url);
        other.setHostName(location->host());
        other.setPort(location->port());
        other.setUserName(location->user());
        other.setDatabaseName(location->databaseName());
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE orders (id INTEGER)")));
        const Run run = cli({QStringLiteral("instance"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"holds the tables of another program"), qPrintable(run.err));
        QCOMPARE(other.tables(), QStringList{QStringLiteral("orders")});
        other.close();
        return;
    }
    QFile file(m_dir->filePath(QStringLiteral("catalogue.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Run run = cli({QStringLiteral("instance"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not a usable catalogue database"), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

QTEST_GUILESS_MAIN(TestCliInstance)
#include "tst_cli_instance.moc"
