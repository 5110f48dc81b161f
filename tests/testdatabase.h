#pragma once

// The catalogue database of a test, on the engine CTest chose: SQLite files by default, or,
// with ACRONIS_CSP_TEST_ENGINE=postgresql, one database of its own per path on the fixture's
// private PostgreSQL server (tests/postgres-fixture.sh, ACRONIS_CSP_TEST_POSTGRES).

#include "core/appidentity.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace csp::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("ACRONIS_CSP_TEST_ENGINE") == u"postgresql";
}

inline QString postgresFixtureFile(const QString &name)
{
    QFile file(qEnvironmentVariable("ACRONIS_CSP_TEST_POSTGRES") + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ACRONIS_CSP_TEST_ENGINE=postgresql needs ACRONIS_CSP_TEST_POSTGRES, the folder of "
               "tests/postgres-fixture.sh");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Whether SQLite's write lock is held by another connection now: a probe connection that does
// not wait fails to begin a write.
inline bool sqliteWriteLockIsTaken(const Database &database)
{
    const QString name = QStringLiteral("csp-test-write-lock-probe");
    bool taken = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(database.location().sqlitePath());
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!probe.open())
            qFatal("cannot open the probe connection");
        QSqlQuery query(probe);
        taken = !query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!taken)
            query.exec(QStringLiteral("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase(name);
    return taken;
}

// The fixture's own database, where the tests create theirs.
inline QString postgresAdminUrl()
{
    return postgresFixtureFile(QStringLiteral("url"));
}

// Runs one statement as the fixture's role; fails the program on an error.
inline void postgresAdmin(const QString &statement)
{
    const QString name = QStringLiteral("csp-test-admin");
    QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        const auto location = DatabaseLocation::parse(postgresAdminUrl());
        db.setHostName(location->host());
        db.setPort(location->port());
        db.setUserName(location->user());
        db.setDatabaseName(location->databaseName());
        if (!db.open())
            qFatal("cannot reach the tests' PostgreSQL server: %s",
                   qPrintable(db.lastError().text()));
    }
    QSqlQuery query(db);
    if (!query.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}

// The database name that stands for `path` on the server.
inline QString postgresDatabaseFor(const QString &path)
{
    return QStringLiteral("t_") +
            QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1)
                                        .toHex()
                                        .left(24));
}

// The URL of the database that stands for `path`, empty on SQLite; the first call in this
// process for a path makes a fresh, empty database.
inline QString postgresUrlFor(const QString &path)
{
    if (!onPostgres())
        return {};
    static QSet<QString> made;
    const QString name = postgresDatabaseFor(path);
    if (!made.contains(name)) {
        postgresAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        postgresAdmin(QStringLiteral("CREATE DATABASE %1").arg(name));
        made.insert(name);
    }
    QString url = postgresAdminUrl();
    url.replace(QRegularExpression(QStringLiteral("/csp_test$")), u'/' + name);
    return url;
}

// The catalogue for `path`: the SQLite file, or its database on the server.
inline DatabaseLocation testLocation(const QString &path)
{
    return onPostgres() ? *DatabaseLocation::parse(postgresUrlFor(path))
                        : DatabaseLocation::sqliteFile(path);
}

inline Result<std::shared_ptr<Database>> openTestDatabase(
        const QString &path, const Database::Options &options = Database::Options())
{
    return Database::open(testLocation(path), options);
}

// For a CLI run on `dataDir`: where its catalogue is (ACRONIS_CSP_DATABASE), empty on SQLite.
inline QString cliDatabaseFor(const QString &dataDir)
{
    return postgresUrlFor(catalogueDatabasePath(dataDir));
}

// The id of the instance a CLI run on `dataDir` added first; empty if there is none.
inline QString firstInstanceId(const QString &dataDir)
{
    auto db = openTestDatabase(catalogueDatabasePath(dataDir));
    if (!db)
        return {};
    QSqlQuery query((*db)->connection());
    if (!query.exec(QStringLiteral("SELECT id FROM instances ORDER BY created_at")) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace csp::test
