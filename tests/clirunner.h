#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace csp::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

// Runs the acronis-csp binary with `dataDir` as its catalogue. The event loop keeps running
// meanwhile, so a fake server in the test process can answer the program.
inline CliRun runCli(const QString &dataDir, const QStringList &arguments,
                     const QString &input = {},
                     QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    environment.insert(QStringLiteral("ACRONIS_CSP_DATA_DIR"), dataDir);
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(CSP_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out"), timer.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

} // namespace csp::test
