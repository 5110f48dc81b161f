#include "session.h"

#include "core/appidentity.h"
#include "services/cataloguedatabase.h"
#include "services/cataloguereader.h"
#include "services/trustedcertificates.h"

namespace csp::cli {

QDateTime Session::now()
{
    const QString given = qEnvironmentVariable("ACRONIS_CSP_NOW");
    if (const QDateTime time = QDateTime::fromString(given, Qt::ISODateWithMs); time.isValid())
        return time.toUTC();
    return QDateTime::currentDateTimeUtc();
}

Session::Session(Console &console, QString dataDirectoryOption)
    : m_console(console)
    , m_dataDirectoryOption(std::move(dataDirectoryOption))
{ }

void Session::setDataDirectoryOption(const QString &option)
{
    if (!option.isEmpty())
        m_dataDirectoryOption = option;
}

void Session::setDatabaseOption(const QString &spec, bool allowUnencrypted)
{
    if (!spec.isEmpty())
        m_databaseOption = spec;
    m_allowUnencryptedDatabase = m_allowUnencryptedDatabase || allowUnencrypted;
}

QString Session::dataDirectory() const
{
    return resolveDataDirectory(m_dataDirectoryOption);
}

Result<DatabaseLocation> Session::databaseLocation() const
{
    return CatalogueDatabase::locate(CatalogueDatabase::chosenSpec(m_databaseOption),
                                     dataDirectory(), m_allowUnencryptedDatabase);
}

Result<std::shared_ptr<Database>> Session::openDatabase(const DatabaseLocation &location)
{
    return CatalogueDatabase::open(location, m_keychain.osKeychain());
}

Result<std::shared_ptr<Database>> Session::database()
{
    if (m_database)
        return m_database;
    const auto location = databaseLocation();
    if (!location)
        return location.error();
    auto opened = openDatabase(*location);
    if (opened)
        m_database = *opened;
    return opened;
}

SecretStore &Session::secrets()
{
    return m_keychain.clientSecrets(
            resolveDataDirectory(m_dataDirectoryOption),
            qEnvironmentVariable("CREDENTIALS_DIRECTORY"), [this](const QString &instanceId) {
                const auto opened = database();
                if (!opened)
                    return QString();
                const auto instance = CatalogueReader(*opened).instance(instanceId);
                return instance ? instance->systemName : QString();
            });
}

Result<Instance> Session::instanceNamed(const QString &name)
{
    auto opened = database();
    if (!opened)
        return opened.error();
    return CatalogueReader(*opened).instanceNamed(name);
}

Status Session::trustCertificates(const QString &caFileOption)
{
    const QString file =
            TrustedCertificates::chosen(caFileOption, resolveDataDirectory(m_dataDirectoryOption));
    if (file.isEmpty())
        return success(); // the system's alone, as Qt loads them anyway
    return TrustedCertificates::trust(file);
}

ApiOptions Session::apiOptions() const
{
    ApiOptions options;
    bool ok = false;
    const int timeoutMs = qEnvironmentVariableIntValue("ACRONIS_CSP_TIMEOUT_MS", &ok);
    if (ok && timeoutMs > 0)
        options.transferTimeout = std::chrono::milliseconds(timeoutMs);
    if (m_verbose) {
        Console &console = m_console;
        options.requestLog = [&console](const QString &line) {
            console.trace(line);
        };
    }
    return options;
}

} // namespace csp::cli
