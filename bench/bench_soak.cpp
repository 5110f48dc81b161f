// The soak run: many syncs and provisioning runs in one process, through the service objects
// the window uses (SyncJob, ProviderService) and the real OS keychain, against the fake Acronis
// gateway in a process of its own (so that what it stores is not counted here) failing 10 % of
// its requests at random (503, 500, a proxy's 502). Samples the resident memory and the open
// file descriptors as it goes; at the end checks that no lock is left held and no history entry
// left "running". Run it under scripts/with-keyring.sh. With --memory-secrets the secret is
// kept in memory instead (FakeSecretStore), to tell the program's own memory from libsecret's.
// Usage: bench_soak [SYNCS] [PROVISIONINGS] [--memory-secrets]   (defaults 1000 and 200)
#include "core/blocking.h"
#include "fakesecretstore.h"
#include "secrets/secretstore.h"
#include "secrets/versionedsecretstore.h"
#include "services/instancelock.h"
#include "services/providerservice.h"
#include "services/syncjob.h"
#include "storage/instancerepository.h"
#include "storage/syncrunrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace csp;

namespace {

qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE) / 1024;
}

// RssAnon of /proc/self/status: the heap and the stacks, without mapped files (which the page
// cache may drop at will).
qint64 anonymousKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qsizetype openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd"))
            .entryList(QDir::NoDotAndDotDot | QDir::System)
            .size();
}

struct Sample
{
    int done = 0;
    qint64 residentKiB = 0;
    qint64 anonymousKiB = 0;
    qsizetype descriptors = 0;
};

