// Unattended runs: sync --all over instances of which two fail, the secret from systemd's
// credentials directory without any D-Bus session, --verbose without a secret or token, and
// --output that leaves the old file or the whole new one, even when the program is killed.

#include "clirunner.h"
#include "fakeacronis/fakeacronis.h"
#include "testsupport.h"

#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace csp;
using csp::test::CliRun;
using csp::test::FakeAcronis;

namespace {

const QString distributorId = QStringLiteral("8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12");

} // namespace

// Stands in for the desktop's notification service on the tests' private session bus.
class StandInNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList received;

public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        received << app + QStringLiteral(" | ") + summary + QStringLiteral(" | ") + body;
        return uint(received.size());
    }
};

class TestCliUnattended final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncAllTriesEveryInstance();
    void syncAllAsJson();
    void resultsAndErrorsKeepTheirOrderInOneStream();
    void historySaysHowEachRunWasStarted();
    void failedTimerRunNotifiesTheDesktop();
    void secretFromTheCredentialsDirectory_data();
    void secretFromTheCredentialsDirectory();
    void missingCredentialWithoutKeychainIsExit5();
    void verboseNamesEachRequestAndNothingSecret();
    void outputFileHoldsWhatStdoutWould_data();
    void outputFileHoldsWhatStdoutWould();
    void killedRunLeavesTheOldFile();

private:
    CliRun cli(const QStringList &arguments, const QString &input = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return csp::test::runCli(m_dir.path(), arguments, input, environment);
    }
    void addInstance(const QString &name, const QString &gateway, const QString &secret);
    // No D-Bus session bus (so no keychain) and systemd's credentials in `credentials`.
    static QProcessEnvironment serviceEnvironment(const QString &credentials);
    QString writeCredential(const QString &fileName, const QByteArray &secret);

    QTemporaryDir m_dir;
    QTemporaryDir m_credentials;
    FakeAcronis m_fake;
};

void TestCliUnattended::initTestCase()
{
    CSP_REQUIRE_KEYCHAIN();
    m_fake.addTenant(FakeAcronis::fixture(QStringLiteral("tenant_partner.json")));
    m_fake.addClient(QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                     QStringLiteral("secret-1"), distributorId);
    m_fake.loadSampleCatalogue();
    m_fake.addPartners(distributorId, 3);
    QVERIFY(m_fake.listen());
    addInstance(QStringLiteral("EU"), m_fake.url(), QStringLiteral("secret-1"));
}

void TestCliUnattended::addInstance(const QString &name, const QString &gateway,
                                    const QString &secret)
{
    const CliRun added =
            cli({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("--system-name"),
                 name, QStringLiteral("--gateway"), gateway, QStringLiteral("--client-id"),
                 QStringLiteral("c11e0001-0000-4000-8000-000000000001"),
                 QStringLiteral("--discount"), QStringLiteral("18"), QStringLiteral("--currency"),
                 QStringLiteral("EUR"), QStringLiteral("--client-secret-stdin")},
                secret);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

QProcessEnvironment TestCliUnattended::serviceEnvironment(const QString &credentials)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    // A bus that is not there: nothing may fall back to some other session.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
    environment.insert(QStringLiteral("ACRONIS_CSP_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("3000"));
    return environment;
}

QString TestCliUnattended::writeCredential(const QString &fileName, const QByteArray &secret)
{
    const QString path = QDir(m_credentials.path()).filePath(fileName);
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(secret) != secret.size())
        return {};
    file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner); // mode 0400, as systemd makes it
    return path;
}

void TestCliUnattended::syncAllTriesEveryInstance()
{
    addInstance(QStringLiteral("Alpha"), QStringLiteral("http://127.0.0.1:1"),
                QStringLiteral("secret-1"));
    addInstance(QStringLiteral("US East"), m_fake.url(), QStringLiteral("not-the-secret"));
    const CliRun all = cli({QStringLiteral("sync"), QStringLiteral("--all")});
    // Alpha comes first by name: unreachable (4); EU is synced; US East is refused (3).
    QCOMPARE(all.exitCode, 4);
    QVERIFY2(all.err.contains(u"acronis-csp: Alpha: "), qPrintable(all.err));
    QVERIFY2(all.err.contains(u"acronis-csp: US East: "), qPrintable(all.err));
    QVERIFY2(!all.err.contains(u"EU: "), qPrintable(all.err));
    QVERIFY2(all.out.contains(u"Get Services Definition for \"EU\""), qPrintable(all.out));
    const CliRun history = cli({QStringLiteral("history"), QStringLiteral("--json")});
    QStringList statuses;
    for (const QJsonValue &run : QJsonDocument::fromJson(history.out.toUtf8()).array())
        statuses << run[u"instance"].toString() + u' ' + run[u"status"].toString();
    QVERIFY2(statuses.contains(u"EU succeeded"), qPrintable(statuses.join(u", ")));
    QVERIFY2(statuses.contains(u"Alpha failed"), qPrintable(statuses.join(u", ")));
    QVERIFY2(statuses.contains(u"US East failed"), qPrintable(statuses.join(u", ")));
    // A name and --all, or neither, is a usage error.
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU"), QStringLiteral("--all")}).exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 2);
}

