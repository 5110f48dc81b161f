// Secrets stay out of core dumps: the guard both programs call first makes the process
// undumpable with no core limit, and the CLI runs so.

#include "clirunner.h"
#include "core/processguard.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace csp;

class TestProcessGuard final : public QObject
{
    Q_OBJECT

private slots:
    void theCommandLineRunsGuarded(); // first: the other one guards this process
    void noCoreAndNotDumpable();
};

void TestProcessGuard::noCoreAndNotDumpable()
{
    QVERIFY(protectProcessMemory());
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestProcessGuard::theCommandLineRunsGuarded()
{
    // Without the guard the program would inherit a limit above 0, so the check below can fail.
    rlimit some{1024 * 1024, 1024 * 1024};
    QVERIFY2(setrlimit(RLIMIT_CORE, &some) == 0,
             "cannot raise the core limit of the test, so the check could not fail");
    QTemporaryDir data;
    // `instance add` waits for the secret on standard input: look at the process meanwhile.
    QProcess process;
    process.setProcessEnvironment(
            csp::test::cliEnvironment(data.path(), QProcessEnvironment::systemEnvironment()));
    process.start(QStringLiteral(CSP_CLI_PATH),
                  {QStringLiteral("instance"), QStringLiteral("add"),
                   QStringLiteral("--system-name"), QStringLiteral("EU"),
                   QStringLiteral("--gateway"), QStringLiteral("https://eu2-cloud.acronis.com"),
                   QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--discount"),
                   QStringLiteral("10"), QStringLiteral("--currency"), QStringLiteral("EUR"),
                   QStringLiteral("--client-secret-stdin")});
    QVERIFY(process.waitForStarted());
    QByteArray limits;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile file(QStringLiteral("/proc/%1/limits").arg(process.processId()));
                if (!file.open(QIODevice::ReadOnly))
                    return false;
                limits = file.readAll();
                return limits.contains("Max core file size        0                    0");
            }(),
            5000);
    process.kill();
    process.waitForFinished();
}

QTEST_GUILESS_MAIN(TestProcessGuard)
#include "tst_processguard.moc"
