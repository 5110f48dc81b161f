#pragma once

#include "core/result.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <memory>

namespace csp {

// Which catalogue a program works on and how it gets in: the choice of --database,
// $ACRONIS_CSP_DATABASE and the data directory's SQLite file, and the database password from
// the OS keychain. Shared by the CLI and the window.
class CatalogueDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueDatabase)

public:
    // --database (or the window's setting) if given, else $ACRONIS_CSP_DATABASE, else empty.
    static QString chosenSpec(const QString &option);
    // The catalogue named by `spec`, or the SQLite file in `dataDirectory` when it is empty.
    static Result<DatabaseLocation> locate(const QString &spec, const QString &dataDirectory,
                                           bool allowUnencrypted);
    // The keychain entry that holds the password for a PostgreSQL location.
    static QString passwordKey(const DatabaseLocation &location);
    // Opens the catalogue. For PostgreSQL the password comes from `keychain` if it holds one,
    // else from libpq's own means (~/.pgpass, PGPASSFILE, peer or certificate authentication).
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location,
                                                  SecretStore &keychain,
                                                  Database::Options options = {});
};

} // namespace csp
