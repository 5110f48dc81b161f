#pragma once

#include "core/result.h"

#include <memory>

namespace csp {

class Database;

// The lock that keeps two runs of one kind ("sync", "providers") for one instance apart, across
// processes: a lock file beside an SQLite catalogue, an advisory lock on a PostgreSQL one
// (across every machine that shares it). Taken at once or refused with a Conflict naming who
// holds it and since when; `busy` is the sentence that starts the message and `holder` names
// this program for the next one who asks. A lock file older than a day, or of a dead process,
// is stale; the server lets an advisory lock go when its holder's connection ends. Let go when
// the last copy of the result goes.
Result<std::shared_ptr<void>> takeRunLock(const Database &database, const QString &kind,
                                          const QString &instanceId, const QString &busy,
                                          const QString &holder);

// The lock file of such a run on an SQLite catalogue, in the data dir.
QString runLockPath(const Database &database, const QString &kind, const QString &instanceId);

} // namespace csp
