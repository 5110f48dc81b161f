#pragma once

#include "core/databaselocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace csp {

// Everything that differs between the two engines, in one place: the driver, the statements
// that set up a connection, how a write or a migration takes its lock, how a migration's
// portable SQL is adjusted, and what a driver's error means.
class Dialect
{
public:
    enum class Failure {
        Busy,         // another program holds a lock
        NotADatabase, // the file is not a usable SQLite database
        CannotWrite,  // permissions, free space, a read-only server
        AuthFailed,   // the server refused the login
        Unreachable,  // the server cannot be reached, or the connection broke
        Denied,       // the database role lacks a privilege
        NoDatabase,   // the server has no database of that name
        Other
    };

    explicit Dialect(DatabaseLocation::Engine engine)
        : m_engine(engine)
    { }

    bool isPostgresql() const { return m_engine == DatabaseLocation::Engine::Postgresql; }
    QString driverName() const;
    // What a connection runs once it is open; the first one also proves it is a database. A
    // lock is waited for `busyTimeoutMs` at most.
    QStringList connectionSetup(int busyTimeoutMs) const;
    // A migration statement as this engine needs it: on PostgreSQL every text column compares
    // byte by byte (as in SQLite) and an INTEGER PRIMARY KEY id counts up by itself.
    QString translate(const QString &statement) const;
    // Begins a transaction that holds the catalogue's write lock until it ends, so that what it
    // reads stays as it is until it commits (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory
    // lock held to the end of the transaction).
    bool beginWrite(QSqlDatabase &db, QSqlError *error) const;
    // The same for a schema upgrade, with its own lock, so that programs starting together
    // migrate one after the other.
    bool beginMigration(QSqlDatabase &db, QSqlError *error) const;
    // A transaction whose reads all see the catalogue as of its first one.
    bool beginSnapshot(QSqlDatabase &db, QSqlError *error) const;
    // What ends a SELECT that locks the rows it reads until the transaction ends (PostgreSQL:
    // FOR UPDATE); nothing on SQLite, whose write transaction holds the whole file already.
    QString lockingReadSuffix() const;
    // Runs `sql` with `values` for its ? placeholders, in one round trip. Qt's PostgreSQL driver
    // sends every prepared query as three (PREPARE, EXECUTE, DEALLOCATE), so there the values
    // are written into the statement by the driver's own formatValue, the very text its EXECUTE
    // would carry; SQLite binds them to a prepared statement. For statements run once.
    bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values) const;
    // `pattern` for "column LIKE ? ESCAPE '\'": matches text containing `text`.
    static QString containsPattern(const QString &text);
    Failure classify(const QSqlError &error) const;

private:
    bool beginLocked(QSqlDatabase &db, int lockId, const QString &sqliteBegin,
                     QSqlError *error) const;

    DatabaseLocation::Engine m_engine;
};

} // namespace csp
