// csp-fake-gateway: the tests' fake Acronis server as a program, for screenshots and trying the
// CLI and the window by hand without an Acronis account. Prints its URL, then serves until
// killed. The API client is "de305d54-75b4-431b-adb2-eb6b9e546014" with the secret "demo-secret".
#include "fakeacronis.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // Ends with the process that started it: a test that crashes leaves no gateway behind.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake Acronis gateway on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption partners(QStringLiteral("partners"),
                                      QStringLiteral("Partner tenants under the distributor."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Answer every request this late."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption usageLines(QStringLiteral("usage-lines"),
                                        QStringLiteral("Usage lines of every partner tenant."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption items(QStringLiteral("items"),
                                   QStringLiteral("A generated catalogue of N items instead of the "
                                                  "sample one."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption maxPage(QStringLiteral("max-page"),
                                     QStringLiteral("Tenant lists come in pages of at most N (0: "
                                                    "as the client asks)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QStringLiteral("Append each request to FILE: received and "
                                                "answered (ms since the epoch), status, method, "
                                                "path, bytes."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption secretFile(QStringLiteral("client-secret-file"),
                                        QStringLiteral("The API client's secret is the content of "
                                                       "FILE instead of \"demo-secret\"."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption faults(QStringLiteral("fault-rate"),
                                    QStringLiteral("Fail PERCENT % of the requests at random "
                                                   "(503, 500, 502)."),
                                    QStringLiteral("PERCENT"), QStringLiteral("0"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("The screenshots' demo: every item priced, seven "
                                                 "named service providers with usage."));
    const QCommandLineOption replica(
            QStringLiteral("replica"),
            QStringLiteral("Benchmarks: this is gateway N of several behind one proxy, and accepts "
                           "the tokens the others issue."),
            QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({partners, latency, usageLines, items, maxPage, log, secretFile, faults, demo,
                       replica});
    parser.process(app);

    csp::test::FakeAcronis fake;
    const QJsonObject distributor =
            csp::test::FakeAcronis::fixture(QStringLiteral("tenant_partner.json"));
    fake.addTenant(distributor);
    QString secret = QStringLiteral("demo-secret");
    if (parser.isSet(secretFile)) {
        QFile file(parser.value(secretFile));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        secret = QString::fromUtf8(file.readAll());
    }
    fake.addClient(QStringLiteral("de305d54-75b4-431b-adb2-eb6b9e546014"), secret,
                   distributor.value(u"id").toString());
    if (parser.isSet(demo))
        fake.loadDemo(distributor.value(u"id").toString());
    else if (parser.value(items).toInt() > 0)
        fake.loadGeneratedCatalogue(parser.value(items).toInt());
    else
        fake.loadSampleCatalogue();
    fake.setPageSize(parser.value(maxPage).toInt());
    QFile logFile(parser.value(log));
    if (parser.isSet(log)) {
        if (!logFile.open(QIODevice::Append | QIODevice::Unbuffered))
            return 1;
        fake.setRequestLog(&logFile);
    }
    fake.addPartners(distributor.value(u"id").toString(), parser.value(partners).toInt());
    fake.setLatency(parser.value(latency).toInt());
    fake.setReplica(parser.value(replica).toInt());
    if (parser.value(faults).toInt() > 0)
        fake.failAtRandom(parser.value(faults).toInt(), 20261202);
    QStringList tenants;
    for (const QJsonObject &tenant : fake.children(distributor.value(u"id").toString()))
        tenants.append(tenant.value(u"id").toString());
    if (!parser.isSet(demo))
        fake.generateUsages(tenants, parser.value(usageLines).toInt());
    if (!fake.listen())
        return 1;
    QTextStream(stdout) << fake.url() << Qt::endl;
    return QCoreApplication::exec();
}
