#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QLockFile>

#include <memory>

namespace csp {

// The lock file in the data dir that keeps two runs of one kind ("sync", "providers") for one
// instance apart, across the window and CLI processes.
QString instanceLockPath(const Database &database, const QString &kind, const QString &instanceId);

// Takes the lock at once or fails with a Conflict naming the process that holds it; `busy` is
// the sentence that starts the message. A lock older than a day, or of a dead process, is stale.
Result<std::shared_ptr<QLockFile>> lockInstance(const Database &database, const QString &kind,
                                                const QString &instanceId, const QString &busy);

} // namespace csp
