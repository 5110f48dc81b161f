#pragma once

#include "console.h"
#include "core/apioptions.h"
#include "core/databaselocation.h"
#include "core/instance.h"
#include "core/result.h"
#include "services/keychain.h"

#include <QDateTime>

#include <memory>

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

} // namespace csp::cli
