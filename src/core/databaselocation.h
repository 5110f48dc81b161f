#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace csp {

// Where the catalogue lives: an SQLite file, or a PostgreSQL database named by libpq's URI form
// (postgresql://[USER@]HOST[:PORT]/DBNAME[?PARAM=VALUE&...]). Never holds a password.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine { Sqlite, Postgresql };
    using Parameter = QPair<QString, QString>;

    static DatabaseLocation sqliteFile(const QString &path);
    // Reads "sqlite:PATH" or a PostgreSQL URI. A password in it is refused, and so is an
    // unencrypted connection to a host that is not this machine unless `allowUnencrypted`.
    static Result<DatabaseLocation> parse(const QString &spec, bool allowUnencrypted = false);

    Engine engine() const { return m_engine; }
    bool isPostgresql() const { return m_engine == Engine::Postgresql; }
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // libpq parameters besides host, port, user and dbname; sslmode=verify-full added for a
    // host that is not this machine.
    QList<Parameter> parameters() const { return m_parameters; }
    QString parameter(const QString &name) const;
    // For messages and `database status`: the file, or the URL as libpq reads it.
    QString display() const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_databaseName;
    QList<Parameter> m_parameters;
};

} // namespace csp
