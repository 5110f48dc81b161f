#include "database.h"

#include "core/timetext.h"

#include "filesystem.h"

#include "core/secretwipe.h"

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

QMutex connectionsMutex;
std::set<QString> openConnections;

} // namespace

Database::Database(DatabaseLocation location, Options options)
    : m_location(std::move(location))
    , m_dialect(m_location.engine())
    , m_options(std::move(options))
    , m_connectionPrefix(QStringLiteral("csp-") + QUuid::createUuid().toString(QUuid::Id128))
{ }

Database::~Database()
{
    finishFolding();
    wipe(m_options.password);
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

Status Database::checkSqliteFile(const QString &path, const Options &options)
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
                        "server (see \"Sharing one catalogue\" in the user guide).")
                             .arg(file.absolutePath(), *networkFileSystem)};
    if (!QDir().mkpath(file.absolutePath()))
        return Error{ErrorKind::Failed,
                     tr("Cannot create the data directory %1.").arg(file.absolutePath())};
    if (file.exists() && !file.isWritable())
        return Error{
                ErrorKind::Failed,
                tr("The catalogue database %1 is not writable; check its permissions.").arg(path)};
    return success();
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location,
                                                 const Options &options)
{
    if (!location.isPostgresql()) {
        if (const Status usable = checkSqliteFile(location.sqlitePath(), options); !usable)
            return usable.error();
    }
    std::shared_ptr<Database> database(new Database(location, options));
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

Result<QString> Database::openDedicatedConnection() const
{
    static std::atomic<quint64> serial{0};
    const QString name = m_connectionPrefix + QStringLiteral("-own-") + QString::number(++serial);
    {
        QMutexLocker lock(&connectionsMutex);
        openConnections.insert(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (const Status opened = openConnection(db); !opened) {
        db = QSqlDatabase();
        closeDedicatedConnection(name);
        return opened.error();
    }
    return name;
}

void Database::foldLogInBackground() const
{
    if (m_dialect.isPostgresql())
        return;
    const std::lock_guard lock(m_foldMutex);
    if (m_fold.valid() && m_fold.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return; // the one under way folds most of it, the next commit or the close the rest
    m_fold = std::async(std::launch::async, [this] {
        foldLog(connection());
        releaseThisThreadsConnection();
    });
}

void Database::finishFolding() const
{
    const std::lock_guard lock(m_foldMutex);
    if (m_fold.valid())
        m_fold.wait();
}

void Database::foldLog(const QSqlDatabase &db)
{
    // Passive: readers and writers go on meanwhile; what it cannot fold now is folded later.
    QSqlQuery fold(db);
    if (!fold.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !fold.next())
        return;
    const bool allFolded =
            fold.value(0).toInt() == 0 && fold.value(1).toInt() == fold.value(2).toInt();
    fold.finish();
    // A log folded whole is emptied here too: removing a 20 MB log at the close took 16 ms.
    // Only if no one reads or writes at this moment: waiting would hold up their writes.
    if (allFolded && fold.exec(QStringLiteral("PRAGMA busy_timeout = 0")))
        fold.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void Database::closeDedicatedConnection(const QString &name) const
{
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
    bool known = false;
    {
        QMutexLocker lock(&connectionsMutex);
        known = openConnections.count(name) > 0;
        if (!known)
            openConnections.insert(name);
    }
    if (known) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A connection the server dropped (a restart, a network cut) is opened again.
        if (m_location.isPostgresql() && !db.isOpen()) {
            db.close();
            const Status status = openConnection(db);
            if (opened)
                *opened = status;
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    // Without `opened`, a failure here also fails the caller's first statement, which reports it.
    const Status status = openConnection(db);
    if (opened)
        *opened = status;
    return db;
}

Status Database::openConnection(QSqlDatabase &db) const
{
    if (m_location.isPostgresql()) {
        db.setHostName(m_location.host());
        db.setPort(m_location.port());
        db.setUserName(m_location.user());
        db.setDatabaseName(m_location.databaseName());
        db.setPassword(m_options.password);
        QStringList parameters{QStringLiteral("application_name=acronis-csp")};
        for (const auto &[name, value] : m_location.parameters())
            parameters.append(name + u'=' + value);
        if (m_location.parameter(QStringLiteral("connect_timeout")).isEmpty())
            parameters.append(QStringLiteral("connect_timeout=%1")
                                      .arg(std::max(1, m_options.busyTimeoutMs / 1000 * 2)));
        db.setConnectOptions(parameters.join(u';'));
    } else {
        db.setDatabaseName(m_location.sqlitePath());
        db.setConnectOptions(
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    }
    if (!db.open())
        return errorFrom(db.lastError(), tr("opening the database"));
    // The probe comes first: a file that is not a database must be refused untouched.
    QSqlQuery setup(db);
    for (const QString &statement : m_dialect.connectionSetup(m_options.busyTimeoutMs)) {
        if (!setup.exec(statement))
            return errorFrom(setup, tr("setting up the connection"));
    }
    return success();
}

Error Database::errorFrom(const QSqlError &error, const QString &doing) const
{
    const QString detail =
            (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const QString where = display();
    switch (m_dialect.classify(error)) {
    case Dialect::Failure::Busy:
        return {ErrorKind::Failed,
                tr("The catalogue database %1 is locked by another program (%2); try again when "
                   "it has finished.")
                        .arg(where, doing)};
    case Dialect::Failure::NotADatabase:
        return {ErrorKind::Failed,
                tr("%1 is not a usable catalogue database (%2: %3). It was left unchanged; move it "
                   "away or restore a backup.")
                        .arg(where, doing, detail)};
    case Dialect::Failure::CannotWrite:
        return {ErrorKind::Failed,
                tr("Cannot write the catalogue database %1 (%2: %3); check the permissions and "
                   "free space of its directory or server.")
                        .arg(where, doing, detail)};
    case Dialect::Failure::AuthFailed:
        return {ErrorKind::AuthFailed,
                tr("The database server refused the login to %1 (%2: %3). Store the password "
                   "of this database in the OS keychain, or give it to libpq (~/.pgpass).")
                        .arg(where, doing, detail)};
    case Dialect::Failure::Unreachable:
        return {ErrorKind::Unreachable,
                tr("Cannot reach the database server of %1 (%2: %3).").arg(where, doing, detail)};
    case Dialect::Failure::Denied:
        return {ErrorKind::Failed,
                tr("The database role may not do this in %1 (%2: %3); see \"Sharing one "
                   "catalogue\" in the user guide for the privileges it needs.")
                        .arg(where, doing, detail)};
    case Dialect::Failure::NoDatabase:
        return {ErrorKind::Failed,
                tr("The database server has no database %1 (%2: %3); create it first (see "
                   "\"Sharing one catalogue\" in the user guide).")
                        .arg(where, doing, detail)};
    case Dialect::Failure::Other:
        break;
    }
    return {ErrorKind::Failed, tr("Database error while %1: %2 (%3).").arg(doing, detail, where)};
}

Status Database::checkForeignTables(const QStringList &tables) const
{
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_version")))
        return success();
    return Error{ErrorKind::Failed,
                 tr("%1 holds the tables of another program, not a catalogue. It was left "
                    "unchanged; choose another database.")
                         .arg(display())};
}

Status Database::migrate()
{
    Status opened = success();
    QSqlDatabase db = connection(&opened);
    if (!opened)
        return opened;
    if (Status ours = checkForeignTables(db.tables()); !ours)
        return ours;
    if (!m_dialect.isPostgresql()) {
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return errorFrom(wal, tr("switching to write-ahead logging"));
    }
    // The migration lock is taken before the schema is read, so that programs starting together
    // migrate one after the other instead of failing half way.
    QSqlError beginError;
    if (!m_dialect.beginMigration(db, &beginError))
        return errorFrom(beginError, tr("starting the schema upgrade"));
    const QStringList tables = db.tables();
    Status applied = checkForeignTables(tables);
    if (applied)
        applied = applyMigrations(db, tables.isEmpty());
    if (!applied) {
        db.rollback();
        return applied;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return errorFrom(error, tr("committing the schema upgrade"));
    }
    return success();
}

Status Database::applyMigrations(QSqlDatabase &db, bool fresh)
{
    QSqlQuery query(db);
    int current = 0;
    if (!fresh) {
        if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
            return errorFrom(query, tr("reading the schema version"));
        current = query.next() ? query.value(0).toInt() : 0;
    }
    const int newest = m_options.migrations.isEmpty() ? 0 : m_options.migrations.last().version;
    if (current > newest)
        return Error{ErrorKind::Failed,
                     tr("The catalogue database %1 has schema version %2, but this program "
                        "knows only up to version %3: it was written by a newer version of "
                        "the program. It was left unchanged; update the program.")
                             .arg(display())
                             .arg(current)
                             .arg(newest)};
    if (fresh &&
        !query.exec(m_dialect.translate(
                QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                               "description TEXT NOT NULL, applied_at VARCHAR(32) NOT NULL)"))))
        return errorFrom(query, tr("creating the schema version table"));
    m_schemaVersion = current;
    for (const Migration &migration : std::as_const(m_options.migrations)) {
        if (migration.version <= current)
            continue;
        const QString doing =
                tr("applying migration %1 (%2)").arg(migration.version).arg(migration.description);
        for (const QString &statement : migration.statements) {
            if (!query.exec(m_dialect.translate(statement)))
                return errorFrom(query, doing);
        }
        if (migration.transform) {
            if (const Status transformed = migration.transform(*this, db); !transformed)
                return transformed.error();
        }
        for (const QString &statement : migration.finalStatements) {
            if (!query.exec(m_dialect.translate(statement)))
                return errorFrom(query, doing);
        }
        query.prepare(
                QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                               "VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.description);
        query.addBindValue(catalogueTimeNow());
        if (!query.exec())
            return errorFrom(query, doing);
        m_schemaVersion = migration.version;
    }
    return success();
}

namespace {

// SQLite folds the log into the file inside a commit once the log is long; a bulk write's commit
// leaves that to Database::foldLogInBackground. The connection's setting is kept otherwise.
bool commitWithoutFolding(QSqlDatabase &db)
{
    QSqlQuery setting(db);
    if (!setting.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) || !setting.next())
        return db.commit();
    const int autoFold = setting.value(0).toInt();
    setting.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    setting.finish();
    const bool committed = db.commit();
    setting.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoFold));
    setting.finish();
    return committed;
}

} // namespace

Transaction::Transaction(const Database &database, Kind kind)
    : m_database(database)
    , m_db(database.connection())
    , m_bulk(kind == Kind::Bulk && !database.dialect().isPostgresql())
{
    if (kind == Kind::Write || kind == Kind::Bulk) {
        m_active = database.dialect().beginWrite(m_db, &m_beginError);
        return;
    }
    if (kind == Kind::Snapshot) {
        m_active = database.dialect().beginSnapshot(m_db, &m_beginError);
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
    if (!(m_bulk ? commitWithoutFolding(m_db) : m_db.commit())) {
        m_commitError = m_db.lastError();
        return false;
    }
    m_active = false;
    if (m_bulk)
        m_database.foldLogInBackground();
    return true;
}

} // namespace csp
