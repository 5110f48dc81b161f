#pragma once

#include "console.h"
#include "core/apioptions.h"
#include "core/blocking.h"
#include "core/databaselocation.h"
#include "core/instance.h"
#include "interrupts.h"
#include "services/keychain.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>

#include <memory>
#include <optional>

namespace csp {
class Database;
class SecretStore;
} // namespace csp

namespace csp::cli {

// What every command shares: the console, the data directory, the database and the keychain.
class Session
{
public:
    Session(Console &console, QString dataDirectoryOption);

    Console &console() { return m_console; }
    void setDataDirectoryOption(const QString &option);
    // --database URL (non-empty replaces an earlier one) and --allow-unencrypted-database.
    void setDatabaseOption(const QString &spec, bool allowUnencrypted);
    QString dataDirectory() const;
    // Where the catalogue is: --database, else $ACRONIS_CSP_DATABASE, else the data directory's
    // SQLite file.
    Result<DatabaseLocation> databaseLocation() const;
    // Opens another catalogue (database copy's target) the way database() opens this one.
    Result<std::shared_ptr<Database>> openDatabase(const DatabaseLocation &location);
    // --verbose: every API request as a line on stderr.
    void setVerbose(bool verbose) { m_verbose = verbose; }
    // Opens the catalogue on first use.
    Result<std::shared_ptr<Database>> database();
    // Opens the catalogue and finds the instance named `name` (any case).
    Result<Instance> instanceNamed(const QString &name);
    // The OS keychain, through this machine's list of its entries in the data directory; under
    // systemd, the credentials it hands over in $CREDENTIALS_DIRECTORY first.
    SecretStore &secrets();
    // The OS keychain itself, for what is not an instance's secret (the database password).
    SecretStore &keychain() { return m_keychain.osKeychain(); }
    // Trusts the certificate authorities of --ca-file, else of $ACRONIS_CSP_CA_FILE, else of the
    // file the window keeps for the data directory, besides the system's.
    Status trustCertificates(const QString &caFileOption);
    // Request options: $ACRONIS_CSP_TIMEOUT_MS changes the transfer timeout; --verbose logs.
    ApiOptions apiOptions() const;
    // Now, in UTC: ACRONIS_CSP_NOW (ISO 8601) when set, so that tests of what depends on the
    // date (a month's report being final, "last") do not depend on today's.
    static QDateTime now();

private:
    Console &m_console;
    QString m_dataDirectoryOption;
    QString m_databaseOption;
    bool m_allowUnencryptedDatabase = false;
    bool m_verbose = false;
    std::shared_ptr<Database> m_database;
    Keychain m_keychain;
};

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
