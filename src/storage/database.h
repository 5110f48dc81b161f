#pragma once

#include "core/databaselocation.h"
#include "core/result.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <future>
#include <memory>
#include <mutex>

namespace csp {

class Database;

struct Migration
{
    int version;            // 1, 2, 3 … in order
    QString description;    // for errors and the schema_version table
    QStringList statements; // plain, portable SQL
    // Data that SQL cannot convert the same way on every engine, converted in C++ after
    // `statements` and before `finalStatements`, in the migration's transaction.
    std::function<Status(const Database &, QSqlDatabase &)> transform = {};
    QStringList finalStatements = {};
};

// The program's migrations (schema.cpp).
const QList<Migration> &schemaMigrations();

// The PostgreSQL notification channel on which every committed change of the catalogue is
// announced (migration 9).
inline QString catalogueChannel()
{
    return QStringLiteral("acronis_csp_changed");
}

// The catalogue database: an SQLite file (QSQLITE), by default in the data directory, or a
// PostgreSQL database (QPSQL) shared by a team. Each thread that uses it gets its own named
// connection; migrations run once, in a transaction, when it is opened.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        QList<Migration> migrations = schemaMigrations();
        // Which network file system a path is on, if any (networkFileSystemOf).
        std::function<std::optional<QString>(const QString &path)> networkFileSystem;
        // PostgreSQL: the password from the keychain; empty leaves it to libpq (~/.pgpass, ...).
        QString password;
    };

    // Opens (creating if missing) the database file at `path` and brings its schema up to date.
    // A file that is newer than the program, not a database, locked or unwritable is refused
    // without being changed.
    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options)
    {
        return open(DatabaseLocation::sqliteFile(path), options);
    }
    static Result<std::shared_ptr<Database>> open(const QString &path)
    {
        return open(path, Options());
    }
    // The same for either engine. A server that refuses the login fails with AuthFailed, one
    // that cannot be reached with Unreachable.
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location,
                                                  const Options &options);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The SQLite file; empty on PostgreSQL.
    QString path() const { return m_location.sqlitePath(); }
    const DatabaseLocation &location() const { return m_location; }
    // The file or the URL, for messages.
    QString display() const { return m_location.display(); }
    const Dialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    // The connection of the calling thread, opened on first use, and again when the server
    // dropped it.
    QSqlDatabase connection() const;
    // Whether the calling thread's connection is open (reopened if it was dropped): a
    // statement on one that is not would only fail.
    bool isReachable() const { return connection().isOpen(); }
    // A connection of its own (for a lock that lives as long as it), by name; closed by
    // closeDedicatedConnection or with the Database.
    Result<QString> openDedicatedConnection() const;
    void closeDedicatedConnection(const QString &name) const;
    // Closes the calling thread's connection; for worker threads that are about to end.
    void releaseThisThreadsConnection() const;
    // SQLite: copies what the write-ahead log holds into the database file (a checkpoint) on a
    // thread of its own, so that a large write is not followed by that copy; the Database waits
    // for it when it closes. Nothing on PostgreSQL.
    void foldLogInBackground() const;
    // Waits for a fold under way, if any: a copy of the file taken after it holds every commit,
    // and no checkpoint holds a lock a moment later.
    void finishFolding() const;

    // An Error for a failed statement, naming what was being done.
    Error errorFrom(const QSqlError &error, const QString &doing) const;
    Error errorFrom(const QSqlQuery &query, const QString &doing) const
    {
        return errorFrom(query.lastError(), doing);
    }

private:
    Database(DatabaseLocation location, Options options);
    static Status checkSqliteFile(const QString &path, const Options &options);
    // One passive checkpoint, and the log emptied when it folded all of it.
    static void foldLog(const QSqlDatabase &db);
    QSqlDatabase connection(Status *opened) const;
    Status openConnection(QSqlDatabase &db) const;
    Status migrate();
    Status applyMigrations(QSqlDatabase &db, bool fresh);
    Status checkForeignTables(const QStringList &tables) const;
    QString connectionNameForThisThread() const;

    DatabaseLocation m_location;
    Dialect m_dialect;
    Options m_options;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    mutable std::mutex m_foldMutex;
    mutable std::future<void> m_fold;
};

// Begins a transaction on construction; rolls it back unless commit() succeeded. A Write
// transaction takes the write lock at once (Dialect::beginWrite), so that what it reads
// stays as it is until it commits: nothing another program writes can come in between.
class Transaction
{
public:
    // Snapshot: everything it reads is as of its first read, also on PostgreSQL. Bulk: a Write
    // whose commit leaves folding the write-ahead log into the file to foldLogInBackground().
    enum class Kind { Deferred, Write, Snapshot, Bulk };
    explicit Transaction(const Database &database, Kind kind = Kind::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool began() const { return m_active; }
    QSqlError beginError() const { return m_beginError; }
    bool commit();
    QSqlError commitError() const { return m_commitError; }
    void rollback();

private:
    const Database &m_database;
    QSqlDatabase m_db;
    bool m_bulk = false;
    bool m_active = false;
    QSqlError m_beginError;
    QSqlError m_commitError;
};

} // namespace csp
