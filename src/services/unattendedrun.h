#pragma once

#include "core/apioptions.h"
#include "core/result.h"
#include "services/pricecheck.h"
#include "services/syncjob.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace csp {

class Database;
class SecretStore;
class UsageService;

// The current usage read after a sync, kept as the month's estimate for the month-end
// reconciliation.
struct UsageEstimate
{
    bool recorded = false;
    int providers = 0;
    int lines = 0;
    QStringList warnings;
    std::optional<Error> error;
};

// What the unattended run did for one instance.
struct InstanceRun
{
    SyncOutcome sync;
    // Read after a sync that wrote, for an instance with billable service providers; nullopt
    // otherwise.
    std::optional<UsageEstimate> estimate;
    // The current month's price list beside the discount, after a sync that wrote; nullopt
    // otherwise. Differences are warnings: they fail nothing.
    std::optional<PriceCheckReport> priceCheck;
};

struct UnattendedOutcome
{
    QList<InstanceRun> runs;      // by instance name
    std::optional<Error> error;   // the instances could not be read: nothing ran
    QStringList failed;           // the instances whose sync failed
    QStringList priceDifferences; // the instances whose discount differs from Acronis' prices
    std::optional<Error> firstFailure;
    bool noInstances = false;
};

// `sync --all`, which the nightly timer runs: Get Services Definition for every instance, one
// after the other by name; after each sync that wrote, the current usage of an instance with
// billable service providers, kept as the month's estimate that the month-end reconciliation
// compares with the report, and the current month's price list beside the discount. When the
// timer started it and a sync failed, the desktop is told.
// A cancel stops the run in flight and starts no other.
class UnattendedRun : public QObject
{
    Q_OBJECT

public:
    UnattendedRun(std::shared_ptr<Database> database, SecretStore &secrets,
                  QNetworkAccessManager &network, ApiOptions options = {},
                  QObject *parent = nullptr);
    ~UnattendedRun() override;

    // `startedBy`: "cli" or "timer", kept in each sync's history.
    void start(bool dryRun, const QString &startedBy);
    void cancel();

signals:
    // Each instance as it is done, for a listener that reports as it goes.
    void instanceDone(const csp::InstanceRun &run);
    void finished(const csp::UnattendedOutcome &outcome);

private:
    void next();
    void synced(const SyncOutcome &outcome);
    // Reads and records the usage estimate after `outcome`, or says there is none to read.
    void estimate(const SyncOutcome &outcome);
    // Checks the current month's price list after a sync that wrote, then instanceDoneWith().
    void checkPrices(InstanceRun run);
    void instanceDoneWith(InstanceRun run);
    void finish();

    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    ApiOptions m_options;
    SyncJob *m_sync = nullptr;
    UsageService *m_usage = nullptr;
    PriceCheck *m_prices = nullptr;
    QList<Instance> m_instances;
    qsizetype m_next = 0;
    bool m_dryRun = false;
    QString m_startedBy;
    bool m_cancelled = false;
    UnattendedOutcome m_outcome;
};

} // namespace csp
