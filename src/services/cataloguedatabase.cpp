#include "cataloguedatabase.h"

#include "core/appidentity.h"
#include "core/secretwipe.h"
#include "secrets/secretstore.h"
#include "storage/cataloguecopy.h"
#include "storage/database.h"

#include <QSettings>

namespace csp {

QString CatalogueDatabase::chosenSpec(const QString &option, const QString &setting)
{
    if (!option.isEmpty())
        return option;
    if (QString variable = qEnvironmentVariable("ACRONIS_CSP_DATABASE"); !variable.isEmpty())
        return variable;
    return setting;
}

QString CatalogueDatabase::windowSetting()
{
    return QSettings().value(QStringLiteral("catalogue/database")).toString();
}

bool CatalogueDatabase::windowAllowsUnencrypted()
{
    return QSettings().value(QStringLiteral("catalogue/allowUnencrypted")).toBool();
}

void CatalogueDatabase::setWindowSetting(const QString &spec, bool allowUnencrypted)
{
    QSettings settings;
    if (spec.isEmpty())
        settings.remove(QStringLiteral("catalogue/database"));
    else
        settings.setValue(QStringLiteral("catalogue/database"), spec);
    settings.setValue(QStringLiteral("catalogue/allowUnencrypted"), allowUnencrypted);
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
                                                          SecretStore &keychain)
{
    Database::Options options;
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

Result<std::shared_ptr<Database>> CatalogueDatabase::openWithPassword(
        const DatabaseLocation &location, const QString &password)
{
    Database::Options options;
    options.password = QString(password.constData(), password.size()); // a copy the Database wipes
    return Database::open(location, options);
}

DatabaseLocation CatalogueDatabase::locationOf(const Database &database)
{
    return database.location();
}

Result<QList<QPair<QString, qint64>>> CatalogueDatabase::copy(const std::shared_ptr<Database> &from,
                                                              const std::shared_ptr<Database> &into)
{
    return CatalogueCopy::copy(from, into);
}

Result<bool> CatalogueDatabase::logout(const DatabaseLocation &location, SecretStore &keychain)
{
    const QString key = passwordKey(location);
    // The Secret Service removes a missing entry without complaint: ask first.
    SecretResult held = waitForSecret([&](QObject *context, SecretCallback done) {
        keychain.read(key, context, std::move(done));
    });
    wipe(held.secret);
    const SecretResult removed = held.ok()
            ? waitForSecret([&](QObject *context, SecretCallback done) {
                  keychain.remove(key, context, std::move(done));
              })
            : held;
    if (removed.status == SecretResult::Status::NotFound)
        return false;
    if (!removed.ok())
        return removed.error();
    return true;
}

Status CatalogueDatabase::login(const DatabaseLocation &location, const QString &password,
                                SecretStore &keychain)
{
    if (password.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("No password was given.")};
    Database::Options options;
    options.password = QString(password.constData(), password.size()); // a copy the Database wipes
    if (const auto checked = Database::open(location, options); !checked)
        return checked.error();
    const SecretResult stored = waitForSecret([&](QObject *context, SecretCallback done) {
        keychain.write(passwordKey(location), password, context, std::move(done));
    });
    if (!stored.ok())
        return stored.error();
    return success();
}

Result<CatalogueDatabase::Summary> CatalogueDatabase::summarize(const Database &database)
{
    const auto counts = CatalogueCopy::count(database);
    if (!counts)
        return counts.error();
    const auto rowsOf = [&counts](QStringView table) {
        for (const auto &[name, rows] : *counts) {
            if (name == table)
                return rows;
        }
        return qint64(0);
    };
    return Summary{database.dialect().isPostgresql() ? QStringLiteral("postgresql")
                                                     : QStringLiteral("sqlite"),
                   database.display(),
                   database.schemaVersion(),
                   rowsOf(u"instances"),
                   rowsOf(u"products"),
                   rowsOf(u"providers")};
}

QString CatalogueDatabase::describe(const Summary &summary)
{
    return tr("%1, schema %2: %3, %4, %5.")
            .arg(summary.backend == u"postgresql" ? tr("PostgreSQL") : tr("SQLite"))
            .arg(summary.schemaVersion)
            .arg(tr("%n instance(s)", nullptr, int(summary.instances)),
                 tr("%n product(s)", nullptr, int(summary.products)),
                 tr("%n service provider(s)", nullptr, int(summary.providers)));
}

} // namespace csp
