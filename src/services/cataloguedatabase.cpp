#include "cataloguedatabase.h"

#include "core/appidentity.h"
#include "core/secretwipe.h"

namespace csp {

QString CatalogueDatabase::chosenSpec(const QString &option)
{
    if (!option.isEmpty())
        return option;
    return qEnvironmentVariable("ACRONIS_CSP_DATABASE");
}

Result<DatabaseLocation> CatalogueDatabase::locate(const QString &spec,
                                                   const QString &dataDirectory,
                                                   bool allowUnencrypted)
{
    if (spec.isEmpty())
        return DatabaseLocation::sqliteFile(catalogueDatabasePath(dataDirectory));
    return DatabaseLocation::parse(spec, allowUnencrypted);
}

QString CatalogueDatabase::passwordKey(const DatabaseLocation &location)
{
    return QStringLiteral("database:") + location.display();
}

Result<std::shared_ptr<Database>> CatalogueDatabase::open(const DatabaseLocation &location,
                                                          SecretStore &keychain,
                                                          Database::Options options)
{
    if (location.isPostgresql()) {
        SecretResult stored = waitForSecret([&](QObject *context, SecretCallback done) {
            keychain.read(passwordKey(location), context, std::move(done));
        });
        // Not found, or no keychain: libpq's own means may still have it. A copy of its own,
        // as the keychain's answer is wiped in place; the Database wipes it when it closes.
        if (stored.ok())
            options.password = QString(stored.secret.constData(), stored.secret.size());
        wipe(stored.secret);
    }
    return Database::open(location, options);
}

} // namespace csp
