#pragma once

#include "storage/database.h"

#include <QDateTime>

#include <memory>

namespace csp {

// A lock that holds across machines: a PostgreSQL advisory lock on a connection of its own, so
// that the server lets it go when the holder's program ends or its connection dies. Who holds
// it is written beside it (lock_holders), for the refusal of the next one who asks.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    struct Holder
    {
        QString who;     // user@host (process N)
        QDateTime since; // UTC
    };

    // Takes the lock named `name` at once, or says who holds it (Conflict; its message is
    // completed by the caller from `heldBy`).
    static Result<std::shared_ptr<DatabaseLock>> tryTake(const Database &database,
                                                         const QString &name, const QString &holder,
                                                         Holder *heldBy);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    DatabaseLock(const Database &database, QString connectionName, QString name, QString holder);

    const Database &m_database;
    QString m_connectionName;
    QString m_name;
    QString m_holder;
};

} // namespace csp
