#pragma once

#include "core/catalogue.h"
#include "core/result.h"
#include "core/syncrun.h"
#include "services/servedcatalogue.h"

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace csp {

class Database;

// Brings an instance's stored products to what the gateway serves, in one transaction. Begun
// before the run's last read is in, it works on a worker thread with its own connection, so that
// the work overlaps that read: what the reads serve so far is compared and written while the
// storages that only the catalogue names are still being read, and complete() gives every read.
// The write lock is kept for at most `holdLimit` waiting for them; after that the transaction is
// rolled back and the whole catalogue is written at once when they are in. Nothing is committed
// before. With everything read already, writeAll() does it all on the calling thread.
class CatalogueUpdate
{
public:
    // `known`: the reads so far (all but some storages). `startedRun`: the run's record, finished
    // in the same transaction. `now` stamps the changes, the prices they make and the run's end
    // alike, so that a month is priced by the run that finished before it ended and by nothing
    // later. `done` is called on the worker thread when the result is ready.
    CatalogueUpdate(std::shared_ptr<Database> database, Instance instance, SyncRun startedRun,
                    QString now, std::future<Result<StoredCatalogue>> stored, CatalogueReads known,
                    std::function<void()> done,
                    std::chrono::milliseconds holdLimit = std::chrono::seconds(1));
    ~CatalogueUpdate(); // abandons what is not complete, and waits for the rollback

    // Everything is read: compared and written at once, on the calling thread (no thread and
    // no connection to start when there is nothing to overlap).
    static Result<CatalogueDiff> writeAll(std::shared_ptr<Database> database, Instance instance,
                                          SyncRun startedRun, QString now,
                                          std::future<Result<StoredCatalogue>> stored,
                                          const CatalogueReads &reads);
    CatalogueUpdate(const CatalogueUpdate &) = delete;
    CatalogueUpdate &operator=(const CatalogueUpdate &) = delete;

    void complete(CatalogueReads all);
    // Nothing is committed; the worker rolls back. result() then says it was cancelled.
    void abandon();
    // The changes written (every product, as diffCatalogue gives them), once done was called.
    Result<CatalogueDiff> result();

private:
    CatalogueUpdate(std::shared_ptr<Database> database, Instance instance, SyncRun startedRun,
                    QString now, std::future<Result<StoredCatalogue>> stored,
                    std::chrono::milliseconds holdLimit);
    Result<CatalogueDiff> run(const CatalogueReads &known,
                              std::future<std::optional<CatalogueReads>> all);
    Result<StoredCatalogue> base(const StoredCatalogue &stored) const;
    SyncRun finishedRun(const CatalogueDiff &diff) const;

    std::shared_ptr<Database> m_database;
    Instance m_instance;
    SyncRun m_run;
    QString m_now;
    std::chrono::milliseconds m_holdLimit;
    std::future<Result<StoredCatalogue>> m_stored;
    std::promise<std::optional<CatalogueReads>> m_all;
    bool m_completed = false;
    std::future<Result<CatalogueDiff>> m_result;
};

} // namespace csp