void TestCliUnattended::syncAllAsJson()
{
    const CliRun all = cli({QStringLiteral("sync"), QStringLiteral("--all"),
                            QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 4);
    const QJsonArray documents = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QStringList seen;
    for (const QJsonValue &document : documents)
        seen << document[u"instance"].toString() + u' ' + document[u"status"].toString();
    QCOMPARE(seen,
             (QStringList{QStringLiteral("Alpha failed"), QStringLiteral("EU succeeded"),
                          QStringLiteral("US East failed")}));
    QVERIFY(documents.at(0)[u"error"].toString().contains(u"could not be reached"));
}

void TestCliUnattended::resultsAndErrorsKeepTheirOrderInOneStream()
{
    // Results are written to a pipe in blocks, but all of them before the next diagnostic:
    // with both streams in one file, each instance's lines stay where they happened.
    QProcess process;
    process.setProcessEnvironment(
            csp::test::cliEnvironment(m_dir.path(), QProcessEnvironment::systemEnvironment()));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CSP_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--dry-run")});
    process.closeWriteChannel();
    // The fake gateway answers from this test's event loop.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QString both = QString::fromUtf8(process.readAll());
    const qsizetype alpha = both.indexOf(u"acronis-csp: Alpha: ");
    const qsizetype eu = both.indexOf(u"Dry run of Get Services Definition for \"EU\"");
    const qsizetype usEast = both.indexOf(u"acronis-csp: US East: ");
    QVERIFY2(alpha >= 0 && eu >= 0 && usEast >= 0, qPrintable(both));
    QVERIFY2(alpha < eu && eu < usEast, qPrintable(both));
}

void TestCliUnattended::historySaysHowEachRunWasStarted()
{
    QProcessEnvironment timer = QProcessEnvironment::systemEnvironment();
    timer.insert(QStringLiteral("ACRONIS_CSP_STARTED_BY"), QStringLiteral("timer")); // the units
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}, {}, timer).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("EU")}).exitCode, 0);
    const CliRun history = cli({QStringLiteral("history"), QStringLiteral("--instance"),
                                QStringLiteral("EU"), QStringLiteral("--json")});
    const QJsonArray runs = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QVERIFY(runs.size() >= 2);
    QCOMPARE(runs.at(0)[u"started_by"].toString(), u"cli"); // newest first
    QCOMPARE(runs.at(1)[u"started_by"].toString(), u"timer");
    const CliRun table =
            cli({QStringLiteral("history"), QStringLiteral("--instance"), QStringLiteral("EU")});
    // For people, in the window's words: where each run was started from.
    QVERIFY2(table.out.contains(u"BY") && table.out.contains(u"the nightly schedule") &&
                     table.out.contains(u"the command line"),
             qPrintable(table.out));
}

void TestCliUnattended::failedTimerRunNotifiesTheDesktop()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.isConnected());
    StandInNotifications notifications;
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    // By hand, a failure is only printed; by the timer, the desk hears of it too.
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--all")}).exitCode, 4);
    QCOMPARE(notifications.received.size(), 0);
    QProcessEnvironment timer = QProcessEnvironment::systemEnvironment();
    timer.insert(QStringLiteral("ACRONIS_CSP_STARTED_BY"), QStringLiteral("timer"));
    // EU syncs, and Acronis charges it 20 % off where this program applies 18 %.
    m_fake.setPriceLists({QJsonObject{
            {QStringLiteral("month"),
             QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("commitment"), QStringLiteral("5000")},
            {QStringLiteral("pricelist_code"), QStringLiteral("DIST-EU-7")},
            {QStringLiteral("prices"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("sku"), QStringLiteral("SKU-WS")},
                     {QStringLiteral("list_price"), QStringLiteral("10.00")},
                     {QStringLiteral("effective_price"), QStringLiteral("8.00")},
                     {QStringLiteral("sku_discount"), QStringLiteral("0")},
                     {QStringLiteral("pricelist_discount"), QStringLiteral("20")},
                     {QStringLiteral("category"), QStringLiteral("c")},
                     {QStringLiteral("sub_category"), QStringLiteral("s")},
                     {QStringLiteral("name"), QStringLiteral("Workstation")},
                     {QStringLiteral("friendly_name"), QStringLiteral("Workstation")}}}}}});
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--all")}, {}, timer).exitCode, 4);
    m_fake.setPriceLists({});
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    QCOMPARE(notifications.received.size(), 1);
    const QString notice = notifications.received.first();
    QVERIFY2(notice.startsWith(u"Acronis CSP Setup | The nightly Get Services Definition failed"),
             qPrintable(notice));
    QVERIFY2(notice.contains(u"2 instances failed: Alpha, US East"), qPrintable(notice));
    QVERIFY2(notice.contains(u"Acronis' price list differs from the Distributor Discount of: EU"),
             qPrintable(notice));
}

