#pragma once

#include "core/databaselocation.h"
#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace csp {
class Database;
class SecretStore;
} // namespace csp

namespace csp {

// Which catalogue a program works on and how it gets in: the choice of --database,
// $ACRONIS_CSP_DATABASE and the data directory's SQLite file, and the database password from
// the OS keychain. Shared by the CLI and the window.
class CatalogueDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueDatabase)

public:
    // --database if given, else $ACRONIS_CSP_DATABASE, else `setting` (the window's choice),
    // else empty.
    static QString chosenSpec(const QString &option, const QString &setting = {});
    // The window's choice of catalogue (Catalogue Database dialog), kept per user, and whether
    // it may be reached without encryption.
    static QString windowSetting();
    static bool windowAllowsUnencrypted();
    static void setWindowSetting(const QString &spec, bool allowUnencrypted);
    // The catalogue named by `spec`, or the SQLite file in `dataDirectory` when it is empty.
    static Result<DatabaseLocation> locate(const QString &spec, const QString &dataDirectory,
                                           bool allowUnencrypted);
    // The keychain entry that holds the password for a PostgreSQL location.
    static QString passwordKey(const DatabaseLocation &location);
    // Opens the catalogue. For PostgreSQL the password comes from `keychain` if it holds one,
    // else from libpq's own means (~/.pgpass, PGPASSFILE, peer or certificate authentication).
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location,
                                                  SecretStore &keychain);
    // Opens the catalogue with a password typed for it (not kept).
    static Result<std::shared_ptr<Database>> openWithPassword(const DatabaseLocation &location,
                                                              const QString &password);
    // Where an open catalogue is (its file or URL).
    static DatabaseLocation locationOf(const Database &database);
    // Copies the whole catalogue into an empty one, in one transaction: the rows of each table.
    // A target that already holds instances is refused and nothing is written.
    static Result<QList<QPair<QString, qint64>>> copy(const std::shared_ptr<Database> &from,
                                                      const std::shared_ptr<Database> &into);
    // Removes the password for a PostgreSQL location from `keychain`: true when it held one.
    static Result<bool> logout(const DatabaseLocation &location, SecretStore &keychain);
    // Checks `password` by logging in with it, then keeps it in `keychain` for the location.
    static Status login(const DatabaseLocation &location, const QString &password,
                        SecretStore &keychain);

    // What a catalogue holds, for `database status` and the window's Test.
    struct Summary
    {
        QString backend; // "sqlite" or "postgresql"
        QString location;
        int schemaVersion = 0;
        qint64 instances = 0;
        qint64 products = 0;
        qint64 providers = 0;
    };
    static Result<Summary> summarize(const Database &database);
    // "PostgreSQL, schema 9: 2 instances, 13 products, 1 service provider."
    static QString describe(const Summary &summary);
};

} // namespace csp
