#pragma once

#include "core/result.h"

#include <memory>

namespace csp {
class Database;
}

namespace csp {

// A held lock; let go when the last copy goes.
using HeldLock = std::shared_ptr<void>;

// The lock file in the data dir that keeps two runs of one kind ("sync", "providers") for one
// instance apart on an SQLite catalogue, across the window and CLI processes.
QString instanceLockPath(const Database &database, const QString &kind, const QString &instanceId);

// The lock that keeps two runs of one kind ("sync", "providers") for one instance apart: a lock
// file beside an SQLite catalogue, an advisory lock on a PostgreSQL one (across every machine
// that shares it). Takes it at once or fails with a Conflict naming who holds it and since
// when; `busy` is the sentence that starts the message. A lock file older than a day, or of a
// dead process, is stale; the server lets an advisory lock go when its holder's connection
// ends.
Result<HeldLock> lockInstance(const Database &database, const QString &kind,
                              const QString &instanceId, const QString &busy);

// The kind of the lock of one service provider (by its customer id) in lockInstance: the id
// hashed, so that any id makes a short lock name and a valid file name.
QString customerLockKind(const QString &customerId);

// "user@host (process N)": who this program is, for the holders of locks.
QString thisLockHolder();

} // namespace csp
