#include "databaselock.h"

#include "core/timetext.h"

#include <QSqlQuery>

namespace csp {

namespace {

constexpr int advisoryLockClass = 0x43535032; // "CSP2": the locks of runs, apart from Dialect's

} // namespace

DatabaseLock::DatabaseLock(const Database &database, QString connectionName, QString name,
                           QString holder)
    : m_database(database)
    , m_connectionName(std::move(connectionName))
    , m_name(std::move(name))
    , m_holder(std::move(holder))
{ }

DatabaseLock::~DatabaseLock()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // On a connection the server dropped, the lock is gone already; the next holder
        // overwrites the row.
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM lock_holders WHERE name = ? AND holder = ?"));
            query.addBindValue(m_name);
            query.addBindValue(m_holder);
            query.exec();
        }
    }
    // Closing the connection ends the session and with it the advisory lock.
    m_database.closeDedicatedConnection(m_connectionName);
}

Result<std::shared_ptr<DatabaseLock>> DatabaseLock::tryTake(const Database &database,
                                                            const QString &name,
                                                            const QString &holder, Holder *heldBy)
{
    auto opened = database.openDedicatedConnection();
    if (!opened)
        return opened.error();
    const QString &connectionName = *opened;
    // Owned from here on: the destructor closes the connection whatever happens next.
    std::shared_ptr<DatabaseLock> lock(new DatabaseLock(database, connectionName, name, holder));
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    query.prepare(
            QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext(?))").arg(advisoryLockClass));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return database.errorFrom(query, tr("taking the lock %1").arg(name));
    if (!query.value(0).toBool()) {
        QSqlQuery who(db);
        who.prepare(QStringLiteral("SELECT holder, since FROM lock_holders WHERE name = ?"));
        who.addBindValue(name);
        if (who.exec() && who.next())
            *heldBy = {who.value(0).toString(),
                       QDateTime::fromString(who.value(1).toString(), Qt::ISODateWithMs)};
        lock->m_holder.clear(); // not ours to remove
        return Error{ErrorKind::Conflict, {}};
    }
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO lock_holders (name, holder, since) VALUES (?, ?, ?) "
                                  "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
                                  "since = excluded.since"));
    record.addBindValue(name);
    record.addBindValue(holder);
    record.addBindValue(catalogueTimeNow());
    if (!record.exec())
        return database.errorFrom(record, tr("recording who holds the lock %1").arg(name));
    return lock;
}

} // namespace csp
