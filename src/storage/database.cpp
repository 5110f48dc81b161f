#include "database.h"

#include "filesystem.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <set>

namespace csp {

namespace {

// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    CantOpen = 14,
    NotADatabase = 26
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QMutex connectionsMutex;
std::set<QString> openConnections;

} // namespace

Database::Database(QString path, Options options)
    : m_path(std::move(path))
    , m_options(std::move(options))
    , m_connectionPrefix(QStringLiteral("csp-") + QUuid::createUuid().toString(QUuid::Id128))
{ }

Database::~Database()
{
    QMutexLocker lock(&connectionsMutex);
    for (auto it = openConnections.begin(); it != openConnections.end();) {
        if (it->startsWith(m_connectionPrefix)) {
            QSqlDatabase::removeDatabase(*it); // closes it
            it = openConnections.erase(it);
        } else {
            ++it;
        }
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo file(path);
    const auto networkFileSystem =
            options.networkFileSystem ? options.networkFileSystem(path) : networkFileSystemOf(path);
    if (networkFileSystem)
        return Error{ErrorKind::Failed,
                     tr("The data directory %1 is on a network file system (%2). SQLite's locks "
                        "and write-ahead log are not safe there: two programs using the catalogue "
                        "at once would damage it. Choose a data directory on this machine "
                        "(--data-dir); a catalogue shared by a team belongs on a PostgreSQL "
                        "server (see \"The catalogue database\" in the user guide).")
                             .arg(file.absolutePath(), *networkFileSystem)};
    if (!QDir().mkpath(file.absolutePath()))
        return Error{ErrorKind::Failed,
                     tr("Cannot create the data directory %1.").arg(file.absolutePath())};
    if (file.exists() && !file.isWritable())
        return Error{
                ErrorKind::Failed,
                tr("The catalogue database %1 is not writable; check its permissions.").arg(path)};
    std::shared_ptr<Database> database(new Database(file.absoluteFilePath(), options));
    if (const Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

QString Database::connectionNameForThisThread() const
{
    // A serial number per thread, never reused: a thread that ends and a later one never share
    // a connection name (QThread pointers can be).
    static std::atomic<quint64> threads{0};
    thread_local const quint64 thisThread = ++threads;
    return m_connectionPrefix + u'-' + QString::number(thisThread);
}

void Database::releaseThisThreadsConnection() const
{
    const QString name = connectionNameForThisThread();
    QMutexLocker lock(&connectionsMutex);
    if (openConnections.erase(name) > 0)
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    return connection(nullptr);
}

QSqlDatabase Database::connection(Status *opened) const
{
    const QString name = connectionNameForThisThread();
    {
        QMutexLocker lock(&connectionsMutex);
        if (openConnections.count(name))
            return QSqlDatabase::database(name, false);
        openConnections.insert(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // Without `opened`, a failure here also fails the caller's first statement, which reports it.
    const Status status = openConnection(db);
    if (opened)
        *opened = status;
    return db;
}

Status Database::openConnection(QSqlDatabase &db) const
{
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open())
        return errorFrom(db.lastError(), tr("opening the database"));
    // Probe before anything else: a file that is not a database must be refused untouched.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return errorFrom(probe, tr("reading the database"));
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return errorFrom(pragma, tr("enabling foreign keys"));
    // With write-ahead logging, NORMAL stays consistent on any crash; a power loss can only undo
    // the last commits. It halves the time of a large sync's write.
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return errorFrom(pragma, tr("setting the synchronous mode"));
    return success();
}

Error Database::errorFrom(const QSqlError &error, const QString &doing) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (sqliteCode(error)) {
    case Busy:
    case Locked:
        return {ErrorKind::Failed,
                tr("The catalogue database %1 is locked by another program (%2); try again when "
                   "it has finished.")
                        .arg(m_path, doing)};
    case NotADatabase:
    case Corrupt:
        return {ErrorKind::Failed,
                tr("%1 is not a usable catalogue database (%2: %3). It was left unchanged; move it "
                   "away or restore a backup.")
                        .arg(m_path, doing, detail)};
    case ReadOnly:
    case CantOpen:
    case IoError:
        return {ErrorKind::Failed,
                tr("Cannot write the catalogue database %1 (%2: %3); check the permissions and "
                   "free "
                   "space of its directory.")
                        .arg(m_path, doing, detail)};
    default:
        return {ErrorKind::Failed,
                tr("Database error while %1: %2 (%3).").arg(doing, detail, m_path)};
    }
}

Status Database::migrate()
{
    Status opened = success();
    QSqlDatabase db = connection(&opened);
    if (!opened)
        return opened;
    const QStringList tables = db.tables();
    const bool fresh = tables.isEmpty();
    if (!fresh && !tables.contains(QStringLiteral("schema_version")))
        return Error{ErrorKind::Failed,
                     tr("%1 is an SQLite database of another program, not a catalogue. It was left "
                        "unchanged; choose another data directory.")
                             .arg(m_path)};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return errorFrom(query, tr("switching to write-ahead logging"));
    // BEGIN IMMEDIATE takes the write lock up front, so two programs opening an old file at once
    // migrate it one after the other instead of failing half way.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return errorFrom(query, tr("starting the schema upgrade"));
    const auto rollback = [&](const Error &error) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    m_schemaVersion = 0;
    if (!fresh) {
        if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
            return rollback(errorFrom(query, tr("reading the schema version")));
        m_schemaVersion = query.next() ? query.value(0).toInt() : 0;
    }
    const int newest = m_options.migrations.isEmpty() ? 0 : m_options.migrations.last().version;
    if (m_schemaVersion > newest)
        return rollback({ErrorKind::Failed,
                         tr("The catalogue database %1 has schema version %2, but this program "
                            "knows only up to version %3: it was written by a newer version of "
                            "the program. It was left unchanged; update the program.")
                                 .arg(m_path)
                                 .arg(m_schemaVersion)
                                 .arg(newest)});
    if (fresh &&
        !query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at VARCHAR(32) NOT NULL)")))
        return rollback(errorFrom(query, tr("creating the schema version table")));
    int applied = m_schemaVersion;
    for (const Migration &migration : std::as_const(m_options.migrations)) {
        if (migration.version <= m_schemaVersion)
            continue;
        const QString doing =
                tr("applying migration %1 (%2)").arg(migration.version).arg(migration.description);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement))
                return rollback(errorFrom(query, doing));
        }
        if (migration.transform) {
            if (const Status transformed = migration.transform(*this, db); !transformed)
                return rollback(transformed.error());
        }
        for (const QString &statement : migration.finalStatements) {
            if (!query.exec(statement))
                return rollback(errorFrom(query, doing));
        }
        query.prepare(
                QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                               "VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.description);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return rollback(errorFrom(query, doing));
        applied = migration.version;
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(errorFrom(query, tr("committing the schema upgrade")));
    m_schemaVersion = applied;
    return success();
}

Transaction::Transaction(const Database &database, Kind kind)
    : m_db(database.connection())
{
    if (kind == Kind::Write && m_db.driverName() == u"QSQLITE") {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_beginError = begin.lastError();
        return;
    }
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = m_db.lastError();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_commitError = m_db.lastError();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace csp
