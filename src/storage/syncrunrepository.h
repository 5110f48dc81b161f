#pragma once

#include "core/result.h"
#include "core/syncrun.h"
#include "database.h"

#include <QStringList>

#include <memory>

namespace csp {

// The sync history in the catalogue database.
class SyncRunRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncRunRepository)

public:
    explicit SyncRunRepository(std::shared_ptr<Database> database);

    // Records a run as started (committed at once, so a killed run stays in the history).
    Status start(const SyncRun &run);
    Status finish(const SyncRun &run);
    // Runs still "running" from a process that died become failed.
    Status closeInterrupted(const QString &instanceId, const QString &now);
    // Newest first; all instances when `instanceId` is empty.
    Result<QList<SyncRun>> list(const QString &instanceId = {}) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csp