class Soak
{
public:
    Soak(const QString &directory, bool memorySecrets)
        : m_secretsNames(QDir(directory).filePath(QStringLiteral("secret-names.ini")))
        , m_versioned(m_keychain, m_secretsNames)
        , m_secrets(memorySecrets ? static_cast<SecretStore &>(m_memory) : m_versioned)
    {
        m_db = Database::open(QDir(directory).filePath(QStringLiteral("catalogue.sqlite"))).value();
        m_gateway.start(QStringLiteral(CSP_FAKE_GATEWAY_PATH),
                        {QStringLiteral("--max-page"), QStringLiteral("5"),
                         QStringLiteral("--fault-rate"), QStringLiteral("10")});
        m_gateway.waitForReadyRead(10'000);
        const QString url = QString::fromUtf8(m_gateway.readLine().trimmed());
        m_options.retry.initialBackoff = std::chrono::milliseconds(5);
        m_options.retry.maxBackoff = std::chrono::milliseconds(50);
        m_options.transferTimeout = std::chrono::milliseconds(2000);
        m_instance.id = newUuid();
        m_instance.systemName = QStringLiteral("Soak");
        m_instance.gateway = url;
        m_instance.clientId = QStringLiteral("de305d54-75b4-431b-adb2-eb6b9e546014");
        m_instance.discountPercent = Decimal::fromInteger(18);
        m_instance.primaryCurrency = QStringLiteral("EUR");
        m_instance.hasSecret = true;
        m_instance.createdAt = m_instance.updatedAt = QDateTime::currentDateTimeUtc();
        InstanceRepository(m_db).insert(m_instance);
        waitForSecret([&](QObject *context, SecretCallback done) {
            m_secrets.write(m_instance.id, QStringLiteral("demo-secret"), context, done);
        });
    }
    ~Soak()
    {
        m_gateway.kill();
        m_gateway.waitForFinished();
    }

    bool sync()
    {
        SyncJob job(m_db, m_secrets, m_network, m_options);
        const SyncOutcome outcome = waitFor<SyncOutcome>([&](auto done) {
            QObject::connect(&job, &SyncJob::finished, &job, done);
            job.start(InstanceRepository(m_db).findById(m_instance.id).value(), false);
        });
        return outcome.ok();
    }

    bool provision(int n)
    {
        ProviderRequest request;
        request.name = QStringLiteral("Soak Partner %1").arg(n);
        request.customerId = QStringLiteral("SOAK-%1").arg(n);
        request.adminLogin = QStringLiteral("soak-admin-%1").arg(n);
        request.adminEmail = QStringLiteral("admin%1@soak.example").arg(n);
        request.tier = QStringLiteral("2");
        request.language = QStringLiteral("en");
        ProviderService service(m_db, m_secrets, m_network, m_options);
        const ProviderOutcome outcome = waitFor<ProviderOutcome>([&](auto done) {
            QObject::connect(&service, &ProviderService::finished, &service, done);
            service.create(m_instance, request, false);
        });
        return outcome.ok();
    }

    // Whether the locks can be taken again and no run is left "running".
    QString leftovers() const
    {
        QStringList problems;
        for (const char *kind : {"sync", "providers"})
            if (!lockInstance(*m_db, QString::fromLatin1(kind), m_instance.id, QString()))
                problems.append(QStringLiteral("the %1 lock is held").arg(QLatin1String(kind)));
        const QList<SyncRun> runs = SyncRunRepository(m_db).list(m_instance.id).value();
        for (const SyncRun &run : runs)
            if (run.status == SyncStatus::Running)
                problems.append(QStringLiteral("run %1 is still running").arg(run.id));
        return problems.join(QStringLiteral("; "));
    }

private:
    std::shared_ptr<Database> m_db;
    QProcess m_gateway;
    KeychainSecretStore m_keychain{QStringLiteral("org.acroniscsp.Setup.soak")};
    QString m_secretsNames;
    VersionedSecretStore m_versioned;
    csp::test::FakeSecretStore m_memory;
    SecretStore &m_secrets;
    QNetworkAccessManager m_network;
    ApiOptions m_options;
    Instance m_instance;
};

void report(const char *what, const QList<Sample> &samples, int ok, int total, qint64 ms)
{
    std::printf("%s: %d runs in %.1f s (%d succeeded, %d failed on the injected faults)\n", what,
                total, double(ms) / 1000, ok, total - ok);
    std::printf("  %8s %12s %14s %6s\n", "runs", "RSS KiB", "anonymous KiB", "fds");
    for (const Sample &sample : samples)
        std::printf("  %8d %12lld %14lld %6lld\n", sample.done, sample.residentKiB,
                    sample.anonymousKiB, qlonglong(sample.descriptors));
    // Growth after warm-up: the last sample against the first one taken after 10 % of the runs.
    const Sample &warm = samples.at(1);
    const Sample &last = samples.last();
    std::printf("  after warm-up: RSS %+.1f %%, anonymous %+.1f %%, fds %+lld\n",
                100.0 * double(last.residentKiB - warm.residentKiB) / double(warm.residentKiB),
                100.0 * double(last.anonymousKiB - warm.anonymousKiB) / double(warm.anonymousKiB),
                qlonglong(last.descriptors - warm.descriptors));
}

template<typename Run>
QList<Sample> soak(const char *what, int total, Run run)
{
    QList<Sample> samples{{0, residentKiB(), anonymousKiB(), openDescriptors()}};
    int ok = 0;
    QElapsedTimer timer;
    timer.start();
    const int every = qMax(1, total / 10);
    for (int i = 1; i <= total; ++i) {
        ok += run(i) ? 1 : 0;
        if (i % every == 0)
            samples.append({i, residentKiB(), anonymousKiB(), openDescriptors()});
    }
    report(what, samples, ok, total, timer.elapsed());
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int syncs = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int provisionings = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    QTemporaryDir directory;
    Soak run(directory.path(), app.arguments().contains(u"--memory-secrets"));
    soak("Get Services Definition", syncs, [&](int) { return run.sync(); });
    soak("Provisioning", provisionings, [&](int n) { return run.provision(n); });
    const QString leftovers = run.leftovers();
    std::printf("locks and history: %s\n",
                leftovers.isEmpty() ? "all released, none running" : qPrintable(leftovers));
    return leftovers.isEmpty() ? 0 : 1;
}
