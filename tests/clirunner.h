#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>

#include "testdatabase.h"
#include <QTimer>

#include <memory>

namespace csp::test {

// A command line from words: args({"invoice", "issue", "EU"}).
inline QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

inline QProcessEnvironment cliEnvironment(const QString &dataDir, QProcessEnvironment environment)
{
    environment.insert(QStringLiteral("ACRONIS_CSP_DATA_DIR"), dataDir);
    // With the PostgreSQL variant of a test, the data directory's catalogue is on the server.
    if (const QString database = cliDatabaseFor(dataDir); !database.isEmpty())
        environment.insert(QStringLiteral("ACRONIS_CSP_DATABASE"), database);
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // Every warning is fatal in the program under test: a message built with the wrong number
    // of arguments, or any other slip, ends the run and fails the test.
    environment.insert(QStringLiteral("QT_FATAL_WARNINGS"), QStringLiteral("1"));
    return environment;
}

// Starts the acronis-csp binary without waiting for it (see finishCli).
inline std::unique_ptr<QProcess> startCli(
        const QString &dataDir, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment(dataDir, environment));
    process->start(QStringLiteral(CSP_CLI_PATH), arguments);
    process->waitForStarted();
    process->closeWriteChannel();
    return process;
}

// Waits for a started run (the event loop keeps running) and collects what it printed.
inline CliRun finishCli(QProcess &process, int timeoutMs = 60000)
{
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out"), 0};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), 0};
}

// Runs the acronis-csp binary with `dataDir` as its catalogue. The event loop keeps running
// meanwhile, so a fake server in the test process can answer the program.
inline CliRun runCli(const QString &dataDir, const QStringList &arguments,
                     const QString &input = {},
                     QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(dataDir, environment));
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
