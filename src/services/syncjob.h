#pragma once

#include "core/apioptions.h"
#include "core/catalogue.h"
#include "core/syncrun.h"

#include "services/instancelock.h"
#include "services/instancesession.h"
#include <QElapsedTimer>
#include <QObject>

#include <future>
#include <memory>
#include <optional>

namespace csp {

class CatalogueUpdate;
struct CatalogueReads;

struct SyncOutcome
{
    QString instanceName;
    bool dryRun = false;
    SyncStatus status = SyncStatus::Failed; // how it ended
    CatalogueDiff diff;
    std::optional<Error> error;
    int requests = 0;
    int maxParallelRequests = 0;
    // Where the time went, in milliseconds: until the last answer was in (network and parsing;
    // a first sync's write may begin before, see CatalogueUpdate), and after it: the comparison,
    // and the write unless it is a dry run.
    qint64 readMs = 0;
    qint64 afterReadMs = 0;

    bool ok() const { return status == SyncStatus::Succeeded; }
};

// Get Services Definition for one instance: reads what the distributor may give to service
// providers (catalogue, applications, prices and their currency in parallel; then the storages
// the catalogue names), compares it with the stored
// products and applies the changes in one transaction. A dry run computes the same changes and
// writes nothing. One run per instance at a time, across processes (a lock in the data dir).
class SyncJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int StepCount = 11;

    SyncJob(std::shared_ptr<Database> database, SecretStore &secrets,
            QNetworkAccessManager &network, ApiOptions options = {}, QObject *parent = nullptr);
    ~SyncJob() override;

    void start(const Instance &instance, bool dryRun);
    // Who starts the runs, for the history: "window" (the default), "cli" or "timer".
    void setStartedBy(const QString &startedBy) { m_startedBy = startedBy; }
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &step, int done, int total);
    void finished(const csp::SyncOutcome &outcome);

private:
    void step(const QString &text);
    void readCatalogue(const QString &tenantId);
    // Compares and writes on a worker thread, beginning with what `known` serves.
    void startUpdate(const CatalogueReads &known);
    void compareAndApply(const CatalogueReads &reads);
    void updateDone();
    void written(const Result<CatalogueDiff> &diff);
    void finish(const std::optional<Error> &ended);

    HeldLock m_lock;
    Instance m_instance;
    SyncOutcome m_outcome;
    SyncRun m_run;
    QString m_startedBy = QStringLiteral("window");
    bool m_running = false;
    int m_step = 0;
    QElapsedTimer m_phase;
    // The stored catalogue and its revision, read on a worker thread while the network reads
    // are in flight.
    std::future<Result<StoredCatalogue>> m_stored;
    std::unique_ptr<CatalogueUpdate> m_update;
    int m_generation =
            0; // of the runs, so that an earlier run's last word is not taken for this one's
    // Last, so that it goes first: what is in flight is cancelled while the rest still stands.
    InstanceSession m_session;
};

// The lock file that keeps two runs of one instance apart.
QString syncLockPath(const Database &database, const QString &instanceId);

} // namespace csp
