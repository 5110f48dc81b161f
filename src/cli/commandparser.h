#pragma once

#include "console.h"
#include "core/waitfor.h"
#include "interrupts.h"
#include "session.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>

#include <memory>
#include <optional>

namespace csp::cli {

// A QCommandLineParser for one command ("instance add"), with --help, --data-dir and
// --database.
class CommandParser
{
public:
    CommandParser(QString commandPath, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // Parses `arguments` (the command's own, without the program and command words). Returns
    // an exit code when the run is over (help shown, or bad arguments reported), else nullopt.
    std::optional<int> parse(const QStringList &arguments, Session &session, int positionalCount,
                             int optionalPositionalCount = 0);

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    std::optional<QString> optionalValue(const QString &name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }

    int badUsage(Console &console, const QString &message) const;

    // A closed month's report: --month YYYY-MM|last (required), --json, --csv (`csvRows` says
    // what its rows are) and --output FILE.
    void addClosedMonthOptions(const QString &csvRows);
    // After a successful parse: the month; nullopt when the options break a rule, which has
    // been reported, with the exit code in `exitCode`.
    std::optional<QDate> closedMonth(Console &console, int *exitCode) const;

    // --output FILE: the results go to FILE, whole or not at all (Console::redirectTo).
    void addOutputOption();
    // After a successful parse: sends the results to --output's file when it was given.
    void applyOutputOption(Console &console) const;

private:
    QString m_commandPath;
    QCommandLineParser m_parser;
    bool m_hasCsvOption = false; // addClosedMonthOptions added --csv
    bool m_hasOutputOption = false;
};

// Starts a service (`start` calls its start) and waits for its `finished` outcome; Ctrl+C or
// SIGTERM meanwhile cancel it, so that it ends rolled back and recorded as cancelled.
template<typename Outcome, typename Service, typename Start>
Outcome runToTheEnd(Service &service, void (Service::*finished)(const Outcome &), Start start)
{
    const Interrupts::CancelGuard cancelOnInterrupt([&service] { service.cancel(); });
    return waitFor<Outcome>([&](auto done) {
        QObject::connect(&service, finished, &service, done);
        start();
    });
}

// Reads the client secret from standard input: the whole input minus a final line break, or,
// on a terminal, one line typed without echo. Never from argv.
// `prompt` replaces the terminal's prompt for the client secret.
std::optional<QString> readSecretFromStdin(Console &console, const QString &prompt = {});

} // namespace csp::cli