void TestCliUnattended::secretFromTheCredentialsDirectory_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("test-connection")
            << QStringList{QStringLiteral("test-connection"), QStringLiteral("EU")};
    QTest::newRow("sync") << QStringList{QStringLiteral("sync"), QStringLiteral("EU")};
    QTest::newRow("provider import") << QStringList{QStringLiteral("provider"),
                                                    QStringLiteral("import"), QStringLiteral("EU")};
    QTest::newRow("usage") << QStringList{QStringLiteral("usage"), QStringLiteral("EU")};
}

void TestCliUnattended::secretFromTheCredentialsDirectory()
{
    QFETCH(QStringList, arguments);
    QVERIFY(!writeCredential(QStringLiteral("acronis-csp.EU"), "secret-1\n").isEmpty());
    const CliRun run = cli(arguments, {}, serviceEnvironment(m_credentials.path()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The file is what is used: a wrong secret in it is refused by the gateway.
    QVERIFY(!writeCredential(QStringLiteral("acronis-csp.EU"), "wrong").isEmpty());
    QCOMPARE(cli(arguments, {}, serviceEnvironment(m_credentials.path())).exitCode, 3);
    // Read, never written: the file is as it was.
    QFile file(QDir(m_credentials.path()).filePath(QStringLiteral("acronis-csp.EU")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("wrong"));
}

void TestCliUnattended::missingCredentialWithoutKeychainIsExit5()
{
    // "US East" is looked for as acronis-csp.US_East, which is not there.
    const CliRun run = cli({QStringLiteral("test-connection"), QStringLiteral("US East")}, {},
                           serviceEnvironment(m_credentials.path()));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(u"acronis-csp.US_East"), qPrintable(run.err));
}

void TestCliUnattended::verboseNamesEachRequestAndNothingSecret()
{
    const CliRun run =
            cli({QStringLiteral("--verbose"), QStringLiteral("sync"), QStringLiteral("EU")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    static const QRegularExpression line(
            QStringLiteral("^(GET|POST|PUT|DELETE) /api/2/\\S+ (\\d{3}|-) \\d+$"));
    QStringList requests;
    for (const QString &text : run.err.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
        requests << text.section(u' ', 0, 1);
    }
    QVERIFY2(requests.contains(u"POST /api/2/idp/token"), qPrintable(run.err));
    QVERIFY2(requests.contains(u"GET /api/2/applications"), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"secret-1"));
    QVERIFY(!run.err.contains(u"Bearer", Qt::CaseInsensitive));
    const QStringList tokens = m_fake.issuedTokens();
    QVERIFY(!tokens.isEmpty());
    for (const QString &token : tokens)
        QVERIFY(!run.err.contains(token));
}

void TestCliUnattended::outputFileHoldsWhatStdoutWould_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("products --csv")
            << QStringList{QStringLiteral("products"), QStringLiteral("--csv")};
    QTest::newRow("products --json")
            << QStringList{QStringLiteral("products"), QStringLiteral("--json")};
    QTest::newRow("usage --csv") << QStringList{QStringLiteral("usage"), QStringLiteral("EU"),
                                                QStringLiteral("--csv")};
    QTest::newRow("history") << QStringList{QStringLiteral("history"), QStringLiteral("--instance"),
                                            QStringLiteral("EU")};
    QTest::newRow("provider list --json") << QStringList{
            QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")};
}

void TestCliUnattended::outputFileHoldsWhatStdoutWould()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("result"));
    const CliRun printed = cli(arguments);
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    const CliRun written = cli(arguments + QStringList{QStringLiteral("--output"), path});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QCOMPARE(written.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    if (arguments.first() == u"usage") // estimates move between reads only in their timestamps
        QCOMPARE(content.count(u'\n'), printed.out.count(u'\n'));
    else
        QCOMPARE(content, printed.out);
    QVERIFY(!content.isEmpty());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("result")});
}

void TestCliUnattended::killedRunLeavesTheOldFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("usage.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the file of last month\n");
    }
    m_fake.setLatency(5000);
    const qsizetype asked = m_fake.requests().size();
    auto process = csp::test::startCli(m_dir.path(),
                                       {QStringLiteral("usage"), QStringLiteral("EU"),
                                        QStringLiteral("--csv"), QStringLiteral("--output"), path});
    // the program is waiting for the gateway
    QTRY_VERIFY_WITH_TIMEOUT(m_fake.requests().size() > asked, 10000);
    QCOMPARE(process->state(), QProcess::Running);
    process->kill();
    QVERIFY(process->waitForFinished(5000));
    m_fake.setLatency(0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the file of last month\n"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("usage.csv")});
}

QTEST_MAIN(TestCliUnattended)
#include "tst_cli_unattended.moc"
